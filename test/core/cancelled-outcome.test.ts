// A cancelled run's outcome (autofix and self-heal) and the one line the run
// wrapper ends the step with: `cancelled` comes first, whatever the run had
// done by then, and the line names the signal without calling it a bug.
import {describe, expect, it} from 'vitest'
import {computeOutcome, type FailureResult} from '../../src/core/autofix/index.js'
import {healOutcome, type HealResult} from '../../src/core/self-heal/heal-report.js'
import {CancelledError, cancelReason, throwIfCancelled} from '../../src/errors.js'
import {failureMessage} from '../../src/runtime/failure-report.js'

const result = (verdict: FailureResult['verdict']): FailureResult => ({
  key: verdict,
  failure: `a ${verdict} failure`,
  category: 'test_fail',
  tier: 1,
  attempts: 1,
  verdict,
  files: []
})

describe('a cancelled run', () => {
  it('autofix: cancelled before a budget stop or an error, and it says what was kept', () => {
    const o = computeOutcome({
      results: [result('fixed'), result('not-evaluated')],
      budgetStop: 'run tokens',
      error: 'boom',
      cancelled: 'cancelled by SIGTERM'
    })
    expect(o.outcome).toBe('cancelled')
    expect(o.summary).toBe(
      'The run was cancelled by SIGTERM; 1 of 2 failures fixed, kept in the workspace but not pushed.'
    )
    expect(computeOutcome({results: [], cancelled: 'cancelled by SIGINT'})).toMatchObject({
      outcome: 'cancelled',
      summary: 'The run was cancelled by SIGINT.'
    })
  })

  it('self-heal: cancelled whatever the groups came to', () => {
    const fixed = {verdict: 'fixed'} as HealResult
    expect(healOutcome('fix', [fixed], true)).toBe('cancelled')
    expect(healOutcome('triage', [], true)).toBe('cancelled')
    expect(healOutcome('fix', [fixed])).toBe('fixed')
  })

  it('the step ends with one line naming the signal, not a bug report', () => {
    const line = failureMessage('autofix', new CancelledError('SIGTERM'))
    expect(line).toMatch(/^ci-medic autofix: cancelled by SIGTERM; /)
    expect(line).not.toContain('bug')
  })

  it('throwIfCancelled throws the CancelledError the signal was aborted with', () => {
    const controller = new AbortController()
    expect(() => throwIfCancelled(controller.signal)).not.toThrow()
    expect(() => throwIfCancelled(undefined)).not.toThrow()
    controller.abort(new CancelledError('SIGINT'))
    expect(() => throwIfCancelled(controller.signal)).toThrow('cancelled by SIGINT')
    const other = new AbortController()
    other.abort()
    expect(cancelReason(other.signal)).toBeInstanceOf(CancelledError)
  })
})
