// The Sentry web API client self-heal uses (sentry.io, region hosts and
// self-hosted alike), on the global fetch. Org-scoped endpoints only
// (reference §0). Pagination follows the Link header's next cursor until
// results="false". Rate limits: a 429 waits until X-Sentry-Rate-Limit-Reset
// (epoch seconds; Sentry sends no Retry-After, a proxy might, and then it is
// honoured too), a response with X-Sentry-Rate-Limit-Remaining: 0 delays the
// next request until the reset; self-hosted sends none of these headers and
// gets plain bounded backoff. Errors become typed errors naming the fix
// (./errors.ts); no answer at all, after the retries, is a NetworkError
// naming the Sentry host and sentry-url.
import {z} from 'zod'
import {findNetworkFailure, NetworkError} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {
  toErrorIssue,
  type ErrorIssue,
  type SentryEventPayload,
  type SentryIssuePayload
} from '../../core/self-heal/types.js'
import {
  detailText,
  errorFor,
  SentryApiError,
  SentryRateLimitError,
  type ErrorContext,
  type SentryRequestInfo
} from './errors.js'
import {nextCursor} from './link-header.js'

export interface SentryClientOptions {
  /** `https://sentry.io`, `https://de.sentry.io`, or a self-hosted origin; `/api/0` is appended. */
  baseUrl: string
  token: string
  logger: Logger
  /** Waits (injected in tests). Default: a real timer. */
  sleep?: (ms: number) => Promise<void>
  /** Epoch ms (injected in tests). Default: Date.now. */
  now?: () => number
  /** Retries per request for 429, 5xx and network errors. Default 5. */
  maxRetries?: number
  /** The longest single wait for a rate limit, in seconds; a longer one fails the request. Default 120. */
  maxWaitSeconds?: number
  /** Pages read at most per list (100 items each). Default 100. */
  maxPages?: number
}

export interface ListIssuesQuery {
  org: string
  /** Project slugs or ids; [] = every project the token can read. */
  projects: readonly string[]
  /** '' = all environments. */
  environment?: string
  /** Sentry period, e.g. `24h`, `14d`. */
  period: string
  /** Extra search terms, ANDed with `is:unresolved`. */
  query?: string
}

export interface IssueDetails extends ErrorIssue {
  firstRelease: string | null
  lastRelease: string | null
}

export type ResolveDetails =
  | {inRelease: string}
  | {inNextRelease: true}
  | {inCommit: {commit: string; repository: string}}
  | Record<string, never>

export interface ResolveResult {
  status: string
  statusDetails: Record<string, unknown>
}

export interface NoteResult {
  /** False when Sentry refused a duplicate (the same text by the same user within an hour). */
  posted: boolean
  id: string | undefined
}

export interface ReleaseInfo {
  version: string
  dateCreated: string
  dateReleased: string | null
  lastDeploy: {environment: string; dateFinished: string} | null
  firstEvent: string | null
  lastEvent: string | null
}

export interface IssueEventSummary {
  eventID: string
  dateCreated: string
  release: string | undefined
  environment: string | undefined
}

export interface SentryClient {
  readonly baseUrl: string
  /** Unresolved issues of the period, every page. */
  listUnresolvedIssues(query: ListIssuesQuery): Promise<ErrorIssue[]>
  getIssue(org: string, id: string): Promise<IssueDetails>
  /** The latest event; the recommended one when the latest is missing or has no stack trace. */
  latestEvent(org: string, id: string, environment?: string): Promise<SentryEventPayload>
  /** PUT status resolved with the given details (inRelease, inNextRelease, inCommit or none). */
  resolveIssue(org: string, id: string, statusDetails: ResolveDetails): Promise<ResolveResult>
  addNote(org: string, id: string, text: string): Promise<NoteResult>
  /** Undefined when the release does not exist. */
  getRelease(org: string, version: string): Promise<ReleaseInfo | undefined>
  /** The newest releases of a project (one page, newest first); [] when it has none. */
  listReleases(org: string, project: string): Promise<ReleaseInfo[]>
  /** An issue's events (newest first), optionally since `start` (ISO) or matching `query` (e.g. `release:x`). */
  listIssueEvents(
    org: string,
    id: string,
    options?: {start?: string; query?: string; environment?: string}
  ): Promise<IssueEventSummary[]>
}

// ---------------------------------------------------------------- schemas

const idString = z.union([z.string(), z.number()]).transform(String)
const bucket = z.tuple([z.number(), z.number()])

