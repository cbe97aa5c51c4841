// #11: more retry tools whose output shows a test that failed and then passed in the same run
// (see flake-retry-tools.test.ts for jest, rspec-retry, surefire and pytest's named reruns).
// The text is in each tool's own shape, read from its source (ANSI colours stripped, GitHub's
// timestamps added):
// - Gradle's test-retry plugin prints nothing of its own: Gradle's test logging prints each
//   execution, `Class > test FAILED` (then the exception, short format) and, with testLogging
//   `events "passed"`, `Class > test PASSED`; the retries run after the task's other tests
//   (the plugin's README and its functional tests, which count PASSED and FAILED).
// - gotestsum --rerun-fails: `PASS pkg.Test (re-run 1) (0.00s)` in its testname format; in
//   every format a `DONE 8 tests, 4 failures in 1.2s` line before each rerun, and at the end
//   the `=== Failed` summary (`=== FAIL: pkg Test (re-run N) (0.00s)` per failed run) and
//   `DONE 3 runs, 14 tests, 8 failures in 2.3s` (testjson/summary.go, format.go).
// - pytest-rerunfailures without -v or -rR: `R` in the progress line per failed try
//   (pytest_report_teststatus: `rerun`, `R`, `RERUN`) and the totals' `N rerun`.
import {describe, expect, it} from 'vitest'
import {classifyText} from '../../../src/core/classify/index.js'
import type {Classification} from '../../../src/core/classify/types.js'

const stamp = (lines: string[], at = '2026-03-04T10:12:05.0000000Z'): string =>
  lines.map(l => `${at} ${l}`).join('\n') + '\n'

const testFailures = (c: Classification): (string | undefined)[] =>
  c.failures.filter(f => f.category === 'test_fail').map(f => f.test)
const retriedPasses = (c: Classification) =>
  c.failures.filter(f => f.rule === 'test.flaky-report' && f.test)
const failureOf = (c: Classification, test: string) =>
  c.failures.find(f => f.category === 'test_fail' && f.test === test)

