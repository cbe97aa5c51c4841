// The fake GitHub's token identities and draft refusals, each copying a real
// GitHub behaviour (the source is named on each test):
// - GET /user refuses an installation token (the workflow's GITHUB_TOKEN or a
//   GitHub App's) with 403 "Resource not accessible by integration", and
//   returns a personal access token's user;
// - GraphQL `viewer { login }` names an installation token's `<slug>[bot]`;
// - what a token writes is authored by its own login;
// - a private repository on GitHub Free or Pro refuses draft pull requests.
import {getOctokit} from '@actions/github'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeGitHub, type FakeGitHub} from './github/index.js'

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function start(options: Parameters<typeof startFakeGitHub>[0] = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({files: {'README.md': '# widgets\n'}, ...options})
  return fake
}

describe('fake GitHub: who a token is', () => {
  it('refuses GET /user to installation tokens and answers it for a PAT (actions/create-github-app-token#258)', async () => {
    const gh = await start()
    gh.state.setTokenIdentity('ghp_alice', {login: 'alice', kind: 'user'})
    gh.state.setTokenIdentity('ghs_app', {login: 'medic-app[bot]', kind: 'installation'})
    for (const token of ['ghs_workflow', 'ghs_app']) {
      const error = await getOctokit(token, {baseUrl: gh.url})
        .rest.users.getAuthenticated()
        .then(
          () => undefined,
          (e: unknown) => e as {status: number; response: {data: {message: string}}}
        )
      expect(error?.status).toBe(403)
      expect(error?.response.data.message).toBe('Resource not accessible by integration')
    }
    const {data} = await getOctokit('ghp_alice', {baseUrl: gh.url}).rest.users.getAuthenticated()
    expect(data).toMatchObject({login: 'alice', type: 'User'})
  })

  it("names an installation token's bot in GraphQL viewer (fullsend-ai/fullsend#1953)", async () => {
    const gh = await start()
    gh.state.setTokenIdentity('ghs_app', {login: 'medic-app[bot]', kind: 'installation'})
    const viewer = async (token: string): Promise<string> =>
      (
        await getOctokit(token, {baseUrl: gh.url}).graphql<{viewer: {login: string}}>(
          'query { viewer { login } }'
        )
      ).viewer.login
    expect(await viewer('ghs_app')).toBe('medic-app[bot]')
    expect(await viewer('ghs_workflow')).toBe('github-actions[bot]')
  })

  it("authors issues, comments and pull requests as the token's own login", async () => {
    const gh = await start()
    gh.state.setTokenIdentity('ghs_app', {login: 'medic-app[bot]', kind: 'installation'})
    gh.git.commitFiles('fix', {'fix.txt': 'x\n'}, 'fix')
    const octokit = getOctokit('ghs_app', {baseUrl: gh.url})
    const repo = {owner: gh.owner, repo: gh.repo}
    const {data: issue} = await octokit.rest.issues.create({...repo, title: 'ledger'})
    const {data: comment} = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'page 1'
    })
    const {data: pull} = await octokit.rest.pulls.create({
      ...repo,
      head: 'fix',
      base: 'main',
      title: 't'
    })
    for (const user of [issue.user, comment.user, pull.user])
      expect(user).toMatchObject({login: 'medic-app[bot]', type: 'Bot'})
    const {data: other} = await getOctokit('ghs_workflow', {baseUrl: gh.url}).rest.issues.create({
      ...repo,
      title: 'by the workflow token'
    })
    expect(other.user?.login).toBe('github-actions[bot]')
  })
})

describe('fake GitHub: draft pull requests', () => {
  it('refuses a draft in a repository without drafts, and opens a ready PR (SWE-agent/SWE-agent#179, getsentry/seer#1493)', async () => {
    const gh = await start({draftPullRequests: false})
    gh.git.commitFiles('fix', {'fix.txt': 'x\n'}, 'fix')
    const octokit = getOctokit('ghs_workflow', {baseUrl: gh.url})
    const repo = {owner: gh.owner, repo: gh.repo}
    const error = await octokit.rest.pulls
      .create({...repo, head: 'fix', base: 'main', title: 't', draft: true})
      .then(
        () => undefined,
        (e: unknown) => e as {status: number; response: {data: Record<string, unknown>}}
      )
    expect(error?.status).toBe(422)
    expect(error?.response.data).toMatchObject({
      message: 'Draft pull requests are not supported in this repository.'
    })
    expect(error?.response.data.errors).toBeUndefined()
    expect(gh.state.pulls).toHaveLength(0)
    const {data} = await octokit.rest.pulls.create({...repo, head: 'fix', base: 'main', title: 't'})
    expect(data.draft).toBe(false)
  })
})
