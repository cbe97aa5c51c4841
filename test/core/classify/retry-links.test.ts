// #11: an rspec-retry pass (named by its location) and the same example's failure (named by its
// description) are joined by a link key, the location, only inside one run or one commit; the
// fingerprints themselves stay what they were (description and message, no line).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {planFailures} from '../../../src/core/autofix/failure-plan.js'
import {classifyText} from '../../../src/core/classify/index.js'
import {linkKeysOf} from '../../../src/core/classify/retry-links.js'
import type {Classification, Failure} from '../../../src/core/classify/types.js'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'
import {ledgerRecordSchema} from '../../../src/core/ledger/ledger-record.js'
import {flakyFingerprints, type CodeRun} from '../../../src/core/ledger/record-history.js'
import {
  linkWithLedger,
  passedOnRetryFingerprints,
  recordLinks
} from '../../../src/core/ledger/retry-links.js'

const stamp = (lines: string[]): string =>
  lines.map(l => `2026-03-04T10:12:05.0000000Z ${l}`).join('\n') + '\n'

const SHA = 'a'.repeat(40)
const OTHER_SHA = 'b'.repeat(40)

/** rspec-retry's lines (verbose_retry, display_try_failure_messages): the example passed its 2nd try. */
const FLAKY = [
  '..',
  '1st Try error in ./spec/models/cart_spec.rb:14:',
  'expected: 3',
  '     got: 2',
  '',
  '(compared using ==)',
  '',
  'RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14',
  '.F',
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
  '8 examples, 1 failure',
  '',
  'Failed examples:',
  '',
  'rspec ./spec/models/tax_spec.rb:9 # Tax rounds half up',
  '',
  '##[error]Process completed with exit code 1.'
]

/** rspec's report of the cart example failing every try (`line` is its `it`'s line). */
const broken = (line = 14): string[] => [
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
  `     # ./spec/models/cart_spec.rb:${line + 1}:in \`block (3 levels) in <top (required)>'`,
  '',
  '6 examples, 1 failure',
  '',
  'Failed examples:',
  '',
  `rspec ./spec/models/cart_spec.rb:${line} # Cart totals sums the line items`,
  '',
  '##[error]Process completed with exit code 1.'
]

const retried = (c: Classification): Failure[] =>
  c.failures.filter(f => f.flake?.kind === 'passed-on-retry')
const cartFailure = (c: Classification): Failure =>
  c.failures.find(f => f.test === 'Cart totals sums the line items')!

/** A run of `sha` as the links scope records (a push run unless told). */
const run = (sha: string, id = 99, event = 'push'): CodeRun => ({id, sha, event})

/** A classify verdict record of a run on `sha` (the fields the links read, the rest filler). */
function recordOf(
  c: Classification,
  sha: string,
  earlier: LedgerRecord[] = [],
  event = 'push'
): LedgerRecord {
  const runId = 10 + earlier.length
  return ledgerRecordSchema.parse({
    v: 1,
    time: '2026-12-01T10:00:00.000Z',
    runId,
    event,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['test'],
    sha,
    branch: 'main',
    category: c.category,
    confidence: c.confidence,
    fingerprint: c.fingerprint,
    nextAction: 'autofix',
    actions: [],
    failureCount: c.failures.length,
    rule: c.rule,
    failureFingerprints: c.failures.map(f => f.fingerprint),
    passedOnRetry: passedOnRetryFingerprints(c.failures, earlier, run(sha, runId, event)),
    ...recordLinks(c.failures)
  })
}

describe('link keys', () => {
  it("are an rspec example's location, on both sides; a backtrace line or another runner gives none", () => {
    const flake = retried(classifyText(stamp(FLAKY)))[0]!
    const failure = cartFailure(classifyText(stamp(broken())))
    expect(linkKeysOf(flake)).toEqual(['rspec:spec/models/cart_spec.rb:14'])
    expect(linkKeysOf(failure)).toEqual(['rspec:spec/models/cart_spec.rb:14'])
    expect(linkKeysOf({...failure, rule: 'rspec.failure'})).toEqual([])
    expect(linkKeysOf({...failure, tool: 'minitest'})).toEqual([])
    const {line: _, ...noLine} = failure // rspec's `rspec ./spec/x_spec.rb[1:2]` form
    expect(linkKeysOf(noLine)).toEqual([])
  })

  it('are not kept for a path longer than any spec path, and a record cannot carry one', () => {
    const failure = cartFailure(classifyText(stamp(broken())))
    const long = `spec/${'a/'.repeat(200)}cart_spec.rb`
    expect(linkKeysOf({...failure, file: long})).toEqual([])
    expect(linkKeysOf({...failure, file: `spec/${'a/'.repeat(100)}cart_spec.rb`})).toHaveLength(1)
    const record = recordOf(classifyText(stamp(broken())), 'a'.repeat(40))
    const key = `rspec:${long}:14`
    expect(ledgerRecordSchema.safeParse({...record, retriedLinks: [key]}).success).toBe(false)
    expect(ledgerRecordSchema.safeParse({...record, failureLinks: {[key]: 'f1'}}).success).toBe(
      false
    )
  })
})

