// Who ci-medic's token writes as, against the fake GitHub through the real
// octokit. GET /user answers only a personal access token; a GitHub App's
// installation token (the README's way to get checks that start by
// themselves) is refused it, yet writes as `<app-slug>[bot]`. ci-medic trusts
// only state its own login wrote, so taking that login for
// github-actions[bot] would hide every issue it wrote and open a new ledger
// issue on each run.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ACTIONS_BOT_LOGIN, resolveBotLogin} from '../../src/edges/github/bot-identity.js'
import {createGitHubClient} from '../../src/edges/github/client.js'
import {issueLedger, LEDGER_LABEL} from '../../src/edges/github/issue-ledger.js'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

const repo = {owner: 'acme', repo: 'widgets'}
let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub({files: {'README.md': '# widgets\n'}})
  fake.state.setTokenIdentity('ghs_app', {login: 'medic-app[bot]', kind: 'installation'})
  fake.state.setTokenIdentity('ghp_alice', {login: 'alice', kind: 'user'})
})
afterEach(async () => {
  await fake.close()
})

const client = (token: string) =>
  createGitHubClient({token, apiUrl: fake.url, logger: recordingLogger(), retries: 0, pace: false})

describe('resolveBotLogin', () => {
  it("names a GitHub App installation token's bot, a PAT's user and the workflow token's bot", async () => {
    expect(await resolveBotLogin(client('ghs_app'))).toBe('medic-app[bot]')
    expect(await resolveBotLogin(client('ghp_alice'))).toBe('alice')
    expect(await resolveBotLogin(client('ghs_workflow'))).toBe(ACTIONS_BOT_LOGIN)
  })

  it('falls back to github-actions[bot] when GraphQL cannot say either', async () => {
    fake.fault('POST', '/graphql', {status: 502, body: 'Bad Gateway', times: 5})
    expect(await resolveBotLogin(client('ghs_app'))).toBe(ACTIONS_BOT_LOGIN)
  })
})

describe('the issue ledger with a GitHub App token', () => {
  it('reads back on the next run what the last one wrote, in the one issue', async () => {
    const api = client('ghs_app')
    const open = async () => issueLedger(api, repo, 'ci-medic ledger', await resolveBotLogin(api))
    await (await open()).append([record(1)])
    const next = await open()
    expect((await next.read()).verdicts.map(r => r.runId)).toEqual([1])
    await next.append([record(2)])
    expect(fake.state.issues.filter(i => i.labels.includes(LEDGER_LABEL))).toHaveLength(1)
  })
})

function record(runId: number): LedgerRecord {
  return {
    v: 1,
    time: '2026-11-23T10:00:00Z',
    runId,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['test'],
    sha: 'a'.repeat(40),
    branch: 'main',
    category: 'test_fail',
    confidence: 0.9,
    fingerprint: 'f00dfeedf00dfeed',
    nextAction: 'autofix',
    actions: [],
    outcome: '',
    failureCount: 1,
    rule: 'vitest-assertion'
  }
}
