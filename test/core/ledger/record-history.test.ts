// What the ledger's history says about flakes, on plain records: which
// failures a passing run shows to be flaky (once each), and autofix's own
// flake records counting as known flakes.
import {describe, expect, it} from 'vitest'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../../src/core/ledger/outcome-record.js'
import {
  failuresPassedOnCommit,
  flakyFingerprints,
  isKnownFlake
} from '../../../src/core/ledger/record-history.js'

const SHA = 'a'.repeat(40)
const CI = '.github/workflows/ci.yml'

function verdict(r: Partial<LedgerRecord>): LedgerRecord {
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
    fingerprint: 'f1',
    nextAction: 'autofix',
    actions: [],
    outcome: '',
    failureCount: 1,
    rule: 'vitest',
    event: 'push',
    ...r
  }
}

const passing = {id: 20, attempt: 1, path: CI, sha: SHA, event: 'workflow_dispatch'}

describe('failuresPassedOnCommit', () => {
  it('finds failures of the same workflow on the same commit, from other runs or earlier attempts', () => {
    const records = [
      verdict({fingerprint: 'f1'}),
      verdict({fingerprint: 'f2', runId: 20, runAttempt: 1}),
      verdict({fingerprint: 'other-commit', sha: 'b'.repeat(40)}),
      verdict({fingerprint: 'other-workflow', workflowPath: '.github/workflows/lint.yml'})
    ]
    expect(failuresPassedOnCommit(records, passing).map(r => r.fingerprint)).toEqual(['f1'])
    expect(
      failuresPassedOnCommit(records, {...passing, attempt: 2}).map(r => r.fingerprint)
    ).toEqual(['f1', 'f2'])
  })
  it('counts another run only when both tested the commit itself, not a merge into the base branch', () => {
    // A pull_request run tests the head merged into the base: a push run of the same head sha that
    // passes may have tested other code (a conflict with the base is no flake).
    const fromPr = [verdict({fingerprint: 'pr', event: 'pull_request'})]
    expect(failuresPassedOnCommit(fromPr, passing)).toEqual([])
    expect(failuresPassedOnCommit([verdict({})], {...passing, event: 'pull_request'})).toEqual([])
    // A record written before events were kept says nothing across runs…
    expect(failuresPassedOnCommit([verdict({event: undefined})], passing)).toEqual([])
    // …while a later attempt of the same run still tells, whatever the event.
    const sameRun = [verdict({runId: 20, event: 'pull_request'})]
    expect(
      failuresPassedOnCommit(sameRun, {...passing, attempt: 2, event: 'pull_request'}).length
    ).toBe(1)
  })
  it('gives each fingerprint once, and none the ledger already marks flaky on the commit', () => {
    const twice = [verdict({runId: 10}), verdict({runId: 11, time: '2026-12-02T00:00:00.000Z'})]
    expect(failuresPassedOnCommit(twice, passing).map(r => r.runId)).toEqual([11])
    const marked = [...twice, verdict({runId: 11, outcome: 'rerun-passed'})]
    expect(failuresPassedOnCommit(marked, passing)).toEqual([])
  })
})

describe("autofix's flake records", () => {
  const outcome = {
    source: 'autofix',
    fingerprint: 'f9',
    sha: SHA,
    actions: ['skipped-known-flake']
  } as OutcomeRecord
  it('are known flakes on their commit for classify, and anywhere for autofix', () => {
    expect(isKnownFlake([], 'f9', SHA, [outcome])).toBe(true)
    expect(isKnownFlake([], 'f9', 'b'.repeat(40), [outcome])).toBe(false)
    expect(isKnownFlake([], 'f9', SHA, [{...outcome, actions: ['skipped-failed-twice']}])).toBe(
      false
    )
    expect(flakyFingerprints([], [outcome])).toEqual(new Set(['f9']))
  })
})

describe("classify's flake marks", () => {
  it('name the failures of the run, which autofix matches per failure', () => {
    const mark = verdict({outcome: 'rerun-passed', failureFingerprints: ['t1', 't2']})
    expect(flakyFingerprints([mark])).toEqual(new Set(['f1', 't1', 't2']))
    expect(isKnownFlake([mark], 't2', SHA)).toBe(true)
    expect(isKnownFlake([{...mark, outcome: ''}], 't2', SHA)).toBe(false)
  })

  it('count a test that passed on a retry in a run that failed for another test', () => {
    // jest's retryTimes, rspec-retry, pytest-rerunfailures, surefire, Playwright: the run is a
    // test failure (t1 failed every try), but t2 needed a retry to pass: a known flake, t1 not
    const run = verdict({
      rule: 'root.test',
      failureFingerprints: ['t1', 't2'],
      passedOnRetry: ['t2']
    })
    expect(flakyFingerprints([run])).toEqual(new Set(['t2']))
    expect(flakyFingerprints([{...run, passedOnRetry: undefined}])).toEqual(new Set())
  })
})
