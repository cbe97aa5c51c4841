// Draft PRs where GitHub has none: a private repository on GitHub Free or Pro
// answers POST /pulls with `draft: true` by 422 "Draft pull requests are not
// supported in this repository." (the fake copies it). `draft` defaults to
// true, so without a fallback no fix PR could open there at all. Against the
// fake GitHub, through the real octokit.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {upsertPullRequest} from '../../src/edges/github/pull-requests.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

const repo = {owner: 'acme', repo: 'widgets'}
const BRANCH = 'ci-medic/autofix/f00dfeedf00dfeed'
let fake: FakeGitHub
let client: GitHubClient
let logger: ReturnType<typeof recordingLogger>

beforeEach(async () => {
  fake = await startFakeGitHub({files: {'README.md': '# widgets\n'}, draftPullRequests: false})
  logger = recordingLogger()
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger,
    retries: 0,
    pace: false
  })
  fake.git.commitFiles(BRANCH, {'fix.txt': 'fixed\n'}, 'fix')
})
afterEach(async () => {
  await fake.close()
})

const request = {
  head: BRANCH,
  base: 'main',
  title: 'ci-medic: fix',
  body: 'the report',
  draft: true,
  labels: ['ci-medic']
}

describe('upsertPullRequest where drafts are not supported', () => {
  it('opens the PR ready for review, says so once, and labels it', async () => {
    const result = await upsertPullRequest(client, repo, request, logger)
    expect(result.action).toBe('created')
    expect(fake.state.pulls).toHaveLength(1)
    expect(fake.state.pulls[0]?.draft).toBe(false)
    expect(result.labelsAdded).toEqual(['ci-medic'])
    const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/does not support draft pull requests/)
  })

  it('updates the open PR on a rerun without trying another draft', async () => {
    await upsertPullRequest(client, repo, request, logger)
    const posts = fake.requestsTo('POST', '/repos/acme/widgets/pulls').length
    const again = await upsertPullRequest(client, repo, {...request, body: 'new report'}, logger)
    expect(again.action).toBe('updated')
    expect(fake.requestsTo('POST', '/repos/acme/widgets/pulls')).toHaveLength(posts)
  })
})
