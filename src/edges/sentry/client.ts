// The Sentry web API client self-heal uses (sentry.io, region hosts and
// self-hosted alike). Org-scoped endpoints only (reference §0); the requests,
// pagination, rate-limit waits and typed errors are ./transport.ts.
import {z} from 'zod'
import type {Logger} from '../../logger.js'
import {
  toErrorIssue,
  type ErrorIssue,
  type SentryEventPayload,
  type SentryIssuePayload
} from '../../core/self-heal/types.js'
import {detailText, errorFor, SentryApiError, type ErrorContext} from './errors.js'
import {SentryTransport, type RequestSpec} from './transport.js'

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

type Ctx = RequestSpec['ctx']

/** `https://sentry.io/`, `https://sentry.io/api/0/` → `https://sentry.io`. */
export function apiOrigin(baseUrl: string): string {
  return baseUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api\/0$/, '')
}

const seg = encodeURIComponent

const issueCtx = (org: string): Ctx => ({resource: 'issue', org, scope: 'event:read'})

export function createSentryClient(options: SentryClientOptions): SentryClient {
  const origin = apiOrigin(options.baseUrl)
  const now = options.now ?? ((): number => Date.now())
  const api = new SentryTransport({
    origin,
    token: options.token,
    logger: options.logger,
    sleep: options.sleep ?? ((ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))),
    now,
    maxRetries: options.maxRetries ?? 5,
    maxWaitMs: (options.maxWaitSeconds ?? 120) * 1000,
    maxPages: options.maxPages ?? 100
  })
  const notFound = {token: options.token, baseUrl: origin}
  return {
    baseUrl: origin,
    listUnresolvedIssues: q => listUnresolvedIssues(api, q, options.logger),
    getIssue: (org, id) => getIssue(api, org, id),
    latestEvent: (org, id, environment) =>
      latestEvent(api, {org, id, environment}, {...notFound, org}),
    resolveIssue: (org, id, statusDetails) => resolveIssue(api, org, id, statusDetails),
    addNote: (org, id, text) => addNote(api, org, id, text),
    getRelease: (org, version) => getRelease(api, org, version),
    listReleases: (org, project) => listReleases(api, org, project),
    listIssueEvents: (org, id, opts = {}) => listIssueEvents(api, {org, id, ...opts}, now)
  }
}

async function listUnresolvedIssues(
  api: SentryTransport,
  q: ListIssuesQuery,
  logger: Logger
): Promise<ErrorIssue[]> {
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
  const raw = await api.paginate({
    method: 'GET',
    path: `/organizations/${seg(q.org)}/issues/`,
    query,
    ctx: {resource: 'organization', org: q.org, scope: 'event:read'}
  })
  return issuesOf(raw, logger)
}

/** The issues of a list answer, each once; an item that is not an issue is skipped with a warning. */
function issuesOf(raw: readonly unknown[], logger: Logger): ErrorIssue[] {
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
}

async function getIssue(api: SentryTransport, org: string, id: string): Promise<IssueDetails> {
  const {body} = await api.request({
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
}

interface EventQuery {
  org: string
  id: string
  environment?: string | undefined
}

/** The latest event with a stack trace, else the recommended one, else the latest without one. */
async function latestEvent(
  api: SentryTransport,
  q: EventQuery,
  errorCtx: Pick<ErrorContext, 'token' | 'baseUrl' | 'org'>
): Promise<SentryEventPayload> {
  const latest = await issueEvent(api, q, 'latest')
  if (latest && hasStackTrace(latest)) return latest
  const recommended = await issueEvent(api, q, 'recommended')
  if (recommended && (hasStackTrace(recommended) || !latest)) return recommended
  if (latest) return latest
  const path = `/organizations/${q.org}/issues/${q.id}/events/latest/`
  throw errorFor(
    {method: 'GET', path, status: 404, detail: 'no latest or recommended event'},
    {resource: 'event', scope: 'event:read', ...errorCtx}
  )
}

/** One of an issue's named events; undefined when there is none or it is not an event. */
async function issueEvent(
  api: SentryTransport,
  {org, id, environment}: EventQuery,
  which: 'latest' | 'recommended'
): Promise<SentryEventPayload | undefined> {
  const query = new URLSearchParams()
  if (environment) query.append('environment', environment)
  const {status, body} = await api.request({
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

async function resolveIssue(
  api: SentryTransport,
  org: string,
  id: string,
  statusDetails: ResolveDetails
): Promise<ResolveResult> {
  const {body} = await api.request({
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
}

async function addNote(
  api: SentryTransport,
  org: string,
  id: string,
  text: string
): Promise<NoteResult> {
  const {body} = await api.request({
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
}

async function getRelease(
  api: SentryTransport,
  org: string,
  version: string
): Promise<ReleaseInfo | undefined> {
  const {status, body} = await api.request({
    method: 'GET',
    path: `/organizations/${seg(org)}/releases/${seg(version)}/`,
    ctx: {resource: 'release', org, scope: 'project:read'},
    accept: [404]
  })
  if (status === 404) return undefined
  return releaseOf(body)
}

async function listReleases(
  api: SentryTransport,
  org: string,
  project: string
): Promise<ReleaseInfo[]> {
  const query = new URLSearchParams({per_page: '100'})
  query.append('project', project)
  const {body} = await api.request({
    method: 'GET',
    path: `/organizations/${seg(org)}/releases/`,
    query,
    ctx: {resource: 'release', org, scope: 'project:read'}
  })
  return (Array.isArray(body) ? body : []).flatMap(item => releaseOf(item) ?? [])
}

interface IssueEventsQuery {
  org: string
  id: string
  start?: string
  query?: string
  environment?: string
}

async function listIssueEvents(
  api: SentryTransport,
  q: IssueEventsQuery,
  now: () => number
): Promise<IssueEventSummary[]> {
  const query = new URLSearchParams()
  if (q.start) {
    query.set('start', q.start)
    query.set('end', new Date(now() + 60_000).toISOString())
  }
  if (q.query) query.set('query', q.query)
  if (q.environment) query.append('environment', q.environment)
  query.set('per_page', '100')
  const raw = await api.paginate({
    method: 'GET',
    path: `/organizations/${seg(q.org)}/issues/${seg(q.id)}/events/`,
    query,
    ctx: issueCtx(q.org)
  })
  return raw.flatMap(item => eventSummaryOf(item) ?? [])
}

function eventSummaryOf(item: unknown): IssueEventSummary | undefined {
  const parsed = simpleEventSchema.safeParse(item)
  if (!parsed.success) return undefined
  const tag = (k: string): string | undefined => parsed.data.tags?.find(t => t.key === k)?.value
  return {
    eventID: parsed.data.eventID,
    dateCreated: parsed.data.dateCreated,
    release: tag('release'),
    environment: tag('environment')
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
