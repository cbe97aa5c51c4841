// #11: classify's own next action counts a failure whose test an earlier run of the SAME CODE
// recorded as passed on a retry (a verdict's `passedOnRetry`) as a known flake: a run whose
// every failure is one is rerun once, not sent to autofix (whose gate would skip them all).
// The near misses keep the usual decision: another commit, a merge run beside a push run, one
// real failure beside the flakes, a rerun already done, rerun-transient off.
import {describe, expect, it} from 'vitest'
import {NONDETERMINISTIC_RULE} from '../../../src/core/classify/flake-evidence.js'
import type {Classification, Failure} from '../../../src/core/classify/types.js'
import {decideNextAction, type RunFacts} from '../../../src/core/decide/next-action.js'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'
import {passedOnRetryOnCode} from '../../../src/core/ledger/retry-links.js'

const SHA = 'a'.repeat(40)
const OTHER_SHA = 'b'.repeat(40)
const CI = '.github/workflows/ci.yml'
const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}

const failure = (fingerprint: string, more: Partial<Failure> = {}): Failure =>
  ({
    category: 'test_fail',
    fingerprint,
    message: `expected 2 to be 3 (${fingerprint})`,
    excerpt: '',
    rule: 'jest.failed-test',
    confidence: 0.9,
    ...more
  }) as Failure

/** A test of THIS run that passed on a retry (retry-passes.ts's finding): no failure of the run. */
const retriedHere = (fingerprint: string): Failure =>
  failure(fingerprint, {
    category: 'transient',
    flake: {kind: 'passed-on-retry', strong: true, text: 'RETRY 1'}
  })

const classification = (failures: Failure[], more: Partial<Classification> = {}) =>
  ({
    category: 'test_fail',
    confidence: 0.9,
    fingerprint: 'run-fp',
    rule: 'root.test',
    reason: '',
    failures,
    ...more
  }) as Classification

/** An earlier verdict: by default run 10's push on SHA, where `f1` passed on a retry beside a real failure. */
function verdict(r: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    v: 1,
    time: '2026-12-01T10:00:00.000Z',
    runId: 10,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: CI,
    jobs: ['test'],
    sha: SHA,
    branch: 'main',
    category: 'test_fail',
    confidence: 0.9,
    fingerprint: 'run-10-fp',
    nextAction: 'autofix',
    actions: ['autofix-dispatched'],
    outcome: '',
    failureCount: 2,
    rule: 'root.test',
    event: 'push',
    failureFingerprints: ['f1', 'real-10'],
    passedOnRetry: ['f1'],
    ...r
  }
}

/** This run: run 20, a push of SHA, first attempt. */
const run = (r: Partial<RunFacts> = {}): RunFacts => ({
  runAttempt: 1,
  workflowPath: CI,
  headBranch: 'main',
  sha: SHA,
  runId: 20,
  event: 'push',
  ...r
})

const decide = (
  failures: Failure[],
  ledger: LedgerRecord[],
  facts: Partial<RunFacts> = {},
  more: Partial<Classification> = {}
) => decideNextAction(classification(failures, more), run(facts), settings, {ledger})

