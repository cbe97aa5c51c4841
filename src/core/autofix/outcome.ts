// The run's outcome from the per-failure verdicts: honest, never a silent
// green. Plus the per-failure table of the job summary and the PR body.
import {cell, table} from '../report/markdown.js'

export type Outcome =
  'fixed' | 'partial' | 'not-fixed' | 'nothing-to-fix' | 'not-evaluated' | 'budget-exceeded'

export type FailureVerdict =
  /** A verified change holds. */
  | 'fixed'
  /** Attempts ran out (failed checks, reverted regressions, guard rejections). */
  | 'not-fixed'
  /** Not attempted: a known flake or a problem no code change fixes. */
  | 'skipped'
  /** Could not be tried: no API key, the API failed after retries, an error. */
  | 'not-evaluated'
  /** A budget stopped work on it. */
  | 'budget-exceeded'

export interface FailureResult {
  /** Plan key (fingerprint). */
  key: string
  /** What failed, for people: the test name or the message. */
  failure: string
  category: string
  /** 0 = deterministic fixers, 1 = model, 2 = escalation model; null = none ran. */
  tier: 0 | 1 | 2 | null
  attempts: number
  verdict: FailureVerdict
  /** Why, in plain words (the guard, the budget, the missing key…). */
  reason?: string
  /** Files the kept fix changed, or the files of the failure. */
  files: readonly string[]
}

export interface OutcomeInput {
  results: readonly FailureResult[]
  /** A run-level budget stop (run tokens, run cost, time). */
  budgetStop?: string
  /** A run-level error that stopped the run before or during the work. */
  error?: string
}

export interface RunOutcome {
  outcome: Outcome
  fixedCount: number
  /** Failures not fixed (skipped ones included: they still fail). */
  failedCount: number
  total: number
  counts: Record<FailureVerdict, number>
  /** One line for the summary and the log. */
  summary: string
}

/** The outcome of a run. Order matters: an error or a budget stop is never hidden behind a partial fix. */
export function computeOutcome(input: OutcomeInput): RunOutcome {
  const counts: Record<FailureVerdict, number> = {
    fixed: 0,
    'not-fixed': 0,
    skipped: 0,
    'not-evaluated': 0,
    'budget-exceeded': 0
  }
  for (const r of input.results) counts[r.verdict]++
  const total = input.results.length
  const fixedCount = counts.fixed
  const failedCount = total - fixedCount
  const done = `${fixedCount} of ${total} failure${total === 1 ? '' : 's'} fixed`
  const make = (outcome: Outcome, summary: string): RunOutcome => ({
    outcome,
    fixedCount,
    failedCount,
    total,
    counts,
    summary
  })

  if (input.error !== undefined && input.error !== '') {
    return make('not-evaluated', `${input.error}${total > 0 ? ` (${done})` : ''}`)
  }
  if (total === 0) return make('nothing-to-fix', 'The checks pass: nothing to fix.')
  if (fixedCount === total) return make('fixed', `${done}.`)
  if (
    (input.budgetStop !== undefined && input.budgetStop !== '') ||
    counts['budget-exceeded'] > 0
  ) {
    const why =
      input.budgetStop ||
      input.results.find(r => r.verdict === 'budget-exceeded')?.reason ||
      'a budget ran out'
    return make('budget-exceeded', `Stopped by a budget (${why}); ${done}, kept.`)
  }
  if (counts.skipped === total) {
    return make(
      'not-fixed',
      `All ${total} failure${total === 1 ? ' was' : 's were'} skipped (${input.results[0]?.reason ?? 'not fixable in code'}); nothing was fixed.`
    )
  }
  const unfixed = input.results.filter(r => r.verdict !== 'fixed' && r.verdict !== 'skipped')
  if (fixedCount === 0 && unfixed.length > 0 && unfixed.every(r => r.verdict === 'not-evaluated')) {
    const why = unfixed[0]?.reason
    return make(
      'not-evaluated',
      `${done}; ${unfixed.length} could not be tried${why ? ` (${why})` : ''}.`
    )
  }
  if (fixedCount > 0) return make('partial', `${done}.`)
  return make('not-fixed', `${done}.`)
}

const TIER_LABEL = ['0 (fixers)', '1 (model)', '2 (escalation)'] as const

/** The per-failure table: failure, category, tier, attempts, verdict, files. Untrusted text is escaped. */
export function renderReportTable(items: readonly FailureResult[], maxFiles = 5): string {
  if (items.length === 0) return '_No failures._'
  const rows = items.map(r => [
    cell(r.failure, 120),
    cell(r.category),
    r.tier === null ? '–' : TIER_LABEL[r.tier],
    String(r.attempts),
    cell(r.reason ? `${r.verdict}: ${r.reason}` : r.verdict, 200),
    cell(
      r.files.length > maxFiles
        ? `${r.files.slice(0, maxFiles).join(', ')}, +${r.files.length - maxFiles} more`
        : r.files.join(', '),
      200
    )
  ])
  return table(['Failure', 'Category', 'Tier', 'Attempts', 'Verdict', 'Files'], rows)
}

/** Outputs of the action, as strings (set on every exit path). */
export function outcomeOutputs(o: RunOutcome): {
  outcome: Outcome
  'fixed-count': string
  'failed-count': string
} {
  return {
    outcome: o.outcome,
    'fixed-count': String(o.fixedCount),
    'failed-count': String(o.failedCount)
  }
}
