// The pull-request edge against the fake GitHub, through the real octokit.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {
  capBody,
  closeStalePullRequest,
  findOpenPullRequest,
  GITHUB_BODY_LIMIT,
  PullRequestPermissionError,
  TRUNCATION_NOTE,
  upsertPullRequest,
  type PullRequestRequest
} from '../../src/edges/github/pull-requests.js'
import {ConfigurationError} from '../../src/errors.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

let fake: FakeGitHub
let client: GitHubClient
let logger: ReturnType<typeof recordingLogger>
const repo = {owner: 'acme', repo: 'widgets'}
const BRANCH = 'ci-medic/autofix/f00dfeedf00dfeed'

beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: 'acme',
    repo: 'widgets',
    files: {'README.md': '# widgets\n'}
  })
  logger = recordingLogger()
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger,
    retries: 0,
    pace: false
  })
})
afterEach(async () => {
  await fake.close()
})

/** A branch one commit ahead of main in the fake's bare repository (same tree, new commit). */
function pushBranch(branch: string, from = 'main'): string {
  const tree = fake.git.run(['rev-parse', `${from}^{tree}`]).trim()
  const sha = fake.git.run(['commit-tree', tree, '-p', from, '-m', `fix on ${branch}`]).trim()
  fake.git.run(['update-ref', `refs/heads/${branch}`, sha])
  return sha
}

function request(overrides: Partial<PullRequestRequest> = {}): PullRequestRequest {
  return {
    head: BRANCH,
    base: 'main',
    title: 'ci-medic: fix failing test in widgets',
    body: '## ci-medic autofix\n\n| failure | verdict |\n| --- | --- |\n| test | fixed |\n',
    draft: true,
    labels: [],
    ...overrides
  }
}

function issueOf(number: number): (typeof fake.state.issues)[number] {
  const issue = fake.state.issues.find(i => i.number === number)
  if (!issue) throw new Error(`no issue #${number} in the fake`)
  return issue
}