describe("Gradle's test-retry plugin (org.gradle.test-retry)", () => {
  const firstRound = [
    '> Task :app:test',
    '',
    'com.acme.CartTest > totals() FAILED',
    '    org.opentest4j.AssertionFailedError at CartTest.java:30',
    '',
    'com.acme.TaxTest > rounding() FAILED',
    '    org.opentest4j.AssertionFailedError at TaxTest.java:12',
    '',
    'com.acme.CartTest > coupon() PASSED',
    'com.acme.TaxTest > halves() PASSED'
  ]

  it('a test that printed FAILED and then PASSED is a retried pass; one that failed every execution is a failure', () => {
    const c = classifyText(
      stamp([
        ...firstRound,
        '',
        'com.acme.CartTest > totals() PASSED',
        '',
        'com.acme.TaxTest > rounding() FAILED',
        '    org.opentest4j.AssertionFailedError at TaxTest.java:12',
        '',
        '6 tests completed, 3 failed',
        '',
        '> Task :app:test FAILED',
        '',
        'FAILURE: Build failed with an exception.',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(testFailures(c)).toContain('com.acme.TaxTest > rounding()')
    expect(testFailures(c)).not.toContain('com.acme.CartTest > totals()')
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        tool: 'gradle',
        test: 'com.acme.CartTest > totals()',
        line: 30,
        message: 'org.opentest4j.AssertionFailedError at CartTest.java:30',
        flake: {kind: 'passed-on-retry', strong: true, text: 'com.acme.CartTest > totals() PASSED'}
      }
    ])
  })

  it('only tests retried to a pass (the task passed): flaky, not a test failure', () => {
    const c = classifyText(
      stamp([
        ...firstRound.slice(0, 4),
        ...firstRound.slice(8),
        '',
        'com.acme.CartTest > totals() PASSED',
        '',
        '4 tests completed, 1 failed',
        '',
        'BUILD SUCCESSFUL in 41s',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    expect(retriedPasses(c).map(f => f.test)).toEqual(['com.acme.CartTest > totals()'])
  })

  /** failOnPassedAfterRetry: the task fails for a test that passed on its retry. */
  const failedTask = (count: string): Classification =>
    classifyText(
      stamp([
        ...firstRound.slice(0, 4),
        ...firstRound.slice(8),
        '',
        'com.acme.CartTest > totals() PASSED',
        '',
        count,
        '',
        '> Task :app:test FAILED',
        '',
        'FAILURE: Build failed with an exception.',
        '',
        '* What went wrong:',
        "Execution failed for task ':app:test'.",
        '> There were failing tests. See the report at: file:///home/runner/work/shop/shop/app/build/reports/tests/test/index.html',
        '##[error]Process completed with exit code 1.'
      ])
    )

  it('a test task that failed when its only failed executions were retried to a pass (failOnPassedAfterRetry): flaky', () => {
    const c = failedTask('4 tests completed, 1 failed')
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    expect(c.failures.filter(f => f.category === 'test_fail')).toEqual([])
  })

  it('the task counted more failed executions than the window shows: its failure stays', () => {
    const c = failedTask('4 tests completed, 2 failed')
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures.find(f => f.category === 'test_fail')).toMatchObject({
      rule: 'gradle.test-task'
    })
  })

  it('without the `passed` event nothing names the pass: the FAILED line stays a test failure', () => {
    const c = classifyText(
      stamp([
        ...firstRound.slice(0, 4),
        '',
        '4 tests completed, 1 failed',
        '',
        'BUILD SUCCESSFUL in 41s',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(testFailures(c)).toEqual(['com.acme.CartTest > totals()'])
    expect(retriedPasses(c)).toEqual([])
  })
})

describe('gotestsum --rerun-fails', () => {
  const pkg = 'example.com/shop/cart'
  /** One failed run of a test in gotestsum's testname format: its output, then its result. */
  const failedRun = (test: string, run: number, message: string): string[] => [
    `=== RUN   ${test}`,
    `    cart_test.go:${test === 'TestTotals' ? 30 : 41}: ${message}`,
    `--- FAIL: ${test} (0.00s)`,
    `FAIL ${pkg}.${test}${run ? ` (re-run ${run})` : ''} (0.00s)`
  ]
  const summaryEntry = (test: string, run: number, message: string): string[] => [
    `=== FAIL: ${pkg} ${test}${run ? ` (re-run ${run})` : ''} (0.00s)`,
    `    cart_test.go:${test === 'TestTotals' ? 30 : 41}: ${message}`,
    ''
  ]

  it('testname format: `PASS … (re-run 1)` makes the failed test a retried pass; one failing every run stays a failure', () => {
    const c = classifyText(
      stamp([
        `PASS ${pkg}.TestTax (0.00s)`,
        ...failedRun('TestTotals', 0, 'got 2, want 3'),
        ...failedRun('TestCoupon', 0, 'got 10, want 5'),
        `FAIL ${pkg}`,
        '',
        'DONE 3 tests, 2 failures in 0.412s',
        '',
        `PASS ${pkg}.TestTotals (re-run 1) (0.00s)`,
        `PASS ${pkg}`,
        ...failedRun('TestCoupon', 1, 'got 10, want 5'),
        `FAIL ${pkg}`,
        '',
        '=== Failed',
        ...summaryEntry('TestTotals', 0, 'got 2, want 3'),
        ...summaryEntry('TestCoupon', 0, 'got 10, want 5'),
        ...summaryEntry('TestCoupon', 1, 'got 10, want 5'),
        'DONE 2 runs, 5 tests, 3 failures in 0.913s',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(testFailures(c)).toEqual(['TestCoupon'])
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        test: 'TestTotals',
        flake: {
          kind: 'passed-on-retry',
          strong: true,
          text: `PASS ${pkg}.TestTotals (re-run 1) (0.00s)`
        }
      }
    ])
  })

  it('the default pkgname format: the `=== Failed` summary and the DONE runs tell the passes and the failures', () => {
    const c = classifyText(
      stamp([
        `✖  ${pkg} (412ms)`,
        '',
        'DONE 4 tests, 3 failures in 0.412s',
        '',
        `✖  ${pkg} (201ms)`,
        '',
        'DONE 2 runs, 7 tests, 4 failures in 0.613s',
        '',
        `✖  ${pkg} (198ms)`,
        '',
        '=== Failed',
        ...summaryEntry('TestTotals', 0, 'got 2, want 3'),
        ...summaryEntry('TestRefund', 0, 'got 1, want 0'),
        ...summaryEntry('TestCoupon', 0, 'got 10, want 5'),
        ...summaryEntry('TestRefund', 1, 'got 1, want 0'),
        ...summaryEntry('TestCoupon', 1, 'got 10, want 5'),
        ...summaryEntry('TestCoupon', 2, 'got 10, want 5'),
        'DONE 3 runs, 9 tests, 6 failures in 0.811s',
        '##[error]Process completed with exit code 1.'
      ])
    )
    // TestTotals passed in re-run 1, TestRefund in re-run 2; TestCoupon failed in every run
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(failureOf(c, 'TestCoupon')).toMatchObject({
      message: 'got 10, want 5',
      file: 'cart_test.go'
    })
    // (the package lines `✖  pkg (412ms)` are read as node:test failures too: js-tests.ts's)
    expect(testFailures(c)).toContain('TestCoupon')
    expect(testFailures(c)).not.toContain('TestTotals')
    expect(testFailures(c)).not.toContain('TestRefund')
    expect(retriedPasses(c).map(f => [f.test, f.message])).toEqual([
      ['TestTotals', 'got 2, want 3'],
      ['TestRefund', 'got 1, want 0']
    ])
    expect(retriedPasses(c)[1]!.flake!.text).toMatch(
      /^DONE 3 runs, .* \(TestRefund did not fail in re-run 2\)$/
    )
  })

  it('a name two packages share, one flaky and one failing every run, is no retried pass', () => {
    const other = 'example.com/shop/tax'
    const c = classifyText(
      stamp([
        ...failedRun('TestTotals', 0, 'got 2, want 3'),
        `FAIL ${pkg}`,
        '=== RUN   TestTotals',
        '    tax_test.go:9: got 0.12, want 0.13',
        '--- FAIL: TestTotals (0.00s)',
        `FAIL ${other}.TestTotals (0.00s)`,
        '',
        'DONE 6 tests, 2 failures in 0.412s',
        '',
        `PASS ${pkg}.TestTotals (re-run 1) (0.00s)`,
        '=== RUN   TestTotals',
        '    tax_test.go:9: got 0.12, want 0.13',
        '--- FAIL: TestTotals (0.00s)',
        `FAIL ${other}.TestTotals (re-run 1) (0.00s)`,
        '',
        '=== Failed',
        ...summaryEntry('TestTotals', 0, 'got 2, want 3'),
        `=== FAIL: ${other} TestTotals (0.00s)`,
        '    tax_test.go:9: got 0.12, want 0.13',
        '',
        `=== FAIL: ${other} TestTotals (re-run 1) (0.00s)`,
        '    tax_test.go:9: got 0.12, want 0.13',
        '',
        'DONE 2 runs, 8 tests, 3 failures in 0.913s',
        '##[error]Process completed with exit code 1.'
      ])
    )
    // without the package go.ts's failures cannot be told apart: the tax one must stay a failure
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(testFailures(c)).toContain('TestTotals')
    expect(retriedPasses(c)).toEqual([])
  })

  it('reruns that stopped early (errors in a run) claim no pass', () => {
    const c = classifyText(
      stamp([
        `✖  ${pkg} (412ms)`,
        '',
        'DONE 2 tests, 1 failure in 0.412s',
        '',
        '=== Failed',
        ...summaryEntry('TestTotals', 0, 'got 2, want 3'),
        '=== Errors',
        'cart.go:12:2: undefined: discount',
        '',
        'DONE 2 runs, 2 tests, 1 failure, 1 error in 0.613s',
        'gotestsum: rerun aborted because previous run had errors',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(retriedPasses(c)).toEqual([])
  })
})

describe('pytest-rerunfailures without -v or -rR', () => {
  const run = (progress: string, totals: string, exit: number): Classification =>
    classifyText(
      stamp([
        '============================= test session starts ==============================',
        'plugins: rerunfailures-16.1',
        'collected 11 items',
        '',
        `tests/test_cart.py ${progress}                                                [ 63%]`,
        'tests/test_tax.py ....                                                   [100%]',
        '',
        `======================== ${totals} in 2.31s =========================`,
        `##[error]Process completed with exit code ${exit}.`
      ])
    )

  it("`R` then `.` in a file's progress line: a flaky report of that file, naming no test", () => {
    // --fail-on-flaky: exit code 7 when a test passed on a rerun and nothing else failed
    const c = run('....R..', '11 passed, 1 rerun', 7)
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    const report = c.failures.find(f => f.tool === 'pytest')
    expect(report).toMatchObject({
      rule: 'test.flaky-report',
      category: 'transient',
      file: 'tests/test_cart.py'
    })
    expect(report!.message).toMatch(
      /^A test in tests\/test_cart\.py failed and then passed on a rerun/
    )
    // no test name: nothing for the ledger's known flakes or the "Passed on a retry" list
    expect(report!.test).toBeUndefined()
    expect(report!.flake).toBeUndefined()
  })

  it('`R` then `F`: the rerun test failed again, no flake of that file', () => {
    const c = classifyText(
      stamp([
        'tests/test_cart.py ....RF.                                               [ 63%]',
        'FAILED tests/test_cart.py::test_coupon - assert 10 == 5',
        '================== 1 failed, 10 passed, 1 rerun in 2.31s ==================',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures.filter(f => f.tool === 'pytest' && f.category === 'transient')).toEqual([])
  })

  it('only the totals: the rerun count is a flaky report of the run, with no test or file', () => {
    const c = classifyText(
      stamp([
        '======================== 11 passed, 2 rerun in 2.31s =========================',
        '##[error]Process completed with exit code 7.'
      ])
    )
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    expect(c.failures.map(f => [f.rule, f.test, f.file])).toEqual([
      ['test.flaky-report', undefined, undefined]
    ])
  })
})
