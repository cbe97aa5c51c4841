// GitHub's REST error bodies, as the real API sends them.
import type {FakeResponse} from '../http-fake.js'

export const REST_DOCS = 'https://docs.github.com/rest'

export interface ValidationErrorItem {
  resource: string
  code: string
  field?: string
  message?: string
}

export function errorResponse(
  status: number,
  message: string,
  documentationUrl = REST_DOCS,
  headers?: Record<string, string>
): FakeResponse {
  return {
    status,
    headers,
    body: {message, documentation_url: documentationUrl, status: String(status)}
  }
}

export function notFound(documentationUrl = REST_DOCS): FakeResponse {
  return errorResponse(404, 'Not Found', documentationUrl)
}

export function requiresAuthentication(): FakeResponse {
  return errorResponse(401, 'Requires authentication', REST_DOCS)
}

export function badCredentials(): FakeResponse {
  return errorResponse(401, 'Bad credentials', REST_DOCS)
}

export function notAccessibleByIntegration(documentationUrl = REST_DOCS): FakeResponse {
  return errorResponse(403, 'Resource not accessible by integration', documentationUrl)
}

/** `422 Validation Failed` with an `errors` array. */
export function validationFailed(
  errors: ValidationErrorItem[],
  documentationUrl = REST_DOCS
): FakeResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors,
      documentation_url: documentationUrl,
      status: '422'
    }
  }
}

/** The schema-level 422 GitHub answers for malformed request bodies. */
export function invalidRequest(detail: string, documentationUrl = REST_DOCS): FakeResponse {
  return errorResponse(422, `Invalid request.\n\n${detail}`, documentationUrl)
}

export const BODY_LIMIT = 65536

/** The 422 GitHub answers when a body is longer than 65,536 characters, or undefined. */
export function bodyTooLong(
  resource: 'Issue' | 'IssueComment' | 'PullRequest',
  body: unknown,
  documentationUrl = REST_DOCS
): FakeResponse | undefined {
  if (typeof body !== 'string') return undefined
  if ([...body].length <= BODY_LIMIT) return undefined
  return validationFailed(
    [
      {
        resource,
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${BODY_LIMIT} characters)`
      }
    ],
    documentationUrl
  )
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID ' +
  'F00D:CAFE:1234567:89ABCDE:65A0B1C2.'

export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

export const PRIMARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
