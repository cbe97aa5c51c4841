// One Sentry web API request, and every page of a list, on the global fetch.
// Pagination follows the Link header's next cursor until results="false".
// Rate limits: a 429 waits until X-Sentry-Rate-Limit-Reset (epoch seconds;
// Sentry sends no Retry-After, a proxy might, and then it is honoured too), a
// response with X-Sentry-Rate-Limit-Remaining: 0 delays the next request until
// the reset; self-hosted sends none of these headers and gets plain bounded
// backoff. Errors become typed errors naming the fix (./errors.ts); no answer
// at all, after the retries, is a NetworkError naming the Sentry host and
// sentry-url.
import {findNetworkFailure, NetworkError} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {
  detailText,
  errorFor,
  SentryApiError,
  SentryRateLimitError,
  type ErrorContext,
  type SentryRequestInfo
} from './errors.js'
import {nextCursor} from './link-header.js'

export interface Answer {
  status: number
  body: unknown
  headers: Headers
}

export interface RequestSpec {
  method: 'GET' | 'PUT' | 'POST'
  path: string
  query?: URLSearchParams
  body?: unknown
  ctx: Omit<ErrorContext, 'token' | 'baseUrl'>
  /** Statuses returned as answers instead of errors. */
  accept?: number[]
}

export interface TransportOptions {
  /** The API origin (see apiOrigin); `/api/0` is appended. */
  origin: string
  token: string
  logger: Logger
  sleep: (ms: number) => Promise<void>
  /** Epoch ms. */
  now: () => number
  /** Retries per request for 429, 5xx and network errors. */
  maxRetries: number
  /** The longest single wait for a rate limit; a longer one fails the request. */
  maxWaitMs: number
  /** Pages read at most per list. */
  maxPages: number
}

/** A wait before the next try of a request, and why. */
interface Retry {
  ms: number
  why: string
  info: SentryRequestInfo
}

/** Requests to one Sentry host, sharing the rate limit's "not before" between them. */
export class SentryTransport {
  /** Epoch ms before which no request is sent (Remaining hit 0). */
  private notBefore = 0

  constructor(private readonly options: TransportOptions) {}

  /** The answer to one request, after the retries and rate-limit waits; throws a typed error. */
  async request(spec: RequestSpec): Promise<Answer> {
    for (let attempt = 0; ; attempt += 1) {
      const outcome = await this.attempt(spec, attempt)
      if ('answer' in outcome) return outcome.answer
      await this.wait(outcome.retry)
    }
  }

  /** Every page of a list endpoint, following the Link header's next cursor. */
  async paginate(spec: RequestSpec): Promise<unknown[]> {
    const {maxPages, logger} = this.options
    const items: unknown[] = []
    const seen = new Set<string>()
    let cursor: string | undefined
    for (let page = 0; page < maxPages; page += 1) {
      const query = new URLSearchParams(spec.query)
      if (cursor) query.set('cursor', cursor)
      const {body, headers} = await this.request({...spec, query})
      items.push(...listBody(spec, body))
      cursor = nextCursor(headers.get('link'))
      if (!cursor || seen.has(cursor)) return items
      seen.add(cursor)
    }
    logger.warning(
      `Sentry ${spec.path}: stopped after ${maxPages} pages (${items.length} items); the rest is not read.`
    )
    return items
  }

  /** One try: the answer, or the wait before the next try; throws once the retries are spent. */
  private async attempt(
    spec: RequestSpec,
    attempt: number
  ): Promise<{answer: Answer} | {retry: Retry}> {
    await this.waitForRemaining(spec)
    const response = await this.send(spec, attempt)
    if ('failed' in response) return {retry: networkRetry(spec, response.failed, attempt)}
    const {text, body} = await readBody(response)
    const headers = response.headers
    const info: SentryRequestInfo = {
      method: spec.method,
      path: spec.path,
      status: response.status,
      detail: response.ok ? '' : detailText(body, text)
    }
    const reset = resetMs(headers)
    if (headers.get('x-sentry-rate-limit-remaining') === '0' && reset !== undefined) {
      this.notBefore = reset
    }
    if (response.status === 429) return {retry: this.rateLimitRetry(info, headers, attempt)}
    if (response.status >= 500) return {retry: serverErrorRetry(info, attempt, this.options)}
    if (response.ok || spec.accept?.includes(response.status))
      return {answer: {status: response.status, body, headers}}
    throw errorFor(info, {...spec.ctx, token: this.options.token, baseUrl: this.options.origin})
  }

  /** Waits out a Remaining: 0 of an earlier answer. */
  private async waitForRemaining(spec: RequestSpec): Promise<void> {
    const before = this.notBefore - this.options.now()
    if (before > 0) {
      await this.wait({
        ms: before,
        why: 'rate limit reached (X-Sentry-Rate-Limit-Remaining: 0)',
        info: {method: spec.method, path: spec.path, status: 0, detail: ''}
      })
    }
    this.notBefore = 0
  }

