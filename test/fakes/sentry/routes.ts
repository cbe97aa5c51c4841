// The fake's endpoints under /api/0 (reference §2). Every API answer goes
// through `api()`: rate limit → auth → org → issue → scope → handler, and the
// rate-limit headers are added to whatever comes out (unless self-hosted).
import type {FakeHttpServer, FakeRequest, FakeResponse} from '../http-fake.js'
import {
  authenticate,
  DETAIL,
  hasAnyScope,
  READ_ISSUES,
  READ_RELEASES,
  WRITE_ISSUES,
  type Caller,
  type TokenSpec
} from './auth.js'
import {isoMicros, isoSeconds, type SentryEvent, type SentryIssue} from './builders.js'
import {
  linkHeader,
  paginateByOffset,
  paginateByScore,
  parseCursor,
  type Page
} from './pagination.js'
import type {RateLimiter} from './rate-limit.js'
import {baseGroup, details, listItem, type GroupStatsPeriod} from './serialize.js'
import {tag, type RecordedNote, type SentryState, type StoredIssue} from './state.js'

export interface RouteContext {
  state: SentryState
  tokens: Map<string, TokenSpec>
  limiter: RateLimiter
  selfHosted: boolean
}

interface Call {
  req: FakeRequest
  caller: Caller
  stored?: StoredIssue
}

const WWW_AUTH = {'WWW-Authenticate': 'xBasic realm="api"'}
const MAX_STATS_PERIOD = 90 * 86_400

function detail(status: number, text: unknown, headers?: Record<string, string>): FakeResponse {
  return {status, body: {detail: text}, headers}
}

