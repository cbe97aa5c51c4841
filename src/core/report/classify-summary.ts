// The job summary of a classify run: verdict, next action and why, what was
// done and what could not be done (with the permission that would allow it),
// and a table of the failures. The summary, the report JSON and the one-line
// summary are all rendered from one ClassifyOutcome, whose `journal` is the
// run journal's entries (core/journal.ts).
import {describeCodeChange} from '../classify/code-change.js'
import {passedOnRetry} from '../classify/flake-evidence.js'
import type {Classification, Failure} from '../classify/types.js'
// Type only: the local-log path loads nothing of the comparison.
import type {DriftReport} from '../classify/version-drift.js'
import type {Decision} from '../decide/next-action.js'
import {describeEntry, type JournalEntry} from '../journal.js'
import {cell, fence, table, truncate} from './markdown.js'

export interface ClassifyOutcome {
  classification: Classification
  decision: Decision
  /** Where the logs came from: job names, or file names. */
  sources: string[]
  /** Run link and facts, when a workflow run was classified. */
  run?: {
    id: number
    attempt: number
    url: string
    workflow: string
    /** `.github/workflows/ci.yml` */
    path: string
    branch: string
    sha: string
    /** The event that started it (`push`, `pull_request`…). */
    event: string
  }
  /** What the run did and could not do (each naming what would allow it), in order. */
  journal: readonly JournalEntry[]
  /** Tool versions changed since the last green run of the workflow (a workflow run only). */
  drift?: DriftReport
  secondOpinion?: {
    model: string
    verdict: string
    used: boolean
    inputTokens: number
    outputTokens: number
  }
}

const MAX_ROWS = 30

export function location(f: Failure): string {
  if (!f.file) return ''
  return f.line ? `${f.file}:${f.line}` : f.file
}

/** One line for the `summary` output and the log. */
export function oneLineSummary(o: ClassifyOutcome): string {
  const {classification: c, decision: d} = o
  if (c.failures.length === 0)
    return `No failure recognised in ${o.sources.length} log(s): ${d.action}.`
  const root = c.failures[0] as Failure
  const where = location(root)
  const what = root.test ?? root.errorCode ?? truncate(root.message.replace(/\s+/g, ' '), 80)
  return `${c.category} (${c.confidence.toFixed(2)}): ${c.failures.length} failure(s), first ${where ? `${where} ` : ''}${what} → ${d.action}`
}

/** The journal as a person reads it: what was done, and what could not be (with what it needs). */
export function doneAndNotDone(o: ClassifyOutcome): {done: string[]; notDone: string[]} {
  return {
    done: o.journal.filter(e => e.kind === 'done').map(e => e.text),
    notDone: o.journal.filter(e => e.kind === 'could-not').map(describeEntry)
  }
}

/**
 * The JSON report at `report-path`: the outcome, with the journal both as the
 * plain `done` / `notDone` lists earlier versions wrote and as coded entries.
 */
export function classifyReport(o: ClassifyOutcome): Record<string, unknown> {
  return {
    version: 1,
    classification: o.classification,
    decision: o.decision,
    sources: o.sources,
    run: o.run,
    ...doneAndNotDone(o),
    secondOpinion: o.secondOpinion,
    drift: o.drift,
    journal: o.journal
  }
}

