import {describe, expect, it} from 'vitest'
import {
  computeOutcome,
  outcomeOutputs,
  renderAutofixReport,
  renderAutofixSummary,
  renderReportTable,
  reportNotes,
  type AutofixReportInput,
  type FailureResult,
  type FailureVerdict
} from '../../../src/core/autofix/outcome.js'
import {RunJournal} from '../../../src/core/journal.js'

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

describe('the report, rendered from the run journal', () => {
  function journal(): RunJournal {
    const j = new RunJournal()
    j.done('ledger-read', 'Read the ledger: 0 known flake(s) to skip.')
    j.fact('run-context', 'Dispatched for the failed run [CI #41](https://example.test/41).')
    j.skipped('model', 'No anthropic-api-key: only the deterministic fixers ran.')
    j.couldNot('publish', 'Nothing was published: refused.', 'contents: write')
    return j
  }

  function input(j: RunJournal): AutofixReportInput {
    const results = [result('fixed', {tier: 0}), result('not-evaluated', {key: 'k2'})]
    return {
      outcome: computeOutcome({results}),
      results,
      checks: [
        {command: 'npx vitest run', failures: 2},
        {command: 'npx tsc --noEmit', failures: 0}
      ],
      totals: {
        inputTokens: 1200,
        outputTokens: 300,
        cacheReadTokens: 800,
        cacheWriteTokens: 0,
        freshInputTokens: 400,
        costUsd: 0.0123,
        calls: 2
      },
      model: 'claude-sonnet-5-5',
      escalationModel: 'claude-opus-5-5',
      projectReasons: ['package.json scripts.test'],
      journal: j.entries
    }
  }

  it('notes are what was skipped or could not be done (with what would allow it), not what was done', () => {
    expect(reportNotes(journal().entries)).toEqual([
      'No anthropic-api-key: only the deterministic fixers ran.',
      'Nothing was published: refused (needs contents: write).'
    ])
  })

  it('opens with the facts, then the outcome, the checks, the table, model use, project and notes', () => {
    const body = renderAutofixReport(input(journal()))
    const order = [
      'Dispatched for the failed run [CI #41]',
      '**1 of 2 failures fixed.**',
      '`npx vitest run`: 2 failure(s), `npx tsc --noEmit`: passed',
      '| bulkDiscountRate',
      '**Model use**: 1200 input tokens (800 from cache), 300 output tokens, $0.0123 (model claude-sonnet-5-5, escalation claude-opus-5-5).',
      '**Project**: package.json scripts.test',
      '- No anthropic-api-key: only the deterministic fixers ran.',
      '- Nothing was published: refused (needs contents: write).',
      '_Checks on a pull request opened with the workflow token'
    ].map(part => body.indexOf(part))
    expect(
      order.every(i => i >= 0),
      body
    ).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(body).not.toContain('Read the ledger')
  })

  it('has no notes list when nothing was skipped or refused', () => {
    const j = new RunJournal()
    j.done('checks-run', 'Ran 2 check(s): 2 failure(s).')
    expect(renderAutofixReport(input(j))).not.toMatch(/^- /m)
  })

  it('the summary is a heading with the outcome, time and PR (or why nothing was published) over the report', () => {
    const {outcome} = input(journal())
    const pr = renderAutofixSummary(
      {outcome, seconds: 42, prUrl: 'https://example.test/pull/7', prAction: 'created'},
      'REPORT'
    )
    expect(pr).toBe(
      '## ci-medic autofix: partial\n\n1 of 2 failures fixed, in 42s. PR: https://example.test/pull/7 (created).\n\nREPORT\n'
    )
    const failed = renderAutofixSummary(
      {outcome, seconds: 3, prUrl: '', prAction: 'none', publishFailure: 'the branch moved'},
      'REPORT'
    )
    expect(failed).toContain('in 3s. Nothing was published: the branch moved\n\nREPORT')
  })
})
