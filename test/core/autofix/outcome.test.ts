import {describe, expect, it} from 'vitest'
import {
  computeOutcome,
  outcomeOutputs,
  renderReportTable,
  type FailureResult,
  type FailureVerdict
} from '../../../src/core/autofix/outcome.js'

function result(verdict: FailureVerdict, extra: Partial<FailureResult> = {}): FailureResult {
  return {
    key: `k-${verdict}`,
    failure: 'bulkDiscountRate > applies each tier',
    category: 'test_fail',
    tier: 1,
    attempts: 1,
    verdict,
    files: ['src/discounts.ts'],
    ...extra
  }
}

describe('computeOutcome', () => {
  it('nothing-to-fix when there were no failures', () => {
    expect(computeOutcome({results: []})).toMatchObject({
      outcome: 'nothing-to-fix',
      fixedCount: 0,
      failedCount: 0
    })
  })

  it('fixed when every failure is fixed', () => {
    const o = computeOutcome({results: [result('fixed'), result('fixed', {tier: 0})]})
    expect(o).toMatchObject({
      outcome: 'fixed',
      fixedCount: 2,
      failedCount: 0,
      summary: '2 of 2 failures fixed.'
    })
  })

  it('partial when some are fixed', () => {
    expect(computeOutcome({results: [result('fixed'), result('not-fixed')]})).toMatchObject({
      outcome: 'partial',
      fixedCount: 1,
      failedCount: 1
    })
    // A skipped flake still fails: not "fixed".
    expect(computeOutcome({results: [result('fixed'), result('skipped')]}).outcome).toBe('partial')
  })

  it('not-fixed when attempts ran out on everything', () => {
    expect(computeOutcome({results: [result('not-fixed'), result('not-fixed')]})).toMatchObject({
      outcome: 'not-fixed',
      fixedCount: 0,
      failedCount: 2
    })
  })

  it('not-fixed (never a green) when every failure was skipped', () => {
    const o = computeOutcome({results: [result('skipped', {reason: 'a known flake'})]})
    expect(o.outcome).toBe('not-fixed')
    expect(o.summary).toContain('a known flake')
  })

  it('not-evaluated when there is no API key and tier 0 fixed nothing', () => {
    const o = computeOutcome({
      results: [
        result('not-evaluated', {tier: null, reason: 'no anthropic-api-key'}),
        result('not-evaluated', {tier: null})
      ]
    })
    expect(o).toMatchObject({outcome: 'not-evaluated', fixedCount: 0, failedCount: 2})
    expect(o.summary).toContain('no anthropic-api-key')
  })

  it('partial when tier 0 fixed something and the model tiers could not run', () => {
    expect(
      computeOutcome({results: [result('fixed', {tier: 0}), result('not-evaluated')]}).outcome
    ).toBe('partial')
  })

  it('budget-exceeded wins over partial, and keeps the fixed count', () => {
    const o = computeOutcome({
      results: [result('fixed'), result('budget-exceeded', {reason: 'max-cost-usd'})]
    })
    expect(o).toMatchObject({outcome: 'budget-exceeded', fixedCount: 1, failedCount: 1})
    expect(o.summary).toContain('max-cost-usd')
    expect(
      computeOutcome({results: [result('not-fixed')], budgetStop: 'time budget'}).outcome
    ).toBe('budget-exceeded')
  })

  it('fixed even if a budget stop came after the last fix', () => {
    expect(computeOutcome({results: [result('fixed')], budgetStop: 'time budget'}).outcome).toBe(
      'fixed'
    )
  })

  it('not-evaluated on a run-level error, whatever the results', () => {
    const o = computeOutcome({
      results: [result('fixed')],
      error: 'The workspace is not a git checkout.'
    })
    expect(o.outcome).toBe('not-evaluated')
    expect(o.summary).toContain('not a git checkout')
  })

  it('gives the action outputs as strings', () => {
    expect(
      outcomeOutputs(computeOutcome({results: [result('fixed'), result('not-fixed')]}))
    ).toEqual({outcome: 'partial', 'fixed-count': '1', 'failed-count': '1'})
  })
})

describe('renderReportTable', () => {
  it('renders one row per failure with tier labels', () => {
    const md = renderReportTable([
      result('fixed', {
        tier: 0,
        failure: 'prefer-const in src/cart.ts',
        category: 'lint_error',
        files: ['src/cart.ts']
      }),
      result('not-fixed', {tier: 2, attempts: 3, reason: 'guard: removes 1 assertion'})
    ])
    const lines = md.split('\n')
    expect(lines[0]).toBe('| Failure | Category | Tier | Attempts | Verdict | Files |')
    expect(lines[2]).toBe(
      '| prefer-const in src/cart.ts | lint_error | 0 (fixers) | 1 | fixed | src/cart.ts |'
    )
    expect(lines[3]).toBe(
      '| bulkDiscountRate &gt; applies each tier | test_fail | 2 (escalation) | 3 | not-fixed: guard: removes 1 assertion | src/discounts.ts |'
    )
  })

  it('escapes untrusted text: pipes, HTML, newlines and mentions', () => {
    const md = renderReportTable([
      result('not-fixed', {
        failure: 'evil | <img src=x> @admin\nnext line',
        tier: null,
        files: ['a|b.ts']
      })
    ])
    const row = md.split('\n')[2] ?? ''
    expect(row).toContain('evil \\| &lt;img src=x&gt; @\u200badmin next line')
    expect(row).toContain('a\\|b.ts')
    expect(row.split(/(?<!\\)\|/).length).toBe(8)
    expect(row).toContain('| – |')
  })

  it('caps the file list', () => {
    const files = Array.from({length: 8}, (_, k) => `src/f${k}.ts`)
    expect(renderReportTable([result('fixed', {files})])).toContain('src/f4.ts, +3 more')
  })

  it('says so when there is nothing', () => {
    expect(renderReportTable([])).toBe('_No failures._')
  })
})
