// Sentry's error answers (reference §2.10) as typed errors whose message
// names the fix. `detail` is a string or an object `{code, message, extra}`;
// validation errors are field maps (`{"statusDetails": {"inRelease": [...]}}`).
// An answer is classified once, by status (sentryErrorKind); every error
// carries that `kind`. 401/403/404 and a bad issue query are the user's
// configuration (ConfigurationError subclasses); 429s, 5xx and other 400s are
// SentryApiErrors. No answer at all is a NetworkError (src/errors.ts).
import {ConfigurationError} from '../../errors.js'

const INTEGRATION_HELP =
  'Create an Internal Integration token in Sentry (Settings → Developer Settings → Custom Integrations → Create New Integration → Internal Integration) with Issue & Event: Read (event:read), or Read & Write (event:write) to resolve issues and add notes, and store it as the sentry-token secret'

export interface SentryRequestInfo {
  method: string
  /** Path under `/api/0`, e.g. `/organizations/my-org/issues/`. */
  path: string
  status: number
  /** The `detail` text (object details flattened), or the field errors, or the start of a non-JSON body. */
  detail: string
}

/** What a Sentry answer means, from its status alone. */
export type SentryErrorKind =
  'auth' | 'permission' | 'not-found' | 'bad-request' | 'rate-limit' | 'server'

/**
 * THE classification of a Sentry answer: 401 auth, 403 permission, 404
 * not-found, 429 rate-limit, any other 4xx bad-request, 5xx (and an answer
 * that is not what the endpoint promises, e.g. a 200 without a list) server.
 */
export function sentryErrorKind(status: number): SentryErrorKind {
  if (status === 401) return 'auth'
  if (status === 403) return 'permission'
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limit'
  if (status >= 400 && status < 500) return 'bad-request'
  return 'server'
}

/** Any Sentry API error that is not the user's configuration (5xx, exhausted retries, 400s). */
export class SentryApiError extends Error {
  override readonly name: string = 'SentryApiError'
  readonly kind: SentryErrorKind
  constructor(
    message: string,
    readonly info: SentryRequestInfo
  ) {
    super(message)
    this.kind = sentryErrorKind(info.status)
  }
}

/** 401: the token is missing, wrong, expired, or belongs to another organization. */
export class SentryAuthError extends ConfigurationError {
  readonly kind = 'auth'
  constructor(
    message: string,
    readonly info: SentryRequestInfo
  ) {
    super(message)
  }
}

/** 403: the token kind or its scopes do not allow the request. */
export class SentryPermissionError extends ConfigurationError {
  readonly kind = 'permission'
  constructor(
    message: string,
    readonly info: SentryRequestInfo,
    readonly orgToken: boolean
  ) {
    super(message)
  }
}

/** 404: the organization, issue, event or release does not exist or is not visible to the token. */
export class SentryNotFoundError extends ConfigurationError {
  readonly kind = 'not-found'
  constructor(
    message: string,
    readonly info: SentryRequestInfo,
    readonly resource: 'organization' | 'issue' | 'event' | 'release'
  ) {
    super(message)
  }
}

/** 400 on the issue list: a project or query the organization does not have. */
export class SentryQueryError extends ConfigurationError {
  readonly kind = 'bad-request'
  constructor(
    message: string,
    readonly info: SentryRequestInfo
  ) {
    super(message)
  }
}

/** 429s beyond the retry budget or a wait longer than allowed. */
export class SentryRateLimitError extends SentryApiError {
  override readonly name = 'SentryRateLimitError'
  override readonly kind = 'rate-limit'
}

/** Every typed Sentry answer; `kind` tells them apart without instanceof chains. */
export type SentryError =
  SentryApiError | SentryAuthError | SentryPermissionError | SentryNotFoundError | SentryQueryError

export function isSentryError(error: unknown): error is SentryError {
  return (
    error instanceof SentryApiError ||
    error instanceof SentryAuthError ||
    error instanceof SentryPermissionError ||
    error instanceof SentryNotFoundError ||
    error instanceof SentryQueryError
  )
}

