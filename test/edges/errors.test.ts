// One error model across the edges, through real clients and real loopback
// servers: no answer is a NetworkError naming the host and what to check; a
// GitHub refusal is a GitHubApiError naming the permission; a Sentry answer
// has one kind; the run wrapper words each so that only bugs are called bugs.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import Anthropic from '@anthropic-ai/sdk'
import {afterEach, describe, expect, it} from 'vitest'
import {createGitHubClient, statusOf, type GitHubClient} from '../../src/edges/github/client.js'
import {
  describeGitHubError,
  GitHubApiError,
  missingPermission,
  permissionNeeded
} from '../../src/edges/github/errors.js'
import {raiseAlert} from '../../src/edges/github/alert-issues.js'
import {upsertPullRequest} from '../../src/edges/github/pull-requests.js'
import {rerunFailedJobs} from '../../src/edges/github/run-control.js'
import {getWorkflowRun} from '../../src/edges/github/workflow-runs.js'
import {describeModelError, modelNetworkError} from '../../src/edges/model/anthropic-client.js'
import {createSentryClient} from '../../src/edges/sentry/client.js'
import {
  isSentryError,
  SentryApiError,
  SentryAuthError,
  SentryNotFoundError,
  SentryPermissionError,
  SentryQueryError,
  SentryRateLimitError,
  sentryErrorKind,
  type SentryError
} from '../../src/edges/sentry/errors.js'
import {
  ConfigurationError,
  findNetworkFailure,
  NetworkError,
  networkErrorIn
} from '../../src/errors.js'
import {recordingLogger} from '../../src/logger.js'
import {failureMessage} from '../../src/runtime/failure-report.js'
import {startFakeAnthropic} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'

const repo = {owner: 'acme', repo: 'widgets'}
const closers: (() => Promise<unknown>)[] = []

afterEach(async () => {
  while (closers.length) await closers.pop()!()
})

