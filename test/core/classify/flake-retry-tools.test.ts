// #11: flake evidence and the retry plugins that re-run a failed test inside the same run:
// jest's `jest.retryTimes(n, {logErrorsBeforeRetry: true})` and rspec-retry with
// `verbose_retry` and `display_try_failure_messages`. Their output holds a failure that was
// retried, but it never makes a failing test look flaky:
// - a test retried to a pass is not a failure of the run (the tool reports it passed), and its
//   pass is no evidence about another test that failed;
// - a test that failed on every try is an ordinary test failure: the tries show it failing,
//   not passing.
// The lines are the tools' own wording (ANSI colours stripped, GitHub's timestamps added):
// jest's DefaultReporter prints ` LOGGING RETRY ERRORS  <full name>` and ` RETRY <n> ` before a
// retried test's file header (jest's e2e snapshot `Test Retries logs error(s) before retry`);
// rspec-retry (lib/rspec/retry.rb) prints `<nth> Try error in <location>:` with the exception,
// then `RSpec::Retry: <nth> try <location>` before each try after the first.
import {describe, expect, it} from 'vitest'
import {classifyText} from '../../../src/core/classify/index.js'
import {FLAKY_EVIDENCE_RULE} from '../../../src/core/classify/flake-evidence.js'
import type {Classification} from '../../../src/core/classify/types.js'

const stamp = (lines: string[], at = '2026-03-04T10:12:05.0000000Z'): string =>
  lines.map(l => `${at} ${l}`).join('\n') + '\n'

const testFailures = (c: Classification): (string | undefined)[] =>
  c.failures.filter(f => f.category === 'test_fail').map(f => f.test)
const retriedPasses = (c: Classification) =>
  c.failures.filter(f => f.rule === 'test.flaky-report' && f.test)

const JEST_TAX_FAILED = [
  'FAIL test/tax.test.js',
  '  tax',
  '    ✕ rounds half up (3 ms)',
  '',
  '  ● tax › rounds half up',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 0.13',
  '    Received: 0.12',
  '',
  "       8 |   it('rounds half up', () => {",
  '    >  9 |     expect(taxOf(1.25)).toBe(0.13)',
  '         |                         ^',
  '      10 |   })',
  '',
  '      at Object.toBe (test/tax.test.js:9:25)',
  ''
]

/** jest's retry log of a test: the error of each try before the last, under the test's full name. */
function jestRetryErrors(fullName: string, tries: number): string[] {
  const lines = [` LOGGING RETRY ERRORS  ${fullName}`]
  for (let n = 1; n <= tries; n++)
    lines.push(
      ` RETRY ${n} `,
      '',
      '    expect(received).toBe(expected) // Object.is equality',
      '',
      '    Expected: 3',
      '    Received: 2',
      '',
      '      at Object.toBe (test/cart.test.js:14:26)',
      ''
    )
  return lines
}

const JEST_SUMMARY = [
  'Test Suites: 1 failed, 1 passed, 2 total',
  'Tests:       1 failed, 2 passed, 3 total',
  'Snapshots:   0 total',
  'Time:        3.912 s',
  'Ran all test suites.',
  '##[error]Process completed with exit code 1.'
]

