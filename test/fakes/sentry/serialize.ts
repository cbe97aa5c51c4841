// Per-request views of stored issues: the list item (stream serializer), the
// details view and the PUT answer (reference §2.1, §2.2, §2.5).
import {
  dailyStats,
  isoMicros,
  type SentryIssue,
  type SentryRelease,
  type StatsBucket
} from './builders.js'
import type {SentryState, StoredIssue} from './state.js'

export type GroupStatsPeriod = '24h' | '14d' | 'auto' | null

export interface ListView {
  nowMs: number
  /** Query date range in seconds (statsPeriod), undefined = default 90 days. */
  rangeSeconds?: number
  groupStatsPeriod: GroupStatsPeriod
  /** The search had conditions other than status. */
  filtered: boolean
}

/** Events of the issue inside the last `rangeSeconds`, from its hourly stats (whole buckets). */
export function countInRange(
  issue: SentryIssue,
  nowMs: number,
  rangeSeconds: number | undefined
): number {
  if (rangeSeconds === undefined || rangeSeconds > 24 * 3600) return Number(issue.count)
  const hourly = issue.stats['24h'] ?? []
  const from = Math.floor(nowMs / 1000) - rangeSeconds
  // buckets partly inside the range count pro rata (the current, partial hour counts whole)
  const total = hourly
    .filter(([t]) => t + 3600 > from)
    .reduce((s, [t, n]) => s + (t >= from ? n : (n * (t + 3600 - from)) / 3600), 0)
  return Math.round(total)
}

function statsFor(
  issue: SentryIssue,
  period: Exclude<GroupStatsPeriod, null>,
  nowMs: number
): StatsBucket[] {
  const hourly = issue.stats['24h'] ?? []
  if (period === '24h') return hourly
  if (period === '14d') return dailyStats(nowMs, hourly)
  // auto: ~30 buckets over the last 24 h (48-minute buckets) derived from the hourly series
  const end = Math.floor(nowMs / 1000)
  const size = 2880
  const buckets: StatsBucket[] = []
  for (let i = 29; i >= 0; i -= 1) {
    const start = Math.floor((end - i * size) / size) * size
    const n = hourly
      .filter(([t]) => t + 3600 > start && t < start + size)
      .reduce(
        (s, [t, c]) => s + (c * (Math.min(t + 3600, start + size) - Math.max(t, start))) / 3600,
        0
      )
    buckets.push([start, Math.round(n)])
  }
  return buckets
}

export function listItem(stored: StoredIssue, view: ListView): SentryIssue {
  const issue = structuredClone(stored.issue)
  const count = countInRange(issue, view.nowMs, view.rangeSeconds)
  if (view.rangeSeconds !== undefined && view.rangeSeconds <= 24 * 3600) {
    issue.count = String(count)
    issue.userCount = Math.min(issue.userCount, count)
  }
  issue.stats = view.groupStatsPeriod
    ? {[view.groupStatsPeriod]: statsFor(stored.issue, view.groupStatsPeriod, view.nowMs)}
    : {}
  if (!view.groupStatsPeriod) delete (issue as Partial<SentryIssue>).stats
  issue.filtered = view.filtered
    ? {
        count: issue.count,
        userCount: issue.userCount,
        firstSeen: issue.firstSeen,
        lastSeen: issue.lastSeen,
        stats: null
      }
    : null
  return issue
}

/** Base group fields (GroupSerializer): no stats, lifetime or filtered. */
export function baseGroup(stored: StoredIssue): Record<string, unknown> {
  const {stats: _s, lifetime: _l, filtered: _f, ...base} = structuredClone(stored.issue)
  return {...base, count: stored.issue.lifetime.count, userCount: stored.issue.lifetime.userCount}
}

function releaseRef(
  state: SentryState,
  version: string | undefined
): Record<string, unknown> | null {
  if (!version) return null
  const r: SentryRelease | undefined = state.release(version)
  return {
    version,
    shortVersion: r?.shortVersion ?? version.slice(version.lastIndexOf('@') + 1),
    dateCreated: r?.dateCreated ?? stored0(state, version),
    dateReleased: r?.dateReleased ?? null,
    ref: r?.ref ?? null,
    url: r?.url ?? null
  }
}

function stored0(state: SentryState, version: string): string {
  for (const s of state.issues) {
    const e = s.events.find(ev => ev.tags.some(t => t.key === 'release' && t.value === version))
    if (e) return e.dateCreated
  }
  return isoMicros(state.now())
}

/** `GET /organizations/{org}/issues/{id}/`. */
export function details(
  state: SentryState,
  stored: StoredIssue,
  environment: string[]
): Record<string, unknown> {
  const nowMs = state.now()
  const base = baseGroup(stored)
  const events = environment.length
    ? stored.events.filter(e =>
        e.tags.some(t => t.key === 'environment' && environment.includes(t.value))
      )
    : stored.events
  const tagKeys = new Map<string, Set<string>>()
  for (const e of events) {
    for (const t of e.tags) {
      if (!tagKeys.has(t.key)) tagKeys.set(t.key, new Set())
      tagKeys.get(t.key)!.add(t.value)
    }
  }
  const hourly = stored.issue.stats['24h'] ?? []
  const daily = dailyStats(nowMs, hourly)
  const today = Math.floor(nowMs / 86_400_000) * 86_400
  const thirty: StatsBucket[] = []
  for (let i = 30; i >= 0; i -= 1) {
    const t = today - i * 86_400
    thirty.push([t, daily.find(([d]) => d === t)?.[1] ?? 0])
  }
  return {
    ...base,
    activity: [...stored.activity].reverse(),
    openPeriods: [
      {
        start: stored.issue.firstSeen,
        end:
          stored.issue.status === 'resolved'
            ? (stored.activity[stored.activity.length - 1]?.dateCreated ?? null)
            : null,
        duration: null,
        isOpen: stored.issue.status !== 'resolved',
        lastChecked: isoMicros(nowMs)
      }
    ],
    seenBy: [],
    participants: [],
    pluginActions: [],
    pluginIssues: [],
    pluginContexts: [],
    userReportCount: 0,
    firstRelease: releaseRef(state, stored.releases[0]),
    lastRelease: releaseRef(state, stored.releases[stored.releases.length - 1]),
    tags: [...tagKeys].map(([key, values]) => ({
      key,
      name: key.replace(
        /(^|[._])(\w)/g,
        (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase()
      ),
      totalValues: events.filter(e => e.tags.some(t => t.key === key)).length || values.size
    })),
    stats: {'24h': hourly, '30d': thirty}
  }
}
