// The Sentry client against the fake Sentry, through real HTTP.
import {afterEach, describe, expect, it} from 'vitest'
import {ConfigurationError} from '../../src/errors.js'
import {recordingLogger} from '../../src/logger.js'
import {
  createSentryClient,
  type SentryClient,
  type SentryClientOptions
} from '../../src/edges/sentry/client.js'
import {
  SentryApiError,
  SentryAuthError,
  SentryNotFoundError,
  SentryPermissionError,
  SentryQueryError,
  SentryRateLimitError,
  sentryScopeMissing
} from '../../src/edges/sentry/errors.js'
import {nextCursor, parseLinkHeader} from '../../src/edges/sentry/link-header.js'
import {extractException} from '../../src/core/self-heal/frames.js'
import {
  appFrame,
  buildEvent,
  nodeModulesFrame,
  startFakeSentry,
  type FakeSentry,
  type FakeSentryOptions
} from '../fakes/sentry/index.js'

const START = Date.parse('2026-03-10T12:34:56Z')
let clock = START
let sleeps: number[] = []
let fake: FakeSentry | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function setup(
  options: FakeSentryOptions = {},
  client: Partial<SentryClientOptions> = {}
): Promise<{fake: FakeSentry; client: SentryClient; logger: ReturnType<typeof recordingLogger>}> {
  clock = START
  sleeps = []
  fake = await startFakeSentry({now: () => clock, ...options})
  const logger = recordingLogger()
  return {
    fake,
    logger,
    client: createSentryClient({
      baseUrl: `${fake.url}/`,
      token: 'test-token',
      logger,
      now: () => clock,
      sleep: async ms => {
        sleeps.push(ms)
        clock += ms
      },
      ...client
    })
  }
}

const LIST = {org: 'my-org', projects: ['web-api'], environment: 'production', period: '24h'}

describe('parseLinkHeader', () => {
  it('parses Sentry\'s two links and stops on results="false"', () => {
    const header =
      '<https://sentry.io/api/0/organizations/my-org/issues/?project=1&query=is%3Aunresolved&cursor=1746176141000:0:1>; rel="previous"; results="false"; cursor="1746176141000:0:1", ' +
      '<https://sentry.io/api/0/organizations/my-org/issues/?project=1&query=is%3Aunresolved&cursor=1746173800000:0:0>; rel="next"; results="true"; cursor="1746173800000:0:0"'
    expect(parseLinkHeader(header).map(l => l.params)).toEqual([
      {rel: 'previous', results: 'false', cursor: '1746176141000:0:1'},
      {rel: 'next', results: 'true', cursor: '1746173800000:0:0'}
    ])
    expect(nextCursor(header)).toBe('1746173800000:0:0')
    expect(nextCursor(header.replace('results="true"', 'results="false"'))).toBeUndefined()
    expect(nextCursor(null)).toBeUndefined()
  })

  it('handles commas inside the URL and quoted values', () => {
    const header = '<https://x/a?q=a,b&cursor=1:2:0>; rel="next"; results="true"; cursor="1:2:0"'
    expect(parseLinkHeader(header)).toEqual([
      {
        url: 'https://x/a?q=a,b&cursor=1:2:0',
        params: {rel: 'next', results: 'true', cursor: '1:2:0'}
      }
    ])
  })
})

