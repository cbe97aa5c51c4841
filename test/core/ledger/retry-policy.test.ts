import {describe, expect, it} from 'vitest'
import type {Classification} from '../../../src/core/classify/types.js'
import {decideNextAction} from '../../../src/core/decide/next-action.js'
import type {OutcomeRecord, Resolution} from '../../../src/core/ledger/outcome-record.js'
import {
  blockedFingerprints,
  retryDecision,
  retryOverrideOf,
  runLinks,
  failedTwiceReason
} from '../../../src/core/ledger/retry-policy.js'

let clock = 0
function outcome(fingerprint: string, resolution: Resolution, runId: number): OutcomeRecord {
  clock += 1
  return {
    v: 1,
    kind: 'outcome',
    time: `2026-12-0${Math.min(clock, 9)}T10:00:${String(clock).padStart(2, '0')}.000Z`,
    source: 'autofix',
    runId,
    runAttempt: 1,
    sha: `sha${runId}`,
    fingerprint,
    category: 'test_fail',
    title: 't',
    files: [`src/${fingerprint}.ts`],
    command: 'npx vitest run',
    resolution,
    reason: '',
    actions: [],
    attempts: 2,
    tokens: 0,
    costUsd: 0,
    seconds: 0,
    pr: '',
    commit: '',
    learnings: []
  }
}

const noOverride = retryOverrideOf([])

describe('never the same failed fix a third time', () => {
  it('blocks a fingerprint after two failed fixes, of any failed kind, since its last fix', () => {
    const blocked = blockedFingerprints([
      outcome('a', 'not-fixed', 1),
      outcome('a', 'regressed', 2),
      outcome('b', 'not-fixed', 3),
      outcome('b', 'skipped', 4),
      outcome('b', 'budget', 5),
      outcome('c', 'not-fixed', 6),
      outcome('c', 'reverted', 7),
      outcome('c', 'fixed', 8),
      outcome('c', 'not-fixed', 9)
    ])
    expect([...blocked.keys()]).toEqual(['a'])
    const a = blocked.get('a')!
    expect(a.failed.map(o => o.runId)).toEqual([1, 2])
    expect(a.last.runId).toBe(2)
    expect(a.files).toEqual(['src/a.ts'])
  })

  it('reads the records in time order, whatever order the ledger holds them in', () => {
    const first = outcome('a', 'not-fixed', 1)
    const second = outcome('a', 'not-fixed', 2)
    const fixedLater = outcome('a', 'fixed', 3)
    expect(blockedFingerprints([fixedLater, second, first]).size).toBe(0)
    expect(blockedFingerprints([second, first]).get('a')?.last.runId).toBe(2)
  })

  it('skips a blocked fingerprint with the reason and the runs, unless a signal lifts it', () => {
    const history = blockedFingerprints([
      outcome('a', 'not-fixed', 11),
      outcome('a', 'reverted', 12)
    ]).get('a')
    const skip = retryDecision(history, {override: noOverride, filesTouched: false})
    expect(skip).toMatchObject({attempt: false, runIds: [11, 12]})
    expect(!skip.attempt && skip.reason).toMatch(
      /^2 earlier fixes of it failed .*src\/a\.ts.*retry-fingerprints/
    )

    const unknown = retryDecision(history, {override: noOverride, filesTouched: 'unknown'})
    expect(!unknown.attempt && unknown.reason).toMatch(/fetch-depth: 0/)

    expect(retryDecision(history, {override: noOverride, filesTouched: true})).toMatchObject({
      attempt: true,
      because: expect.stringMatching(/commit .* touched src\/a\.ts/)
    })
    for (const list of [['a'], ['ALL'], ['x', 'all']])
      expect(
        retryDecision(history, {override: retryOverrideOf(list), filesTouched: false})
      ).toMatchObject({attempt: true})
    expect(
      retryDecision(history, {override: retryOverrideOf(['b']), filesTouched: false})
    ).toMatchObject({attempt: false})
    expect(
      retryDecision(history, {override: noOverride, filesTouched: false, learningChanged: true})
    ).toMatchObject({attempt: true})
    expect(retryDecision(undefined, {override: noOverride, filesTouched: false})).toEqual({
      attempt: true
    })
  })

  it('links the earlier runs on the server, ahead of the reason', () => {
    const links = runLinks('https://github.com/', 'o/r', [1, 2])
    expect(links).toBe(
      'https://github.com/o/r/actions/runs/1, https://github.com/o/r/actions/runs/2'
    )
    expect(failedTwiceReason(links, 'why')).toBe(`failed twice (earlier runs: ${links}): why`)
  })
})

describe("classify's decision", () => {
  const failure = (fingerprint: string) => ({
    category: 'test_fail' as const,
    fingerprint,
    message: 'expected 1 to be 2',
    excerpt: '',
    rule: 'vitest',
    file: `src/${fingerprint}.ts`
  })
  const classification = (prints: string[]) =>
    ({
      category: 'test_fail',
      confidence: 0.9,
      fingerprint: 'run-fp',
      rule: 'vitest',
      failures: prints.map(failure)
    }) as unknown as Classification
  const runFacts = {
    runAttempt: 1,
    workflowPath: '.github/workflows/ci.yml',
    headBranch: 'main',
    sha: 's'
  }
  const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}
  const twice = [outcome('a', 'not-fixed', 21), outcome('a', 'not-fixed', 22)]

  it('alerts instead of dispatching autofix when every failure failed twice', () => {
    const decision = decideNextAction(classification(['a']), runFacts, settings, {
      ledger: [],
      outcomes: twice
    })
    expect(decision).toMatchObject({action: 'alert', act: true})
    expect(decision.reason).toMatch(/twice already \(runs 21, 22\).*retry-fingerprints/)
  })

  it('still dispatches autofix when another failure of the run has not failed twice', () => {
    expect(
      decideNextAction(classification(['a', 'b']), runFacts, settings, {
        ledger: [],
        outcomes: twice
      }).action
    ).toBe('autofix')
    expect(
      decideNextAction(classification(['a']), runFacts, settings, {ledger: [], outcomes: []}).action
    ).toBe('autofix')
  })
})