export function registerRoutes(server: FakeHttpServer, ctx: RouteContext): void {
  const {state} = ctx

  const api =
    (
      endpoint: string,
      scopes: readonly string[],
      handler: (call: Call) => FakeResponse,
      options: {issue?: boolean} = {}
    ) =>
    (req: FakeRequest): FakeResponse => {
      let rateHeaders: Record<string, string> = {}
      let counted = false
      const finish = (response: FakeResponse): FakeResponse => {
        if (counted) ctx.limiter.done()
        if (ctx.selfHosted) return response
        return {...response, headers: {...response.headers, ...rateHeaders}}
      }
      if (!ctx.selfHosted) {
        const auth = req.headers.authorization
        const caller = (Array.isArray(auth) ? auth[0] : auth) ?? 'ip:127.0.0.1'
        const decision = ctx.limiter.check(
          ctx.tokens.get(caller.replace(/^Bearer\s+/i, ''))?.user?.id ?? caller,
          endpoint
        )
        counted = true
        rateHeaders = decision.headers
        if (decision.reject) return finish({status: 429, body: decision.reject})
      }
      const org = req.params.org ?? ''
      const auth = authenticate(req.headers.authorization, ctx.tokens, org, req.baseUrl)
      if ('status' in auth) return finish({status: 401, body: auth.body, headers: WWW_AUTH})
      if (org !== state.org.slug && org !== state.org.id)
        return finish(detail(404, DETAIL.notFound))
      let stored: StoredIssue | undefined
      if (options.issue) {
        stored = state.find(req.params.issue ?? '')
        if (!stored) return finish(detail(404, DETAIL.notFound))
      }
      if (!hasAnyScope(auth.caller, scopes)) return finish(detail(403, DETAIL.forbidden))
      return finish(handler({req, caller: auth.caller, stored}))
    }

  const paged = <T>(
    req: FakeRequest,
    page: Page<T>,
    extra: Record<string, string> = {}
  ): FakeResponse => ({
    status: 200,
    headers: {Link: linkHeader(req.baseUrl, req.path, req.query, page), ...extra},
    body: page.items
  })

  // ------------------------------------------------------------ issue list
  server.route(
    'GET',
    '/api/0/organizations/:org/issues',
    api('organization-group-index', READ_ISSUES, ({req}) => listIssues(state, req, paged))
  )

  // ------------------------------------------------------------ issue details / update
  server.route(
    'GET',
    '/api/0/organizations/:org/issues/:issue',
    api(
      'group-details',
      READ_ISSUES,
      ({req, stored}) => ({
        status: 200,
        body: details(state, stored!, req.query.getAll('environment'))
      }),
      {issue: true}
    )
  )
  server.route(
    'PUT',
    '/api/0/organizations/:org/issues/:issue',
    api('group-details', WRITE_ISSUES, call => updateIssue(state, call), {issue: true})
  )

  // ------------------------------------------------------------ events
  server.route(
    'GET',
    '/api/0/organizations/:org/issues/:issue/events',
    api(
      'group-events',
      READ_ISSUES,
      ({req, stored}) => {
        const events = filterEvents(stored!.events, req).reverse()
        const full = req.query.get('full') === 'true' || req.query.get('full') === '1'
        const perPage = Math.min(100, Number(req.query.get('per_page') ?? 100) || 100)
        const page = paginateByOffset(
          events.map(e => (full ? e : simpleEvent(e))),
          perPage,
          parseCursor(req.query.get('cursor'))
        )
        return paged(req, page)
      },
      {issue: true}
    )
  )
  server.route(
    'GET',
    '/api/0/organizations/:org/issues/:issue/events/:event',
    api(
      'group-event-details',
      READ_ISSUES,
      ({req, stored}) => {
        const events = filterEvents(stored!.events, req)
        const which = req.params.event ?? ''
        let event: SentryEvent | undefined
        if (which === 'latest' || which === 'recommended' || which === 'helpful') {
          // "recommended" prefers the newest event that has in-app frames
          event =
            which === 'latest'
              ? events[events.length - 1]
              : ([...events].reverse().find(e => e.metadata.in_app_frame_mix !== 'system-only') ??
                events[events.length - 1])
        } else if (which === 'oldest') {
          event = events[0]
        } else if (/^[0-9a-fA-F]{32}$/.test(which)) {
          event = events.find(e => e.eventID === which.toLowerCase())
        }
        if (!event) return detail(404, DETAIL.notFound)
        return {status: 200, body: event}
      },
      {issue: true}
    )
  )

  // ------------------------------------------------------------ notes (alias comments)
  for (const alias of ['notes', 'comments']) {
    server.route(
      'POST',
      `/api/0/organizations/:org/issues/:issue/${alias}`,
      api('group-notes', WRITE_ISSUES, call => addNote(state, call), {issue: true})
    )
    server.route(
      'GET',
      `/api/0/organizations/:org/issues/:issue/${alias}`,
      api(
        'group-notes',
        READ_ISSUES,
        ({req, stored}) => {
          const notes = stored!.activity.filter(a => a.type === 'note').reverse()
          const perPage = Math.min(100, Number(req.query.get('per_page') ?? 100) || 100)
          return paged(req, paginateByOffset(notes, perPage, parseCursor(req.query.get('cursor'))))
        },
        {issue: true}
      )
    )
  }

  // ------------------------------------------------------------ releases
  server.route(
    'GET',
    '/api/0/organizations/:org/releases',
    api('organization-releases', READ_RELEASES, ({req}) => {
      const projects = req.query.getAll('project').filter(p => p !== '-1')
      const q = (req.query.get('query') ?? '').toLowerCase()
      const releases = state.releases
        .filter(
          r =>
            !projects.length ||
            r.projects.some(p => projects.includes(String(p.id)) || projects.includes(p.slug))
        )
        .filter(r => !q || r.version.toLowerCase().includes(q))
        .sort((a, b) => Date.parse(b.dateCreated) - Date.parse(a.dateCreated))
      const perPage = Math.min(100, Number(req.query.get('per_page') ?? 100) || 100)
      return paged(req, paginateByOffset(releases, perPage, parseCursor(req.query.get('cursor'))))
    })
  )
  server.route(
    'GET',
    '/api/0/organizations/:org/releases/:version',
    api('organization-release-details', READ_RELEASES, ({req}) => {
      const release = state.release(req.params.version ?? '')
      return release ? {status: 200, body: release} : detail(404, DETAIL.notFound)
    })
  )
}

