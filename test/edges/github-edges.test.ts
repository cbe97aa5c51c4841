// classify's GitHub edges against the fake GitHub, through the real octokit.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {raiseAlert} from '../../src/edges/github/alert-issues.js'
import {issueLedger} from '../../src/edges/github/issue-ledger.js'
import {dispatchWorkflow, rerunFailedJobs} from '../../src/edges/github/run-control.js'
import {getWorkflowRun, listFailedJobs, streamJobLog} from '../../src/edges/github/workflow-runs.js'
import {ConfigurationError} from '../../src/errors.js'
import {recordingLogger} from '../../src/logger.js'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

let fake: FakeGitHub
let client: GitHubClient
const repo = {owner: 'acme', repo: 'widgets'}

beforeEach(async () => {
  fake = await startFakeGitHub({
    files: {
      'README.md': '# widgets\n',
      '.github/workflows/ci-medic-autofix.yml': 'name: autofix\non:\n  workflow_dispatch:\n'
    }
  })
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger: recordingLogger(),
    retries: 0,
    pace: false
  })
})
afterEach(async () => {
  await fake.close()
})

async function text(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder()
  let out = ''
  for await (const chunk of stream) out += decoder.decode(chunk, {stream: true})
  return out + decoder.decode()
}

function record(overrides: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    v: 1,
    time: '2026-11-23T10:00:00Z',
    runId: 1,
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
    rule: 'vitest-assertion',
    ...overrides
  }
}

describe('workflow runs', () => {
  it('reads only the failed jobs, and streams their logs through the 302 redirect', async () => {
    const run = fake.addWorkflowRun({
      jobs: [
        {name: 'lint', conclusion: 'success', log: 'all good'},
        {
          name: 'test',
          conclusion: 'failure',
          log: 'FAIL test/a.test.ts > adds\nAssertionError: expected 2 to be 3'
        }
      ]
    })
    const info = await getWorkflowRun(client, repo, run.id)
    expect(info).toMatchObject({
      id: run.id,
      path: '.github/workflows/ci.yml',
      runAttempt: 1,
      conclusion: 'failure'
    })
    const failed = await listFailedJobs(client, repo, run.id)
    expect(failed.map(j => j.name)).toEqual(['test'])
    const log = await text(await streamJobLog(client, repo, failed[0]!.id))
    expect(log).toContain('AssertionError: expected 2 to be 3')
    expect(fake.requestsTo('GET', /\/actions\/jobs\/\d+\/logs$/).map(r => r.status)).toEqual([302])
  })

  it('names the run id for a run that does not exist, and the permission for a 403', async () => {
    await expect(getWorkflowRun(client, repo, 424242)).rejects.toThrow(ConfigurationError)
    await expect(getWorkflowRun(client, repo, 424242)).rejects.toThrow(
      /does not exist \(404\)\. Check 'run-id'/
    )
    const run = fake.addWorkflowRun({jobs: [{name: 't', conclusion: 'failure', log: 'x'}]})
    fake.setPermissions({actions: 'none'})
    await expect(listFailedJobs(client, repo, run.id)).rejects.toThrow(/needs 'actions: read'/)
  })
})

describe('issue ledger', () => {
  it('creates the tracking issue on first write and reads records back', async () => {
    const ledger = issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]')
    expect((await ledger.read()).verdicts).toEqual([])
    await ledger.append([record({runId: 1})])
    await ledger.append([record({runId: 2, outcome: 'rerun-passed'})])
    const again = issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]')
    expect((await again.read()).verdicts.map(r => r.runId)).toEqual([1, 2])
    const issues = fake.state.issues.filter(i => i.title === 'ci-medic failure ledger')
    expect(issues).toHaveLength(1)
    expect(fake.state.commentsOn(issues[0]!.number)).toHaveLength(1)
  })

  it('ignores a pasted marker in a comment by someone else', async () => {
    const ledger = issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]')
    await ledger.append([record({runId: 1})])
    const issue = fake.state.issues.find(i => i.title === 'ci-medic failure ledger')!
    const forged = fake.state.commentsOn(issue.number)[0]!.body.replace('"runId":1', '"runId":666')
    fake.addComment(issue.number, {body: forged, user: 'mallory'})
    const reread = issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]')
    expect((await reread.read()).verdicts.map(r => r.runId)).toEqual([1])
  })

  it('starts a new comment before a page would pass the size limit', async () => {
    const ledger = issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]')
    const long = 'x'.repeat(9_000)
    for (let i = 0; i < 9; i++) await ledger.append([record({runId: i, rule: long})])
    const issue = fake.state.issues.find(i => i.title === 'ci-medic failure ledger')!
    const comments = fake.state.commentsOn(issue.number)
    expect(comments.length).toBeGreaterThan(1)
    for (const c of comments) expect(c.body.length).toBeLessThanOrEqual(65_536)
    expect(
      (await issueLedger(client, repo, 'ci-medic failure ledger', 'github-actions[bot]').read())
        .verdicts.length
    ).toBe(9)
  })
})

describe('alert issues', () => {
  const alert = {
    fingerprint: 'abcdef0123456789',
    title: 'ci-medic: timeout in CI',
    details: 'The test job timed out.',
    occurrence: 'Seen again in run #2'
  }

  it('opens one issue per fingerprint and comments on it afterwards, reopening it if closed', async () => {
    const first = await raiseAlert(client, repo, 'github-actions[bot]', alert)
    expect(first).toMatchObject({action: 'opened', occurrences: 1})
    const second = await raiseAlert(client, repo, 'github-actions[bot]', alert)
    expect(second).toMatchObject({action: 'updated', number: first.number, occurrences: 2})
    fake.state.issue(first.number)!.state = 'closed'
    const third = await raiseAlert(client, repo, 'github-actions[bot]', alert)
    expect(third).toMatchObject({action: 'reopened', number: first.number, occurrences: 3})
    expect(fake.state.issues.filter(i => i.title === alert.title)).toHaveLength(1)
    expect(fake.state.commentsOn(first.number).map(c => c.body)).toEqual([
      'Seen again in run #2 (occurrence 2).',
      'Seen again in run #2 (occurrence 3).'
    ])
  })

  it('opens a separate issue for a different fingerprint', async () => {
    await raiseAlert(client, repo, 'github-actions[bot]', alert)
    const other = await raiseAlert(client, repo, 'github-actions[bot]', {
      ...alert,
      fingerprint: '1111222233334444'
    })
    expect(other.action).toBe('opened')
  })
})

describe('run control', () => {
  it('reruns failed jobs and dispatches with run details', async () => {
    const run = fake.addWorkflowRun({jobs: [{name: 't', conclusion: 'failure', log: 'x'}]})
    await rerunFailedJobs(client, repo, run.id)
    expect(fake.state.reruns.map(r => [r.run_id, r.kind])).toEqual([[run.id, 'failed-jobs']])
    const dispatched = await dispatchWorkflow(client, repo, {
      workflow: 'ci-medic-autofix.yml',
      ref: 'main',
      inputs: {'run-id': String(run.id), fingerprint: 'abc'}
    })
    expect(dispatched.runId).toBeGreaterThan(0)
    expect(fake.state.dispatches[0]).toMatchObject({
      inputs: {'run-id': String(run.id), fingerprint: 'abc'}
    })
  })
})