describe('an rspec-retry pass and the failure of the same example', () => {
  it('on the same commit (either order): the pass carries the failure fingerprint, a known flake', () => {
    const failing = classifyText(stamp(broken()))
    const failure = cartFailure(failing)
    // the failure first, then a rerun where the example passed its second try
    const first = recordOf(failing, SHA)
    const rerun = linkWithLedger(classifyText(stamp(FLAKY)), [first], run(SHA))
    expect(retried(rerun)[0]!.fingerprint).toBe(failure.fingerprint)
    const second = recordOf(rerun, SHA, [first])
    expect(second.passedOnRetry).toEqual([failure.fingerprint])
    expect(flakyFingerprints([first, second]).has(failure.fingerprint)).toBe(true)
    // the pass first, then a run where the example failed every try
    const passedFirst = recordOf(classifyText(stamp(FLAKY)), SHA)
    expect(passedFirst.retriedLinks).toEqual(['rspec:spec/models/cart_spec.rb:14'])
    const later = recordOf(linkWithLedger(failing, [passedFirst], run(SHA)), SHA, [passedFirst])
    expect(later.passedOnRetry).toEqual([failure.fingerprint])
  })

  it('on another commit: not linked by the location (a later real failure is no flake by it)', () => {
    const failing = classifyText(stamp(broken()))
    const failure = cartFailure(failing)
    const before = recordOf(classifyText(stamp(FLAKY)), OTHER_SHA)
    const here = recordOf(linkWithLedger(failing, [before], run(SHA)), SHA, [before])
    expect(here.passedOnRetry).toEqual([])
    expect(flakyFingerprints([before, here]).has(failure.fingerprint)).toBe(false)
    // nor the other way round
    const failedThere = recordOf(failing, OTHER_SHA)
    const rerun = linkWithLedger(classifyText(stamp(FLAKY)), [failedThere], run(SHA))
    expect(retried(rerun)[0]!.fingerprint).not.toBe(failure.fingerprint)
    expect(flakyFingerprints([failedThere, recordOf(rerun, SHA)]).has(failure.fingerprint)).toBe(
      false
    )
  })

  it('a pull_request run of the commit (a merge into the base) is linked only with its own attempts', () => {
    const failing = classifyText(stamp(broken()))
    const failure = cartFailure(failing)
    const pr = recordOf(failing, SHA, [], 'pull_request')
    const flaky = classifyText(stamp(FLAKY))
    // a push run of the same head sha may have tested other code: its spec line may be another example
    expect(retried(linkWithLedger(flaky, [pr], run(SHA)))[0]!.fingerprint).not.toBe(
      failure.fingerprint
    )
    // the same pull_request run's next attempt tested the same code
    const attempt2 = linkWithLedger(flaky, [pr], run(SHA, pr.runId, 'pull_request'))
    expect(retried(attempt2)[0]!.fingerprint).toBe(failure.fingerprint)
  })

  it('another example of the file (another line) is not linked, on the same commit', () => {
    const failing = classifyText(stamp(broken(20)))
    const before = recordOf(classifyText(stamp(FLAKY)), SHA)
    expect(recordOf(failing, SHA, [before]).passedOnRetry).toEqual([])
  })

  it('an rspec failure with no retry stays a plain failure', () => {
    const failing = classifyText(stamp(broken()))
    const failure = cartFailure(failing)
    expect(failure).toMatchObject({category: 'test_fail', rule: 'rspec.failed-example'})
    expect(failure.flake).toBeUndefined()
    expect(linkWithLedger(failing, [recordOf(failing, SHA)], run(SHA))).toBe(failing)
    const record = recordOf(failing, SHA, [recordOf(failing, SHA)])
    expect(record).toMatchObject({
      passedOnRetry: [],
      failureLinks: {'rspec:spec/models/cart_spec.rb:14': failure.fingerprint}
    })
    expect(record.retriedLinks).toBeUndefined()
  })

  it('a record written before the links existed reads fine and links nothing', () => {
    const {failureLinks: _, retriedLinks: __, ...old} = recordOf(classifyText(stamp(FLAKY)), SHA)
    const parsed = ledgerRecordSchema.parse(old)
    expect(parsed.failureLinks).toBeUndefined()
    const failing = classifyText(stamp(broken()))
    expect(recordOf(failing, SHA, [parsed]).passedOnRetry).toEqual([])
  })
})

