import {afterEach, describe, expect, it} from 'vitest'
import {
  appFrame,
  buildEvent,
  buildIssue,
  framePath,
  nodeInternalFrame,
  startFakeSentry,
  type FakeSentry,
  type FakeSentryOptions,
  type SentryEvent,
  type SentryIssue
} from './sentry/index.js'

const NOW = Date.parse('2026-03-10T12:34:56Z')
const TOKEN = 'test-token'

let fake: FakeSentry | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function start(options: FakeSentryOptions = {}): Promise<FakeSentry> {
  fake = await startFakeSentry({now: () => NOW, ...options})
  return fake
}

function get(path: string, token: string | null = TOKEN): Promise<Response> {
  const base = path.startsWith('http') ? '' : `${fake!.url}/api/0`
  return fetch(`${base}${path}`, {
    headers: token === null ? {} : {Authorization: `Bearer ${token}`}
  })
}

function send(
  method: string,
  path: string,
  body: unknown,
  token: string = TOKEN
): Promise<Response> {
  return fetch(`${fake!.url}/api/0${path}`, {
    method,
    headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
    body: JSON.stringify(body)
  })
}

interface Link {
  url: string
  rel: string
  results: string
  cursor: string
}

function parseLink(header: string | null): Link[] {
  if (!header) return []
  return header.split(/,\s*(?=<)/).map(part => {
    const url = /^<([^>]+)>/.exec(part)?.[1] ?? ''
    const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(part)?.[1] ?? ''
    return {url, rel: attr('rel'), results: attr('results'), cursor: attr('cursor')}
  })
}

