// The Anthropic Messages API client: the real SDK, pointed at api.anthropic.com
// or at a compatible endpoint (`anthropic-base-url`), with the SDK's own
// retries and backoff for 429/529/5xx. Failures to reach it name the host
// and the anthropic-base-url input (modelNetworkError, describeModelError).
import {format} from 'node:util'
import Anthropic from '@anthropic-ai/sdk'
import {findNetworkFailure, NetworkError} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {costOf, priceOf, type ModelPrice, type TokenUsage} from '../../models/catalog.js'

export interface ModelClientOptions {
  apiKey: string
  /** '' = the SDK's default (api.anthropic.com). */
  baseUrl: string
  maxRetries?: number
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number
  /**
   * Where the SDK's own log lines go (the action's logger, so they reach the
   * runner like every other line); the SDK writes to the console without it.
   * At ANTHROPIC_LOG=debug they include response bodies: model output.
   */
  logger?: Logger
}

/** The client's timeout for a request when nothing says otherwise (a short classify request). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 120_000

export function createModelClient(options: ModelClientOptions): Anthropic {
  return new Anthropic({
    apiKey: options.apiKey,
    ...(options.baseUrl ? {baseURL: options.baseUrl} : {}),
    ...(options.logger ? {logger: sdkLogger(options.logger)} : {}),
    maxRetries: options.maxRetries ?? 3,
    timeout: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  })
}

/** The slowest output rate the SDK plans a non-streaming request for (`calculateNonstreamingTimeout`). */
const SLOWEST_OUTPUT_TOKENS_PER_HOUR = 128_000

/**
 * The timeout of one non-streaming request that may generate `maxTokens`:
 * the client's own (`baseMs`), or as long as generating them can take at the
 * slowest rate, whichever is longer. A shorter timeout cuts off a long answer
 * that is still coming, and the SDK then retries it, paying for each try.
 */
export function requestTimeoutMs(maxTokens: number, baseMs = DEFAULT_REQUEST_TIMEOUT_MS): number {
  return Math.max(baseMs, Math.ceil((3_600_000 * maxTokens) / SLOWEST_OUTPUT_TOKENS_PER_HOUR))
}

/** The SDK's console-shaped logger over ours (its errors are not the step's: warnings). */
function sdkLogger(
  logger: Logger
): NonNullable<ConstructorParameters<typeof Anthropic>[0]>['logger'] {
  const line =
    (write: (message: string) => void) =>
    (...args: unknown[]): void =>
      write(format(...args))
  return {
    error: line(message => logger.warning(message)),
    warn: line(message => logger.warning(message)),
    info: line(message => logger.info(message)),
    debug: line(message => logger.debug(message))
  }
}

/** Usage of one response in our own terms (missing cache fields count as 0). */
export function usageOf(usage: Anthropic.Messages.Usage): TokenUsage {
  return {
    inputTokens: usage.input_tokens ?? 0,
    outputTokens: usage.output_tokens ?? 0,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0
  }
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheCreationInputTokens: a.cacheCreationInputTokens + b.cacheCreationInputTokens,
    cacheReadInputTokens: a.cacheReadInputTokens + b.cacheReadInputTokens
  }
}

export const NO_USAGE: TokenUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0
}

export function costOfModel(
  model: string,
  usage: TokenUsage,
  overrides: Record<string, ModelPrice> = {}
): number {
  return costOf(usage, priceOf(model, overrides))
}

/** The Messages API's origin when `anthropic-base-url` is empty. */
export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com'

/**
 * A failure to reach the model at all (connection refused, DNS, timeout,
 * the SDK's APIConnectionError / APIConnectionTimeoutError) as a NetworkError
 * naming `baseUrl` ('' = the SDK's default) and the anthropic-base-url input;
 * undefined for an HTTP answer or anything else.
 */
export function modelNetworkError(error: unknown, baseUrl = ''): NetworkError | undefined {
  if (error instanceof NetworkError) return error
  const failure =
    findNetworkFailure(error) ??
    (error instanceof Anthropic.APIConnectionError
      ? {code: undefined, detail: error.message, host: undefined}
      : undefined)
  if (!failure) return undefined
  return new NetworkError({
    service: 'Anthropic API',
    url: baseUrl || DEFAULT_ANTHROPIC_BASE_URL,
    input: 'anthropic-base-url',
    failure,
    cause: error
  })
}

/**
 * A one-line description of an API failure, without the request body or the
 * key, to go after a colon (no capital, no final period). A network failure
 * names the host of `baseUrl` ('' = api.anthropic.com) and anthropic-base-url.
 */
export function describeModelError(error: unknown, baseUrl = ''): string {
  const network = modelNetworkError(error, baseUrl)
  if (network) {
    const why = network.code ?? network.detail
    return `the model API at ${network.host} could not be reached (${why}): check anthropic-base-url and the runner's network`
  }
  if (error instanceof Anthropic.APIError) {
    const type = (error.error as {error?: {type?: string}} | undefined)?.error?.type
    return `the model API answered ${error.status ?? 'no status'}${type ? ` (${type})` : ''}`
  }
  if (error instanceof Error) return `the model API could not be reached: ${error.message}`
  return 'the model API failed'
}
