import {describe, expect, it} from 'vitest'
import type {FailureResult} from '../../../src/core/autofix/outcome.js'
import {
  outcomeOfFixCheck,
  outcomeOfGroup,
  sentryFingerprint
} from '../../../src/core/ledger/heal-outcome-of.js'
import {
  factsByKey,
  failedAs,
  outcomeOfFailure,
  type FailureOutcomeInput
} from '../../../src/core/ledger/outcome-of.js'
import {outcomeRecordSchema} from '../../../src/core/ledger/outcome-record.js'
import type {HealResult} from '../../../src/core/self-heal/heal-report.js'

const run = {time: '2026-12-05T10:00:00.000Z', runId: 42, runAttempt: 1, sha: 'a'.repeat(40)}

function result(over: Partial<FailureResult>): FailureResult {
  return {
    key: 'fp1',
    failure: 'discounts › applies the tier at its minimum',
    category: 'test_fail',
    tier: 1,
    attempts: 2,
    verdict: 'not-fixed',
    reason: 'Rejected: the affected test still fails',
    files: ['src/discounts.ts'],
    ...over
  }
}

function input(over: Partial<FailureResult>, more: Partial<FailureOutcomeInput> = {}) {
  return {
    result: result(over),
    run,
    command: 'npx vitest run',
    tokens: 1200,
    costUsd: 0.02,
    seconds: 30,
    commits: [
      {sha: 'f'.repeat(40), message: 'fix: x\n\nFailure fingerprint: fp1', tier: 1 as const},
      {sha: '0'.repeat(40), message: 'style: fixers', tier: 0 as const}
    ],
    publication: {prUrl: 'https://github.example/o/r/pull/7', action: 'created' as const},
    ...more
  }
}