export function renderClassifySummary(o: ClassifyOutcome): string {
  const {classification: c, decision: d} = o
  const lines: string[] = [`## ci-medic classify: \`${c.category}\``, '']
  if (o.run) {
    lines.push(
      `**Run**: [${cell(o.run.workflow)} #${o.run.id}](${o.run.url}) attempt ${o.run.attempt}, on \`${cell(o.run.branch)}\` at \`${o.run.sha.slice(0, 7)}\``
    )
  }
  lines.push(
    `**Logs read**: ${o.sources.map(s => `\`${cell(s, 80)}\``).join(', ') || 'none'}`,
    `**Verdict**: \`${c.category}\`, confidence ${c.confidence.toFixed(2)}, by rule \`${cell(c.rule)}\`: ${cell(c.reason, 400)}`,
    `**Next action**: **${d.action}**: ${cell(d.reason, 400)}`,
    `**Fingerprint**: \`${c.fingerprint}\``
  )
  if (o.secondOpinion) {
    const s = o.secondOpinion
    lines.push(
      `**Second opinion** (${cell(s.model)}, ${s.inputTokens} input / ${s.outputTokens} output tokens): ${cell(s.verdict, 300)}${s.used ? '' : ' (not used)'}`
    )
  }
  lines.push('')
  const {done, notDone} = doneAndNotDone(o)
  if (done.length) lines.push('**Done**', '', ...done.map(x => `- ${x}`), '')
  if (notDone.length) lines.push('**Could not do**', '', ...notDone.map(x => `- ${x}`), '')

  lines.push(...driftSection(o.drift), ...retriedSection(c))
  if (c.failures.length) {
    lines.push(
      `### Failures (${c.failures.length}${c.stats.failuresDropped ? ` shown, ${c.stats.failuresDropped} more not kept` : ''})`,
      ''
    )
    const rows = c.failures
      .slice(0, MAX_ROWS)
      .map(f => [
        `\`${f.category}\``,
        cell(location(f), 80),
        cell(f.test, 100),
        cell(f.errorCode, 40),
        cell(f.message, 200)
      ])
    lines.push(table(['category', 'file:line', 'test', 'code', 'message'], rows))
    if (c.failures.length > MAX_ROWS)
      lines.push('', `…and ${c.failures.length - MAX_ROWS} more in the JSON report.`)
    const root = c.failures[0] as Failure
    if (root.excerpt) {
      lines.push(
        '',
        '<details><summary>Log excerpt of the first root-cause failure (untrusted text)</summary>',
        '',
        fence(truncate(root.excerpt, 4000)),
        '',
        '</details>'
      )
    }
  }
  lines.push('')
  return lines.join('\n')
}

const MAX_RETRIED = 10

/** "Passed on a retry": the tests the run's own retries showed flaky (the ledger counts them). */
export function retriedSection(c: Classification): string[] {
  const retried = passedOnRetry(c.failures)
  if (!retried.length) return []
  const items = retried
    .slice(0, MAX_RETRIED)
    .map(
      f =>
        `- \`${cell(f.test ?? f.message, 120)}\`${f.file ? ` in \`${cell(location(f), 80)}\`` : ''}`
    )
  const more = retried.length > MAX_RETRIED ? [`- …and ${retried.length - MAX_RETRIED} more`] : []
  return [
    `**Passed on a retry** (flaky; the ledger records them as known flakes): ${retried.length}`,
    '',
    ...items,
    ...more,
    ''
  ]
}

const MAX_DRIFT_ROWS = 20

/** "Changed since the last green run (#N, sha)": the versions that moved, then the tools only this run has. */
export function driftSection(report: DriftReport | undefined): string[] {
  if (!report) return []
  const {changed, added} = report.drift
  const {green} = report
  const title = `### Changed since the last green run ([#${green.runNumber}](${green.url}), \`${green.sha.slice(0, 7)}\`; job \`${cell(report.job, 80)}\`)`
  if (!changed.length && !added.length)
    return [title, '', 'No tool or package version the logs state changed.', '']
  const rows = [...changed, ...added]
    .slice(0, MAX_DRIFT_ROWS)
    .map(ch => [
      cell(ch.name, 80),
      ch.kind,
      cell(ch.before.join(', '), 80) || 'not stated',
      cell(ch.after.join(', '), 80)
    ])
  const more = changed.length + added.length - rows.length
  return [
    title,
    '',
    table(['name', 'kind', 'last green run', 'this run'], rows),
    ...(more > 0 ? ['', `…and ${more} more in the JSON report.`] : []),
    ...codeLines(report),
    ''
  ]
}

/** What the repository's commits changed between the two runs: is the drift all that changed? */
function codeLines({code, codeNotCompared}: DriftReport): string[] {
  if (code) {
    const pure = code.pure ? ' **Pure drift**: the changed versions are all that changed.' : ''
    return [
      '',
      `**The repository between the two runs**: ${cell(describeCodeChange(code), 600)}.${pure}`
    ]
  }
  return codeNotCompared
    ? ['', `**The repository between the two runs**: not compared (${cell(codeNotCompared, 300)}).`]
    : []
}
