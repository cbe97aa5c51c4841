// The weekly learnings as Markdown: the patterns found, the period's numbers
// and a 12-week trend with Mermaid charts (GitHub renders `xychart-beta` in
// job summaries, issues and PRs). One rendering serves the job summary and
// the learnings issue's comment.
import {cell, inertReferences, table} from '../report/markdown.js'
import type {BucketMetrics, Metrics} from './metrics.js'

export interface DashboardPattern {
  key: string
  category: string
  count: number
  lastSeen: string
  title: string
  /** Where the doc is: a link target (the learnings PR's file) or a workspace path. */
  doc: string
}

export interface DashboardInput {
  metrics: Metrics
  patterns: DashboardPattern[]
  minOccurrences: number
  /** The learnings PR, when one was opened or updated. */
  prUrl?: string
}

export function renderDashboard(input: DashboardInput): string {
  const {metrics} = input
  const days = metrics.periodDays
  return [
    `## ci-medic learnings: the ${days} day${days === 1 ? '' : 's'} to ${metrics.generatedAt.slice(0, 10)}`,
    '',
    ...patternLines(input),
    '',
    '### This period',
    '',
    periodTable(metrics.period),
    '',
    `### The last ${metrics.weeks.length} weeks`,
    '',
    ...trend(metrics.weeks),
    ...(metrics.corruptLines
      ? ['', `_${metrics.corruptLines} ledger line(s) could not be read and were skipped._`]
      : [])
  ].join('\n')
}

function patternLines({metrics, patterns, minOccurrences, prUrl}: DashboardInput): string[] {
  const {period, periodDays} = metrics
  if (period.failures === 0)
    return [
      `The ledger holds no failure in the last ${periodDays} days: there is nothing to learn from this period.`
    ]
  if (!patterns.length)
    return [
      `${period.failures} failure(s) in the last ${periodDays} days; none was seen more than ${minOccurrences} times, so there is no pattern.`
    ]
  return [
    `${patterns.length} pattern(s): failures seen more than ${minOccurrences} times.${prUrl ? ` Their docs are in ${prUrl}.` : ''}`,
    '',
    table(
      ['pattern', 'category', 'seen (total)', 'last seen', 'what', 'doc'],
      // Titles are test names and error text: no mention or issue reference in the comment or the PR.
      patterns.map(p => [
        `\`${cell(p.key)}\``,
        inertReferences(cell(p.category)),
        String(p.count),
        cell(p.lastSeen),
        inertReferences(cell(p.title, 80)),
        inertReferences(cell(p.doc))
      ])
    )
  ]
}

function periodTable(b: BucketMetrics): string {
  const pct = (v: number | null): string => (v === null ? '–' : `${Math.round(v * 100)}%`)
  const num = (v: number | null, unit = ''): string => (v === null ? '–' : `${v}${unit}`)
  const categories = Object.entries(b.byCategory)
    .sort((x, y) => y[1] - x[1])
    .map(([c, n]) => `${cell(c)} ${n}`)
    .join(', ')
  return table(
    ['measure', 'value'],
    [
      ['failures', `${b.failures}${categories ? ` (${categories})` : ''}`],
      ['autofix fix rate', `${pct(b.fixRate.autofix)} (${b.fixed.autofix}/${b.attempted.autofix})`],
      [
        'self-heal fix rate',
        `${pct(b.fixRate['self-heal'])} (${b.fixed['self-heal']}/${b.attempted['self-heal']})`
      ],
      ['reverts', String(b.reverts)],
      ['regressions', String(b.regressions)],
      ['median time from failure to fix PR', num(b.medianMinutesToFix, ' min')],
      ['attempts per fix', num(b.attemptsPerFix)],
      ['tokens per verified fix', num(b.tokensPerFix)],
      ['cost per verified fix', b.costPerFixUsd === null ? '–' : `$${b.costPerFixUsd}`],
      ['tokens / cost, all runs', `${b.tokens} / $${b.costUsd}`]
    ]
  )
}

function trend(weeks: BucketMetrics[]): string[] {
  const labels = weeks.map(w => w.end.slice(5, 10))
  const percent = (v: number | null): number => (v === null ? 0 : Math.round(v * 100))
  const out = [
    chart('Failures per week', labels, 'failures', [['bar', weeks.map(w => w.failures)]]),
    chart('Fix rate (%): autofix, self-heal', labels, 'percent', [
      ['line', weeks.map(w => percent(w.fixRate.autofix))],
      ['line', weeks.map(w => percent(w.fixRate['self-heal']))]
    ]),
    chart('Reverts and regressions', labels, 'count', [
      ['bar', weeks.map(w => w.reverts + w.regressions)]
    ])
  ]
  if (weeks.some(w => w.costPerFixUsd !== null))
    out.push(
      chart('Cost per verified fix (USD)', labels, 'USD', [
        ['line', weeks.map(w => w.costPerFixUsd ?? 0)]
      ])
    )
  return [...out.flatMap(c => [c, '']), categoryTable(weeks)]
}

function chart(
  title: string,
  labels: string[],
  axis: string,
  series: Array<['bar' | 'line', number[]]>
): string {
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
    `  y-axis "${axis}"`,
    ...series.map(([kind, values]) => `  ${kind} [${values.join(', ')}]`),
    '```'
  ].join('\n')
}

/** Failures by category per week: the top categories of the whole trend as columns. */
function categoryTable(weeks: BucketMetrics[]): string {
  const totals = new Map<string, number>()
  for (const w of weeks)
    for (const [c, n] of Object.entries(w.byCategory)) totals.set(c, (totals.get(c) ?? 0) + n)
  const top = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([c]) => c)
  if (!top.length) return '_No failure in the ledger over these weeks._'
  return table(
    ['week to', ...top.map(c => cell(c)), 'all', 'fix rate (autofix)', 'attempts per fix'],
    weeks.map(w => [
      w.end.slice(0, 10),
      ...top.map(c => String(w.byCategory[c] ?? 0)),
      String(w.failures),
      w.fixRate.autofix === null ? '–' : `${Math.round(w.fixRate.autofix * 100)}%`,
      w.attemptsPerFix === null ? '–' : String(w.attemptsPerFix)
    ])
  )
}

/** The webhook's `text`: a few lines in Slack's mrkdwn, its control characters (&, <, >) escaped. */
export function renderWebhookText(
  input: DashboardInput & {repository: string; link: string}
): string {
  const slack = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ')
  const {metrics, patterns} = input
  const rate = metrics.period.fixRate.autofix
  const head = `ci-medic learnings for ${slack(input.repository)}, the ${metrics.periodDays} days to ${metrics.generatedAt.slice(0, 10)}: ${metrics.period.failures} failure(s), ${patterns.length} pattern(s)${rate === null ? '' : `, autofix fixed ${Math.round(rate * 100)}%`}.`
  const lines = patterns
    .slice(0, 5)
    .map(
      p =>
        `• ${slack(p.key)} (${slack(p.category)}, seen ${p.count}×): ${slack(p.title).slice(0, 120)}`
    )
  return [head, ...lines, ...(input.link ? [slack(input.link)] : [])].join('\n')
}