describe('listUnresolvedIssues', () => {
  it('follows the cursor over several pages and straightens the types', async () => {
    const {fake, client} = await setup()
    for (let i = 0; i < 230; i += 1) fake.addIssue({eventsPerHour: (i % 7) + 1})
    const issues = await client.listUnresolvedIssues(LIST)
    expect(issues).toHaveLength(230)
    expect(new Set(issues.map(i => i.id)).size).toBe(230)
    const requests = fake.requestsTo('GET', '/api/0/organizations/:org/issues')
    expect(requests).toHaveLength(3)
    expect(requests[0]!.query.get('query')).toBe('is:unresolved')
    expect(requests[0]!.query.getAll('project')).toEqual(['web-api'])
    expect(requests[0]!.query.get('environment')).toBe('production')
    expect(requests[0]!.query.get('statsPeriod')).toBe('24h')
    expect(requests[1]!.query.get('cursor')).toMatch(/^\d+:\d+:0$/)
    const first = issues[0]!
    expect(typeof first.count).toBe('number')
    expect(typeof first.userCount).toBe('number')
    expect(first.hourly).toHaveLength(25)
    const raw = (await (
      await fetch(`${fake.url}${requests[0]!.path}?${requests[0]!.query.toString()}`, {
        headers: {Authorization: 'Bearer test-token'}
      })
    ).json()) as {id: string; count: unknown; userCount: unknown}[]
    expect(typeof raw[0]!.count).toBe('string')
    expect(first).toMatchObject({
      id: raw[0]!.id,
      count: Number(raw[0]!.count),
      userCount: raw[0]!.userCount
    })
    expect(first.exceptionType).toBe('TypeError')
  })

  it('asks for every project with project=-1 when none is given', async () => {
    const {fake, client} = await setup()
    fake.addIssue()
    await client.listUnresolvedIssues({...LIST, projects: [], environment: ''})
    const [request] = fake.requestsTo('GET', '/api/0/organizations/:org/issues')
    expect(request!.query.getAll('project')).toEqual(['-1'])
    expect(request!.query.has('environment')).toBe(false)
  })

  it('sleeps until X-Sentry-Rate-Limit-Reset through a 429 storm', async () => {
    const {fake, client, logger} = await setup({rateLimit: {windowSeconds: 60}})
    for (let i = 0; i < 150; i += 1) fake.addIssue()
    fake.rateLimitStorm(3, 'organization-group-index')
    const issues = await client.listUnresolvedIssues(LIST)
    expect(issues).toHaveLength(150)
    // window end 12:35:00 → 4 s from 12:34:56; the next two wait a full window each
    expect(sleeps).toEqual([4000, 60_000, 60_000])
    expect(logger.lines.filter(l => l.level === 'warning')[0]!.message).toMatch(
      /rate limit \(429 until X-Sentry-Rate-Limit-Reset\).*waiting 4s/
    )
  })

  it('waits proactively when X-Sentry-Rate-Limit-Remaining reaches 0', async () => {
    const {fake, client} = await setup({rateLimit: {limit: 1, windowSeconds: 60}})
    for (let i = 0; i < 150; i += 1) fake.addIssue()
    const issues = await client.listUnresolvedIssues(LIST)
    expect(issues).toHaveLength(150)
    expect(sleeps).toEqual([4000])
    // the proactive wait means no request was refused
    expect(fake.requests.filter(r => r.status === 429)).toHaveLength(0)
  })

  it('honours a Retry-After a proxy adds, and backs off without any header', async () => {
    const {fake, client} = await setup()
    fake.addIssue()
    fake.fault('GET', '/api/0/organizations/:org/issues', {
      status: 429,
      headers: {'Retry-After': '7'},
      body: {detail: 'slow down'}
    })
    await client.listUnresolvedIssues(LIST)
    expect(sleeps).toEqual([7000])
    fake.fault('GET', '/api/0/organizations/:org/issues', {
      status: 429,
      body: 'Too Many Requests',
      times: 2
    })
    sleeps = []
    await client.listUnresolvedIssues(LIST)
    expect(sleeps).toEqual([1000, 2000])
  })

  it('gives up after the retry budget with a rate-limit error', async () => {
    const {fake, client} = await setup({}, {maxRetries: 2})
    fake.addIssue()
    fake.rateLimitStorm(10)
    await expect(client.listUnresolvedIssues(LIST)).rejects.toBeInstanceOf(SentryRateLimitError)
    expect(sleeps).toHaveLength(2)
  })

  it('refuses a wait longer than allowed', async () => {
    const {fake, client} = await setup({rateLimit: {windowSeconds: 3600}}, {maxWaitSeconds: 60})
    fake.rateLimitStorm(1)
    await expect(client.listUnresolvedIssues(LIST)).rejects.toThrow(/asks to wait 1504s/)
    expect(sleeps).toEqual([])
  })

  it('works with self-hosted Sentry, which sends no rate-limit headers', async () => {
    const {fake, client} = await setup({selfHosted: true})
    for (let i = 0; i < 120; i += 1) fake.addIssue()
    const issues = await client.listUnresolvedIssues(LIST)
    expect(issues).toHaveLength(120)
    expect(sleeps).toEqual([])
    expect(fake.requests.every(r => r.status === 200)).toBe(true)
  })
})