// ---------------------------------------------------------------- list

const SORTS = ['date', 'new', 'freq', 'user', 'trends', 'inbox', 'recommended'] as const

function parsePeriod(value: string): number | undefined {
  const m = /^(\d+)([smhdw])$/.exec(value)
  if (!m) return undefined
  const unit = {s: 1, m: 60, h: 3600, d: 86_400, w: 604_800}[m[2] as 's' | 'm' | 'h' | 'd' | 'w']
  return Number(m[1]) * unit
}

function listIssues(
  state: SentryState,
  req: FakeRequest,
  paged: <T>(req: FakeRequest, page: Page<T>, extra?: Record<string, string>) => FakeResponse
): FakeResponse {
  const q = req.query
  const nowMs = state.now()

  const gsp = q.get('groupStatsPeriod')
  if (gsp !== null && !['', '24h', '14d', 'auto'].includes(gsp)) {
    return detail(400, "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'")
  }
  const groupStatsPeriod: GroupStatsPeriod =
    gsp === null ? '24h' : gsp === '' ? null : (gsp as GroupStatsPeriod)

  let rangeSeconds: number | undefined
  let rangeStart: number | undefined
  let rangeEnd: number | undefined
  const statsPeriod = q.get('statsPeriod')
  if (statsPeriod) {
    rangeSeconds = parsePeriod(statsPeriod)
    // wording of these two is not in the reference
    if (rangeSeconds === undefined) return detail(400, `Invalid statsPeriod: '${statsPeriod}'`)
    if (rangeSeconds > MAX_STATS_PERIOD)
      return detail(400, 'Invalid date range. Please try a more recent date range.')
    rangeStart = nowMs - rangeSeconds * 1000
  } else if (q.get('start') || q.get('end')) {
    rangeStart = Date.parse(q.get('start') ?? '')
    rangeEnd = Date.parse(q.get('end') ?? '')
    if (Number.isNaN(rangeStart) || Number.isNaN(rangeEnd)) {
      return detail(400, 'start and end are both required')
    }
  }

  const sort = q.get('sort') ?? 'date'
  if (!(SORTS as readonly string[]).includes(sort)) return detail(400, `Invalid sort: ${sort}`)

  const limitRaw = q.get('limit')
  let limit = 100
  if (limitRaw) {
    limit = Number(limitRaw)
    if (!Number.isInteger(limit) || limit < 1) return detail(400, 'invalid limit')
    limit = Math.min(limit, 100)
  }
  const cursorRaw = q.get('cursor')
  const cursor = parseCursor(cursorRaw)
  if (cursorRaw && !cursor) return detail(400, 'Invalid cursor parameter.')

  // projects (ids or slugs, repeatable; -1 = all)
  const projectArgs = q.getAll('project').filter(p => p !== '-1' && p !== '')
  const unknownProjects = projectArgs.filter(p => !state.project(p))
  if (unknownProjects.length) {
    return detail(
      400,
      `Invalid query. Project(s) ${unknownProjects.join(', ')} do not exist or are not actively selected.`
    )
  }
  const projectIds = new Set(projectArgs.map(p => state.project(p)!.id))
  const environments = q.getAll('environment').filter(Boolean)

  const query = q.has('query') ? (q.get('query') ?? '') : 'is:unresolved'

  // direct hits: an event id, or a short id with shortIdLookup=1
  const trimmed = query.trim()
  const direct = /^[0-9a-f]{32}$/i.test(trimmed)
    ? state.issues.find(s => s.events.some(e => e.eventID === trimmed.toLowerCase()))
    : q.get('shortIdLookup') === '1'
      ? state.issues.find(s => s.issue.shortId.toUpperCase() === trimmed.toUpperCase())
      : undefined
  const view = {nowMs, rangeSeconds, groupStatsPeriod, filtered: false}
  if (direct) {
    const page = paginateByOffset([listItem(direct, view)], limit, undefined)
    return paged(req, page, {'X-Sentry-Direct-Hit': '1', 'X-Hits': '1'})
  }

  const search = parseSearch(query)
  view.filtered = search.nonStatus
  const matches = state.issues.filter(stored => {
    const issue = stored.issue
    if (projectIds.size && !projectIds.has(issue.project.id)) return false
    if (environments.length && !stored.environments.some(e => environments.includes(e)))
      return false
    if (search.statuses.length && !search.statuses.includes(issue.status)) return false
    if (search.levels.length && !search.levels.includes(issue.level)) return false
    if (search.unhandled !== undefined && issue.isUnhandled !== search.unhandled) return false
    if (search.releases.length && !stored.releases.some(r => search.releases.includes(r)))
      return false
    if (search.text.length) {
      const hay = `${issue.title} ${issue.culprit ?? ''} ${issue.shortId}`.toLowerCase()
      if (!search.text.every(t => hay.includes(t.toLowerCase()))) return false
    }
    const last = Date.parse(issue.lastSeen)
    if (rangeStart !== undefined && last < rangeStart) return false
    if (rangeEnd !== undefined && last > rangeEnd) return false
    return true
  })

  const items = matches
    .map(s => listItem(s, view))
    .filter(i => rangeSeconds === undefined || Number(i.count) > 0)
  const score = scoreFor(sort)
  items.sort((a, b) => score(b) - score(a) || Number(b.id) - Number(a.id))
  const page = paginateByScore(items, score, limit, cursor)
  return paged(req, page, {'X-Hits': String(items.length)})
}

