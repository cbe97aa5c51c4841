// A person's ci-medic:retry label in the "never a third time" rule: which
// label counts for a blocked fingerprint (about it, after its last failed
// fix; the newest), and what the decision and classify's next action say.
import {describe, expect, it} from 'vitest'
import type {Classification} from '../../../src/core/classify/types.js'
import {decideNextAction} from '../../../src/core/decide/next-action.js'
import type {OutcomeRecord} from '../../../src/core/ledger/outcome-record.js'
import {
  blockedFingerprints,
  retryAskFor,
  retryDecision,
  retryOverrideOf,
  type RetryAsk
} from '../../../src/core/ledger/retry-policy.js'

function failed(fingerprint: string, time: string, runId: number): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time,
    source: 'autofix',
    runId,
    runAttempt: 1,
    sha: 'c'.repeat(40),
    fingerprint,
    category: 'test_fail',
    title: 't',
    files: ['src/a.ts'],
    command: 'npx vitest run',
    resolution: 'not-fixed',
    reason: '',
    actions: [],
    attempts: 1,
    tokens: 0,
    costUsd: 0,
    seconds: 0,
    pr: '',
    commit: '',
    learnings: []
  }
}

const outcomes = [
  failed('f1', '2026-12-01T10:00:00.000Z', 1),
  failed('f1', '2026-12-02T10:00:00.500Z', 2)
]
const history = blockedFingerprints(outcomes).get('f1')!
const ask = (fingerprints: string[], at: string, by = 'octocat', issue = 7): RetryAsk => ({
  fingerprints,
  issue,
  by,
  at
})

describe('which ci-medic:retry label counts', () => {
  it('one about the fingerprint, put on after its last failed fix (GitHub times have no milliseconds)', () => {
    expect(retryAskFor(history, [ask(['run', 'f1'], '2026-12-02T10:00:01Z')])).toMatchObject({
      issue: 7
    })
    expect(retryAskFor(history, [ask(['run', 'f1'], '2026-12-02T10:00:00Z')])).toBeUndefined()
    expect(retryAskFor(history, [ask(['other'], '2026-12-03T00:00:00Z')])).toBeUndefined()
  })

  it('one on the alert of the run autofix was dispatched for, and the newest of several', () => {
    const asks = [
      ask(['run'], '2026-12-03T00:00:00Z', 'octocat', 7),
      ask(['f1'], '2026-12-04T00:00:00Z', 'mona', 9)
    ]
    expect(retryAskFor(history, asks.slice(0, 1))).toBeUndefined()
    expect(retryAskFor(history, asks.slice(0, 1), 'run')).toMatchObject({by: 'octocat'})
    expect(retryAskFor(history, asks, 'run')).toMatchObject({by: 'mona', issue: 9})
  })

  it('lifts the block, saying who asked where', () => {
    const retryAsk = ask(['f1'], '2026-12-03T00:00:00Z')
    const decision = retryDecision(history, {
      override: retryOverrideOf([]),
      filesTouched: false,
      retryAsk
    })
    expect(decision).toEqual({
      attempt: true,
      because: 'retry asked by @octocat on #7 after 2 failed fixes',
      ask: retryAsk
    })
    const still = retryDecision(history, {override: retryOverrideOf([]), filesTouched: false})
    expect(still).toMatchObject({attempt: false})
    expect(still.attempt === false && still.reason).toContain('ci-medic:retry label')
  })
})

describe("classify's next action", () => {
  const classification = {
    category: 'test_fail',
    fingerprint: 'run',
    failures: [{fingerprint: 'f1'}]
  } as unknown as Classification
  const run = {
    runAttempt: 1,
    workflowPath: '.github/workflows/ci.yml',
    headBranch: 'main',
    sha: 'abc',
    fork: ''
  }
  const settings = {dispatchAutofix: 'autofix.yml', rerunTransient: true}

  it('dispatches autofix once more for a label on its alert; alerts without one', () => {
    const asks = [ask(['run'], '2026-12-03T00:00:00Z')]
    expect(
      decideNextAction(classification, run, settings, {ledger: [], outcomes, lifts: {asks}})
    ).toMatchObject({
      action: 'autofix',
      act: true,
      reason: expect.stringContaining('retry asked by @octocat on #7')
    })
    expect(
      decideNextAction(classification, run, settings, {ledger: [], outcomes, lifts: {asks: []}})
    ).toMatchObject({
      action: 'alert'
    })
    const stale = [ask(['run'], '2026-12-01T12:00:00Z')]
    expect(
      decideNextAction(classification, run, settings, {ledger: [], outcomes, lifts: {asks: stale}})
    ).toMatchObject({
      action: 'alert'
    })
  })
})
