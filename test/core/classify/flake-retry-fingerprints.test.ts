// #11: a test a retry plugin re-ran to a pass in one run and the same test failing on every
// try in another run share a fingerprint, so the ledger links them (its passedOnRetry list is
// what autofix's known-flake gate reads against the failures of later runs). Two classified
// logs each, in the tools' own shapes (see flake-retry-tools.test.ts for where they come from).
import {describe, expect, it} from 'vitest'
import {classifyFailures, classifyText, scanText} from '../../../src/core/classify/index.js'
import type {Classification, Failure} from '../../../src/core/classify/types.js'

const stamp = (lines: string[]): string =>
  lines.map(l => `2026-03-04T10:12:05.0000000Z ${l}`).join('\n') + '\n'

const retried = (c: Classification): Failure[] =>
  c.failures.filter(f => f.flake?.kind === 'passed-on-retry')
const failed = (c: Classification): Failure[] => c.failures.filter(f => f.category === 'test_fail')

const JEST_ERROR = [
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 3',
  '    Received: 2',
  '',
  '      at Object.toBe (test/cart.test.js:14:26)',
  ''
]

/** jest's run where `cart totals › sums the line items` failed on its first try, then passed. */
const jestRetried = (test: string): Classification =>
  classifyText(
    stamp([
      ` LOGGING RETRY ERRORS  cart totals ${test}`,
      ' RETRY 1 ',
      '',
      ...JEST_ERROR,
      'PASS test/cart.test.js',
      'Tests:       3 passed, 3 total',
      '##[error]Process completed with exit code 1.'
    ])
  )

/** jest's run where the test failed (no retries): its `●` block under the file's FAIL header. */
const jestFailed = classifyText(
  stamp([
    'FAIL test/cart.test.js',
    '  cart totals',
    '    ✕ sums the line items (3 ms)',
    '',
    '  ● cart totals › sums the line items',
    '',
    ...JEST_ERROR,
    'Tests:       1 failed, 2 passed, 3 total',
    '##[error]Process completed with exit code 1.'
  ])
)

describe('the fingerprint of a test that passed on a retry', () => {
  it('jest: is the one the same test gets failing in another run (its full name is its titles)', () => {
    const [flake] = retried(jestRetried('sums the line items'))
    const [failure] = failed(jestFailed)
    expect(flake!.test).toBe('cart totals sums the line items')
    expect(failure!.test).toBe('cart totals > sums the line items')
    expect(flake!.fingerprint).toBe(failure!.fingerprint)
    // and another test of the file with the same error is another fingerprint
    expect(retried(jestRetried('applies the coupon'))[0]!.fingerprint).not.toBe(
      failure!.fingerprint
    )
  })

  it('Gradle test-retry: is the one the test gets failing every execution', () => {
    const run = (last: 'PASSED' | 'FAILED'): Classification =>
      classifyText(
        stamp([
          '> Task :app:test',
          '',
          'com.acme.CartTest > totals() FAILED',
          '    org.opentest4j.AssertionFailedError at CartTest.java:30',
          '',
          `com.acme.CartTest > totals() ${last}`,
          ...(last === 'FAILED'
            ? ['    org.opentest4j.AssertionFailedError at CartTest.java:30']
            : []),
          '',
          '> Task :app:test FAILED',
          '##[error]Process completed with exit code 1.'
        ])
      )
    const [flake] = retried(run('PASSED'))
    const failures = failed(run('FAILED')).filter(f => f.test)
    expect(flake).toMatchObject({test: 'com.acme.CartTest > totals()'})
    expect(failures.map(f => f.fingerprint)).toContain(flake!.fingerprint)
  })

  it('gotestsum: is the one the test gets failing every run', () => {
    const pkg = 'example.com/shop/cart'
    const failedRun = (run: string): string[] => [
      '=== RUN   TestTotals',
      '    cart_test.go:30: got 2, want 3',
      '--- FAIL: TestTotals (0.00s)',
      `FAIL ${pkg}.TestTotals${run} (0.00s)`
    ]
    const flaky = classifyText(
      stamp([...failedRun(''), `PASS ${pkg}.TestTotals (re-run 1) (0.00s)`, `PASS ${pkg}`])
    )
    const broken = classifyText(stamp([...failedRun(''), ...failedRun(' (re-run 1)')]))
    const [flake] = retried(flaky)
    expect(flake).toMatchObject({test: 'TestTotals'})
    expect(failed(broken).map(f => f.fingerprint)).toContain(flake!.fingerprint)
  })

  // rspec-retry names a retried example only by its location (`RSpec::Retry: 2nd try
  // ./spec/models/cart_spec.rb:14`) and logs only its exception's text (`expected: 3`), while
  // rspec's failure report names it by its description (`rspec ./spec/…:14 # Cart totals sums
  // the line items`) with the `Failure/Error:` source line as ruby.ts's message: neither the
  // name nor the message can be told from the other side. Their fingerprints stay apart (the
  // location is no part of one: it moves with every line above it); the location is a link
  // key (retry-links.ts) that joins them inside one run (its logs) or one commit (the ledger),
  // and the retried pass then carries the failure's own fingerprint.
  const RSPEC_FLAKY = [
    '..',
    '1st Try error in ./spec/models/cart_spec.rb:14:',
    'expected: 3',
    '     got: 2',
    '',
    '(compared using ==)',
    '',
    'RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14',
    '...',
    '6 examples, 0 failures'
  ]
  const RSPEC_BROKEN = [
    '..F...',
    'Failures:',
    '',
    '  1) Cart totals sums the line items',
    '     Failure/Error: expect(cart.total).to eq(3)',
    '',
    '       expected: 3',
    '            got: 2',
    '',
    '       (compared using ==)',
    "     # ./spec/models/cart_spec.rb:15:in `block (3 levels) in <top (required)>'",
    '',
    '6 examples, 1 failure',
    '',
    'Failed examples:',
    '',
    'rspec ./spec/models/cart_spec.rb:14 # Cart totals sums the line items'
  ]

  it('rspec-retry: is the one the example gets failing in another log of the run (joined by its location)', () => {
    // one run, two jobs (a matrix): the example passed its second try in one, failed in the other
    const run = classifyFailures([scanText(stamp(RSPEC_FLAKY)), scanText(stamp(RSPEC_BROKEN))])
    const [flake] = retried(run)
    const [failure] = failed(run)
    expect(flake).toMatchObject({test: 'spec/models/cart_spec.rb:14'})
    expect(failure).toMatchObject({test: 'Cart totals sums the line items', line: 14})
    expect(flake!.fingerprint).toBe(failure!.fingerprint)
    // the failure's fingerprint is the one it has alone (description and message, no location)
    expect(failed(classifyText(stamp(RSPEC_BROKEN)))[0]!.fingerprint).toBe(failure!.fingerprint)
  })

  it("rspec-retry: alone in its log, is no failure's fingerprint (nothing names the example otherwise)", () => {
    const [flake] = retried(classifyText(stamp(RSPEC_FLAKY)))
    const [failure] = failed(classifyText(stamp(RSPEC_BROKEN)))
    expect(flake!.fingerprint).not.toBe(failure!.fingerprint)
  })
})