function scoreFor(sort: string): (issue: SentryIssue) => number {
  switch (sort) {
    case 'new':
      return i => Date.parse(i.firstSeen)
    case 'freq':
      return i => Number(i.count)
    case 'user':
      return i => i.userCount
    default:
      // date (lastSeen in epoch ms), and the sorts the fake approximates by date
      return i => Math.floor(Date.parse(i.lastSeen) / 1000) * 1000
  }
}

interface Search {
  statuses: string[]
  levels: string[]
  releases: string[]
  unhandled?: boolean
  text: string[]
  nonStatus: boolean
}

/** A small subset of Sentry's search syntax; unknown `key:value` terms are ignored. */
function parseSearch(query: string): Search {
  const search: Search = {statuses: [], levels: [], releases: [], text: [], nonStatus: false}
  const terms = query.match(/\S+:"[^"]*"|"[^"]*"|\S+/g) ?? []
  for (const term of terms) {
    const m = /^([\w.]+):(.*)$/.exec(term)
    if (!m) {
      search.text.push(term.replace(/^"|"$/g, ''))
      search.nonStatus = true
      continue
    }
    const key = m[1] ?? ''
    const value = (m[2] ?? '').replace(/^"|"$/g, '')
    if (key === 'is') {
      const status = {
        unresolved: 'unresolved',
        resolved: 'resolved',
        ignored: 'ignored',
        archived: 'ignored',
        muted: 'ignored'
      }[value]
      if (status) search.statuses.push(status)
      continue
    }
    search.nonStatus = true
    if (key === 'level') search.levels.push(value)
    else if (key === 'release') search.releases.push(value)
    else if (key === 'error.unhandled') search.unhandled = value === 'true' || value === '1'
  }
  return search
}

// ---------------------------------------------------------------- events

function filterEvents(events: SentryEvent[], req: FakeRequest): SentryEvent[] {
  const environments = req.query.getAll('environment').filter(Boolean)
  const query = req.query.get('query') ?? ''
  const releases = [...query.matchAll(/release:"?([^\s"]+)"?/g)].map(m => m[1] ?? '')
  const start = req.query.get('start') ? Date.parse(req.query.get('start')!) : undefined
  return events.filter(e => {
    if (environments.length && !environments.includes(tag(e, 'environment') ?? '')) return false
    if (releases.length && !releases.includes(tag(e, 'release') ?? '')) return false
    if (start !== undefined && Date.parse(e.dateCreated) < start) return false
    return true
  })
}