describe('upsertPullRequest', () => {
  it('creates a draft PR, then updates the same PR on a rerun with a new body', async () => {
    pushBranch(BRANCH)
    const first = await upsertPullRequest(client, repo, request(), logger)
    expect(first.action).toBe('created')
    expect(first.url).toMatch(new RegExp(`/acme/widgets/pull/${first.number}$`))
    expect(first.nodeId).toBeTruthy()
    expect(fake.state.pulls).toHaveLength(1)
    const pull = fake.state.pulls[0]
    expect(pull?.head).toBe(BRANCH)
    expect(pull?.head_owner).toBe('acme')
    expect(pull?.base).toBe('main')
    expect(pull?.draft).toBe(true)
    expect(issueOf(first.number).body).toContain('| test | fixed |')

    const second = await upsertPullRequest(
      client,
      repo,
      request({title: 'ci-medic: fix 2 failures', body: '## ci-medic autofix\n\nsecond attempt\n'}),
      logger
    )
    expect(second).toMatchObject({action: 'updated', number: first.number, url: first.url})
    expect(fake.state.pulls).toHaveLength(1)
    expect(issueOf(first.number).title).toBe('ci-medic: fix 2 failures')
    expect(issueOf(first.number).body).toBe('## ci-medic autofix\n\nsecond attempt\n')
    expect(fake.requestsTo('POST', /\/repos\/acme\/widgets\/pulls$/)).toHaveLength(1)
  })

  it('reports unchanged and writes nothing when the same title and body are sent again', async () => {
    pushBranch(BRANCH)
    const first = await upsertPullRequest(client, repo, request(), logger)
    const second = await upsertPullRequest(client, repo, request(), logger)
    expect(second).toMatchObject({action: 'unchanged', number: first.number})
    expect(fake.requestsTo('PATCH', /\/pulls\/\d+$/)).toHaveLength(0)
    expect(fake.state.pulls).toHaveLength(1)
  })

  it('does not reuse a closed PR or one for another branch or base', async () => {
    pushBranch(BRANCH)
    pushBranch('other-branch')
    fake.git.run(['branch', 'release', 'main'])
    fake.addPullRequest({title: 'old run', head: `acme:${BRANCH}`, base: 'main', state: 'closed'})
    fake.addPullRequest({title: 'someone else', head: 'acme:other-branch', base: 'main'})
    fake.addPullRequest({title: 'backport', head: `acme:${BRANCH}`, base: 'release'})
    expect(await findOpenPullRequest(client, repo, BRANCH, 'main')).toBeUndefined()

    const result = await upsertPullRequest(client, repo, request(), logger)
    expect(result.action).toBe('created')
    expect(fake.state.pulls).toHaveLength(4)
    const found = await findOpenPullRequest(client, repo, BRANCH, 'main')
    expect(found).toMatchObject({number: result.number, title: request().title, draft: true})
  })

  it('applies labels, creating missing ones, and adds only the missing ones later', async () => {
    pushBranch(BRANCH)
    const first = await upsertPullRequest(
      client,
      repo,
      request({labels: ['ci-medic', 'autofix']}),
      logger
    )
    expect(first.labelsAdded).toEqual(['ci-medic', 'autofix'])
    expect(issueOf(first.number).labels).toEqual(['ci-medic', 'autofix'])
    expect(fake.state.labels.map(l => l.name)).toEqual(
      expect.arrayContaining(['ci-medic', 'autofix'])
    )

    const second = await upsertPullRequest(
      client,
      repo,
      request({labels: ['ci-medic', 'autofix', 'flaky']}),
      logger
    )
    expect(second.action).toBe('unchanged')
    expect(second.labelsAdded).toEqual(['flaky'])
    expect(issueOf(first.number).labels).toEqual(['ci-medic', 'autofix', 'flaky'])
    const labelCalls = fake.requestsTo('POST', /\/issues\/\d+\/labels$/)
    expect(labelCalls).toHaveLength(2)
    expect(labelCalls[1]?.body).toEqual({labels: ['flaky']})
  })

  it('treats a labelling failure as a warning, not an error', async () => {
    pushBranch(BRANCH)
    fake.fault('POST', '/repos/:owner/:repo/issues/:issue_number/labels', {
      status: 500,
      body: {message: 'Server Error', status: '500'}
    })
    const result = await upsertPullRequest(client, repo, request({labels: ['ci-medic']}), logger)
    expect(result.action).toBe('created')
    expect(result.labelsAdded).toEqual([])
    expect(fake.state.pulls).toHaveLength(1)
    expect(logger.lines.some(l => l.level === 'warning' && /label/i.test(l.message))).toBe(true)
  })

  it('falls back to updating when create loses a race to another run (422 already exists)', async () => {
    pushBranch(BRANCH)
    // Another run opened the PR; this run's lookup happened just before (it saw no PR).
    const {pull} = fake.addPullRequest({
      title: 'from the other run',
      head: `acme:${BRANCH}`,
      base: 'main',
      body: 'other'
    })
    fake.fault('GET', '/repos/:owner/:repo/pulls', {status: 200, body: [], times: 1})

    const result = await upsertPullRequest(client, repo, request(), logger)
    expect(result).toMatchObject({action: 'updated', number: pull.number})
    expect(fake.requestsTo('POST', /\/repos\/acme\/widgets\/pulls$/)).toHaveLength(1)
    expect(fake.state.pulls).toHaveLength(1)
    expect(issueOf(pull.number).body).toBe(request().body)
  })

  it('scans the open PRs when the head filter still misses the PR after the 422', async () => {
    pushBranch(BRANCH)
    const {pull} = fake.addPullRequest({
      title: 'from the other run',
      head: `acme:${BRANCH}`,
      base: 'main',
      body: 'other'
    })
    // Both filtered lookups miss it (the first before the race, the second after the 422).
    fake.fault('GET', '/repos/:owner/:repo/pulls', {status: 200, body: [], times: 2})

    const result = await upsertPullRequest(client, repo, request(), logger)
    expect(result).toMatchObject({action: 'updated', number: pull.number})
    expect(fake.state.pulls).toHaveLength(1)
    expect(fake.requestsTo('GET', /\/repos\/acme\/widgets\/pulls$/)).toHaveLength(3)
  })

  it('lets other create failures propagate (no commits between base and head)', async () => {
    fake.git.run(['branch', BRANCH, 'main'])
    const error = await upsertPullRequest(client, repo, request(), logger).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(PullRequestPermissionError)
    expect((error as {status?: number}).status).toBe(422)
    expect(String((error as Error).message)).toMatch(/No commits between/)
  })

  it('truncates a body over 65,536 characters with a note, and GitHub accepts it', async () => {
    pushBranch(BRANCH)
    const row = '| tests/widget.test.ts > renders | test_fail | 1 | fixed |\n'
    const body = `## ci-medic autofix\n\n${row.repeat(Math.ceil(70_000 / row.length))}`
    expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT)

    const result = await upsertPullRequest(client, repo, request({body}), logger)
    expect(result.action).toBe('created')
    const stored = issueOf(result.number).body ?? ''
    expect([...stored].length).toBeLessThan(GITHUB_BODY_LIMIT)
    expect(stored.endsWith(TRUNCATION_NOTE)).toBe(true)
    // Cut at a line end: the last table row is whole.
    expect(stored.split('\n\n' + TRUNCATION_NOTE)[0]?.endsWith('| fixed |')).toBe(true)
    expect(logger.lines.some(l => l.level === 'warning' && /cut/.test(l.message))).toBe(true)

    // The same oversized body again is recognised as unchanged.
    const again = await upsertPullRequest(client, repo, request({body}), logger)
    expect(again.action).toBe('unchanged')
  })

  it('turns "not permitted to create or approve pull requests" into a typed error with the settings hint', async () => {
    pushBranch(BRANCH)
    fake.fault('POST', '/repos/:owner/:repo/pulls', {
      status: 403,
      body: {
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403'
      }
    })
    const error = await upsertPullRequest(client, repo, request(), logger).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PullRequestPermissionError)
    expect(error).toBeInstanceOf(ConfigurationError)
    const typed = error as PullRequestPermissionError
    expect(typed.reason).toBe('actions-cannot-create-pull-requests')
    expect(typed.hint).toContain('Settings → Actions → General')
    expect(typed.hint).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(typed.message).toContain(typed.hint)
    expect(fake.state.pulls).toHaveLength(0)
  })

  it('turns "Resource not accessible by integration" into a typed error naming pull-requests: write', async () => {
    pushBranch(BRANCH)
    fake.setPermissions({pullRequests: 'read'})
    const error = await upsertPullRequest(client, repo, request(), logger).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PullRequestPermissionError)
    const typed = error as PullRequestPermissionError
    expect(typed.reason).toBe('missing-permission')
    expect(typed.hint).toContain('pull-requests: write')
    expect(fake.state.pulls).toHaveLength(0)
  })

  it('gives the same typed error when updating an existing PR without pull-requests: write', async () => {
    pushBranch(BRANCH)
    await upsertPullRequest(client, repo, request(), logger)
    fake.setPermissions({pullRequests: 'read'})
    const error = await upsertPullRequest(client, repo, request({body: 'new body'}), logger).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PullRequestPermissionError)
    expect((error as PullRequestPermissionError).hint).toContain('pull-requests: write')
  })
})

