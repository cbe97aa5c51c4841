// The fix stage's part of the incident report: what happened to each group
// this run (reproduced? fixed? which PR?), what became of earlier fixes
// (merged, verified and resolved, regressed), the alerts raised, and the
// model's cost. Also the run's outcome. Text from Sentry is escaped.
import {describeEntry, type JournalEntry} from '../journal.js'
import type {FixRecord} from './heal-state.js'
import type {HealCase} from './prompts.js'
import {cell, table} from '../report/markdown.js'

export type HealVerdict =
  'fixed' | 'not-reproduced' | 'not-fixed' | 'not-evaluated' | 'budget-exceeded' | 'skipped'

export interface HealResult {
  group: string
  lead: string
  shortIds: string[]
  verdict: HealVerdict
  reason: string
  branch: string
  /** The commit the verified fix ends at (what is pushed). */
  head?: string
  /** The reproduction test (once reproduced). */
  testFile?: string
  /** Files the fix changed. */
  fixFiles?: string[]
  /** The reproduction test's output before the fix (tail). */
  failingOutput?: string
  reproductionNote?: string
  fixNote?: string
  /** The model that wrote the kept fix. */
  model?: string
  /** Set when the whole run's budget ran out here. */
  runBudgetStop?: string
  /** The PR, once published (or what a dry run would have done). */
  prUrl?: string
  prNumber?: number
  prAction?: string
  /** The pattern docs (learnings) the model was shown for this group, by path. */
  learnings?: string[]
}

/** One earlier fix as this run found it. */
export interface FixCheck {
  prNumber: number
  prUrl: string
  shortIds: string[]
  was: FixRecord['status']
  now: FixRecord['status']
  detail: string
  /** Sentry issues resolved in this run. */
  resolved: string[]
}

export interface RaisedAlert {
  shortId: string
  url: string
  action: string
}

export type HealOutcome =
  | 'fixed'
  | 'partial'
  | 'not-fixed'
  | 'nothing-to-fix'
  | 'triaged'
  | 'not-evaluated'
  | 'budget-exceeded'
  | 'cancelled'

/** A group's result when it was not healed in this run (skipped, no key, an open PR): one builder for all. */
export function groupResult(c: HealCase, verdict: HealVerdict, reason: string): HealResult {
  return {
    group: c.group.id,
    lead: c.members[0]!.shortId,
    shortIds: c.members.map(m => m.shortId),
    verdict,
    reason,
    branch: ''
  }
}

/**
 * What a person is told about a run besides its results: what it skipped
 * and what it could not do (with what would allow it), one line each. The
 * same lines are the run's warnings and the notes of its report.
 */
export function journalNotes(entries: readonly JournalEntry[]): string[] {
  return entries.filter(e => e.kind === 'skipped' || e.kind === 'could-not').map(describeEntry)
}

/** The notes as a report section (none when there are none). */
export function renderNotes(notes: readonly string[]): string[] {
  return notes.length ? [notes.map(n => `- ${n.replace(/\n/g, ' ')}`).join('\n')] : []
}

/** The run's outcome; `cancelled` when the runner cancelled it, whatever it got done first. */
export function healOutcome(
  mode: 'triage' | 'fix',
  results: readonly HealResult[],
  cancelled = false
): HealOutcome {
  if (cancelled) return 'cancelled'
  if (mode === 'triage') return 'triaged'
  const attempted = results.filter(r => r.verdict !== 'skipped')
  if (attempted.length === 0) return 'nothing-to-fix'
  const fixed = attempted.filter(r => r.verdict === 'fixed').length
  if (fixed === attempted.length) return 'fixed'
  if (fixed > 0) return 'partial'
  if (attempted.some(r => r.verdict === 'budget-exceeded')) return 'budget-exceeded'
  if (attempted.every(r => r.verdict === 'not-evaluated')) return 'not-evaluated'
  return 'not-fixed'
}