describe("jest's retryTimes with logErrorsBeforeRetry", () => {
  it('a test retried to a pass is no failure, and its pass says nothing about the test that failed', () => {
    const c = classifyText(
      stamp([
        '> jest --ci',
        '',
        ...JEST_TAX_FAILED,
        ...jestRetryErrors('cart totals sums the line items', 1),
        'PASS test/cart.test.js',
        '  cart totals',
        '    ✓ sums the line items (14 ms)',
        '    ✓ applies the coupon (2 ms)',
        '',
        ...JEST_SUMMARY
      ])
    )
    expect(testFailures(c)).toEqual(['tax > rounds half up'])
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures[0]!.flake).toBeUndefined()
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        tool: 'jest',
        test: 'cart totals sums the line items',
        file: 'test/cart.test.js',
        message: 'expect(received).toBe(expected) // Object.is equality',
        flake: {kind: 'passed-on-retry', strong: true, text: '✓ sums the line items (14 ms)'}
      }
    ])
  })

  it('a retried test that passed in a file that failed is read from its own `✓` row', () => {
    const c = classifyText(
      stamp([
        ...jestRetryErrors('tax rounds half down', 1),
        ...JEST_TAX_FAILED.slice(0, 3),
        '    ✓ rounds half down (2 ms)',
        ...JEST_TAX_FAILED.slice(3),
        'Test Suites: 1 failed, 1 total',
        'Tests:       1 failed, 1 passed, 2 total',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(testFailures(c)).toEqual(['tax > rounds half up'])
    expect(retriedPasses(c).map(f => [f.test, f.file])).toEqual([
      ['tax rounds half down', 'test/tax.test.js']
    ])
  })

  it('only retried-to-pass tests: flaky (transient), as a Playwright run with only flaky tests', () => {
    const c = classifyText(
      stamp([
        ...jestRetryErrors('cart totals sums the line items', 2),
        'PASS test/cart.test.js',
        '  cart totals',
        '    ✓ sums the line items (14 ms)',
        '',
        'Tests:       3 passed, 3 total',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    expect(retriedPasses(c).map(f => f.test)).toEqual(['cart totals sums the line items'])
  })

  it('a test that failed on every try is an ordinary test failure', () => {
    const c = classifyText(
      stamp([
        ...jestRetryErrors('tax rounds half up', 2),
        ...JEST_TAX_FAILED,
        'Test Suites: 1 failed, 1 total',
        'Tests:       1 failed, 1 total',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c.failures.map(f => f.test)).toEqual(['tax > rounds half up'])
    expect(c.rule).not.toBe(FLAKY_EVIDENCE_RULE)
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures[0]!.flake).toBeUndefined()
    expect(retriedPasses(c)).toEqual([])
  })
})

describe('rspec-retry with verbose_retry and display_try_failure_messages', () => {
  /** rspec-retry's lines for one example's failed first try and its second try. */
  const secondTry = (location: string, expected: string, got: string): string[] => [
    `1st Try error in ${location}:`,
    `expected: ${expected}`,
    `     got: ${got}`,
    '',
    '(compared using ==)',
    '',
    '',
    `RSpec::Retry: 2nd try ${location}`
  ]

  it('an example retried to a pass is no failure; the one that failed both tries is an ordinary failure', () => {
    const c = classifyText(
      stamp([
        'Run bundle exec rspec',
        '',
        'Randomized with seed 41872',
        '..',
        ...secondTry('./spec/models/cart_spec.rb:14', '3', '2'),
        '...',
        ...secondTry('./spec/models/tax_spec.rb:9', '0.13', '0.12'),
        'F.',
        '',
        'Failures:',
        '',
        '  1) Tax rounds half up',
        '     Failure/Error: expect(tax_of(1.25)).to eq(0.13)',
        '',
        '       expected: 0.13',
        '            got: 0.12',
        '',
        '       (compared using ==)',
        "     # ./spec/models/tax_spec.rb:10:in `block (2 levels) in <top (required)>'",
        '',
        'Finished in 1.52 seconds (files took 0.81 seconds to load)',
        '8 examples, 1 failure',
        '',
        'Failed examples:',
        '',
        'rspec ./spec/models/tax_spec.rb:9 # Tax rounds half up',
        '',
        'Randomized with seed 41872',
        '',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c.failures.filter(f => f.category === 'test_fail').map(f => [f.test, f.file])).toEqual([
      ['Tax rounds half up', 'spec/models/tax_spec.rb']
    ])
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(c.failures[0]!.flake).toBeUndefined()
    // the example that passed its second try is a known flake; the one that failed both is not
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        tool: 'rspec',
        test: 'spec/models/cart_spec.rb:14',
        file: 'spec/models/cart_spec.rb',
        line: 14,
        message: 'expected: 3',
        flake: {kind: 'passed-on-retry', strong: true}
      }
    ])
  })
})

describe("a retry plugin's log of a failed try is no failure of its own", () => {
  it("rspec-retry: the try's `(compared using ==)` is no rspec expectation failure when the example passed", () => {
    const c = classifyText(
      stamp([
        'Randomized with seed 41872',
        '..',
        '',
        '1st Try error in ./spec/models/cart_spec.rb:14:',
        '',
        'expected: 3',
        '     got: 2',
        '',
        '(compared using ==)',
        '',
        '',
        'RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14',
        '...',
        '',
        'Finished in 1.52 seconds (files took 0.81 seconds to load)',
        '6 examples, 0 failures',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(testFailures(c)).toEqual([])
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
    expect(retriedPasses(c).map(f => f.test)).toEqual(['spec/models/cart_spec.rb:14'])
  })

  it("jest: a try's timeout is no timeout of the run when the test passed", () => {
    const c = classifyText(
      stamp([
        ' LOGGING RETRY ERRORS  cart totals sums the line items',
        ' RETRY 1 ',
        '',
        '    thrown: "Exceeded timeout of 5000 ms for a test.',
        '    Add a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout."',
        '',
        '      at it (test/cart.test.js:12:3)',
        '',
        'PASS test/cart.test.js',
        'Tests:       3 passed, 3 total',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(c.failures.filter(f => f.category !== 'transient')).toEqual([])
    expect(c).toMatchObject({category: 'transient', rule: 'root.flaky'})
  })
})

describe('surefire and failsafe with rerunFailingTestsCount', () => {
  // surefire's documented report (maven-surefire-plugin examples/rerun-failing-tests): a test
  // that passed on a rerun is listed under `Flakes:` with `Run 1: …` and `Run 2: PASS`; one
  // that failed every run under `Failures:` with each run's error.
  const flakes = [
    '[WARNING] Flakes: ',
    '[WARNING] com.acme.CartTest.totals',
    '[ERROR]   Run 1: CartTest.totals:30 expected: <10> but was: <0>',
    '[INFO]   Run 2: PASS',
    '[INFO] '
  ]

  it('a test that passed on a rerun is a named flaky report (the `Run 2: PASS` line, not a second unnamed one)', () => {
    const c = classifyText(
      stamp([
        '[INFO] Results:',
        '[INFO] ',
        ...flakes,
        '[WARNING] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1',
        '[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (check) on project cart: Coverage checks have not been met.'
      ])
    )
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        tool: 'surefire',
        test: 'com.acme.CartTest > totals',
        file: 'com/acme/CartTest.java',
        line: 30,
        message: 'expected: <10> but was: <0>',
        flake: {kind: 'passed-on-retry', strong: true, text: '[INFO]   Run 2: PASS'}
      }
    ])
    expect(c.failures.filter(f => f.rule === 'test.flaky-report' && !f.test)).toHaveLength(1)
  })

  it('beside a test that failed every run: a plain test failure, and only the flaky one is a flake', () => {
    const c = classifyText(
      stamp([
        '[ERROR] Failures: ',
        '[ERROR] com.acme.CartTest.coupon',
        '[ERROR]   Run 1: CartTest.coupon:41 expected: <5> but was: <0>',
        '[ERROR]   Run 2: CartTest.coupon:41 expected: <5> but was: <0>',
        '[INFO] ',
        ...flakes,
        '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1'
      ])
    )
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(testFailures(c)).toEqual(['com.acme.CartTest > coupon'])
    expect(retriedPasses(c).map(f => f.test)).toEqual(['com.acme.CartTest > totals'])
  })

  it("reads every module's Flakes list of a multi-module build", () => {
    const c = classifyText(
      stamp([
        ...flakes,
        '[WARNING] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1',
        '[INFO] Building tax 1.0',
        '[WARNING] Flakes: ',
        '[WARNING] com.acme.TaxTest.rounding',
        '[ERROR]   Run 1: TaxTest.rounding:12 expected: <0.13> but was: <0.12>',
        '[ERROR]   Run 2: TaxTest.rounding:12 expected: <0.13> but was: <0.12>',
        '[INFO]   Run 3: PASS',
        '[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(retriedPasses(c).map(f => f.test)).toEqual([
      'com.acme.CartTest > totals',
      'com.acme.TaxTest > rounding'
    ])
  })
})

describe('pytest-rerunfailures', () => {
  // The plugin reports each failed try as `RERUN` (pytest_report_teststatus: `rerun`, `R`,
  // `RERUN`), `-rR` lists them as `RERUN <nodeid>`, and the totals count them (`2 rerun`).
  const run = (tail: string[]): Classification =>
    classifyText(
      stamp([
        '============================= test session starts ==============================',
        'plugins: rerunfailures-16.1',
        'collected 3 items',
        '',
        'tests/test_cart.py::test_totals RERUN                                    [ 33%]',
        'tests/test_cart.py::test_totals PASSED                                   [ 33%]',
        'tests/test_cart.py::test_coupon RERUN                                    [ 66%]',
        ...tail
      ])
    )

  it('a test rerun to a pass is a named flaky report; the one that failed every try is a plain failure', () => {
    const c = run([
      'tests/test_cart.py::test_coupon FAILED                                   [ 66%]',
      'tests/test_cart.py::test_tax PASSED                                      [100%]',
      '',
      '=================================== FAILURES ===================================',
      '_________________________________ test_coupon __________________________________',
      '',
      '    def test_coupon():',
      '>       assert apply_coupon(10, "HALF") == 5',
      'E       assert 10 == 5',
      '',
      'tests/test_cart.py:14: AssertionError',
      '=========================== short test summary info ============================',
      'FAILED tests/test_cart.py::test_coupon - assert 10 == 5',
      '===================== 1 failed, 2 passed, 1 rerun in 0.31s =====================',
      '##[error]Process completed with exit code 1.'
    ])
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.test'})
    expect(testFailures(c)).toContain('test_coupon')
    expect(retriedPasses(c)).toMatchObject([
      {
        category: 'transient',
        tool: 'pytest',
        test: 'test_totals',
        file: 'tests/test_cart.py',
        flake: {kind: 'passed-on-retry', strong: true}
      }
    ])
    expect(retriedPasses(c)[0]!.flake!.text).toMatch(/^tests\/test_cart\.py::test_totals PASSED/)
  })

  it('a test that failed on every try is no flake even when another test passed', () => {
    const c = run([
      'tests/test_cart.py::test_coupon RERUN                                    [ 66%]',
      'tests/test_cart.py::test_coupon FAILED                                   [ 66%]',
      'FAILED tests/test_cart.py::test_coupon - assert 10 == 5',
      '===================== 1 failed, 2 passed, 2 rerun in 0.31s =====================',
      '##[error]Process completed with exit code 1.'
    ])
    expect(retriedPasses(c).map(f => f.test)).toEqual(['test_totals'])
  })
})
