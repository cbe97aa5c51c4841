// The incident report of a self-heal run (job summary and tracking-issue
// comment): errors by severity, root-cause groups, each issue's decision
// with its reason, and the alerts raised; and the text of a rate storm's
// alert issue. Every text from Sentry is untrusted and escaped.
import {cell, fence, table, truncate} from '../report/markdown.js'
import type {AlertRecord, HealState} from './heal-state.js'
import type {Severity} from './severity.js'
import type {TriageGroup, TriageResult, TriagedIssue} from './triage.js'

export interface IncidentReportInput {
  result: TriageResult
  org: string
  /** Sentry query period, e.g. `24h`. */
  period: string
  mode: 'triage' | 'fix'
  rateGuardPerHour: number
  /** Sections of the fix stage (fixes, PR links…), shown before the groups and decisions; already markdown. */
  extraSections?: string[]
}

const SEVERITIES: Severity[] = ['P0', 'P1', 'P2']

/**
 * Rows shown per table: a job summary is capped at 1 MiB and a comment at
 * 64 KiB, and a period can hold thousands of one-off errors. Issues to fix and
 * alerts are always listed; skipped ones fill the rest; the JSON report
 * (report-path) has every decision.
 */
export const MAX_TABLE_ROWS = 150

/** A markdown link when the URL is a plain http(s) URL, else the escaped text. */
function link(text: string, url: string | null): string {
  const label = cell(text)
  if (!url || !/^https?:\/\/[^\s()<>[\]`]+$/.test(url)) return label
  return `[${label.replace(/[[\]]/g, '\\$&')}](${url})`
}

function issueLink(i: TriagedIssue): string {
  return link(i.shortId, i.permalink)
}

function frameText(g: TriageGroup): string {
  return g.topFrame ? `${g.topFrame.file} · ${g.topFrame.function}` : '(no application frame)'
}

export function renderIncidentReport(input: IncidentReportInput): string {
  const {issues, groups, alerts} = input.result
  const heading = [`## ci-medic self-heal: ${cell(input.org)}, last ${cell(input.period)}`, '']
  if (issues.length === 0)
    return [...heading, ...quietPeriod(input.extraSections)].join('\n') + '\n'
  return [
    ...heading,
    ...summary(input),
    ...severitySection(issues),
    ...alertsSection(alerts, input.rateGuardPerHour),
    // What this run did (fixes, earlier fixes, alerts) before the details, so a
    // capped comment never loses it.
    ...(input.extraSections ?? []).flatMap(section => [section, '']),
    ...groupsSection(groups, issues),
    ...decisionsSection(issues)
  ].join('\n')
}

/** The report of a period without unresolved errors: the fix stage's sections only. */
function quietPeriod(extraSections: readonly string[] | undefined): string[] {
  return [
    'No unresolved errors in this period.',
    ...(extraSections ?? []).flatMap(section => ['', section])
  ]
}

function summary(input: IncidentReportInput): string[] {
  const {issues, groups} = input.result
  const count = (d: string): number => issues.filter(i => i.decision === d).length
  return [
    `${issues.length} unresolved issue(s) in ${groups.length} group(s): ` +
      `${count('fix')} to fix, ${count('skip')} skipped, ${count('alert')} alert(s). Mode: ${input.mode}.`,
    ''
  ]
}

function severitySection(issues: readonly TriagedIssue[]): string[] {
  const rows = SEVERITIES.map(s => {
    const of = issues.filter(i => i.severity === s)
    return [
      s,
      String(of.length),
      String(of.reduce((n, i) => n + i.count, 0)),
      String(of.filter(i => i.decision === 'fix').length),
      String(of.filter(i => i.decision === 'skip').length),
      String(of.filter(i => i.decision === 'alert').length)
    ]
  })
  return [
    '### Errors by severity',
    '',
    table(['Severity', 'Issues', 'Events', 'Fix', 'Skip', 'Alert'], rows),
    ''
  ]
}

/** The rate storms, each with its error fenced (untrusted text); nothing when there is none. */
function alertsSection(alerts: readonly TriagedIssue[], rateGuardPerHour: number): string[] {
  if (!alerts.length) return []
  return [
    '### Alerts',
    '',
    `These issues are above rate-guard-per-hour (${rateGuardPerHour} events/h): an incident for a human, not a bug to patch. ci-medic does not attempt a fix.`,
    '',
    ...alerts.flatMap(a => [
      `- ${issueLink(a)} ${a.severity}: ${a.eventsPerHour} events/h (peak ${a.peakPerHour}/h), ${a.userCount} users`,
      '',
      fence(truncate(`${a.exceptionType}: ${a.exceptionValue}`, 500))
    ]),
    ''
  ]
}

function groupsSection(groups: readonly TriageGroup[], issues: readonly TriagedIssue[]): string[] {
  const byId = new Map(issues.map(i => [i.id, i]))
  const shown = capRows(groups, g => g.decision !== 'skip')
  const rows = shown.rows.map(g => {
    const members = g.issueIds.flatMap(id => byId.get(id) ?? [])
    return [
      cell(g.id),
      g.severity,
      g.decision,
      cell(`${g.exceptionType}: ${g.message}`, 120),
      cell(frameText(g), 120),
      members.map(issueLink).join(', '),
      String(g.count),
      String(g.userCount)
    ]
  })
  const header = [
    'Group',
    'Severity',
    'Decision',
    'Exception',
    'Top in-app frame',
    'Issues',
    'Events',
    'Users'
  ]
  return [
    '### Groups',
    '',
    table(header, rows),
    '',
    ...(shown.hidden
      ? [`\n…and ${shown.hidden} more skipped group(s); every group is in the JSON report.`]
      : []),
    ''
  ]
}

function decisionsSection(issues: readonly TriagedIssue[]): string[] {
  const shown = capRows(issues, i => i.decision !== 'skip')
  const rows = shown.rows.map(i => [
    issueLink(i),
    cell(i.title, 100),
    i.severity,
    i.decision,
    cell(i.reason, 240),
    cell(i.group),
    cell(i.files.slice(0, 3).join(', ') + (i.files.length > 3 ? ` (+${i.files.length - 3})` : ''))
  ])
  return [
    '### Decisions',
    '',
    table(['Issue', 'Title', 'Severity', 'Decision', 'Reason', 'Group', 'Files'], rows),
    ...(shown.hidden
      ? [`\n…and ${shown.hidden} more skipped issue(s); every decision is in the JSON report.`]
      : []),
    ''
  ]
}

/** The rows to show: every `keep` row, then others in order, up to MAX_TABLE_ROWS in all. */
function capRows<T>(rows: readonly T[], keep: (row: T) => boolean): {rows: T[]; hidden: number} {
  if (rows.length <= MAX_TABLE_ROWS) return {rows: [...rows], hidden: 0}
  const kept = new Set(rows.filter(keep))
  let room = Math.max(0, MAX_TABLE_ROWS - kept.size)
  const shown = rows.filter(r => {
    if (kept.has(r)) return true
    if (room === 0) return false
    room -= 1
    return true
  })
  return {rows: shown, hidden: rows.length - shown.length}
}

// The alert issue for a rate storm: an incident for a human, not a bug to
// patch, so self-heal opens (or comments on) one issue per Sentry issue
// instead of attempting a fix; a re-run of the same workflow run raises
// nothing new.

/** What an alert issue says (the shape edges/github/alert-issues.ts writes). */
export interface StormAlertContent {
  /** One alert issue per fingerprint. */
  fingerprint: string
  title: string
  /** The first occurrence's body (the error's own text fenced: it is untrusted). */
  details: string
  /** The comment of a later occurrence. */
  occurrence: string
}

export interface StormAlertInput {
  issue: TriagedIssue
  /** The Sentry organization slug. */
  org: string
  runId: string
  /** The workflow run's page. */
  runUrl: string
}

export function stormAlert(input: StormAlertInput): StormAlertContent {
  const {issue, org, runId, runUrl} = input
  return {
    fingerprint: `sentry-${issue.id}`,
    title: `Sentry ${issue.shortId}: ${issue.eventsPerHour} events/h, above the rate guard`,
    details: [
      `ci-medic self-heal found a rate storm in Sentry organization \`${org.replace(/`/g, '')}\`: an incident for a human, not a bug to patch, so no fix was attempted.`,
      '',
      `- Issue: ${issue.permalink ?? issue.shortId}`,
      `- ${issue.eventsPerHour} events in the last hour (peak ${issue.peakPerHour}/h), ${issue.count} in the period, ${issue.userCount} users, severity ${issue.severity}`,
      `- Found by [this run](${runUrl})`,
      '',
      'The error as Sentry reports it (untrusted text):',
      '',
      '```text',
      `${issue.exceptionType}: ${issue.exceptionValue}`.replace(/```/g, "'''").slice(0, 500),
      '```'
    ].join('\n'),
    occurrence: `Still above the rate guard: ${issue.eventsPerHour} events/h in [run ${runId}](${runUrl})`
  }
}

/** The alert this workflow run already raised for `issueId` (a re-run of the same run), if any. */
export function alertRaisedBy(
  state: HealState,
  issueId: string,
  runId: string
): AlertRecord | undefined {
  const known = state.alerts?.find(a => a.issueId === issueId)
  return known?.runId === runId ? known : undefined
}
