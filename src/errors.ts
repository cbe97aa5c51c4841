// The kinds of failure the top of every action tells apart: a user's
// configuration mistake, which gets one clear line and no stack trace; a
// service that could not be reached (NetworkError, named here because every
// edge meets it: GitHub, the model, Sentry, the git remote); and everything
// else, which is a bug in ci-medic. Typed answers of a service live with its
// edge (src/edges/github/errors.ts, src/edges/sentry/errors.ts).
// Pure: core imports this module, so no I/O and no SDK here.

/** A mistake the user can fix in their workflow file or repository settings. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/**
 * The runner asked the step to stop: SIGINT or SIGTERM, sent when the
 * workflow run is cancelled (or the job times out). Not a failure of the
 * run's work: what was verified so far is kept, nothing is pushed.
 */
export class CancelledError extends Error {
  override readonly name = 'CancelledError'

  constructor(readonly signal: string) {
    super(`cancelled by ${signal}`)
  }
}

export function isCancelledError(error: unknown): error is CancelledError {
  return error instanceof CancelledError
}

/**
 * Throws the reason `cancel` was aborted with, when it was: a CancelledError
 * from the run wrapper (anything else aborting it is wrapped in one).
 */
export function throwIfCancelled(cancel: AbortSignal | undefined): void {
  if (!cancel?.aborted) return
  throw cancelReason(cancel)
}

/** The CancelledError behind an aborted signal. */
export function cancelReason(cancel: AbortSignal): CancelledError {
  const reason: unknown = cancel.reason
  return reason instanceof CancelledError ? reason : new CancelledError('an abort')
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

// ---------------------------------------------------------------- network

/** The service a request was meant for. */
export type NetworkService = 'GitHub API' | 'Anthropic API' | 'Sentry API' | 'git remote'

/** What the low-level error said: `code` such as ECONNREFUSED, and the host it names, if any. */
export interface NetworkFailure {
  /** ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ECONNRESET, UND_ERR_CONNECT_TIMEOUT …; undefined when none was given. */
  code: string | undefined
  /** The low-level message, e.g. `connect ECONNREFUSED 127.0.0.1:443` or `bad port`. */
  detail: string
  /** `address:port` or the hostname the low-level error names, if any. */
  host: string | undefined
}

export interface NetworkErrorInit {
  /** Undefined when the failure was found without knowing whom it was for. */
  service?: NetworkService
  /** The endpoint (any URL on it); its origin is what the message names. */
  url?: string
  /** The input or variable that sets the endpoint: `sentry-url`, `anthropic-base-url`, `GITHUB_API_URL`. */
  input?: string
  failure: NetworkFailure
  cause?: unknown
}

/**
 * A service could not be reached at all (no HTTP answer): connection refused,
 * a name that does not resolve, a timeout, a reset, a blocked port. Not a
 * bug and not an answer: the message names the host and what to check.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
  readonly service: NetworkService | undefined
  /** `https://api.github.com`, `http://127.0.0.1:4321`; '' when unknown. */
  readonly origin: string
  /** `api.github.com`, `127.0.0.1:4321`; the low-level error's host when no URL was known. */
  readonly host: string
  readonly code: string | undefined
  readonly detail: string
  readonly input: string | undefined

  constructor(init: NetworkErrorInit) {
    const origin = originOf(init.url)
    const host = (origin ? new URL(origin).host : undefined) ?? init.failure.host ?? 'the server'
    const what = init.service ? `the ${init.service} at ${host}` : host
    const why = init.failure.code ?? init.failure.detail
    const check = init.input
      ? `check ${init.input} and the runner's network`
      : "check the runner's network"
    super(`Could not reach ${what} (${why}): ${check}.`, {cause: init.cause})
    this.service = init.service
    this.origin = origin
    this.host = host
    this.code = init.failure.code
    this.detail = init.failure.detail
    this.input = init.input
  }
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError
}

function originOf(url: string | undefined): string {
  if (!url) return ''
  try {
    const parsed = new URL(url)
    return parsed.origin === 'null' ? '' : parsed.origin
  } catch {
    return ''
  }
}

/** Node's and undici's codes for "no answer came back". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'EPROTO',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED'
])

function isNetworkCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) ||
      code.startsWith('UND_ERR_') ||
      code.startsWith('ERR_TLS_') ||
      code.startsWith('UNABLE_TO_'))
  )
}

/** The Anthropic SDK's connection errors, known by name (core may not import the SDK). */
const CONNECTION_ERROR_NAMES = new Set(['APIConnectionError', 'APIConnectionTimeoutError'])

