// classify on a run that PASSED, in-process against the fake GitHub, with
// the issue-comment ledger: a failure classify recorded for another run of the
// same workflow on the same commit (a re-push, a dispatch, a schedule) failed
// and passed on that commit, so the ledger marks it flaky (once), the summary
// says so, and the next failure of it there is alerted instead of autofixed.
// A passing run with no failed run of its workflow on its commit stops after
// one request: no job log and no ledger read.
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import type {Failure} from '../../src/core/classify/types.js'
import {parseLedgerComment, renderLedgerComment} from '../../src/core/ledger/ledger-comment.js'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {fixtureToolOutputs} from './classify-fixture-logs.js'
import {
  classifyInProcess,
  cleanupInProcessRuns,
  everythingSaid,
  type InProcessRun
} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const SHA = 'b'.repeat(40)

let vitestOutput = ''
beforeAll(async () => {
  vitestOutput = (await fixtureToolOutputs()).vitest
})

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      'README.md': '# octo-repo\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/lint.yml': 'name: Lint\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml': 'name: autofix\non:\n  workflow_dispatch:\n'
    }
  })
})
afterEach(async () => {
  await fake.close()
  await cleanupInProcessRuns()
})

/** classify for a run of the fake, as the workflow_run event of its completion starts it. */
async function classify(run: {id: number; path: string; conclusion: string | null}) {
  const result = await classifyInProcess({
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'workflow_run',
    event: workflowRunEvent({
      owner: OWNER,
      repo: REPO,
      runId: run.id,
      path: run.path,
      conclusion: run.conclusion === 'success' ? 'success' : 'failure'
    }),
    inputs: {'github-token': 'ghs_classifytoken', 'dispatch-autofix': 'ci-medic-autofix.yml'}
  })
  expect(result.error, everythingSaid(result)).toBeUndefined()
  return result
}

const failingRun = (event = 'push') =>
  fake.addWorkflowRun({
    workflow: 'ci.yml',
    head_sha: SHA,
    event,
    jobs: [
      {
        name: 'test',
        conclusion: 'failure',
        log: jobLog([{run: 'npm test', output: vitestOutput, exitCode: 1}])
      }
    ]
  })

const passingRun = (workflow: string, event: string, sha = SHA) =>
  fake.addWorkflowRun({
    workflow,
    head_sha: sha,
    event,
    jobs: [{name: 'test', conclusion: 'success', log: jobLog([{run: 'npm test', output: 'ok'}])}]
  })

/** The ledger issue's comments (pages). */
function ledgerPages() {
  const issue = fake.state.issues.find(i => i.title === 'ci-medic failure ledger')
  return issue ? fake.state.commentsOn(issue.number) : []
}

/** The verdict records of the ledger issue's comments. */
function ledgerRecords(): LedgerRecord[] {
  return ledgerPages().flatMap(c => parseLedgerComment(c.body)?.records ?? [])
}

/** autofix's record of a failure whose test passed when re-run unchanged (its ledger step's shape). */
function flakyOutcome(failure: Failure): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: '2026-12-01T10:00:00.000Z',
    source: 'autofix',
    runId: 8100,
    runAttempt: 1,
    sha: SHA,
    fingerprint: failure.fingerprint,
    category: failure.category,
    title: failure.test ?? failure.message,
    files: failure.file ? [failure.file] : [],
    command: 'npx vitest run',
    resolution: 'skipped',
    reason: 'flaky: passed when re-run unchanged',
    actions: ['skipped-known-flake'],
    attempts: 0,
    tokens: 0,
    costUsd: 0,
    seconds: 4,
    pr: '',
    commit: '',
    learnings: []
  }
}

const flakeMarks = () => ledgerRecords().filter(r => r.outcome === 'rerun-passed')
const logDownloads = () => fake.requestsTo('GET', /\/actions\/jobs\/\d+\/logs$/).length
const ledgerReads = () => fake.requestsTo('GET', /\/issues(\/\d+\/comments)?$/).length

function summaryOf(run: InProcessRun): string {
  return run.io.outputs.summary ?? ''
}

