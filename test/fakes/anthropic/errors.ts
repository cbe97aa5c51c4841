// Error shapes of the Anthropic Messages API:
// `{"type":"error","error":{"type":...,"message":...},"request_id":"req_..."}`.

export type ApiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'billing_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'timeout_error'
  | 'api_error'
  | 'overloaded_error'

/** The HTTP status the real API answers each error type with. */
export const STATUS_OF_ERROR: Record<ApiErrorType, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  timeout_error: 504,
  api_error: 500,
  overloaded_error: 529
}

const DEFAULT_MESSAGES: Record<ApiErrorType, string> = {
  invalid_request_error: 'Invalid request.',
  authentication_error: 'invalid x-api-key',
  billing_error: 'Your credit balance is too low to access the Anthropic API.',
  permission_error: 'Your API key does not have permission to use the specified resource.',
  not_found_error: 'Not found.',
  request_too_large: 'Request exceeds the maximum allowed number of bytes.',
  rate_limit_error:
    'This request would exceed the rate limit for your organization of 50 requests per minute.',
  timeout_error: 'Request timed out.',
  api_error: 'Internal server error',
  overloaded_error: 'Overloaded'
}

export function defaultErrorMessage(type: string): string {
  return DEFAULT_MESSAGES[type as ApiErrorType] ?? 'Error.'
}

export function statusOfError(type: string): number {
  return STATUS_OF_ERROR[type as ApiErrorType] ?? 500
}

export interface ErrorEnvelope {
  type: 'error'
  error: {type: string; message: string}
  request_id: string
}

export function errorEnvelope(type: string, message: string, requestId: string): ErrorEnvelope {
  return {type: 'error', error: {type, message}, request_id: requestId}
}

/** Thrown inside the fake; answered as the real API's error envelope. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/** A 400 invalid_request_error, the answer to every malformed request. */
export function invalid(message: string): ApiFailure {
  return new ApiFailure(400, 'invalid_request_error', message)
}

/**
 * A failure of the scripted model itself (script exhausted, a turn that does
 * not fit the request): 500 api_error with `x-should-retry: false`, so the
 * SDK does not retry it and the test fails loudly on the first attempt.
 */
export function scriptFailure(message: string): ApiFailure {
  return new ApiFailure(500, 'api_error', message, {'x-should-retry': 'false'})
}
