// #11: flake evidence in one log. A test that failed and then passed in the same run is flaky
// (transient: a rerun); an assertion on a measured time is close to proof; timing-free words of
// nondeterminism (a race report, a wait that timed out, a refused local server, values equal up
// to order) only lower the confidence below the dispatch threshold, so autofix is never
// dispatched for them. The logs are real tool output or the tools' documented formats
// (flake-logs/README.md).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {classifyText} from '../../../src/core/classify/index.js'
import {
  FLAKY_EVIDENCE_RULE,
  NONDETERMINISTIC_RULE,
  nondeterminism
} from '../../../src/core/classify/flake-evidence.js'
import {mergeSecondOpinion} from '../../../src/core/classify/second-opinion.js'
import {DISPATCH_MIN_CONFIDENCE, decideNextAction} from '../../../src/core/decide/next-action.js'
import {flakyFingerprints} from '../../../src/core/ledger/record-history.js'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'

function log(name: string): string {
  return readFileSync(new URL(`./flake-logs/${name}`, import.meta.url), 'utf8')
}

const run = {runAttempt: 1, workflowPath: '.github/workflows/ci.yml', headBranch: 'main', sha: 's'}
const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}

describe('a test that passed later in the same run', () => {
  it('go test -count: --- FAIL then --- PASS of the same test is flaky (transient)', () => {
    const c = classifyText(log('go-count-fail-then-pass.log'))
    expect(c).toMatchObject({category: 'transient', rule: FLAKY_EVIDENCE_RULE})
    expect(c.failures[0].flake).toMatchObject({kind: 'passed-on-retry', strong: true})
    expect(c.reason).toContain('--- PASS: TestFlaky')
    expect(decideNextAction(c, run, settings, {ledger: []}).action).toBe('rerun')
  })

  it("Playwright's ✘ attempt followed by ✓ … (retry #1) is flaky, not a test failure", () => {
    const c = classifyText(log('playwright-retry-passed.log'))
    expect(c).toMatchObject({category: 'transient', rule: FLAKY_EVIDENCE_RULE})
    expect(c.failures[0].flake?.text).toContain('(retry #1)')
  })

  it('a pass of another test, or of the same title in another Playwright project, proves nothing', () => {
    const go = log('go-count-fail-then-pass.log').replace(
      '--- PASS: TestFlaky',
      '--- PASS: TestOther'
    )
    expect(classifyText(go)).toMatchObject({category: 'test_fail', rule: 'root.test'})
    const pw = log('playwright-retry-passed.log').replace('✓  3 [chromium]', '✓  3 [firefox]')
    expect(classifyText(pw).rule).not.toBe(FLAKY_EVIDENCE_RULE)
  })
})

describe('an assertion on a measured time', () => {
  const mixed = log('vitest-timing-and-plain.log')
  // The same real vitest log without the second test's lines: only the timing test failed.
  const timingOnly = mixed
    .split('\n')
    .filter(l => !/\badds\b|expect\(1 \+ 1\)|expected 2 to be 3|^[-+] [23]$/.test(l))
    .join('\n')

  it('vitest: expected 1523 to be less than 1000 on `elapsed` is flaky (transient)', () => {
    const c = classifyText(timingOnly)
    expect(c).toMatchObject({category: 'transient', rule: FLAKY_EVIDENCE_RULE, confidence: 0.6})
    expect(c.failures[0].flake).toMatchObject({kind: 'timing', strong: true})
  })

  it('pytest: `assert elapsed < 1.0` is timing evidence for that test', () => {
    const c = classifyText(log('pytest-timing-and-refused.log'))
    const fast = c.failures.find(f => f.test === 'test_fast')
    expect(fast?.flake).toMatchObject({kind: 'timing', strong: true})
    expect(fast?.flake?.text).toContain('assert elapsed < 1.0')
  })

  it('one timing test beside a plain failure: the plain one decides (unchanged)', () => {
    const c = classifyText(mixed)
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test', confidence: 0.9})
    expect(c.failures.find(f => f.test === 'adds')?.flake).toBeUndefined()
  })

  it("a test whose name begins another's does not take that test's evidence", () => {
    // vitest: `sums` failed plainly, `sums within budget` on a measured time.
    const c = classifyText(log('vitest-name-prefix.log'))
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures.find(f => f.test === 'sums')?.flake).toBeUndefined()
    expect(c.failures.find(f => f.test === 'sums within budget')?.flake?.kind).toBe('timing')
  })

  it('gtest: EXPECT_LT on a `_elapsed` quantity is timing evidence', () => {
    const c = classifyText(
      [
        '[ RUN      ] Clock.SleepsAboutRight',
        '/home/runner/work/app/app/src/clock_test.cpp:41: Failure',
        'Expected: (ms_elapsed) < (50), actual: 50.31 vs 50',
        '[  FAILED  ] Clock.SleepsAboutRight (51 ms)'
      ].join('\n')
    )
    expect(c.failures.find(f => f.test?.includes('SleepsAboutRight'))?.flake).toMatchObject({
      kind: 'timing',
      strong: true
    })
    expect(c.category).toBe('transient')
    // The same assertion on a quantity that is no time stays a plain test failure.
    const plain = classifyText(
      [
        '/home/runner/work/app/app/src/cart_test.cpp:12: Failure',
        'Expected: (items) < (3), actual: 4 vs 3',
        '[  FAILED  ] Cart.Caps (0 ms)'
      ].join('\n')
    )
    expect(plain.category).toBe('test_fail')
  })

  it("a runner's own durations are no timing evidence (surefire's Time elapsed, Go's (0.08s))", () => {
    const surefire = [
      '[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 s <<< FAILURE! - in com.acme.PriceTest',
      '[ERROR] com.acme.PriceTest.total  Time elapsed: 0.01 s  <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: expected: <121.00> but was: <120.00>'
    ].join('\n')
    expect(classifyText(surefire)).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(nondeterminism(['--- FAIL: TestSum (0.08s)', '    sum_test.go:9: got 3, want 4'])).toBe(
      undefined
    )
  })
})