describe('errors', () => {
  it('tells an org auth token (sntrys_) to become an Internal Integration token', async () => {
    const {fake} = await setup({tokens: {sntrys_abc: {}}})
    const client = createSentryClient({
      baseUrl: fake.url,
      token: 'sntrys_abc',
      logger: recordingLogger()
    })
    const error = await client.listUnresolvedIssues(LIST).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SentryPermissionError)
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as Error).message
    expect(message).toContain('organization auth token (sntrys_…)')
    expect(message).toContain('Internal Integration')
    expect(message).toContain('event:read')
    expect(message).toContain('event:write')
    expect(message).toContain('Settings → Developer Settings → Custom Integrations')
  })

  it('names the missing scope on a 403', async () => {
    const {fake} = await setup({tokens: {'read-only': {scopes: ['event:read']}}})
    const issue = fake.addIssue()
    const client = createSentryClient({
      baseUrl: fake.url,
      token: 'read-only',
      logger: recordingLogger()
    })
    const error = await client
      .resolveIssue('my-org', issue.id, {inNextRelease: true})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SentryPermissionError)
    expect((error as Error).message).toMatch(
      /403 \(You do not have permission to perform this action.\).*lacks the event:write scope.*Read & Write/
    )
  })

  it('names a scope to add only when Sentry refused for want of it', async () => {
    const refused = new SentryPermissionError('403', {method: 'PUT', path: '/x/', status: 403, detail: ''}, false)
    const outage = new SentryApiError('500', {method: 'GET', path: '/x/', status: 500, detail: ''})
    const badQuery = new SentryApiError('400', {method: 'PUT', path: '/x/', status: 400, detail: ''})
    expect(sentryScopeMissing(refused, 'event:write')).toBe('event:write')
    expect(sentryScopeMissing(outage, 'event:write')).toBeUndefined()
    expect(sentryScopeMissing(badQuery, 'event:write')).toBeUndefined()
    expect(sentryScopeMissing(new Error('ECONNRESET'), 'event:write')).toBeUndefined()
  })

  it('explains a 401 for a bad and an expired token', async () => {
    const {fake} = await setup({tokens: {old: {expired: true}}})
    const bad = createSentryClient({baseUrl: fake.url, token: 'nope', logger: recordingLogger()})
    const error = await bad.listUnresolvedIssues(LIST).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SentryAuthError)
    expect((error as Error).message).toMatch(/401 \(Invalid token\).*wrong, revoked/)
    const expired = createSentryClient({baseUrl: fake.url, token: 'old', logger: recordingLogger()})
    await expect(expired.listUnresolvedIssues(LIST)).rejects.toThrow(/Token expired.*has expired/)
  })

  it('flattens a detail object (SSO required)', async () => {
    const {fake} = await setup({tokens: {sso: {ssoRequired: true}}})
    const client = createSentryClient({baseUrl: fake.url, token: 'sso', logger: recordingLogger()})
    const error = (await client
      .listUnresolvedIssues(LIST)
      .catch((e: unknown) => e)) as SentryAuthError
    expect(error).toBeInstanceOf(SentryAuthError)
    expect(error.info.detail).toBe(
      `Must login via SSO (sso-required); log in at ${fake.url}/auth/login/my-org/`
    )
    expect(error.message).toContain('integration tokens are not subject to SSO')
  })

  it('names the org on a 404 and the project on a 400', async () => {
    const {client} = await setup()
    const error = await client.listUnresolvedIssues({...LIST, org: 'nope'}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SentryNotFoundError)
    expect((error as SentryNotFoundError).resource).toBe('organization')
    expect((error as Error).message).toMatch(
      /404 \(The requested resource does not exist\).*Check sentry-org 'nope'.*sentry-url/
    )
    await expect(
      client.listUnresolvedIssues({...LIST, projects: ['ghost']})
    ).rejects.toBeInstanceOf(SentryQueryError)
    await expect(client.getIssue('my-org', '999')).rejects.toThrow(
      /does not exist in organization 'my-org'/
    )
  })

  it('retries a 5xx with backoff and reports an HTML error page readably', async () => {
    const {fake, client} = await setup({}, {maxRetries: 1})
    fake.addIssue()
    fake.fault('GET', '/api/0/organizations/:org/issues', {
      status: 502,
      body: '<html><h1>Bad Gateway</h1></html>'
    })
    expect(await client.listUnresolvedIssues(LIST)).toHaveLength(1)
    expect(sleeps).toEqual([1000])
    fake.fault('GET', '/api/0/organizations/:org/issues', {
      status: 503,
      body: '<html>Down</html>',
      times: 5
    })
    const error = (await client
      .listUnresolvedIssues(LIST)
      .catch((e: unknown) => e)) as SentryApiError
    expect(error).toBeInstanceOf(SentryApiError)
    expect(error.info.detail).toBe('Down')
  })
})