const issueSchema = z.object({
  id: idString,
  shortId: z.string(),
  title: z.string(),
  culprit: z.string().nullish(),
  permalink: z.string().nullish(),
  level: z.string().nullish(),
  status: z.string().nullish(),
  substatus: z.string().nullish(),
  isUnhandled: z.boolean().nullish(),
  platform: z.string().nullish(),
  project: z.object({id: idString, slug: z.string()}).nullish(),
  metadata: z
    .object({
      type: z.string().nullish(),
      value: z.string().nullish(),
      filename: z.string().nullish(),
      function: z.string().nullish(),
      in_app_frame_mix: z.string().nullish()
    })
    .nullish(),
  count: z.union([z.string(), z.number()]).nullish(),
  userCount: z.number().nullish(),
  firstSeen: z.string().nullish(),
  lastSeen: z.string().nullish(),
  stats: z.record(z.string(), z.array(bucket).nullish()).nullish(),
  firstRelease: z.object({version: z.string()}).nullish(),
  lastRelease: z.object({version: z.string()}).nullish()
})

const eventSchema = z.looseObject({
  eventID: z.string().optional(),
  entries: z.array(z.looseObject({type: z.string()})).nullish()
})

const releaseSchema = z.object({
  version: z.string(),
  dateCreated: z.string(),
  dateReleased: z.string().nullish(),
  lastDeploy: z.object({environment: z.string(), dateFinished: z.string()}).nullish(),
  firstEvent: z.string().nullish(),
  lastEvent: z.string().nullish()
})

const simpleEventSchema = z.object({
  eventID: z.string(),
  dateCreated: z.string(),
  tags: z.array(z.object({key: z.string(), value: z.string()})).nullish()
})

// ---------------------------------------------------------------- client

interface Answer {
  status: number
  body: unknown
  headers: Headers
}

interface RequestSpec {
  method: 'GET' | 'PUT' | 'POST'
  path: string
  query?: URLSearchParams
  body?: unknown
  ctx: Omit<ErrorContext, 'token' | 'baseUrl'>
  /** Statuses returned as answers instead of errors. */
  accept?: number[]
}

/** `https://sentry.io/`, `https://sentry.io/api/0/` → `https://sentry.io`. */
export function apiOrigin(baseUrl: string): string {
  return baseUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api\/0$/, '')
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

const seg = encodeURIComponent