function simpleEvent(e: SentryEvent): Record<string, unknown> {
  return {
    id: e.id,
    'event.type': e.type,
    groupID: e.groupID,
    eventID: e.eventID,
    projectID: e.projectID,
    message: e.message,
    title: e.title,
    location: e.location,
    culprit: e.culprit,
    user: e.user,
    tags: e.tags,
    platform: e.platform,
    dateCreated: e.dateCreated,
    crashFile: e.crashFile,
    metadata: e.metadata
  }
}

// ---------------------------------------------------------------- update

const STATUSES = ['resolved', 'unresolved', 'ignored', 'resolvedInNextRelease', 'muted']
const SUBSTATUSES = [
  'archived_until_escalating',
  'archived_until_condition_met',
  'archived_forever',
  'escalating',
  'ongoing',
  'regressed',
  'new'
]

function updateIssue(state: SentryState, {req, caller, stored}: Call): FakeResponse {
  const s = stored!
  const issue = s.issue
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>
  const actor = {...caller.user}
  const now = isoMicros(state.now())

  const status = body.status
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status))) {
    return {status: 400, body: {status: [`"${String(status)}" is not a valid choice.`]}}
  }
  if (
    body.substatus !== undefined &&
    body.substatus !== null &&
    !SUBSTATUSES.includes(String(body.substatus))
  ) {
    return {status: 400, body: {substatus: [`"${String(body.substatus)}" is not a valid choice.`]}}
  }
  const details = (
    body.statusDetails && typeof body.statusDetails === 'object' ? body.statusDetails : {}
  ) as Record<string, unknown>
  const projectReleases = state.releases
    .filter(r => r.projects.some(p => String(p.id) === issue.project.id))
    .sort((a, b) => Date.parse(b.dateCreated) - Date.parse(a.dateCreated))

  let inRelease: string | undefined
  if (details.inRelease !== undefined) {
    const wanted = String(details.inRelease)
    inRelease =
      wanted === 'latest'
        ? projectReleases[0]?.version
        : projectReleases.find(r => r.version === wanted)?.version
    if (!inRelease) {
      return {
        status: 400,
        body: {statusDetails: {inRelease: ['Unable to find a release with the given version.']}}
      }
    }
  }
  const inNextRelease = details.inNextRelease === true || status === 'resolvedInNextRelease'
  if (inNextRelease && !projectReleases.length) {
    return {
      status: 400,
      body: {
        statusDetails: {
          inNextRelease: [
            "No release data present in the system to form a basis for 'Next Release'"
          ]
        }
      }
    }
  }

  const activity = (type: string, data: Record<string, unknown> = {}): void => {
    s.activity.push({
      id: state.nextActivityId(),
      user: actor,
      sentry_app: null,
      type,
      data,
      dateCreated: now
    })
  }

  if (status === 'resolved' || status === 'resolvedInNextRelease') {
    issue.status = 'resolved'
    issue.substatus = null
    if (inRelease) {
      issue.statusDetails = {inRelease, actor}
      activity('set_resolved_in_release', {version: inRelease})
    } else if (inNextRelease) {
      issue.statusDetails = {inNextRelease: true, actor}
      activity('set_resolved_in_release', {version: ''})
    } else if (details.inCommit && typeof details.inCommit === 'object') {
      issue.statusDetails = {inCommit: details.inCommit, actor}
      activity('set_resolved_in_commit', {commit: details.inCommit})
    } else {
      issue.statusDetails = {}
      activity('set_resolved')
    }
  } else if (status === 'unresolved') {
    issue.status = 'unresolved'
    issue.substatus = (body.substatus as SentryIssue['substatus']) ?? 'ongoing'
    issue.statusDetails = {}
    activity('set_unresolved')
  } else if (status === 'ignored' || status === 'muted') {
    issue.status = 'ignored'
    const minutes = Number(details.ignoreDuration)
    if (details.ignoreDuration !== undefined && Number.isFinite(minutes)) {
      issue.statusDetails = {ignoreUntil: isoSeconds(state.now() + minutes * 60_000), actor}
      issue.substatus = 'archived_until_condition_met'
    } else if (details.ignoreCount !== undefined || details.ignoreUserCount !== undefined) {
      issue.statusDetails = {
        ...(details.ignoreCount !== undefined
          ? {ignoreCount: details.ignoreCount, ignoreWindow: details.ignoreWindow ?? null}
          : {}),
        ...(details.ignoreUserCount !== undefined
          ? {
              ignoreUserCount: details.ignoreUserCount,
              ignoreUserWindow: details.ignoreUserWindow ?? null
            }
          : {}),
        actor
      }
      issue.substatus = 'archived_until_condition_met'
    } else if (
      details.ignoreUntilEscalating === true ||
      body.substatus === 'archived_until_escalating'
    ) {
      issue.statusDetails = {ignoreUntilEscalating: true, actor}
      issue.substatus = 'archived_until_escalating'
    } else {
      issue.statusDetails = {}
      issue.substatus = 'archived_forever'
    }
    activity('set_ignored', details)
  } else if (body.substatus !== undefined) {
    issue.substatus = body.substatus as SentryIssue['substatus']
  }

  for (const key of ['hasSeen', 'isBookmarked', 'isSubscribed', 'isPublic'] as const) {
    if (typeof body[key] === 'boolean') issue[key] = body[key] as boolean
  }
  if (body.priority !== undefined) {
    if (!['low', 'medium', 'high'].includes(String(body.priority))) {
      return {status: 400, body: {priority: [`"${String(body.priority)}" is not a valid choice.`]}}
    }
    issue.priority = body.priority as SentryIssue['priority']
    issue.priorityLockedAt = now
  }
  if (body.assignedTo !== undefined) {
    const a = body.assignedTo
    issue.assignedTo =
      a === null || a === ''
        ? null
        : String(a).startsWith('team:')
          ? {type: 'team', id: String(a).slice(5), name: String(a).slice(5)}
          : {
              type: 'user',
              id: String(a).replace(/^user:/, ''),
              name: String(a).replace(/^user:/, ''),
              email: ''
            }
  }

  state.statusUpdates.push({
    issueId: issue.id,
    shortId: issue.shortId,
    body,
    status: issue.status,
    statusDetails: structuredClone(issue.statusDetails),
    token: caller.token,
    at: now
  })
  return {status: 200, body: baseGroup(s)}
}

// ---------------------------------------------------------------- notes

function addNote(state: SentryState, {req, caller, stored}: Call): FakeResponse {
  const s = stored!
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>
  const text = typeof body.text === 'string' ? body.text : ''
  if (!text.trim()) return {status: 400, body: {text: ['This field is required.']}}
  const hourAgo = state.now() - 3_600_000
  const duplicate = s.activity.some(
    a =>
      a.type === 'note' &&
      a.user?.id === caller.user.id &&
      a.data.text === text &&
      Date.parse(a.dateCreated) > hourAgo
  )
  if (duplicate) return detail(400, 'You have already posted that comment.')
  const note: RecordedNote = {
    id: state.nextActivityId(),
    user: {...caller.user},
    sentry_app: null,
    type: 'note',
    data: {text, ...(Array.isArray(body.mentions) ? {mentions: body.mentions} : {})},
    dateCreated: isoMicros(state.now()),
    issueId: s.issue.id,
    text,
    token: caller.token
  }
  const {issueId: _i, text: _t, token: _k, ...activity} = note
  s.activity.push(activity)
  s.issue.numComments += 1
  state.notes.push(note)
  return {status: 201, body: activity}
}