describe('a failure that passed on a retry in an earlier run of the same commit', () => {
  it('is a known flake: a run of nothing else is rerun once, and the reason names where it passed', () => {
    // Without the record the failure is an ordinary one.
    expect(decide([failure('f1')], []).action).toBe('autofix')
    const decision = decide([failure('f1')], [verdict()])
    expect(decision).toMatchObject({action: 'rerun', act: true})
    expect(decision.reason).toContain('`f1` passed on a retry in run 10 of this commit')
    expect(decision.reason).toMatch(/rerun once instead of dispatching autofix/)
    // Other events that test the commit itself count as the same code (dispatch, schedule).
    for (const event of ['workflow_dispatch', 'schedule'])
      expect(decide([failure('f1')], [verdict()], {event}).action).toBe('rerun')
  })

  it('counts several flakes, and names the run where each passed first', () => {
    const ledger = [
      verdict({runId: 12, time: '2026-12-01T12:00:00.000Z', passedOnRetry: ['f1', 'f2']}),
      verdict({runId: 11, time: '2026-12-01T11:00:00.000Z', passedOnRetry: ['f2']}),
      verdict()
    ]
    const {action, reason} = decide([failure('f1'), failure('f2'), failure('f2')], ledger)
    expect(action).toBe('rerun')
    expect(reason).toContain('`f1` passed on a retry in run 10 of this commit')
    expect(reason).toContain('`f2` passed on a retry in run 11 of this commit')
    expect(passedOnRetryOnCode(ledger, {id: 20, sha: SHA, event: 'push'}).get('f2')?.runId).toBe(11)
  })

  it('leaves out the run’s own retried passes, which are no failures of it', () => {
    const flakes = [retriedHere('x'), failure('f1')]
    expect(decide(flakes, [verdict()]).action).toBe('rerun')
    // Near miss: a real failure beside a retried pass and no ledger flake.
    expect(decide([retriedHere('x'), failure('f2')], [verdict()]).action).toBe('autofix')
  })

  it('keeps the usual decision with one real failure beside the flake', () => {
    expect(decide([failure('f1'), failure('real')], [verdict()]).action).toBe('autofix')
    const low = decide([failure('f1'), failure('real')], [verdict()], {}, {confidence: 0.3})
    expect(low.action).toBe('alert')
  })

  it('is no evidence on another commit: that commit ran other code', () => {
    const there = verdict({sha: OTHER_SHA})
    expect(decide([failure('f1')], [there]).action).toBe('autofix')
    // A record with no sha proves nothing either, nor a run with none.
    expect(decide([failure('f1')], [verdict({sha: ''})], {sha: ''}).action).toBe('autofix')
  })

  it('is no evidence between a merge run and another run of the head sha (they tested other code)', () => {
    const fromPr = verdict({event: 'pull_request'})
    expect(decide([failure('f1')], [fromPr]).action).toBe('autofix')
    expect(decide([failure('f1')], [verdict()], {event: 'pull_request'}).action).toBe('autofix')
    expect(decide([failure('f1')], [fromPr], {event: 'merge_group'}).action).toBe('autofix')
    // A record written before events were kept (no `event`) counts only for its own run.
    expect(decide([failure('f1')], [verdict({event: undefined})]).action).toBe('autofix')
    // Without the run's id and event, nothing from other runs counts.
    const bare = {runId: undefined, event: undefined}
    expect(decide([failure('f1')], [verdict()], bare).action).toBe('autofix')
  })

  it('counts an earlier attempt of the same pull_request run, but does not rerun it twice', () => {
    const attempt1 = verdict({runId: 20, event: 'pull_request'})
    const {action, reason} = decide([failure('f1')], [attempt1], {
      event: 'pull_request',
      runAttempt: 2
    })
    expect(action).toBe('alert')
    expect(reason).toContain('`f1` passed on a retry in attempt 1 of this run')
    expect(reason).toMatch(/attempt 2: it was rerun once already/)
    expect(reason).toMatch(/autofix is not dispatched for a flake/)
  })

  it('alerts instead of rerunning with rerun-transient off; reruns with dispatch off', () => {
    const c = classification([failure('f1')])
    const off = decideNextAction(
      c,
      run(),
      {...settings, rerunTransient: false},
      {ledger: [verdict()]}
    )
    expect(off.action).toBe('alert')
    expect(off.reason).toMatch(/rerun-transient is off/)
    const noDispatch = decideNextAction(
      c,
      run(),
      {...settings, dispatchAutofix: ''},
      {
        ledger: [verdict()]
      }
    )
    expect(noDispatch.action).toBe('rerun')
  })

  it('counts for a test that timed out on every try here, too (the category alone would alert)', () => {
    const timedOut = [failure('f1', {category: 'timeout'})]
    expect(decide(timedOut, [], {}, {category: 'timeout'}).action).toBe('alert')
    expect(decide(timedOut, [verdict()], {}, {category: 'timeout'}).action).toBe('rerun')
  })

  it('reruns a guess that the ledger shows flaky; never dispatches it', () => {
    const guess = {confidence: 0.45, rule: NONDETERMINISTIC_RULE}
    expect(decide([failure('f1')], [], {}, guess).action).toBe('alert')
    expect(decide([failure('f1')], [verdict()], {}, guess).action).toBe('rerun')
  })

  it('leaves a failure that passed on a rerun of the commit to the alert, as before', () => {
    const rerunPassed = verdict({runId: 15, fingerprint: 'f1', outcome: 'rerun-passed'})
    const both = decide([failure('f1')], [verdict(), rerunPassed])
    expect(both.action).toBe('alert')
    expect(both.reason).toMatch(/passing on the same commit/)
    // One failure passed on a retry, the other on a rerun: every one is flaky, so rerun.
    const other = verdict({
      runId: 15,
      fingerprint: 'f2',
      failureFingerprints: ['f2'],
      outcome: 'rerun-passed',
      passedOnRetry: []
    })
    const mixed = decide([failure('f1'), failure('f2')], [verdict(), other])
    expect(mixed.action).toBe('rerun')
    expect(mixed.reason).toContain('the other failure failed and passed on this commit')
  })

  it('never reruns a run of the autofix workflow itself (a rerun would start another fix)', () => {
    const own = decide([failure('f1')], [verdict()], {
      workflowPath: '.github/workflows/ci-medic-autofix.yml'
    })
    expect(own.action).toBe('none')
  })
})