/** A loopback port nobody listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

function github(apiUrl: string, extra: {retries?: number; pace?: boolean} = {}): GitHubClient {
  return createGitHubClient({
    token: 'ghs_test',
    apiUrl,
    logger: recordingLogger(),
    retries: 0,
    pace: false,
    ...extra
  })
}

async function fakeGitHub(): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({files: {'README.md': '# widgets\n'}})
  closers.push(() => fake.close())
  return fake
}

async function fakeSentry(
  options: Parameters<typeof startFakeSentry>[0] = {}
): Promise<FakeSentry> {
  const fake = await startFakeSentry(options)
  closers.push(() => fake.close())
  return fake
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error
  )
}

describe('network failures', () => {
  it('names 127.0.0.1:<port> and GITHUB_API_URL when nothing listens', async () => {
    const port = await closedPort()
    const error = await rejection(getWorkflowRun(github(`http://127.0.0.1:${port}`), repo, 1))
    expect(error).toBeInstanceOf(NetworkError)
    const network = error as NetworkError
    expect(network).toMatchObject({
      service: 'GitHub API',
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
      code: 'ECONNREFUSED',
      input: 'GITHUB_API_URL'
    })
    expect(network.message).toBe(
      `Could not reach the GitHub API at 127.0.0.1:${port} (ECONNREFUSED): check GITHUB_API_URL and the runner's network.`
    )
    expect(statusOf(network)).toBeUndefined()
  })

  it('names ENOTFOUND for a host that never resolves (.invalid)', async () => {
    const error = await rejection(github('http://api.invalid').rest.repos.get(repo))
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({host: 'api.invalid', code: 'ENOTFOUND', service: 'GitHub API'})
  })

  it('finds the failure behind fetch, octokit and the Anthropic SDK, and nothing in an HTTP answer', async () => {
    const port = await closedPort()
    const raw = await rejection(fetch(`http://127.0.0.1:${port}/`))
    expect(findNetworkFailure(raw)).toEqual({
      code: 'ECONNREFUSED',
      detail: `connect ECONNREFUSED 127.0.0.1:${port}`,
      host: `127.0.0.1:${port}`
    })
    const wrapped = new Error('reading the run failed', {cause: raw})
    expect(networkErrorIn(wrapped)?.message).toBe(
      `Could not reach 127.0.0.1:${port} (ECONNREFUSED): check the runner's network.`
    )
    expect(findNetworkFailure(new Anthropic.APIConnectionTimeoutError())?.code).toBe('ETIMEDOUT')
    expect(findNetworkFailure(new Error('Not Found'))).toBeUndefined()
    expect(findNetworkFailure(Object.assign(new Error('x'), {status: 500}))).toBeUndefined()
  })

  it('keeps plugin-retry: a network error and a 502 are retried before the typed error', async () => {
    const fake = await fakeGitHub()
    // The first connection is cut before any answer; the next ones reach the fake.
    let cut = 1
    const proxy: Server = createServer((req, res) => {
      if (cut-- > 0) {
        req.socket.destroy()
        return
      }
      const upstream = new URL(req.url ?? '/', fake.url)
      void fetch(upstream, {method: req.method, headers: {authorization: 'token ghs_test'}}).then(
        async answer => {
          res.writeHead(answer.status, {'content-type': 'application/json'})
          res.end(await answer.text())
        }
      )
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise(resolve => proxy.close(resolve)))
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const {data} = await github(url, {retries: 1}).rest.repos.get(repo)
    expect(data.full_name).toBe('acme/widgets')

    fake.fault('GET', '/repos/:owner/:repo', {status: 502, body: 'Bad Gateway', times: 1})
    expect((await github(fake.url, {retries: 1}).rest.repos.get(repo)).status).toBe(200)
    fake.fault('GET', '/repos/:owner/:repo', {status: 502, body: '<h1>Bad Gateway</h1>', times: 2})
    const error = await rejection(github(fake.url, {retries: 1}).rest.repos.get(repo))
    expect(error).toMatchObject({status: 502, kind: 'server'})
    expect(fake.requestsTo('GET', '/repos/:owner/:repo').map(r => r.status)).toEqual([
      200, 502, 200, 502, 502
    ])
  })

  it('keeps plugin-throttling: a secondary rate limit is waited out, a long primary one is typed', async () => {
    const fake = await fakeGitHub()
    fake.secondaryRateLimit({retryAfterSeconds: 1, path: '/repos/:owner/:repo'})
    const client = createGitHubClient({
      token: 'ghs_test',
      apiUrl: fake.url,
      logger: recordingLogger(),
      retries: 0,
      maxRateLimitWaitSeconds: 5
    })
    expect((await client.rest.repos.get(repo)).status).toBe(200)
    fake.primaryRateLimit({path: '/repos/:owner/:repo', resetInSeconds: 3600})
    const error = await rejection(client.rest.repos.get(repo))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({status: 403, kind: 'rate-limit'})
    expect((error as Error).message).toMatch(/rate limit.*try again later/)
    expect(missingPermission(error)).toBeUndefined()
  })

  it('names the Sentry host and sentry-url', async () => {
    const port = await closedPort()
    const client = createSentryClient({
      baseUrl: `http://127.0.0.1:${port}/`,
      token: 'test-token',
      logger: recordingLogger(),
      maxRetries: 0
    })
    const error = await rejection(client.getIssue('my-org', '1'))
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({
      service: 'Sentry API',
      host: `127.0.0.1:${port}`,
      code: 'ECONNREFUSED',
      input: 'sentry-url'
    })
    expect(isSentryError(error)).toBe(false)
  })

  it('names the model host and anthropic-base-url', async () => {
    const port = await closedPort()
    const baseUrl = `http://127.0.0.1:${port}`
    const client = new Anthropic({apiKey: 'sk-ant-test', baseURL: baseUrl, maxRetries: 0})
    const error = await rejection(
      client.messages.create({
        model: 'claude-haiku-4-5',
        max_tokens: 10,
        messages: [{role: 'user', content: 'hi'}]
      })
    )
    expect(error).toBeInstanceOf(Anthropic.APIConnectionError)
    expect(describeModelError(error, baseUrl)).toBe(
      `the model API at 127.0.0.1:${port} could not be reached (ECONNREFUSED): check anthropic-base-url and the runner's network`
    )
    expect(modelNetworkError(error, '')?.host).toBe('api.anthropic.com')
    expect(networkErrorIn(error)).toMatchObject({service: 'Anthropic API', code: 'ECONNREFUSED'})
  })

  it('leaves the model API answers as they were', async () => {
    const fake = await startFakeAnthropic({script: []})
    closers.push(() => fake.close())
    const client = new Anthropic({apiKey: 'wrong', baseURL: fake.url, maxRetries: 0})
    const error = await rejection(
      client.messages.create({
        model: 'claude-haiku-4-5',
        max_tokens: 10,
        messages: [{role: 'user', content: 'hi'}]
      })
    )
    expect(modelNetworkError(error)).toBeUndefined()
    expect(describeModelError(error)).toMatch(/^the model API answered 4\d\d/)
  })
})

describe('GitHub refusals name the permission', () => {
  it('on create PR, create issue, rerun and list jobs', async () => {
    const fake = await fakeGitHub()
    const client = github(fake.url)
    const run = fake.addWorkflowRun({jobs: [{name: 't', conclusion: 'failure', log: 'x'}]})
    fake.setPermissions({pullRequests: 'read', issues: 'read', actions: 'none'})

    const pr = await rejection(
      client.rest.pulls.create({...repo, title: 't', head: 'fix', base: 'main'})
    )
    expect(pr).toBeInstanceOf(GitHubApiError)
    expect(pr).toMatchObject({
      status: 403,
      kind: 'permission',
      method: 'POST',
      path: '/repos/acme/widgets/pulls',
      route: '/repos/{owner}/{repo}/pulls',
      githubMessage: 'Resource not accessible by integration',
      needs: 'pull-requests: write'
    })
    expect((pr as GitHubApiError).documentationUrl).toMatch(/^https:\/\/docs\.github\.com\//)
    expect((pr as Error).message).toBe(
      "GitHub refused POST /repos/acme/widgets/pulls (403: Resource not accessible by integration): the token needs 'pull-requests: write'. Add it under permissions: in the workflow."
    )

    const issue = await rejection(client.rest.issues.create({...repo, title: 'x'}))
    expect(issue).toMatchObject({status: 403, needs: 'issues: write'})

    const rerun = await rejection(rerunFailedJobs(client, repo, run.id))
    expect(rerun).toMatchObject({status: 403, needs: 'actions: write'})
    expect(missingPermission(rerun)).toBe('actions: write')

    const jobs = await rejection(
      client.paginate(client.rest.actions.listJobsForWorkflowRun, {...repo, run_id: run.id})
    )
    expect(jobs).toMatchObject({status: 403, needs: 'actions: read'})
    expect(describeGitHubError(jobs)).toMatch(/needs 'actions: read'/)
  })

  it('keeps what the edges built on top working (typed PR error, alert warning)', async () => {
    const fake = await fakeGitHub()
    fake.setPermissions({pullRequests: 'read', issues: 'read'})
    const client = github(fake.url)
    const pr = await rejection(
      upsertPullRequest(
        client,
        repo,
        {head: 'fix', base: 'main', title: 't', body: 'b', draft: false, labels: []},
        recordingLogger()
      )
    )
    expect(pr).toBeInstanceOf(ConfigurationError)
    expect((pr as Error).message).toMatch(/pull-requests: write/)
    const alert = await rejection(
      raiseAlert(client, repo, 'github-actions[bot]', {
        fingerprint: 'f00d',
        title: 'x',
        details: 'y',
        occurrence: 'again'
      })
    )
    expect(alert).toMatchObject({status: 403, needs: 'issues: write'})
  })

  it('explains a 404 and keeps statusOf', async () => {
    const fake = await fakeGitHub()
    const error = await rejection(
      github(fake.url).rest.actions.getWorkflowRun({...repo, run_id: 424242})
    )
    expect(statusOf(error)).toBe(404)
    expect(describeGitHubError(error)).toBe(
      "GitHub answered 404 to GET /repos/acme/widgets/actions/runs/424242 (Not Found): it does not exist, or the token cannot see it (seeing it takes 'actions: read')."
    )
  })

  it('derives the permission from method and route with one table', () => {
    const cases: [string, string, string | undefined][] = [
      ['POST', '/repos/{owner}/{repo}/pulls', 'pull-requests: write'],
      ['PATCH', '/repos/o/r/pulls/7', 'pull-requests: write'],
      ['GET', '/repos/o/r/pulls?head=o:x', 'pull-requests: read'],
      ['POST', '/repos/{owner}/{repo}/issues', 'issues: write'],
      ['POST', '/repos/o/r/issues/3/comments', 'issues: write'],
      ['GET', 'https://ghe.example/api/v3/repos/o/r/issues', 'issues: read'],
      ['POST', '/repos/o/r/labels', 'issues: write'],
      ['POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', 'actions: write'],
      ['POST', '/repos/o/r/actions/workflows/autofix.yml/dispatches', 'actions: write'],
      ['GET', '/repos/o/r/actions/runs/1/jobs', 'actions: read'],
      ['GET', '/repos/o/r/actions/jobs/1/logs', 'actions: read'],
      ['GET', '/repos/o/r/contents/README.md', 'contents: read'],
      ['POST', '/repos/o/r/git/refs', 'contents: write'],
      ['GET', '/repos/o/r/commits/abc/check-runs', 'checks: read'],
      ['GET', '/repos/o/r/check-runs/5', 'checks: read'],
      ['GET', '/repos/o/r', 'metadata: read'],
      ['GET', '/user', undefined]
    ]
    for (const [method, route, needs] of cases)
      expect([method, route, permissionNeeded(method, route)]).toEqual([method, route, needs])
  })
})

describe('Sentry answers are classified once', () => {
  it('by status', () => {
    expect([401, 403, 404, 400, 409, 429, 500, 502, 200].map(sentryErrorKind)).toEqual([
      'auth',
      'permission',
      'not-found',
      'bad-request',
      'bad-request',
      'rate-limit',
      'server',
      'server',
      'server'
    ])
  })

  it('401, 403, 404, 400, 429 and 5xx from the fake get their kind and their old class', async () => {
    const fake = await fakeSentry({tokens: {'test-token': {}, sntrys_abc: {}}})
    const client = (token: string): ReturnType<typeof createSentryClient> =>
      createSentryClient({
        baseUrl: fake.url,
        token,
        logger: recordingLogger(),
        maxRetries: 0,
        sleep: async () => {}
      })
    const list = {org: 'my-org', projects: ['web-api'], period: '24h'}
    const kinds: [unknown, SentryError['kind'], new (...args: never[]) => Error][] = [
      [await rejection(client('nope').listUnresolvedIssues(list)), 'auth', SentryAuthError],
      [
        await rejection(client('sntrys_abc').listUnresolvedIssues(list)),
        'permission',
        SentryPermissionError
      ],
      [
        await rejection(client('test-token').getIssue('my-org', '999')),
        'not-found',
        SentryNotFoundError
      ],
      [
        await rejection(client('test-token').listUnresolvedIssues({...list, projects: ['ghost']})),
        'bad-request',
        SentryQueryError
      ]
    ]
    fake.rateLimitStorm(1)
    kinds.push([
      await rejection(client('test-token').listUnresolvedIssues(list)),
      'rate-limit',
      SentryRateLimitError
    ])
    fake.fault('GET', '/api/0/organizations/:org/issues', {status: 503, body: 'Down'})
    kinds.push([
      await rejection(client('test-token').listUnresolvedIssues(list)),
      'server',
      SentryApiError
    ])
    for (const [error, kind, type] of kinds) {
      expect(error).toBeInstanceOf(type)
      expect(isSentryError(error)).toBe(true)
      expect((error as SentryError).kind).toBe(kind)
    }
  })
})

describe('failureMessage', () => {
  const refusal = (status: number, message: string, method = 'POST', url = '/repos/o/r/pulls') =>
    new GitHubApiError({
      status,
      method,
      url: `https://api.github.com${url}`,
      data: {message, documentation_url: 'https://docs.github.com/rest'}
    })
  const bug = /failed unexpectedly: .*This is a bug in ci-medic/

  it('words each kind, and calls only the rest a bug', () => {
    expect(failureMessage('classify', new ConfigurationError('Set run-id.'))).toBe(
      'ci-medic classify: Set run-id.'
    )
    expect(failureMessage('autofix', refusal(403, 'Resource not accessible by integration'))).toBe(
      "ci-medic autofix: GitHub refused POST /repos/o/r/pulls (403: Resource not accessible by integration): the token needs 'pull-requests: write'. Add it under permissions: in the workflow."
    )
    expect(failureMessage('autofix', refusal(401, 'Bad credentials'))).toMatch(
      /^ci-medic autofix: GitHub refused POST \/repos\/o\/r\/pulls \(401: Bad credentials\): .*github-token/
    )
    expect(
      failureMessage('classify', refusal(404, 'Not Found', 'GET', '/repos/o/r/actions/runs/9'))
    ).toMatch(
      /^ci-medic classify: GitHub answered 404 .*cannot see it \(seeing it takes 'actions: read'\)\.$/
    )
    expect(failureMessage('self-heal', refusal(502, '', 'GET', '/repos/o/r/issues'))).toBe(
      'ci-medic self-heal: GitHub answered 502 to GET /repos/o/r/issues (no message): GitHub had a problem answering: try again later.'
    )
    const network = new NetworkError({
      service: 'Sentry API',
      url: 'https://de.sentry.io',
      input: 'sentry-url',
      failure: {code: 'ETIMEDOUT', detail: 'connect ETIMEDOUT', host: undefined}
    })
    expect(failureMessage('self-heal', network)).toBe(
      "ci-medic self-heal: Could not reach the Sentry API at de.sentry.io (ETIMEDOUT): check sentry-url and the runner's network."
    )
    const info = {method: 'GET', path: '/organizations/o/issues/', status: 503, detail: 'Down'}
    expect(
      failureMessage('self-heal', new SentryApiError('Sentry answered 503 (Down).', info))
    ).toBe(
      'ci-medic self-heal: Sentry answered 503 (Down): Sentry had a problem answering; try again later.'
    )
    expect(failureMessage('autofix', refusal(422, 'Validation Failed'))).toMatch(bug)
    expect(
      failureMessage('autofix', new TypeError("Cannot read properties of undefined (reading 'x')"))
    ).toMatch(bug)
    expect(
      failureMessage(
        'autofix',
        new SentryApiError('Sentry refused the note.', {...info, status: 400})
      )
    ).toMatch(bug)
  })

  it('never shows a stack', () => {
    const error = new Error('boom')
    expect(failureMessage('classify', error)).not.toMatch(/\n\s+at /)
  })
})