describe('weak evidence lowers the confidence below the dispatch threshold', () => {
  it('go test -race: a data race keeps test_fail, at 0.45, and alerts instead of autofix', () => {
    const c = classifyText(log('go-race.log'))
    expect(c).toMatchObject({category: 'test_fail', rule: NONDETERMINISTIC_RULE})
    expect(c.confidence).toBeLessThan(DISPATCH_MIN_CONFIDENCE)
    expect(c.failures[0].flake).toMatchObject({kind: 'race', strong: false})
    const d = decideNextAction(c, run, settings, {ledger: []})
    expect(d).toMatchObject({action: 'alert', act: true})
    expect(d.reason).toMatch(/points to a flaky test/)
  })

  it('vitest: arrays equal up to order, beside a timing test', () => {
    const c = classifyText(log('vitest-timing-and-order.log'))
    expect(c).toMatchObject({category: 'test_fail', rule: NONDETERMINISTIC_RULE, confidence: 0.45})
    expect(c.failures.find(f => f.test === 'timer > orders')?.flake?.kind).toBe('ordering')
  })

  it('pytest: a connection refused by 127.0.0.1, beside a timing test', () => {
    const c = classifyText(log('pytest-timing-and-refused.log'))
    expect(c).toMatchObject({category: 'test_fail', rule: NONDETERMINISTIC_RULE})
    expect(c.failures.find(f => f.test === 'test_server')?.flake?.kind).toBe('localhost-refused')
    expect(decideNextAction(c, run, settings, {ledger: []}).action).toBe('alert')
  })

  it('waits that timed out, in the tools’ wordings', () => {
    const kinds = [
      // Playwright's web-first assertions
      ['Error: Timed out 5000ms waiting for expect(locator).toBeVisible()'],
      // testify's require.Eventually
      ['    store_test.go:41: ', '        	Error:      	Condition never satisfied'],
      // Awaitility
      [
        'org.awaitility.core.ConditionTimeoutException: Condition with com.acme.QueueTest was not fulfilled within 10 seconds.'
      ]
    ].map(lines => nondeterminism(lines))
    for (const s of kinds) expect(s).toMatchObject({kind: 'wait-timeout', strong: false})
  })

  it('a model second opinion cannot raise it to a category autofix is dispatched for', () => {
    const c = classifyText(log('go-race.log'))
    const agreed = mergeSecondOpinion(c, {category: 'test_fail', confidence: 0.9, reason: 'r'})
    expect(agreed.confidence).toBeLessThan(DISPATCH_MIN_CONFIDENCE)
    const other = mergeSecondOpinion(c, {category: 'compile_error', confidence: 0.9, reason: 'r'})
    expect(decideNextAction(other, run, settings, {ledger: []}).action).toBe('alert')
    const flaky = mergeSecondOpinion(c, {category: 'transient', confidence: 0.8, reason: 'r'})
    expect(flaky.category).toBe('transient')
  })
})

describe('the ledger', () => {
  it("keeps an in-log flake's failures as known flakes for autofix's gate", () => {
    const c = classifyText(log('go-count-fail-then-pass.log'))
    const record = {
      rule: c.rule,
      category: c.category,
      fingerprint: c.fingerprint,
      outcome: '',
      failureFingerprints: c.failures.map(f => f.fingerprint)
    } as unknown as LedgerRecord
    expect(flakyFingerprints([record]).has(c.failures[0].fingerprint)).toBe(true)
    const plain = {...record, rule: 'root.network-flake'}
    expect(flakyFingerprints([plain]).has(c.failures[0].fingerprint)).toBe(false)
  })
})
