// The run's outcome from the per-failure verdicts: honest, never a silent
// green. Plus the report both the PR body and the job summary show (one
// rendering), with its per-failure table.
import type {UsageTotals} from '../fixing/budgets.js'
import {describeEntry, type JournalEntry} from '../journal.js'
import {cell, table} from '../report/markdown.js'

export type Outcome =
  | 'fixed'
  | 'partial'
  | 'not-fixed'
  | 'nothing-to-fix'
  | 'not-evaluated'
  | 'budget-exceeded'
  | 'cancelled'

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
  /** The pattern docs (learnings) the model was shown for it, by path. */
  learnings?: readonly string[]
  /** Skipped because its test passed when re-run unchanged on this commit (core/autofix/flaky-check.ts). */
  flaky?: boolean
}

export interface OutcomeInput {
  results: readonly FailureResult[]
  /** A run-level budget stop (run tokens, run cost, time). */
  budgetStop?: string
  /** A run-level error that stopped the run before or during the work. */
  error?: string
  /** The run was cancelled (`cancelled by SIGTERM`): it stopped there and published nothing. */
  cancelled?: string
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

  if (input.cancelled) {
    const kept = fixedCount ? `; ${done}, kept in the workspace but not pushed` : ''
    return make('cancelled', `The run was ${input.cancelled}${kept}.`)
  }
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
  // A Learnings column only when a doc was used, so a run without learnings reads as before.
  if (!items.some(r => r.learnings?.length))
    return table(['Failure', 'Category', 'Tier', 'Attempts', 'Verdict', 'Files'], rows)
  const withLearnings = rows.map((row, i) => [
    ...row,
    cell((items[i]?.learnings ?? []).join(', ') || '–', 200)
  ])
  return table(
    ['Failure', 'Category', 'Tier', 'Attempts', 'Verdict', 'Files', 'Learnings'],
    withLearnings
  )
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

export interface AutofixReportInput {
  outcome: RunOutcome
  results: readonly FailureResult[]
  /** Each check as it ran before any fix: its command and how many failures it showed. */
  checks: readonly {command: string; failures: number}[]
  totals: UsageTotals
  model: string
  escalationModel: string
  /** Why these checks (the project detection's reasons). */
  projectReasons: readonly string[]
  /**
   * The run journal so far: facts open the report (the run classify
   * dispatched us for); skipped and could-not entries are its notes.
   */
  journal: readonly JournalEntry[]
}

/** The notes of a report: what was skipped or could not be done, in plain words. */
export function reportNotes(journal: readonly JournalEntry[]): string[] {
  return journal.filter(e => e.kind === 'skipped' || e.kind === 'could-not').map(describeEntry)
}

/** The report: the PR body, and the job summary below its heading. */
export function renderAutofixReport(input: AutofixReportInput): string {
  const {outcome, totals} = input
  const checks = input.checks
    .map(c => `\`${cell(c.command, 120)}\`: ${c.failures ? `${c.failures} failure(s)` : 'passed'}`)
    .join(', ')
  const facts = input.journal.filter(e => e.kind === 'fact').map(e => e.text)
  const notes = reportNotes(input.journal)
  return [
    ...facts.map(f => `${f}\n`),
    `**${outcome.summary.replace(/\.$/, '')}.** Every fix below was verified by ci-medic in code: the affected test, then the full checks (${checks || 'none'}). Changes that broke anything, touched protected paths or weakened tests were reverted.`,
    '',
    renderReportTable(input.results),
    '',
    `**Model use**: ${totals.inputTokens} input tokens (${totals.cacheReadTokens} from cache), ${totals.outputTokens} output tokens, $${totals.costUsd.toFixed(4)} (model ${cell(input.model)}, escalation ${cell(input.escalationModel)}).`,
    `**Project**: ${cell(input.projectReasons.join('; '), 600)}`,
    ...(notes.length ? ['', ...notes.map(n => `- ${cell(n, 400)}`)] : []),
    '',
    '_Checks on a pull request opened with the workflow token may wait for a maintainer to approve them before they run._'
  ].join('\n')
}

export interface SummaryHeading {
  outcome: RunOutcome
  seconds: number
  /** The PR opened, updated or closed, if any, and what was done to it. */
  prUrl: string
  prAction: string
  /** Why nothing was published, when publishing failed after the report was written. */
  publishFailure?: string
  /** Why the repository's commands ran without a sandbox, when they did. */
  unsandboxed?: string
}

/** The job summary: a heading with the outcome, the time and the PR, then the report. */
export function renderAutofixSummary(heading: SummaryHeading, report: string): string {
  const {outcome} = heading
  const pr = heading.prUrl ? ` PR: ${heading.prUrl} (${heading.prAction}).` : ''
  const failed = heading.publishFailure
    ? ` Nothing was published: ${cell(heading.publishFailure, 400)}`
    : ''
  const sandbox =
    heading.unsandboxed === undefined
      ? ''
      : `\n\n**Sandbox: none.** The repository's commands ran as plain child processes (${cell(heading.unsandboxed, 300)}), where their code could read ci-medic's tokens. See the \`sandbox\` input.`
  return `## ci-medic autofix: ${outcome.outcome}\n\n${outcome.summary.replace(/\.$/, '')}, in ${heading.seconds}s.${pr}${failed}${sandbox}\n\n${report}\n`
}