/** `APIConnectionError` or `APIConnectionTimeoutError` when `value` is one, else undefined. */
function connectionErrorName(value: object): string | undefined {
  const name = (value as {name?: unknown}).name
  const ctor = (value as {constructor?: {name?: unknown}}).constructor?.name
  for (const n of [name, ctor]) if (typeof n === 'string' && CONNECTION_ERROR_NAMES.has(n)) return n
  return undefined
}

/** The errors `error` was caused by, itself first (AggregateError members included), without cycles. */
function causeChain(error: unknown): object[] {
  const out: object[] = []
  const queue: unknown[] = [error]
  while (queue.length && out.length < 16) {
    const next = queue.shift()
    if (!next || typeof next !== 'object' || out.includes(next)) continue
    out.push(next)
    const {cause, errors} = next as {cause?: unknown; errors?: unknown}
    queue.push(cause)
    if (Array.isArray(errors)) queue.push(...errors)
  }
  return out
}

function hostOf(value: object): string | undefined {
  const {address, port, hostname} = value as {address?: unknown; port?: unknown; hostname?: unknown}
  if (typeof hostname === 'string' && hostname) return hostname
  if (typeof address !== 'string' || !address) return undefined
  const bracketed = address.includes(':') ? `[${address}]` : address
  return typeof port === 'number' ? `${bracketed}:${port}` : bracketed
}

function messageOf(value: object): string {
  const message = (value as {message?: unknown}).message
  return typeof message === 'string' ? message : ''
}

/**
 * The network failure behind `error`, anywhere in its `cause` chain: a system
 * error with a network code (ECONNREFUSED, ENOTFOUND, UND_ERR_CONNECT_TIMEOUT
 * …), undici's `TypeError: fetch failed` (what fetch rejects with when no
 * answer came, e.g. `bad port`), octokit's RequestError wrapping it (status
 * 500, no response), or the Anthropic SDK's APIConnectionError /
 * APIConnectionTimeoutError. Undefined for anything else, HTTP answers included.
 */
export function findNetworkFailure(error: unknown): NetworkFailure | undefined {
  const chain = causeChain(error)
  const coded = chain.find(e => isNetworkCode((e as {code?: unknown}).code))
  if (coded) {
    return {
      code: (coded as {code: string}).code,
      detail: messageOf(coded),
      host: chain.map(hostOf).find(Boolean)
    }
  }
  const fetchFailed = chain.findIndex(
    e => e instanceof TypeError && messageOf(e) === 'fetch failed'
  )
  const connection = chain.find(e => connectionErrorName(e))
  if (fetchFailed < 0 && !connection) return undefined
  const innermost = chain[chain.length - 1] as object
  const timedOut = connection && connectionErrorName(connection) === 'APIConnectionTimeoutError'
  return {
    code: timedOut ? 'ETIMEDOUT' : undefined,
    detail: messageOf(innermost) || messageOf(chain[Math.max(fetchFailed, 0)] as object),
    host: chain.map(hostOf).find(Boolean)
  }
}

/**
 * `error` as a NetworkError for `service` at `url` when it is (or wraps) a
 * network failure; undefined otherwise. A NetworkError is returned as is.
 */
export function toNetworkError(
  error: unknown,
  endpoint: {service: NetworkService; url?: string; input?: string}
): NetworkError | undefined {
  if (error instanceof NetworkError) return error
  const failure = findNetworkFailure(error)
  return failure && new NetworkError({...endpoint, failure, cause: error})
}

/**
 * The NetworkError behind any error (one an edge made, wrapped somewhere in
 * the cause chain, or a raw network failure that no edge named), or undefined.
 */
export function networkErrorIn(error: unknown): NetworkError | undefined {
  const chain = causeChain(error)
  const named = chain.find((e): e is NetworkError => e instanceof NetworkError)
  if (named) return named
  const failure = findNetworkFailure(error)
  if (!failure) return undefined
  const service = chain.some(e => connectionErrorName(e))
    ? ({service: 'Anthropic API', input: 'anthropic-base-url'} as const)
    : {}
  return new NetworkError({...service, failure, cause: error})
}