function prLink(url: string | undefined, number: number | undefined): string {
  if (!url || !/^https?:\/\/[^\s()<>[\]`]+$/.test(url)) return number ? `#${number}` : ''
  return `[#${number ?? ''}](${url})`
}

export interface HealSectionsInput {
  results: readonly HealResult[]
  checks: readonly FixCheck[]
  alerts: readonly RaisedAlert[]
  usage: {inputTokens: number; cacheReadTokens: number; outputTokens: number; costUsd: number}
  model: string
  escalationModel: string
  dryRun: boolean
}

/** Markdown sections appended to the incident report in fix mode. */
export function renderHealSections(input: HealSectionsInput): string[] {
  const sections: string[] = []
  const fixes: string[] = ['### Fixes', '']
  if (input.results.length === 0) {
    fixes.push('No error group was ready to fix in this run.')
  } else {
    fixes.push(
      'Each fix was reproduced first (a new test that failed with the production exception), then verified in code: the test passes and the full checks show nothing new.' +
        (input.dryRun
          ? ' **Dry run**: nothing was pushed, no PR opened, nothing written to Sentry.'
          : '')
    )
    fixes.push('')
    fixes.push(
      table(
        ['Group', 'Sentry issues', 'Verdict', 'PR', 'Test added', 'Reason'],
        input.results.map(r => [
          cell(r.group),
          cell(r.shortIds.join(', ')),
          r.verdict,
          prLink(r.prUrl, r.prNumber) +
            (r.prAction && r.prAction !== 'none' ? ` (${r.prAction})` : ''),
          cell(r.testFile ?? ''),
          cell(r.reason, 300)
        ])
      )
    )
    const learned = input.results.filter(r => r.learnings?.length)
    if (learned.length) {
      fixes.push('')
      for (const r of learned)
        fixes.push(`- learnings for ${cell(r.group)}: ${cell((r.learnings ?? []).join(', '), 300)}`)
    }
  }
  sections.push(fixes.join('\n'))

  if (input.checks.length) {
    sections.push(
      [
        '### Earlier fixes',
        '',
        table(
          ['PR', 'Sentry issues', 'Status', 'Detail'],
          input.checks.map(c => [
            prLink(c.prUrl, c.prNumber),
            cell(c.shortIds.join(', ')),
            c.now === c.was ? c.now : `${c.was} → **${c.now}**`,
            cell(c.detail, 400)
          ])
        )
      ].join('\n')
    )
    const regressed = input.checks.filter(c => c.now === 'regressed')
    if (regressed.length) {
      sections.push(
        `**Regression**: ${regressed.map(c => `${prLink(c.prUrl, c.prNumber)} (${cell(c.shortIds.join(', '))})`).join(', ')} did not stop the error. ci-medic does not try again on its own: a human should look.`
      )
    }
  }

  if (input.alerts.length) {
    sections.push(
      [
        '### Alert issues',
        '',
        ...input.alerts.map(a => `- ${cell(a.shortId)}: ${a.url} (${a.action})`)
      ].join('\n')
    )
  }

  sections.push(
    `**Model use**: ${input.usage.inputTokens} input tokens (${input.usage.cacheReadTokens} from cache), ${input.usage.outputTokens} output tokens, $${input.usage.costUsd.toFixed(4)} (model ${cell(input.model)}, escalation ${cell(input.escalationModel)}).`
  )
  return sections
}

/** The tracking issue's human part: the fixes it remembers. */
export function renderTrackingSummary(fixes: readonly FixRecord[]): string {
  const out = [
    'ci-medic self-heal keeps its state here: the production errors it opened fix PRs for, and whether each fix stopped the error. Each run adds its incident report as a comment. Do not edit the hidden state block below.',
    ''
  ]
  if (fixes.length === 0) out.push('No fixes yet.')
  else
    out.push(
      table(
        ['PR', 'Sentry issues', 'Status', 'Since'],
        [...fixes]
          .sort((a, b) => b.prNumber - a.prNumber)
          .map(f => [
            prLink(f.prUrl, f.prNumber),
            cell(f.shortIds.join(', ')),
            f.status,
            cell((f.settledAt ?? f.mergedAt ?? f.openedAt).slice(0, 10))
          ])
      )
    )
  return out.join('\n')
}