describe('fake Sentry: issue list', () => {
  it('paginates across pages with the Link header until next has results="false"', async () => {
    await start()
    const ids: string[] = []
    // ties straddle both page boundaries (limit 3) to exercise the cursor offset
    for (const minutesAgo of [1, 2, 3, 3, 4, 5, 5, 6]) {
      ids.push(fake!.addIssue({lastSeen: new Date(NOW - minutesAgo * 60_000).toISOString()}).id)
    }
    const resolved = fake!.addIssue({status: 'resolved', substatus: null})

    const seen: string[] = []
    const cursors: string[] = []
    let url: string | undefined =
      `${fake!.url}/api/0/organizations/my-org/issues/?query=is%3Aunresolved&limit=3`
    let pages = 0
    let lastLinks: Link[] = []
    while (url) {
      const res = await get(url)
      expect(res.status).toBe(200)
      const page = (await res.json()) as SentryIssue[]
      seen.push(...page.map(i => i.id))
      pages += 1
      const links = parseLink(res.headers.get('link'))
      expect(links.map(l => l.rel)).toEqual(['previous', 'next'])
      for (const link of links) expect(link.cursor).toMatch(/^\d+:\d+:[01]$/)
      if (pages === 1) expect(links[0]!.results).toBe('false')
      else expect(links[0]!.results).toBe('true')
      const next = links[1]!
      expect(next.url).toContain(`cursor=${next.cursor}`)
      expect(next.url).toContain('query=is%3Aunresolved')
      cursors.push(next.cursor)
      lastLinks = links
      url = next.results === 'true' ? next.url : undefined
      expect(pages).toBeLessThan(10)
    }
    expect(pages).toBe(3)
    expect(seen).toHaveLength(8)
    expect(new Set(seen)).toEqual(new Set(ids))
    expect(seen).not.toContain(resolved.id)
    // the last page still has a next link, with results="false"
    expect(lastLinks[1]!.results).toBe('false')
    expect(lastLinks[1]!.cursor.endsWith(':0')).toBe(true)

    // following previous from the last page returns the second page again
    const back = await get(lastLinks[0]!.url)
    const backIds = ((await back.json()) as SentryIssue[]).map(i => i.id)
    expect(backIds).toEqual(seen.slice(3, 6))
  })

  it('serializes count as a string, userCount as a number and 25 hourly stats buckets', async () => {
    await start()
    const hourly = Array.from({length: 25}, (_, i) => i * 2)
    fake!.addIssue({eventsPerHour: hourly, userCount: 17})
    const res = await get('/organizations/my-org/issues/')
    const [issue] = (await res.json()) as SentryIssue[]
    expect(typeof issue!.count).toBe('string')
    expect(issue!.count).toBe(String(hourly.reduce((a, b) => a + b, 0)))
    expect(typeof issue!.userCount).toBe('number')
    expect(issue!.userCount).toBe(17)
    expect(typeof issue!.id).toBe('string')
    expect(issue!.shortId).toBe('WEB-API-1')
    const buckets = issue!.stats['24h']!
    expect(buckets).toHaveLength(25)
    const currentHour = Math.floor(NOW / 3_600_000) * 3600
    expect(buckets[24]).toEqual([currentHour, 48])
    buckets.forEach(([t, n], i) => {
      expect(t).toBe(currentHour - (24 - i) * 3600)
      expect(n).toBe(i * 2)
    })
    expect(issue!.lifetime.count).toBe(issue!.count)
    expect(issue!.permalink).toBe(`${fake!.url}/organizations/my-org/issues/${issue!.id}/`)
    expect(issue!.metadata).toMatchObject({
      type: 'TypeError',
      function: 'sumLines',
      in_app_frame_mix: 'mixed'
    })
    expect(res.headers.get('x-hits')).toBe('1')
  })

  it('rejects an invalid groupStatsPeriod with 400 and shapes stats by the valid ones', async () => {
    await start({issues: [{eventsPerHour: 3}]})
    const bad = await get('/organizations/my-org/issues/?groupStatsPeriod=7d')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      detail: "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'"
    })
    const none = (await (
      await get('/organizations/my-org/issues/?groupStatsPeriod=')
    ).json()) as SentryIssue[]
    expect(none[0]).not.toHaveProperty('stats')
    const days = (await (
      await get('/organizations/my-org/issues/?groupStatsPeriod=14d')
    ).json()) as SentryIssue[]
    expect(Object.keys(days[0]!.stats)).toEqual(['14d'])
    expect(days[0]!.stats['14d']).toHaveLength(15)
  })

  it('filters by level, error.unhandled, project, environment and statsPeriod', async () => {
    await start({
      projects: [
        {id: '4501234567890123', slug: 'web-api', name: 'web-api', platform: 'node-express'},
        {id: '4501234567890999', slug: 'worker', name: 'worker', platform: 'node'}
      ]
    })
    const a = fake!.addIssue({level: 'error', isUnhandled: true})
    const b = fake!.addIssue({
      level: 'warning',
      isUnhandled: false,
      projectRef: 'worker',
      environment: 'staging'
    })
    const quiet = fake!.addIssue({eventsPerHour: [4, ...Array<number>(23).fill(0)]})
    const ids = async (query: string): Promise<string[]> =>
      ((await (await get(`/organizations/my-org/issues/?${query}`)).json()) as SentryIssue[])
        .map(i => i.id)
        .sort()

    expect(await ids('query=is%3Aunresolved%20level%3Awarning')).toEqual([b.id])
    expect(await ids('query=error.unhandled%3Atrue')).toEqual([a.id, quiet.id].sort())
    expect(await ids('project=worker')).toEqual([b.id])
    expect(await ids('project=4501234567890123&project=4501234567890999')).toHaveLength(3)
    expect(await ids('environment=staging')).toEqual([b.id])
    // the quiet issue has no events in the last hours
    expect(await ids('statsPeriod=1h')).toEqual([a.id, b.id].sort())
    const lastHour = (await (
      await get('/organizations/my-org/issues/?statsPeriod=1h')
    ).json()) as SentryIssue[]
    // 5 in the current hour + 5 × (25 min 4 s / 60 min) of the previous one
    expect(lastHour.map(i => i.count)).toEqual(['7', '7'])

    const unknown = await get('/organizations/my-org/issues/?project=nope')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as {detail: string}).detail).toContain('nope')
  })
})