describe('a passing run on a commit where another run of its workflow failed', () => {
  it('marks that failure flaky once, says so, and alerts on its next failure there', async () => {
    const failed = failingRun('push')
    const first = await classify(failed)
    expect(first.io.outputs['next-action']).toBe('autofix')
    const fingerprint = first.io.outputs.fingerprint
    expect(ledgerRecords()).toHaveLength(1)

    // Another workflow passing on the commit says nothing about CI's failure.
    const lint = await classify(passingRun('lint.yml', 'push'))
    expect(flakeMarks()).toHaveLength(0)
    expect(summaryOf(lint)).toMatch(/No other run of \.github\/workflows\/lint\.yml failed/)

    // CI passes on the same commit in a dispatched run: the failure did not reproduce.
    const logsBefore = logDownloads()
    const passed = passingRun('ci.yml', 'workflow_dispatch')
    const marked = await classify(passed)
    expect(logDownloads()).toBe(logsBefore)
    expect(flakeMarks()).toEqual([
      expect.objectContaining({
        runId: failed.id,
        sha: SHA,
        fingerprint,
        workflowPath: '.github/workflows/ci.yml',
        outcome: 'rerun-passed',
        actions: []
      })
    ])
    // With its failures' fingerprints: autofix, which works per failure, skips them as known flakes.
    const failures = JSON.parse(first.io.outputs.failures ?? '[]') as Failure[]
    expect(flakeMarks()[0]!.failureFingerprints).toEqual([
      ...new Set(failures.map(f => f.fingerprint))
    ])
    expect(summaryOf(marked)).toContain(`of run ${failed.id} on the same commit`)
    expect(summaryOf(marked)).toContain('flaky')
    expect(marked.io.summary).toContain(summaryOf(marked))

    // Classifying the passing run again (a re-run of classify) records nothing twice.
    const again = await classify(passed)
    expect(flakeMarks()).toHaveLength(1)
    expect(summaryOf(again)).not.toContain('flaky')

    // The same failure on the same commit, in a scheduled run: a known flake, so a human is told.
    const third = await classify(failingRun('schedule'))
    expect(third.io.outputs.fingerprint).toBe(fingerprint)
    expect(third.io.outputs['next-action']).toBe('alert')
    expect(third.io.summary).toMatch(/another run of the workflow/)
    expect(fake.state.dispatches).toHaveLength(1)
  })

  it('stops after one request when no run of the workflow failed on the commit', async () => {
    const failed = failingRun('push')
    await classify(failed)
    const reads = ledgerReads()
    const logs = logDownloads()
    expect(reads).toBeGreaterThan(0)
    expect(logs).toBeGreaterThan(0)
    const passed = await classify(passingRun('ci.yml', 'push', 'd'.repeat(40)))
    expect(summaryOf(passed)).toMatch(
      /passed: nothing to classify\. No other run of .*ci\.yml failed/
    )
    expect(ledgerReads()).toBe(reads)
    expect(logDownloads()).toBe(logs)
    expect(flakeMarks()).toHaveLength(0)
  })

  it('alerts on a failure autofix saw pass when re-run unchanged on that commit', async () => {
    const first = await classify(failingRun('push'))
    expect(first.io.outputs['next-action']).toBe('autofix')
    const failures = JSON.parse(first.io.outputs.failures ?? '[]') as Failure[]
    expect(failures.length).toBeGreaterThan(0)
    // autofix, dispatched for it, found every failing test passing when re-run unchanged.
    const [page] = ledgerPages()
    page!.body = renderLedgerComment(ledgerRecords(), {outcomes: failures.map(flakyOutcome)})
    const again = await classify(failingRun('schedule'))
    expect(again.io.outputs['next-action']).toBe('alert')
    expect(fake.state.dispatches).toHaveLength(1)
    // On another commit the same failure is not known to be flaky.
    const elsewhere = fake.addWorkflowRun({
      workflow: 'ci.yml',
      head_sha: 'e'.repeat(40),
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          log: jobLog([{run: 'npm test', output: vitestOutput, exitCode: 1}])
        }
      ]
    })
    expect((await classify(elsewhere)).io.outputs['next-action']).toBe('autofix')
  })
})