describe('closeStalePullRequest', () => {
  it('closes the open PR for the branch with a comment saying why', async () => {
    pushBranch(BRANCH)
    const opened = await upsertPullRequest(client, repo, request(), logger)
    const comment =
      'ci-medic: the failure no longer reproduces on main; nothing left to fix, closing.'

    const result = await closeStalePullRequest(
      client,
      repo,
      {head: BRANCH, base: 'main', comment},
      logger
    )
    expect(result).toEqual({closed: true, number: opened.number})
    expect(issueOf(opened.number).state).toBe('closed')
    const comments = fake.state.comments.filter(c => c.issue_number === opened.number)
    expect(comments.map(c => c.body)).toEqual([comment])
    expect(await findOpenPullRequest(client, repo, BRANCH, 'main')).toBeUndefined()
  })

  it('still closes the PR when the explaining comment cannot be posted, with a warning', async () => {
    pushBranch(BRANCH)
    const opened = await upsertPullRequest(client, repo, request(), logger)
    fake.fault('POST', '/repos/:owner/:repo/issues/:issue_number/comments', {
      status: 500,
      body: {message: 'Server Error', status: '500'}
    })
    const result = await closeStalePullRequest(
      client,
      repo,
      {head: BRANCH, base: 'main', comment: 'no diff left'},
      logger
    )
    expect(result).toEqual({closed: true, number: opened.number})
    expect(issueOf(opened.number).state).toBe('closed')
    expect(
      logger.lines.some(l => l.level === 'warning' && /without the comment/.test(l.message))
    ).toBe(true)
  })

  it('does nothing when there is no open PR for the branch', async () => {
    pushBranch('other-branch')
    const other = fake.addPullRequest({
      title: 'someone else',
      head: 'acme:other-branch',
      base: 'main'
    })
    const result = await closeStalePullRequest(
      client,
      repo,
      {head: BRANCH, base: 'main', comment: 'stale'},
      logger
    )
    expect(result).toEqual({closed: false})
    expect(other.issue.state).toBe('open')
    expect(fake.state.comments).toHaveLength(0)
  })
})

describe('capBody', () => {
  it('leaves a body within the limit alone', () => {
    expect(capBody('short body')).toBe('short body')
  })

  it('closes a code fence the cut leaves open and never splits a surrogate pair', () => {
    const fenced = `intro\n\n\`\`\`text\n${'😀'.repeat(200)}\n${'log line\n'.repeat(100)}`
    const capped = capBody(fenced, 300)
    expect(capped.length).toBeLessThanOrEqual(300)
    expect(capped).toMatch(/\n```\n\n_…report truncated/)
    expect(capped.endsWith(TRUNCATION_NOTE)).toBe(true)
    // One of two adjacent limits lands in the middle of a pair.
    for (const max of [300, 301]) {
      const oneLine = capBody('😀'.repeat(400), max)
      expect(oneLine.length).toBeLessThanOrEqual(max)
      expect(oneLine).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    }
  })
})