describe('fake Sentry: issue and events', () => {
  it('serves the latest event with exception frames oldest → newest (crash frame last)', async () => {
    await start()
    const source = Array.from({length: 20}, (_, i) => `line ${i + 1}`).join('\n')
    const older = buildEvent({dateCreated: NOW - 3_600_000, release: 'web-api@1.3.0'})
    const newer = buildEvent({
      dateCreated: NOW - 60_000,
      frames: [
        nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
        appFrame('src/routes/orders.ts', 'createOrder', 31),
        appFrame('src/orders/total.ts', 'sumLines', 12, {source})
      ]
    })
    const issue = fake!.addIssue({events: [older, newer]})

    const res = await get(`/organizations/my-org/issues/${issue.id}/events/latest/`)
    expect(res.status).toBe(200)
    const event = (await res.json()) as SentryEvent
    expect(event.eventID).toBe(newer.eventID)
    expect(event.groupID).toBe(issue.id)
    expect(event.previousEventID).toBe(older.eventID)
    const exception = event.entries.find(e => e.type === 'exception') as {
      data: {
        values: {
          type: string
          mechanism: {handled: boolean}
          stacktrace: {frames: Record<string, unknown>[]}
        }[]
      }
    }
    const value = exception.data.values[exception.data.values.length - 1]!
    expect(value.type).toBe('TypeError')
    expect(value.mechanism.handled).toBe(false)
    const frames = value.stacktrace.frames
    const crash = frames[frames.length - 1]!
    expect(crash).toMatchObject({
      function: 'sumLines',
      filename: '../../src/orders/total.ts',
      absPath: '/app/src/orders/total.ts',
      module: 'orders:total',
      lineNo: 12,
      inApp: true
    })
    expect(crash.context).toContainEqual([12, 'line 12'])
    expect(crash).not.toHaveProperty('pre_context')
    expect(frames[0]).toMatchObject({filename: 'node:internal/process/task_queues', inApp: false})
    expect(event.metadata).toMatchObject({
      function: 'sumLines',
      filename: '../../src/orders/total.ts'
    })

    const oldest = (await (
      await get(`/organizations/my-org/issues/${issue.shortId}/events/oldest/`)
    ).json()) as SentryEvent
    expect(oldest.eventID).toBe(older.eventID)
    const byId = await get(`/organizations/my-org/issues/${issue.id}/events/${older.eventID}/`)
    expect(((await byId.json()) as SentryEvent).release).toEqual({version: 'web-api@1.3.0'})
    const recommended = await get(`/organizations/my-org/issues/${issue.id}/events/recommended`)
    expect(recommended.status).toBe(200)
    const missing = await get(`/organizations/my-org/issues/${issue.id}/events/${'f'.repeat(32)}/`)
    expect(missing.status).toBe(404)
  })

  it('maps repo files to Sentry path forms', () => {
    expect(framePath('src/orders/total.ts', 'dist')).toEqual({
      filename: '/app/dist/orders/total.js',
      absPath: '/app/dist/orders/total.js',
      module: 'orders:total'
    })
    expect(framePath('src/orders/total.ts', 'webpack').absPath).toBe(
      'webpack://web-api/./src/orders/total.ts'
    )
    expect(framePath('src/orders/total.ts', 'app').filename).toBe('app:///src/orders/total.ts')
  })

  it('resolves an issue with PUT and shows it on later reads', async () => {
    await start({releases: [{version: 'web-api@1.4.0'}]})
    const issue = fake!.addIssue()
    const res = await send('PUT', `/organizations/my-org/issues/${issue.id}/`, {
      status: 'resolved',
      statusDetails: {inRelease: 'web-api@1.4.0'}
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as SentryIssue
    expect(body.status).toBe('resolved')
    expect(body.substatus).toBeNull()
    expect(body.statusDetails).toMatchObject({
      inRelease: 'web-api@1.4.0',
      actor: {name: 'ci-medic'}
    })
    expect(body).not.toHaveProperty('stats')

    const after = (await (
      await get(`/organizations/my-org/issues/${issue.shortId}/`)
    ).json()) as SentryIssue & {
      activity: {type: string}[]
    }
    expect(after.status).toBe('resolved')
    expect(after.activity[0]!.type).toBe('set_resolved_in_release')
    const unresolved = (await (await get('/organizations/my-org/issues/')).json()) as SentryIssue[]
    expect(unresolved).toHaveLength(0)
    expect(fake!.state.updatesFor(issue.id)).toMatchObject([
      {status: 'resolved', statusDetails: {inRelease: 'web-api@1.4.0'}}
    ])

    const unknownRelease = await send('PUT', `/organizations/my-org/issues/${issue.id}/`, {
      status: 'resolved',
      statusDetails: {inRelease: 'web-api@9.9.9'}
    })
    expect(unknownRelease.status).toBe(400)
    expect(await unknownRelease.json()).toEqual({
      statusDetails: {inRelease: ['Unable to find a release with the given version.']}
    })
  })

  it('records notes and answers with the activity shape', async () => {
    await start()
    const issue = fake!.addIssue()
    const res = await send('POST', `/organizations/my-org/issues/${issue.id}/notes/`, {
      text: 'Fix in PR #12'
    })
    expect(res.status).toBe(201)
    const note = (await res.json()) as Record<string, unknown>
    expect(note).toMatchObject({type: 'note', data: {text: 'Fix in PR #12'}, sentry_app: null})
    expect(typeof note.id).toBe('string')
    expect(fake!.state.notesFor(issue.shortId).map(n => n.text)).toEqual(['Fix in PR #12'])

    const alias = await send('POST', `/organizations/my-org/issues/${issue.id}/comments/`, {
      text: 'Deployed'
    })
    expect(alias.status).toBe(201)
    const again = await send('POST', `/organizations/my-org/issues/${issue.id}/notes/`, {
      text: 'Deployed'
    })
    expect(again.status).toBe(400)
    expect(await again.json()).toEqual({detail: 'You have already posted that comment.'})
    const detailsBody = (await (
      await get(`/organizations/my-org/issues/${issue.id}/`)
    ).json()) as SentryIssue
    expect(detailsBody.numComments).toBe(2)
  })

  it('serves releases', async () => {
    await start({
      releases: [
        {version: 'web-api@1.3.0', dateCreated: '2026-03-01T00:00:00Z'},
        {version: 'web-api@1.4.0', deployedAt: NOW - 600_000}
      ]
    })
    const list = (await (
      await get('/organizations/my-org/releases/?project=4501234567890123')
    ).json()) as {version: string}[]
    expect(list.map(r => r.version)).toEqual(['web-api@1.4.0', 'web-api@1.3.0'])
    const one = await get(`/organizations/my-org/releases/${encodeURIComponent('web-api@1.4.0')}/`)
    expect(one.status).toBe(200)
    expect(await one.json()).toMatchObject({
      version: 'web-api@1.4.0',
      shortVersion: '1.4.0',
      lastDeploy: {environment: 'production'}
    })
    expect((await get('/organizations/my-org/releases/nope/')).status).toBe(404)
  })
})

describe('fake Sentry: auth and errors', () => {
  it('answers 401/403/404 with {"detail": ...}', async () => {
    await start({
      tokens: {
        [TOKEN]: {},
        'read-only': {scopes: ['event:read']},
        sso: {ssoRequired: true}
      }
    })
    const issue = fake!.addIssue()
    const missing = await get('/organizations/my-org/issues/', null)
    expect(missing.status).toBe(401)
    expect(await missing.json()).toEqual({detail: 'Authentication credentials were not provided.'})
    expect(missing.headers.get('www-authenticate')).toBe('xBasic realm="api"')

    const invalid = await get('/organizations/my-org/issues/', 'wrong')
    expect(invalid.status).toBe(401)
    expect(await invalid.json()).toEqual({detail: 'Invalid token'})

    const forbidden = await send(
      'PUT',
      `/organizations/my-org/issues/${issue.id}/`,
      {status: 'resolved'},
      'read-only'
    )
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toEqual({
      detail: 'You do not have permission to perform this action.'
    })
    const noteForbidden = await send(
      'POST',
      `/organizations/my-org/issues/${issue.id}/notes/`,
      {text: 'x'},
      'read-only'
    )
    expect(noteForbidden.status).toBe(403)
    expect(fake!.state.issue(issue.id)!.status).toBe('unresolved')

    for (const path of [
      '/organizations/other-org/issues/',
      '/organizations/my-org/issues/999/',
      '/organizations/my-org/issues/WEB-API-99/events/latest/'
    ]) {
      const res = await get(path)
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({detail: 'The requested resource does not exist'})
    }

    const sso = await get('/organizations/my-org/issues/', 'sso')
    expect(sso.status).toBe(401)
    const ssoBody = (await sso.json()) as {detail: {code: string; message: string}}
    expect(ssoBody.detail).toMatchObject({code: 'sso-required', message: 'Must login via SSO'})
  })

  it('refuses org auth tokens on issue endpoints but serves them releases', async () => {
    await start({tokens: {[TOKEN]: {}, sntrys_abc123: {}}, releases: [{version: 'web-api@1.4.0'}]})
    const issue = fake!.addIssue()
    const list = await get('/organizations/my-org/issues/', 'sntrys_abc123')
    expect(list.status).toBe(403)
    expect(await list.json()).toEqual({
      detail: 'You do not have permission to perform this action.'
    })
    expect(
      (await get(`/organizations/my-org/issues/${issue.id}/events/latest/`, 'sntrys_abc123')).status
    ).toBe(403)
    expect((await get('/organizations/my-org/releases/', 'sntrys_abc123')).status).toBe(200)
    const unknown = await get('/organizations/my-org/issues/', 'sntrys_other')
    expect(await unknown.json()).toEqual({detail: 'Invalid org token'})
  })
})

describe('fake Sentry: rate limits', () => {
  it('answers 429 without Retry-After but with the reset header once the window is used up', async () => {
    await start({rateLimit: {limit: 2, windowSeconds: 60}})
    const reset = String((Math.floor(NOW / 60_000) + 1) * 60)
    const first = await get('/organizations/my-org/issues/')
    expect(first.status).toBe(200)
    expect(first.headers.get('x-sentry-rate-limit-limit')).toBe('2')
    expect(first.headers.get('x-sentry-rate-limit-remaining')).toBe('1')
    expect(first.headers.get('x-sentry-rate-limit-reset')).toBe(reset)
    expect(first.headers.get('x-sentry-rate-limit-concurrentlimit')).toBe('25')
    expect(first.headers.get('x-sentry-rate-limit-concurrentremaining')).not.toBeNull()
    expect((await get('/organizations/my-org/issues/')).status).toBe(200)
    const limited = await get('/organizations/my-org/issues/')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBeNull()
    expect(limited.headers.get('x-sentry-rate-limit-remaining')).toBe('0')
    expect(limited.headers.get('x-sentry-rate-limit-reset')).toBe(reset)
    expect(await limited.json()).toEqual({
      detail:
        'You are attempting to use this endpoint too frequently. Limit is 2 requests in 60 seconds'
    })
    // limits are per endpoint
    expect((await get('/organizations/my-org/releases/')).status).toBe(200)
  })

  it('scripts a 429 storm of N consecutive answers', async () => {
    await start()
    fake!.rateLimitStorm(3)
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1)
      statuses.push((await get('/organizations/my-org/issues/')).status)
    expect(statuses).toEqual([429, 429, 429, 200])
  })

  it('sends no rate-limit headers when self-hosted', async () => {
    await start({selfHosted: true, rateLimit: {limit: 1}})
    for (let i = 0; i < 3; i += 1) {
      const res = await get('/organizations/my-org/issues/')
      expect(res.status).toBe(200)
      expect([...res.headers.keys()].filter(k => k.startsWith('x-sentry-rate-limit'))).toEqual([])
    }
    const denied = await get('/organizations/my-org/issues/', null)
    expect(denied.status).toBe(401)
    expect([...denied.headers.keys()].filter(k => k.startsWith('x-sentry-rate-limit'))).toEqual([])
  })
})

describe('fake Sentry: builders', () => {
  it('builds consistent issues and events', () => {
    const issue = buildIssue({eventsPerHour: 10, level: 'fatal', substatus: 'regressed', now: NOW})
    expect(issue.count).toBe('250')
    expect(issue.substatus).toBe('regressed')
    expect(issue.priority).toBe('high')
    const event = buildEvent({handled: true})
    const tags = event.tags.map(t => t.key)
    expect(tags).toEqual([...tags].sort())
    expect(event.tags.find(t => t.key === 'handled')?.value).toBe('yes')
    expect(event.tags.find(t => t.key === 'user')).toEqual({
      key: 'user',
      value: 'id:42',
      query: 'user.id:42'
    })
    expect(event.entries.map(e => e.type)).toEqual(['exception', 'request'])
  })
})