/** Flattens `detail` (string or object) or field errors into one line. */
export function detailText(body: unknown, raw = ''): string {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>
    if ('detail' in record) {
      const d = record.detail
      if (typeof d === 'string') return d
      if (d && typeof d === 'object') {
        const o = d as Record<string, unknown>
        const message = typeof o.message === 'string' ? o.message : JSON.stringify(d)
        const code = typeof o.code === 'string' ? ` (${o.code})` : ''
        const extra =
          o.extra && typeof o.extra === 'object' ? (o.extra as Record<string, unknown>) : {}
        const login = typeof extra.loginUrl === 'string' ? `; log in at ${extra.loginUrl}` : ''
        return `${message}${code}${login}`
      }
      return String(d)
    }
    return fieldErrors(record).join('; ') || JSON.stringify(body)
  }
  const text = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function fieldErrors(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}: ${value.map(String).join(' ')}`]
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      fieldErrors(v, prefix ? `${prefix}.${k}` : k)
    )
  }
  return [`${prefix}: ${String(value)}`]
}

export interface ErrorContext {
  token: string
  baseUrl: string
  /** `organization` for org-level routes, else the resource the path names. */
  resource: 'organization' | 'issue' | 'event' | 'release'
  org?: string
  /** What the request needs (`event:read`, `event:write`, `project:read`). */
  scope: string
}

/**
 * The typed error for a non-2xx answer, by its kind (sentryErrorKind): the
 * ConfigurationError subclasses for 401, 403, 404 and a bad issue query, a
 * SentryRateLimitError for 429, a SentryApiError for the rest.
 */
export function errorFor(info: SentryRequestInfo, ctx: ErrorContext): Error {
  const said = `Sentry answered ${info.status} (${info.detail || 'no detail'}) to ${info.method} ${info.path}`
  switch (sentryErrorKind(info.status)) {
    case 'auth':
      return new SentryAuthError(`${said}. ${authFix(info, ctx)}`, info)
    case 'permission':
      return permissionError(said, info, ctx)
    case 'not-found':
      return new SentryNotFoundError(`${said}. ${notFoundFix(ctx)}`, info, ctx.resource)
    case 'bad-request':
      return queryError(said, info, ctx) ?? new SentryApiError(`${said}.`, info)
    case 'rate-limit':
      return new SentryRateLimitError(`${said}.`, info)
    case 'server':
      return new SentryApiError(`${said}.`, info)
  }
}

function authFix(info: SentryRequestInfo, ctx: ErrorContext): string {
  const d = info.detail.toLowerCase()
  if (d.includes('expired')) return 'The token has expired: create a new one. ' + INTEGRATION_HELP
  if (d.includes('organization access'))
    return `The token belongs to another organization than sentry-org '${ctx.org ?? ''}': check sentry-org, or create the token in that organization.`
  if (d.includes('sso'))
    return `The organization requires SSO for user tokens. ${INTEGRATION_HELP}; integration tokens are not subject to SSO.`
  if (d.includes('credentials were not provided'))
    return `No token was sent: set sentry-token. ${INTEGRATION_HELP}.`
  return `The token is wrong, revoked, or for another Sentry (check sentry-url '${ctx.baseUrl}'). ${INTEGRATION_HELP}.`
}

function permissionError(
  said: string,
  info: SentryRequestInfo,
  ctx: ErrorContext
): SentryPermissionError {
  if (ctx.token.startsWith('sntrys_')) {
    return new SentryPermissionError(
      `${said}. sentry-token is an organization auth token (sntrys_…), which can only upload releases and source maps and cannot read issues. ${INTEGRATION_HELP}.`,
      info,
      true
    )
  }
  const note = /note/i.test(info.detail)
    ? ' Notes need a token that acts as a user: an Internal Integration token (it acts as its proxy user) or a user token, not an organization token.'
    : ''
  const grant =
    ctx.scope === 'event:write'
      ? 'Issue & Event: Read & Write (event:write)'
      : ctx.scope === 'project:read'
        ? 'Project: Read (project:read)'
        : 'Issue & Event: Read (event:read)'
  return new SentryPermissionError(
    `${said}. The token lacks the ${ctx.scope} scope or access to this project.${note} In Sentry, open Settings → Developer Settings → Custom Integrations → your integration → Permissions and grant ${grant}.`,
    info,
    false
  )
}

function notFoundFix(ctx: ErrorContext): string {
  switch (ctx.resource) {
    case 'organization':
      return `Check sentry-org '${ctx.org ?? ''}' (the slug in https://sentry.io/organizations/<slug>/ or https://<slug>.sentry.io) and sentry-url '${ctx.baseUrl}' (the organization's region, e.g. https://de.sentry.io, or your self-hosted origin), and that the token belongs to that organization.`
    case 'issue':
      return `The issue does not exist in organization '${ctx.org ?? ''}' (deleted or merged?), or sentry-org is wrong.`
    case 'event':
      return `The issue has no readable event (its events may have aged out of retention), or the issue or organization '${ctx.org ?? ''}' does not exist.`
    case 'release':
      return 'No release with that version exists in the organization.'
  }
}

/** A 400 that names a project or period the user chose, else undefined. */
function queryError(
  said: string,
  info: SentryRequestInfo,
  ctx: ErrorContext
): SentryQueryError | undefined {
  if (info.status !== 400) return undefined
  if (/project/i.test(info.detail) && /do not exist|not actively selected/i.test(info.detail)) {
    return new SentryQueryError(
      `${said}. Check sentry-project: use project slugs or ids of organization '${ctx.org ?? ''}' that the token can access.`,
      info
    )
  }
  if (/stats_?period|date range/i.test(info.detail)) {
    return new SentryQueryError(
      `${said}. Check period: a Sentry period like 24h, 7d, at most 90d.`,
      info
    )
  }
  return undefined
}

/**
 * The scope to name as missing when a Sentry request was refused for want of
 * it (403), else undefined: a 5xx or a timeout is not fixed by a new scope,
 * so a warning names one only when the answer said so.
 */
export function sentryScopeMissing(error: unknown, scope: string): string | undefined {
  return isSentryError(error) && error.kind === 'permission' ? scope : undefined
}
