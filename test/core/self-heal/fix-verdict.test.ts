// Whether self-heal keeps a fix, from the full checks' parsed failures after
// it and on the base commit (src/core/self-heal/fix-verdict.ts). The failures
// are as node:test's output gives them through classify's parser, so the
// fingerprints are the real ones.
import {describe, expect, it} from 'vitest'
import {scanText} from '../../../src/core/classify/index.js'
import type {Failure} from '../../../src/core/classify/types.js'
import {OPAQUE_CHECK_RULE} from '../../../src/core/fixing/change-verdict.js'
import {judgeHealFix, unnarrowedBlocker} from '../../../src/core/self-heal/fix-verdict.js'

const ERROR = {
  exceptionType: 'TypeError',
  exceptionValue: "Cannot read properties of undefined (reading 'rate')"
}
const subject = {testFile: 'test/sentry-tax.test.ts', ...ERROR}

/** node:test's summary of failed tests, as `node --test` prints it after the run. */
function nodeTestFailures(...tests: {file: string; name: string; error: string}[]): Failure[] {
  const blocks = tests.map(
    t =>
      `test at ${t.file}:5:1\n✖ ${t.name} (0.4ms)\n  ${t.error}\n      at x (file:///w/${t.file}:6:16)\n`
  )
  const output = `ℹ tests 18\nℹ fail ${tests.length}\n\n✖ failing tests:\n\n${blocks.join('\n')}`
  const failures = scanText(output, {workspace: '/w'}).failures
  expect(failures).toHaveLength(tests.length)
  return failures
}

const CLOCK = {
  file: 'test/clock.test.ts',
  name: 'the warehouse clock agrees with itself',
  error: 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:'
}
const REPRO = {
  file: 'test/sentry-tax.test.ts',
  name: 'charges no tax for a region without a rate',
  error: "TypeError: Cannot read properties of undefined (reading 'rate')"
}
const ORDERS = {
  file: 'test/orders.test.ts',
  name: 'adds sales tax to the subtotal of a stored order',
  error: 'AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:'
}

function opaque(check: 'test' | 'lint'): Failure {
  return {
    category: 'unknown',
    message: `npm ${check} failed with exit code 1`,
    excerpt: 'Segmentation fault',
    fingerprint: `opaque-${check}`,
    rule: OPAQUE_CHECK_RULE,
    confidence: 0.3,
    tool: check
  }
}

describe('judgeHealFix, the runner cannot run one file', () => {
  const judge = (baseline: Failure[], after: Failure[]) =>
    judgeHealFix(baseline, after, {subject, narrowed: false})
  const baseline = nodeTestFailures(CLOCK)

  it('keeps a fix after which only the base commit failures remain', () => {
    expect(judge(baseline, nodeTestFailures(CLOCK))).toMatchObject({ok: true})
  })

  it('refuses a fix after which the reproduction test still fails, found by its file', () => {
    const after = nodeTestFailures(CLOCK, {...REPRO, error: 'AssertionError: 1 !== 0'})
    expect(judge(baseline, after)).toEqual({
      ok: false,
      why: expect.stringMatching(/^the reproduction test still fails \(test\/sentry-tax\.test\.ts/)
    })
  })

  it('refuses a fix after which another test fails with the production error', () => {
    const after = nodeTestFailures(CLOCK, {...REPRO, file: 'test/quotes.test.ts'})
    expect(judge(baseline, after)).toEqual({
      ok: false,
      why: expect.stringMatching(/^the full checks still show the production error/)
    })
  })

  it('refuses a fix that breaks another test', () => {
    expect(judge(baseline, nodeTestFailures(CLOCK, ORDERS))).toEqual({
      ok: false,
      why: expect.stringMatching(/^it broke test\/orders\.test\.ts:5 adds sales tax/)
    })
  })

  it('cannot tell from a test run nothing could read, even when the base commit had the same', () => {
    expect(judge([opaque('test')], [opaque('test')])).toEqual({
      ok: false,
      why: expect.stringContaining('whether the reproduction test passes cannot be told')
    })
    // An unreadable lint run says nothing about the test: the test run still judges.
    expect(judge([opaque('lint')], [opaque('lint')])).toMatchObject({ok: true})
  })
})

describe('judgeHealFix, the reproduction test ran alone and passed', () => {
  it('keeps a fix the full checks show nothing new for, whatever the test run was at the base', () => {
    const judgement = judgeHealFix([opaque('test')], [opaque('test')], {subject, narrowed: true})
    expect(judgement).toMatchObject({ok: true})
  })

  it('refuses a fix that breaks another test', () => {
    const after = nodeTestFailures(ORDERS)
    expect(judgeHealFix([], after, {subject, narrowed: true})).toMatchObject({ok: false})
  })
})

describe('unnarrowedBlocker', () => {
  it('lets a reproduction through when the base commit fails otherwise', () => {
    expect(unnarrowedBlocker(nodeTestFailures(CLOCK), ERROR)).toBeUndefined()
  })

  it('refuses when the base commit already fails with the production error', () => {
    expect(unnarrowedBlocker(nodeTestFailures(REPRO), ERROR)).toMatch(
      /already fails with TypeError on the base commit/
    )
  })

  it('refuses when the base commit test run fails without a failure that can be read', () => {
    expect(unnarrowedBlocker([opaque('test')], ERROR)).toMatch(
      /without a failure that can be read \(npm test failed with exit code 1\)/
    )
  })
})
