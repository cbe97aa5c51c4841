// Pinning an issue through GraphQL with the real octokit client: against the
// fake GitHub's POST /graphql (isPinned, pinIssue, GitHub's error shapes),
// and where the client sends GraphQL for github.com-style and GitHub
// Enterprise Server API urls (a bare loopback server records the path).
import {createServer, type IncomingMessage} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {
  graphqlErrorsOf,
  isIssuePinned,
  pinIssue,
  pinRefusal
} from '../../src/edges/github/pin-issue.js'
import {recordingLogger} from '../../src/logger.js'
import {BOT_USER, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

const TOKEN = 'ghs_pintoken'
let fake: FakeGitHub
let client: GitHubClient

beforeAll(async () => {
  fake = await startFakeGitHub({owner: 'octo-org', repo: 'octo-repo'})
  client = clientFor(fake.url)
})
afterAll(async () => {
  await fake.close()
})

function clientFor(apiUrl: string): GitHubClient {
  return createGitHubClient({
    token: TOKEN,
    apiUrl,
    logger: recordingLogger(),
    retries: 0,
    pace: false
  })
}

/** A new issue's REST node_id, as the learnings issue's lookup reads it. */
async function newIssue(title: string): Promise<{number: number; nodeId: string}> {
  const {data} = await client.rest.issues.create({owner: fake.owner, repo: fake.repo, title})
  return {number: data.number, nodeId: data.node_id}
}

async function refusalOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a refusal')
}

describe('pinning through the fake GitHub', () => {
  it('reads isPinned, pins, and a second pin changes nothing', async () => {
    const issue = await newIssue('ci-medic learnings')
    expect(await isIssuePinned(client, issue.nodeId)).toBe(false)
    await pinIssue(client, issue.nodeId)
    expect(await isIssuePinned(client, issue.nodeId)).toBe(true)
    await pinIssue(client, issue.nodeId)
    expect(fake.pins.pinned()).toEqual([issue.number])
    const sent = fake.requestsTo('POST', '/graphql').map(r => r.body as {variables: unknown})
    expect(sent.at(-1)?.variables).toEqual({id: issue.nodeId})
    expect(fake.state.issue(issue.number)?.user.login).toBe(BOT_USER.login)
  })

  it('a FORBIDDEN answer (HTTP 200, errors[]) is one sentence naming the cause and the fix', async () => {
    const issue = await newIssue('refused')
    fake.pins.refuse()
    try {
      const error = await refusalOf(() => pinIssue(client, issue.nodeId))
      const answer = fake.requestsTo('POST', '/graphql').at(-1)!
      expect(answer.status).toBe(200)
      expect(graphqlErrorsOf(error)).toEqual([
        {type: 'FORBIDDEN', message: 'Resource not accessible by integration'}
      ])
      const text = pinRefusal(error, {number: issue.number, url: 'https://example.test/i/1'})
      expect(text).toMatch(
        new RegExp(
          `^The learnings issue #${issue.number} was not pinned: GitHub refused the token \\(FORBIDDEN: Resource not accessible by integration\\)\\. Pinning needs issues: write`
        )
      )
      expect(text).toContain('pin it by hand ("Pin issue" on https://example.test/i/1)')
    } finally {
      fake.pins.refuse(null)
    }
    expect(fake.pins.pinned()).not.toContain(issue.number)
  })

  it('a token without issues: write is refused the same way', async () => {
    const issue = await newIssue('read-only token')
    fake.setPermissions({issues: 'read'})
    try {
      const error = await refusalOf(() => pinIssue(client, issue.nodeId))
      expect(graphqlErrorsOf(error)?.[0]?.type).toBe('FORBIDDEN')
      // Reading whether it is pinned needs no write.
      expect(await isIssuePinned(client, issue.nodeId)).toBe(false)
    } finally {
      fake.setPermissions({issues: 'write'})
    }
  })

  it('a fourth pin is refused: a repository pins at most 3 issues', async () => {
    const open = fake.pins.pinned().length
    const issues = await Promise.all(Array.from({length: 4 - open}, (_, i) => newIssue(`pin ${i}`)))
    for (const issue of issues.slice(0, -1)) await pinIssue(client, issue.nodeId)
    const error = await refusalOf(() => pinIssue(client, issues.at(-1)!.nodeId))
    expect(graphqlErrorsOf(error)?.[0]?.type).toBe('UNPROCESSABLE')
    expect(pinRefusal(error)).toMatch(
      /^The learnings issue was not pinned: GitHub said UNPROCESSABLE: .*A repository pins at most 3 issues: unpin one/
    )
  })

  it('an unknown node id is NOT_FOUND, and an HTTP refusal names the permission', async () => {
    const error = await refusalOf(() => isIssuePinned(client, 'I_kwDOnope'))
    expect(graphqlErrorsOf(error)?.[0]?.type).toBe('NOT_FOUND')
    const anonymous = await fetch(`${fake.url}/graphql`, {method: 'POST', body: '{}'})
    expect(anonymous.status).toBe(401)
    fake.fault('POST', '/graphql', {status: 403, body: {message: 'Must have admin rights'}})
    const http = await refusalOf(() => pinIssue(client, 'I_kwDOMQ'))
    expect(graphqlErrorsOf(http)).toBeUndefined()
    expect(pinRefusal(http, {number: 9, url: 'u'})).toMatch(
      /^The learnings issue #9 was not pinned \(GitHub refused POST \/graphql \(403: Must have admin rights\)/
    )
  })
})

describe('where GraphQL goes', () => {
  const paths: string[] = []
  let base = ''
  const server = createServer((req: IncomingMessage, res) => {
    paths.push(req.url ?? '')
    res.writeHead(200, {'content-type': 'application/json'})
    res.end(JSON.stringify({data: {node: {isPinned: true}}}))
  })
  beforeAll(async () => {
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
  })

  it.each([
    ['github.com (GITHUB_API_URL https://api.github.com)', '', '/graphql'],
    ['GitHub Enterprise Server (…/api/v3)', '/api/v3', '/api/graphql'],
    ['GitHub Enterprise Server with a trailing slash', '/api/v3/', '/api/graphql']
  ])('%s', async (_name, apiPath, expected) => {
    paths.length = 0
    expect(await isIssuePinned(clientFor(`${base}${apiPath}`), 'I_kwDOMQ')).toBe(true)
    expect(paths).toEqual([expected])
  })
})