describe('issues, events, resolve, notes, releases', () => {
  it('reads an issue and its latest event with frames', async () => {
    const {fake, client} = await setup()
    const issue = fake.addIssue({events: [{}, {}]})
    const details = await client.getIssue('my-org', issue.shortId)
    expect(details).toMatchObject({
      id: issue.id,
      shortId: issue.shortId,
      count: Number(issue.count)
    })
    const event = await client.latestEvent('my-org', issue.id)
    const exception = extractException(event)!
    expect(exception.frames.at(-1)!.function).toBe('sumLines')
    expect(fake.requestsTo('GET', /events\/recommended/)).toHaveLength(0)
  })

  it('falls back to the recommended event when the latest has no stack trace', async () => {
    const {fake, client} = await setup()
    const withStack = buildEvent({dateCreated: START - 600_000})
    const noStack = buildEvent({
      dateCreated: START - 60_000,
      frames: [nodeModulesFrame('pg/lib/client.js', 'query')]
    })
    ;(noStack.entries[0] as {data: {values: {stacktrace: unknown}[]}}).data.values[0]!.stacktrace =
      null
    const issue = fake.addIssue({events: [withStack, noStack]})
    const event = await client.latestEvent('my-org', issue.id)
    expect(event.eventID).toBe(withStack.eventID)
    expect(fake.requestsTo('GET', /events\/recommended/)).toHaveLength(1)
  })

  it('resolves in a release and in the next release, and adds notes idempotently', async () => {
    const {fake, client} = await setup({releases: [{version: 'web-api@1.4.0'}]})
    const issue = fake.addIssue()
    const resolved = await client.resolveIssue('my-org', issue.id, {inRelease: 'web-api@1.4.0'})
    expect(resolved).toMatchObject({
      status: 'resolved',
      statusDetails: {inRelease: 'web-api@1.4.0'}
    })
    expect(fake.state.updatesFor(issue.id)[0]!.body).toEqual({
      status: 'resolved',
      statusDetails: {inRelease: 'web-api@1.4.0'}
    })
    await expect(
      client.resolveIssue('my-org', issue.id, {inRelease: 'web-api@9.9.9'})
    ).rejects.toThrow(/statusDetails.inRelease: Unable to find a release/)

    const note = await client.addNote('my-org', issue.id, 'Fix in PR #12')
    expect(note.posted).toBe(true)
    expect(fake.state.notesFor(issue.id).map(n => n.text)).toEqual(['Fix in PR #12'])
    expect(await client.addNote('my-org', issue.id, 'Fix in PR #12')).toEqual({
      posted: false,
      id: undefined
    })
  })

  it('reads a release and an issue events since a date', async () => {
    const {fake, client} = await setup({
      releases: [{version: 'web-api@1.5.0', deployedAt: START - 3_600_000}]
    })
    const release = await client.getRelease('my-org', 'web-api@1.5.0')
    expect(release).toMatchObject({
      version: 'web-api@1.5.0',
      lastDeploy: {environment: 'production'}
    })
    expect(await client.getRelease('my-org', 'web-api@0.0.1')).toBeUndefined()
    // A project's releases, newest first (the fake filters by project id as Sentry does).
    const releases = await client.listReleases('my-org', String(fake.state.projects[0]!.id))
    expect(releases.map(r => r.version)).toContain('web-api@1.5.0')
    expect(await client.listReleases('my-org', '999999')).toEqual([])
    const issue = fake.addIssue({
      events: [
        {dateCreated: START - 7_200_000, frames: [appFrame('src/orders/total.ts', 'sumLines', 12)]},
        {dateCreated: START - 600_000}
      ]
    })
    const since = await client.listIssueEvents('my-org', issue.id, {
      start: new Date(START - 3_600_000).toISOString()
    })
    expect(since).toHaveLength(1)
    expect(since[0]!.release).toBe('web-api@1.4.0')
  })
})