describe("autofix's known-flake gate", () => {
  it('skips the example once a pass on a retry was linked to it, on any later commit by its fingerprint', () => {
    const failing = classifyText(stamp(broken()))
    const first = recordOf(failing, SHA)
    const second = recordOf(linkWithLedger(classifyText(stamp(FLAKY)), [first], run(SHA)), SHA, [
      first
    ])
    const knownFlakes = flakyFingerprints([first, second])
    // a later commit: the example fails again (same description and message: same fingerprint)
    const later = classifyText(stamp(broken(16))).failures
    const plan = planFailures(later, {maxFailures: 10, knownFlakes})
    expect(plan.items).toEqual([])
    expect(plan.skipped.map(s => [s.failure.test, s.reason])).toEqual([
      ['Cart totals sums the line items', expect.stringMatching(/^a known flake/)]
    ])
    // without the link (the ledger as before: the pass under its own fingerprint) it is worked on
    const unlinked = flakyFingerprints([first, recordOf(classifyText(stamp(FLAKY)), SHA)])
    expect(planFailures(later, {maxFailures: 10, knownFlakes: unlinked}).items).toHaveLength(1)
  })
})

describe('rspec fingerprints', () => {
  // Computed on main before the links (git archive main src): the link keys must not move them.
  const PINNED = [
    'rb-rspec rspec.failed-example af0897666e1257e4',
    'rb-rspec-pg-not-ready rspec.failed-example 557d3f680095bf3c',
    'rb-rspec-given-18 rspec.failure 13dabcf1b33b6d4c',
    'rb-rspec-core-1121 rspec.expectation 973a1f3b3808cf6a',
    'rb-bbfs-63 rspec.failed-example 44160991ef13db39',
    'rb-bbfs-63 rspec.failed-example 28630d807759cd89',
    'ruby-metaforce-52 rspec.failure 6ad8a9f0b56984ee',
    'ruby-metaforce-52 rspec.expectation 86dc11c712aa4769',
    'ruby-rspec-expectations-122 rspec.expectation 7ce48284703562b9',
    'ruby-rubygems-7713 rspec.failure e816b0770e7b3db9',
    'ruby-casa-1065 rspec.failure fec1fb6b001c0922',
    'ruby-foodsoft-1205 rspec.failed-example c5ecbd37acba912c'
  ]

  it("of the ruby corpora's excerpts are unchanged", () => {
    const found: string[] = []
    for (const file of ['bench/corpus/ruby.corpus', 'bench/corpus-real/dev/ruby.corpus']) {
      for (const entry of readFileSync(file, 'utf8').split(/^>>> /m).slice(1)) {
        const id = entry.slice(0, entry.search(/\s/))
        const c = classifyText(entry.slice(entry.indexOf('\n') + 1))
        for (const f of c.failures.filter(f => f.tool === 'rspec'))
          found.push(`${id} ${f.rule} ${f.fingerprint}`)
      }
    }
    // (entries added to the corpora later are not pinned)
    expect(found).toEqual(expect.arrayContaining(PINNED))
  })

  it('of a log with an rspec-retry pass and no failure to join it to are unchanged', () => {
    expect(
      classifyText(stamp(FLAKY)).failures.map(f => `${f.rule} ${f.test} ${f.fingerprint}`)
    ).toEqual([
      'rspec.failed-example Tax rounds half up 12f6311a8adb2eb5',
      'test.flaky-report spec/models/cart_spec.rb:14 b564d1e47bdb1b09'
    ])
  })
})