export function createSentryClient(options: SentryClientOptions): SentryClient {
  const origin = apiOrigin(options.baseUrl)
  const logger = options.logger
  const sleep =
    options.sleep ?? ((ms: number): Promise<void> => new Promise(r => setTimeout(r, ms)))
  const now = options.now ?? ((): number => Date.now())
  const maxRetries = options.maxRetries ?? 5
  const maxWaitMs = (options.maxWaitSeconds ?? 120) * 1000
  const maxPages = options.maxPages ?? 100
  /** Epoch ms before which no request is sent (Remaining hit 0). */
  let notBefore = 0

  const wait = async (ms: number, why: string, info: SentryRequestInfo): Promise<void> => {
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

  const request = async (spec: RequestSpec): Promise<Answer> => {
    const qs = spec.query?.toString()
    const url = `${origin}/api/0${spec.path}${qs ? `?${qs}` : ''}`
    const ctx: ErrorContext = {...spec.ctx, token: options.token, baseUrl: origin}
    let attempt = 0
    for (;;) {
      const before = notBefore - now()
      if (before > 0) {
        await wait(before, 'rate limit reached (X-Sentry-Rate-Limit-Remaining: 0)', {
          method: spec.method,
          path: spec.path,
          status: 0,
          detail: ''
        })
      }
      notBefore = 0
      logger.debug(`Sentry ${spec.method} ${spec.path}${qs ? `?${qs}` : ''}`)
      let response: Response
      try {
        response = await fetch(url, {
          method: spec.method,
          headers: {
            Authorization: `Bearer ${options.token}`,
            Accept: 'application/json',
            'User-Agent': 'ci-medic',
            ...(spec.body === undefined ? {} : {'Content-Type': 'application/json'})
          },
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body)
        })
      } catch (error) {
        const info = {method: spec.method, path: spec.path, status: 0, detail: String(error)}
        if (attempt >= maxRetries) throw sentryNetworkError(error, origin)
        attempt += 1
        await wait(backoff(attempt), 'network error', info)
        continue
      }
      const text = await response.text()
      let body: unknown = undefined
      if (text) {
        try {
          body = JSON.parse(text)
        } catch {
          body = undefined
        }
      }
      const headers = response.headers
      const info: SentryRequestInfo = {
        method: spec.method,
        path: spec.path,
        status: response.status,
        detail: response.ok ? '' : detailText(body, text)
      }
      const reset = resetMs(headers)
      if (headers.get('x-sentry-rate-limit-remaining') === '0' && reset !== undefined) {
        notBefore = reset
      }
      if (response.status === 429) {
        if (attempt >= maxRetries) {
          throw new SentryRateLimitError(
            `Sentry kept answering 429 (${info.detail}) to ${spec.method} ${spec.path} after ${attempt} retries.`,
            info
          )
        }
        attempt += 1
        const t = now()
        const fromReset = reset === undefined ? undefined : reset - t
        const fromRetryAfter = retryAfterMs(headers.get('retry-after'), t)
        let ms: number
        let why: string
        if (fromReset === undefined && fromRetryAfter === undefined) {
          ms = backoff(attempt)
          why = 'rate limit (429 without reset headers)'
        } else {
          ms = Math.max(fromReset ?? 0, fromRetryAfter ?? 0)
          if (ms <= 0) ms = 1000
          why =
            fromRetryAfter !== undefined && (fromReset === undefined || fromRetryAfter > fromReset)
              ? 'rate limit (Retry-After)'
              : 'rate limit (429 until X-Sentry-Rate-Limit-Reset)'
        }
        notBefore = 0
        await wait(ms, why, info)
        continue
      }
      if (response.status >= 500) {
        if (attempt >= maxRetries) {
          throw new SentryApiError(
            `Sentry answered ${response.status} (${info.detail || 'no detail'}) to ${spec.method} ${spec.path} after ${attempt} retries.`,
            info
          )
        }
        attempt += 1
        await wait(backoff(attempt), `server error ${response.status}`, info)
        continue
      }
      if (response.ok || spec.accept?.includes(response.status))
        return {status: response.status, body, headers}
      throw errorFor(info, ctx)
    }
  }

  /** Every page of a list endpoint, following the Link header's next cursor. */
  const paginate = async (spec: RequestSpec): Promise<unknown[]> => {
    const items: unknown[] = []
    const seen = new Set<string>()
    let cursor: string | undefined
    for (let page = 0; page < maxPages; page += 1) {
      const query = new URLSearchParams(spec.query)
      if (cursor) query.set('cursor', cursor)
      const {body, headers} = await request({...spec, query})
      if (!Array.isArray(body)) {
        throw new SentryApiError(
          `Sentry answered ${spec.method} ${spec.path} with a non-list body.`,
          {
            method: spec.method,
            path: spec.path,
            status: 200,
            detail: 'not a JSON array'
          }
        )
      }
      items.push(...(body as unknown[]))
      cursor = nextCursor(headers.get('link'))
      if (!cursor || seen.has(cursor)) return items
      seen.add(cursor)
    }
    logger.warning(
      `Sentry ${spec.path}: stopped after ${maxPages} pages (${items.length} items); the rest is not read.`
    )
    return items
  }

  const issueCtx = (org: string): RequestSpec['ctx'] => ({
    resource: 'issue',
    org,
    scope: 'event:read'
  })

  return {
    baseUrl: origin,

    async listUnresolvedIssues(q) {
      const query = new URLSearchParams()
      const projects = q.projects.filter(p => p.trim() !== '')
      for (const p of projects.length ? projects : ['-1']) query.append('project', p.trim())
      if (q.environment) query.append('environment', q.environment)
      const extra = q.query?.trim()
      query.set('query', extra ? `is:unresolved ${extra}` : 'is:unresolved')
      query.set('statsPeriod', q.period)
      query.set('groupStatsPeriod', '24h')
      query.set('sort', 'freq')
      query.set('limit', '100')
      const raw = await paginate({
        method: 'GET',
        path: `/organizations/${seg(q.org)}/issues/`,
        query,
        ctx: {resource: 'organization', org: q.org, scope: 'event:read'}
      })
      const issues: ErrorIssue[] = []
      const ids = new Set<string>()
      for (const item of raw) {
        const parsed = issueSchema.safeParse(item)
        if (!parsed.success) {
          logger.warning(
            `Sentry issue list: skipped an item that is not an issue (${parsed.error.issues[0]?.message ?? 'invalid'}).`
          )
          continue
        }
        if (ids.has(parsed.data.id)) continue
        ids.add(parsed.data.id)
        issues.push(toErrorIssue(parsed.data as SentryIssuePayload))
      }
      return issues
    },

    async getIssue(org, id) {
      const {body} = await request({
        method: 'GET',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/`,
        ctx: issueCtx(org)
      })
      const parsed = issueSchema.parse(body)
      return {
        ...toErrorIssue(parsed as SentryIssuePayload),
        firstRelease: parsed.firstRelease?.version ?? null,
        lastRelease: parsed.lastRelease?.version ?? null
      }
    },

    async latestEvent(org, id, environment) {
      const get = async (
        which: 'latest' | 'recommended'
      ): Promise<SentryEventPayload | undefined> => {
        const query = new URLSearchParams()
        if (environment) query.append('environment', environment)
        const {status, body} = await request({
          method: 'GET',
          path: `/organizations/${seg(org)}/issues/${seg(id)}/events/${which}/`,
          query,
          ctx: {resource: 'event', org, scope: 'event:read'},
          accept: [404]
        })
        if (status === 404) return undefined
        const parsed = eventSchema.safeParse(body)
        return parsed.success ? (parsed.data as SentryEventPayload) : undefined
      }
      const latest = await get('latest')
      if (latest && hasStackTrace(latest)) return latest
      const recommended = await get('recommended')
      if (recommended && (hasStackTrace(recommended) || !latest)) return recommended
      if (latest) return latest
      const path = `/organizations/${org}/issues/${id}/events/latest/`
      throw errorFor(
        {method: 'GET', path, status: 404, detail: 'no latest or recommended event'},
        {resource: 'event', org, scope: 'event:read', token: options.token, baseUrl: origin}
      )
    },

    async resolveIssue(org, id, statusDetails) {
      const {body} = await request({
        method: 'PUT',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/`,
        body: {status: 'resolved', statusDetails},
        ctx: {resource: 'issue', org, scope: 'event:write'}
      })
      const b = (body ?? {}) as Record<string, unknown>
      return {
        status: typeof b.status === 'string' ? b.status : 'resolved',
        statusDetails:
          b.statusDetails && typeof b.statusDetails === 'object'
            ? (b.statusDetails as Record<string, unknown>)
            : {}
      }
    },

    async addNote(org, id, text) {
      const {body} = await request({
        method: 'POST',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/notes/`,
        body: {text},
        ctx: {resource: 'issue', org, scope: 'event:write'},
        accept: [400]
      })
      const b = (body ?? {}) as Record<string, unknown>
      if (typeof b.id === 'string') return {posted: true, id: b.id}
      const detail = detailText(body)
      if (/already posted/i.test(detail)) return {posted: false, id: undefined}
      throw new SentryApiError(`Sentry refused the note on issue ${id}: ${detail}.`, {
        method: 'POST',
        path: `/organizations/${org}/issues/${id}/notes/`,
        status: 400,
        detail
      })
    },

    async getRelease(org, version) {
      const {status, body} = await request({
        method: 'GET',
        path: `/organizations/${seg(org)}/releases/${seg(version)}/`,
        ctx: {resource: 'release', org, scope: 'project:read'},
        accept: [404]
      })
      if (status === 404) return undefined
      return releaseOf(body)
    },

    async listReleases(org, project) {
      const query = new URLSearchParams({per_page: '100'})
      query.append('project', project)
      const {body} = await request({
        method: 'GET',
        path: `/organizations/${seg(org)}/releases/`,
        query,
        ctx: {resource: 'release', org, scope: 'project:read'}
      })
      return (Array.isArray(body) ? body : []).flatMap(item => releaseOf(item) ?? [])
    },

    async listIssueEvents(org, id, opts = {}) {
      const query = new URLSearchParams()
      if (opts.start) {
        query.set('start', opts.start)
        query.set('end', new Date(now() + 60_000).toISOString())
      }
      if (opts.query) query.set('query', opts.query)
      if (opts.environment) query.append('environment', opts.environment)
      query.set('per_page', '100')
      const raw = await paginate({
        method: 'GET',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/events/`,
        query,
        ctx: issueCtx(org)
      })
      return raw.flatMap(item => {
        const parsed = simpleEventSchema.safeParse(item)
        if (!parsed.success) return []
        const tag = (k: string): string | undefined =>
          parsed.data.tags?.find(t => t.key === k)?.value
        return [
          {
            eventID: parsed.data.eventID,
            dateCreated: parsed.data.dateCreated,
            release: tag('release'),
            environment: tag('environment')
          }
        ]
      })
    }
  }
}

function releaseOf(body: unknown): ReleaseInfo | undefined {
  const parsed = releaseSchema.safeParse(body)
  if (!parsed.success) return undefined
  const r = parsed.data
  return {
    version: r.version,
    dateCreated: r.dateCreated,
    dateReleased: r.dateReleased ?? null,
    lastDeploy: r.lastDeploy ?? null,
    firstEvent: r.firstEvent ?? null,
    lastEvent: r.lastEvent ?? null
  }
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

/** Whether an event's exception carries any frame. */
export function hasStackTrace(event: SentryEventPayload): boolean {
  for (const entry of event.entries ?? []) {
    if (entry.type !== 'exception') continue
    const values = (
      entry.data as {values?: {stacktrace?: {frames?: unknown[]} | null}[]} | undefined
    )?.values
    if (values?.some(v => (v.stacktrace?.frames?.length ?? 0) > 0)) return true
  }
  return false
}
