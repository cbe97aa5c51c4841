// The Sentry shapes self-heal reads (a structural subset of the web API's
// payloads, reference §2.1 and §2.3) and the domain model it turns them into.
// Payload fields are optional or nullable where Sentry may omit them; the
// domain model has Sentry's types straightened out (`count` is a number).

/** `[epochSeconds, count]`, one `stats` bucket. */
export type StatsBucket = [number, number]

/** A list item of `GET /organizations/{org}/issues/` (only what self-heal reads). */
export interface SentryIssuePayload {
  id: string
  shortId: string
  title: string
  culprit?: string | null
  permalink?: string | null
  level?: string | null
  status?: string | null
  substatus?: string | null
  isUnhandled?: boolean | null
  platform?: string | null
  project?: {id: string; slug: string; name?: string; platform?: string | null} | null
  metadata?: {
    type?: string | null
    value?: string | null
    filename?: string | null
    function?: string | null
    in_app_frame_mix?: string | null
  } | null
  /** A string in Sentry's payloads (some compatible servers send a number). */
  count?: string | number | null
  userCount?: number | null
  firstSeen?: string | null
  lastSeen?: string | null
  stats?: Record<string, StatsBucket[] | null | undefined> | null
}

export interface SentryFramePayload {
  filename?: string | null
  absPath?: string | null
  module?: string | null
  function?: string | null
  lineNo?: number | null
  colNo?: number | null
  inApp?: boolean | null
  context?: [number, string][] | null
}

export interface SentryStacktracePayload {
  frames?: SentryFramePayload[] | null
}

export interface SentryExceptionValuePayload {
  type?: string | null
  value?: string | null
  mechanism?: {type?: string | null; handled?: boolean | null} | null
  stacktrace?: SentryStacktracePayload | null
  rawStacktrace?: SentryStacktracePayload | null
}

/** An event of `GET /organizations/{org}/issues/{id}/events/{latest|recommended|id}/`. */
export interface SentryEventPayload {
  id?: string
  eventID?: string
  groupID?: string
  title?: string
  message?: string
  culprit?: string | null
  platform?: string
  dateCreated?: string
  entries?: {type: string; data?: unknown}[] | null
  tags?: {key: string; value: string}[] | null
  /** `trace` (with `op`, e.g. `http.server`), `response` (with `status_code`), runtime, os, … */
  contexts?: Record<string, unknown> | null
  metadata?: {type?: string | null; value?: string | null} | null
  release?: {version: string} | null
}

/** An issue as self-heal works with it. */
export interface ErrorIssue {
  id: string
  shortId: string
  title: string
  culprit: string | null
  permalink: string | null
  /** sample|debug|info|warning|error|fatal|unknown */
  level: string
  status: string
  /** new|ongoing|escalating|regressed|archived_…|null */
  substatus: string | null
  isUnhandled: boolean
  platform: string
  project: {id: string; slug: string}
  /** Events in the query's period (Sentry sends a string). */
  count: number
  /** Users affected in the query's period. */
  userCount: number
  firstSeen: string | null
  lastSeen: string | null
  /** `stats["24h"]`: 25 hourly buckets, oldest first, the last one the current partial hour; [] when absent. */
  hourly: StatsBucket[]
  exceptionType: string
  exceptionValue: string
  /** Sentry's own summary: `in-app-only`, `mixed`, `system-only` (or undefined). */
  inAppFrameMix: string | undefined
}

function toCount(value: string | number | null | undefined): number {
  const n = typeof value === 'number' ? value : Number.parseInt(value ?? '', 10)
  return Number.isFinite(n) && n >= 0 ? n : 0
}

/** The domain issue from a list (or details) payload. */
export function toErrorIssue(payload: SentryIssuePayload): ErrorIssue {
  const metadata = payload.metadata ?? {}
  const hourly = (payload.stats?.['24h'] ?? []).filter(
    (b): b is StatsBucket =>
      Array.isArray(b) && typeof b[0] === 'number' && typeof b[1] === 'number'
  )
  const title = payload.title
  const colon = title.indexOf(': ')
  return {
    id: String(payload.id),
    shortId: payload.shortId,
    title,
    culprit: payload.culprit ?? null,
    permalink: payload.permalink ?? null,
    level: payload.level ?? 'error',
    status: payload.status ?? 'unresolved',
    substatus: payload.substatus ?? null,
    isUnhandled: payload.isUnhandled === true,
    platform: payload.platform ?? 'other',
    project: {id: payload.project?.id ?? '', slug: payload.project?.slug ?? ''},
    count: toCount(payload.count),
    userCount: toCount(payload.userCount),
    firstSeen: payload.firstSeen ?? null,
    lastSeen: payload.lastSeen ?? null,
    hourly,
    exceptionType: metadata.type ?? (colon > 0 ? title.slice(0, colon) : 'Error'),
    exceptionValue: metadata.value ?? (colon > 0 ? title.slice(colon + 2) : title),
    inAppFrameMix: metadata.in_app_frame_mix ?? undefined
  }
}
