// Review requests on a fix PR (engine/review-requests.ts over the edge), through the real
// octokit against the fake GitHub, with CODEOWNERS read from a real checkout directory.
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import type {ReviewSettings} from '../../src/core/fixing/review-request.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {requestReviews} from '../../src/engine/review-requests.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

let fake: FakeGitHub
let client: GitHubClient
let logger: ReturnType<typeof recordingLogger>
let checkout: string
let prNumber: number
const repo = {owner: 'octo-org', repo: 'orders-api'}
const REVIEW_ROUTE = /\/pulls\/\d+\/requested_reviewers$/

// One fake for the file (starting one takes seconds); each test gets its own PR and checkout.
beforeAll(async () => {
  fake = await startFakeGitHub({...repo, files: {'README.md': '# orders\n'}})
  for (const login of ['alice', 'bob', 'carol']) fake.state.addCollaborator(login)
  fake.state.addTeam('backend')
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger: recordingLogger(),
    retries: 0,
    pace: false
  })
})

afterAll(async () => {
  await fake.close()
})

let branches = 0
beforeEach(async () => {
  const branch = `fix/sentry-ORDERS-${(branches += 1)}`
  const tree = fake.git.run(['rev-parse', 'main^{tree}']).trim()
  const sha = fake.git.run(['commit-tree', tree, '-p', 'main', '-m', 'fix']).trim()
  fake.git.run(['update-ref', `refs/heads/${branch}`, sha])
  prNumber = fake.state.addPullRequest({title: 'fix', head: branch}).pull.number
  fake.setPermissions({pullRequests: 'write'})
  logger = recordingLogger()
  checkout = await mkdtemp(join(tmpdir(), 'ci-medic-codeowners-'))
})

afterEach(async () => {
  await rm(checkout, {recursive: true, force: true})
})

const settings = (s: Partial<ReviewSettings>): ReviewSettings => ({
  reviewers: [],
  teamReviewers: [],
  requestCodeowners: false,
  ...s
})

const pr = () => fake.state.pull(prNumber)!
const warnings = () => logger.lines.filter(l => l.level === 'warning').map(l => l.message)
const ask = (s: ReviewSettings, files: string[] = []) =>
  requestReviews({client, repo, number: prNumber}, {settings: s, root: checkout, files}, logger)

describe('requestReviews', () => {
  it('asks the reviewers, the team and the CODEOWNERS owners of the touched files, never the bot author, once', async () => {
    await mkdir(join(checkout, '.github'))
    await writeFile(
      join(checkout, '.github', 'CODEOWNERS'),
      '* @alice\n/src/ @bob @octo-org/backend @github-actions ops@example.com\n/docs/ @carol\n'
    )
    // Found second in GitHub's order, so never read.
    await writeFile(join(checkout, 'CODEOWNERS'), '* @mallory\n')
    const s = settings({
      reviewers: ['@Alice'],
      teamReviewers: ['octo-org/backend'],
      requestCodeowners: true
    })
    const result = await ask(s, ['src/tax.ts', 'test/tax.test.ts'])
    expect(result?.refused).toEqual({reviewers: [], teamReviewers: []})
    expect(pr().requested_reviewers).toEqual(['Alice', 'bob'])
    expect(pr().requested_teams).toEqual(['backend'])
    expect(warnings()).toEqual([])

    // A rerun asks nobody again.
    const posts = fake.requestsTo('POST', REVIEW_ROUTE).length
    expect(await ask(s, ['src/tax.ts'])).toBeUndefined()
    expect(fake.requestsTo('POST', REVIEW_ROUTE)).toHaveLength(posts)
  })

  it('makes no request at all when no one is asked for', async () => {
    const before = fake.requests.length
    expect(await ask(settings({}), ['src/tax.ts'])).toBeUndefined()
    expect(await ask(settings({requestCodeowners: true}), ['src/tax.ts'])).toBeUndefined()
    expect(fake.requests).toHaveLength(before)
  })

  it('a non-collaborator is a warning naming the collaborator rule; the others are still asked', async () => {
    const result = await ask(
      settings({reviewers: ['alice', 'mallory'], teamReviewers: ['backend']})
    )
    expect(pr().requested_reviewers).toEqual(['alice'])
    expect(pr().requested_teams).toEqual(['backend'])
    expect(result?.refused).toEqual({reviewers: ['mallory'], teamReviewers: []})
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toMatch(
      /^Review of PR #\d+ was not requested from @mallory: reviewers must be collaborators of octo-org\/orders-api .*422: Reviews may only be requested from collaborators/
    )
  })

  it('a token without pull-requests: write is a warning naming that permission, never a throw', async () => {
    fake.setPermissions({pullRequests: 'read'})
    const result = await ask(settings({reviewers: ['alice']}))
    expect(result?.refused.reviewers).toEqual(['alice'])
    expect(pr().requested_reviewers).toEqual([])
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toMatch(
      /^Review of PR #\d+ was not requested from @alice: .*pull-requests: write/
    )
  })

  it('a CODEOWNERS line GitHub cannot read is skipped with a warning, the rest is used', async () => {
    await writeFile(join(checkout, 'CODEOWNERS'), '*.ts @bob\nsrc/ carol\n')
    await ask(settings({requestCodeowners: true}), ['src/tax.ts'])
    expect(pr().requested_reviewers).toEqual(['bob'])
    expect(warnings()).toEqual([
      'CODEOWNERS line 2 was skipped: "carol" is not an owner (write @user, @org/team or an e-mail address).'
    ])
  })
})