  /** The fetch's response, or why no answer came when a retry is left. */
  private async send(spec: RequestSpec, attempt: number): Promise<Response | {failed: unknown}> {
    const {origin, token, logger, maxRetries} = this.options
    const qs = spec.query?.toString()
    logger.debug(`Sentry ${spec.method} ${spec.path}${qs ? `?${qs}` : ''}`)
    try {
      return await fetch(`${origin}/api/0${spec.path}${qs ? `?${qs}` : ''}`, {
        method: spec.method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          'User-Agent': 'ci-medic',
          ...(spec.body === undefined ? {} : {'Content-Type': 'application/json'})
        },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body)
      })
    } catch (error) {
      if (attempt >= maxRetries) throw sentryNetworkError(error, origin)
      return {failed: error}
    }
  }

  /** A 429's wait: until the reset or the Retry-After, whichever is later, else backoff. */
  private rateLimitRetry(info: SentryRequestInfo, headers: Headers, attempt: number): Retry {
    if (attempt >= this.options.maxRetries) {
      throw new SentryRateLimitError(
        `Sentry kept answering 429 (${info.detail}) to ${info.method} ${info.path} after ${attempt} retries.`,
        info
      )
    }
    this.notBefore = 0
    return {...rateLimitDelay(headers, this.options.now(), attempt + 1), info}
  }

  private async wait({ms, why, info}: Retry): Promise<void> {
    const {maxWaitMs, logger, sleep} = this.options
    if (ms > maxWaitMs) {
      throw new SentryRateLimitError(
        `Sentry asks to wait ${Math.ceil(ms / 1000)}s (${why}) before ${info.method} ${info.path}, longer than the ${maxWaitMs / 1000}s ci-medic waits. Run later, or lower the number of projects/issues read.`,
        info
      )
    }
    logger.warning(
      `Sentry ${why} on ${info.method} ${info.path}: waiting ${Math.ceil(ms / 1000)}s.`
    )
    await sleep(ms)
  }
}

/** The wait (backoff) after a fetch that got no answer. */
function networkRetry(spec: RequestSpec, error: unknown, attempt: number): Retry {
  return {
    ms: backoff(attempt + 1),
    why: 'network error',
    info: {method: spec.method, path: spec.path, status: 0, detail: String(error)}
  }
}

/** A 5xx's wait (backoff), or the error once the retries are spent. */
function serverErrorRetry(
  info: SentryRequestInfo,
  attempt: number,
  options: Pick<TransportOptions, 'maxRetries'>
): Retry {
  if (attempt >= options.maxRetries) {
    throw new SentryApiError(
      `Sentry answered ${info.status} (${info.detail || 'no detail'}) to ${info.method} ${info.path} after ${attempt} retries.`,
      info
    )
  }
  return {ms: backoff(attempt + 1), why: `server error ${info.status}`, info}
}

/** How long a 429 asks to wait (retry number `retry`, from 1), and which header said so. */
function rateLimitDelay(headers: Headers, now: number, retry: number): {ms: number; why: string} {
  const reset = resetMs(headers)
  const fromReset = reset === undefined ? undefined : reset - now
  const fromRetryAfter = retryAfterMs(headers.get('retry-after'), now)
  if (fromReset === undefined && fromRetryAfter === undefined) {
    return {ms: backoff(retry), why: 'rate limit (429 without reset headers)'}
  }
  const ms = Math.max(fromReset ?? 0, fromRetryAfter ?? 0)
  return {
    ms: ms <= 0 ? 1000 : ms,
    why:
      fromRetryAfter !== undefined && (fromReset === undefined || fromRetryAfter > fromReset)
        ? 'rate limit (Retry-After)'
        : 'rate limit (429 until X-Sentry-Rate-Limit-Reset)'
  }
}

/** The body's text and its JSON (undefined when empty or not JSON). */
async function readBody(response: Response): Promise<{text: string; body: unknown}> {
  const text = await response.text()
  if (!text) return {text, body: undefined}
  try {
    return {text, body: JSON.parse(text)}
  } catch {
    return {text, body: undefined}
  }
}

/** A list endpoint's items; a body that is not a list is a server error. */
function listBody(spec: RequestSpec, body: unknown): unknown[] {
  if (Array.isArray(body)) return body as unknown[]
  throw new SentryApiError(`Sentry answered ${spec.method} ${spec.path} with a non-list body.`, {
    method: spec.method,
    path: spec.path,
    status: 200,
    detail: 'not a JSON array'
  })
}

function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

function resetMs(headers: Headers): number | undefined {
  const reset = Number(headers.get('x-sentry-rate-limit-reset') ?? '')
  return headers.has('x-sentry-rate-limit-reset') && Number.isFinite(reset)
    ? reset * 1000
    : undefined
}

/** A fetch that got no answer from Sentry, naming its host and the sentry-url input. */
function sentryNetworkError(error: unknown, origin: string): NetworkError {
  // fetch rejects only when no answer came; a failure without a known code is one too.
  const failure = findNetworkFailure(error) ?? {
    code: undefined,
    detail: error instanceof Error ? error.message : String(error),
    host: undefined
  }
  return new NetworkError({
    service: 'Sentry API',
    url: origin,
    input: 'sentry-url',
    failure,
    cause: error
  })
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
function backoff(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** (attempt - 1))
}