describe('autofix outcome records', () => {
  it('a verified model fix is fixed, with its commit, PR and what was done', () => {
    const record = outcomeOfFailure(input({verdict: 'fixed', reason: undefined}))!
    expect(outcomeRecordSchema.parse(record)).toEqual(record)
    expect(record).toMatchObject({
      kind: 'outcome',
      source: 'autofix',
      fingerprint: 'fp1',
      resolution: 'fixed',
      reason: '',
      commit: 'f'.repeat(40),
      pr: 'https://github.example/o/r/pull/7',
      actions: ['model-fix', 'verified-affected', 'verified-full', 'pushed', 'pr-opened'],
      attempts: 2,
      tokens: 1200,
      costUsd: 0.02,
      seconds: 30,
      command: 'npx vitest run',
      files: ['src/discounts.ts']
    })
  })

  it('a tier-0 fix names the fixers and their commit; a proposal is proposed', () => {
    const record = outcomeOfFailure(
      input(
        {verdict: 'fixed', tier: 0, attempts: 0},
        {publication: {prUrl: '', action: 'proposed'}}
      )
    )!
    expect(record).toMatchObject({
      resolution: 'fixed',
      commit: '0'.repeat(40),
      pr: '',
      actions: ['tier0-fixer', 'verified-full', 'proposed']
    })
  })

  it('failed attempts are not-fixed, regressed or reverted by how the last one failed', () => {
    expect(outcomeOfFailure(input({}))).toMatchObject({
      resolution: 'not-fixed',
      reason: 'Rejected: the affected test still fails',
      actions: ['model-fix', 'reverted'],
      commit: '',
      pr: ''
    })
    expect(
      outcomeOfFailure(input({reason: 'Reverted: it broke totals › sums (the full checks…)'}))
    ).toMatchObject({resolution: 'regressed'})
    expect(failedAs("Rejected by ci-medic's guards: it changed a protected path")).toBe('reverted')
  })

  it('skips say why in codes; one deferred over max-failures is a skip, not a failed fix', () => {
    const skipped = {verdict: 'skipped' as const, tier: null, attempts: 0}
    expect(outcomeOfFailure(input(skipped, {skippedAs: 'failed-twice'}))).toMatchObject({
      resolution: 'skipped',
      actions: ['skipped-failed-twice']
    })
    expect(outcomeOfFailure(input(skipped, {skippedAs: 'known-flake'}))).toMatchObject({
      actions: ['skipped-known-flake']
    })
    expect(outcomeOfFailure(input({verdict: 'not-fixed', tier: null, attempts: 0}))).toMatchObject({
      resolution: 'skipped',
      actions: ['skipped-cap']
    })
    expect(outcomeOfFailure(input({verdict: 'budget-exceeded', attempts: 1}))).toMatchObject({
      resolution: 'budget',
      actions: ['model-fix']
    })
  })

  it('a failure that could not be tried is not an outcome', () => {
    expect(outcomeOfFailure(input({verdict: 'not-evaluated', attempts: 0}))).toBeUndefined()
  })

  it('log text in a record is one line with no live mention or issue reference', () => {
    const record = outcomeOfFailure(input({reason: 'Rejected: see #12 and ping @octocat\nnext'}))!
    expect(record.reason).not.toMatch(/\n|#12|@octocat/)
    expect(record.reason).toContain('octocat')
  })

  it('seconds and attempts per key come from the decision log', () => {
    const facts = factsByKey([
      {time: '2026-12-05T10:00:00.000Z', kind: 'attempt', key: 'fp1'},
      {time: '2026-12-05T10:00:40.000Z', kind: 'reverted', key: 'fp1'},
      {time: '2026-12-05T10:00:45.000Z', kind: 'attempt', key: 'fp1'},
      {time: '2026-12-05T10:00:05.000Z', kind: 'check'},
      {time: 'not a time', kind: 'attempt', key: 'fp2'}
    ])
    expect(facts.get('fp1')).toEqual({seconds: 45, attempts: 2})
    expect(facts.has('fp2')).toBe(false)
  })
})

describe('self-heal outcome records', () => {
  const heal = (over: Partial<HealResult>): HealResult => ({
    group: 'g1',
    lead: 'WEB-1',
    shortIds: ['WEB-1'],
    verdict: 'fixed',
    reason: 'reproduced and fixed',
    branch: 'fix/sentry-WEB-1',
    head: 'c'.repeat(40),
    fixFiles: ['src/tax.ts'],
    prUrl: 'https://github.example/o/r/pull/9',
    prAction: 'created',
    ...over
  })
  const group = (over: Partial<HealResult>) => ({
    result: heal(over),
    run,
    title: 'TypeError: rate is undefined',
    files: ['src/tax.ts', 'src/routes.ts'],
    attempts: 3,
    tokens: 900,
    costUsd: 0.01,
    seconds: 80
  })

  it('a fixed group is fixed with its PR and head commit, fingerprinted sentry:<group>', () => {
    const record = outcomeOfGroup(group({}))!
    expect(outcomeRecordSchema.parse(record)).toEqual(record)
    expect(record).toMatchObject({
      source: 'self-heal',
      fingerprint: sentryFingerprint('g1'),
      resolution: 'fixed',
      pr: 'https://github.example/o/r/pull/9',
      commit: 'c'.repeat(40),
      files: ['src/tax.ts'],
      attempts: 3,
      actions: ['reproduced', 'model-fix', 'verified-full', 'pushed', 'pr-opened']
    })
  })

  it('not reproduced or not fixed is a failed fix; over max-fixes a skip; no key nothing', () => {
    const notRepro = {verdict: 'not-reproduced' as const, fixFiles: undefined, prUrl: undefined}
    expect(outcomeOfGroup(group(notRepro))).toMatchObject({
      resolution: 'not-fixed',
      files: ['src/tax.ts', 'src/routes.ts'],
      pr: '',
      commit: ''
    })
    expect(
      outcomeOfGroup(group({verdict: 'skipped', reason: 'over max-fixes (1): not attempted'}))
    ).toMatchObject({resolution: 'skipped', actions: ['skipped-cap']})
    expect(
      outcomeOfGroup({...group({verdict: 'skipped', reason: 'failed twice'}), failedTwice: true})
    ).toMatchObject({resolution: 'skipped', actions: ['skipped-failed-twice']})
    expect(outcomeOfGroup(group({verdict: 'not-evaluated'}))).toBeUndefined()
    const broke =
      'reproduced by test/sentry-tax.test.ts, but no fix passed verification: it broke totals'
    expect(outcomeOfGroup(group({verdict: 'not-fixed', reason: broke}))).toMatchObject({
      resolution: 'regressed',
      actions: ['reproduced', 'model-fix', 'reverted']
    })
  })

  it('a later check that the error stopped is verified; one still soaking records nothing', () => {
    const check = {
      prNumber: 9,
      prUrl: 'https://github.example/o/r/pull/9',
      shortIds: ['WEB-1'],
      was: 'merged' as const,
      now: 'verified' as const,
      detail: 'no event for 24 hours after release 1.2.0',
      resolved: ['WEB-1']
    }
    const fix = {group: 'g1', title: 'TypeError: rate is undefined', head: 'c'.repeat(40)}
    expect(outcomeOfFixCheck(check, fix, run)).toMatchObject({
      fingerprint: 'sentry:g1',
      resolution: 'verified',
      pr: check.prUrl,
      commit: fix.head
    })
    expect(outcomeOfFixCheck({...check, now: 'merged'}, fix, run)).toBeUndefined()
    expect(outcomeOfFixCheck({...check, now: 'regressed'}, fix, run)).toMatchObject({
      resolution: 'regressed'
    })
  })
})
