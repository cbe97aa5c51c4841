// The report, rendered once from what the run knows and its journal: the
// incident report (job summary, and later the tracking-issue comment), the
// JSON report at report-path, and the step outputs.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {UsageTotals} from '../../core/fixing/index.js'
import {
  healOutcome,
  journalNotes,
  renderHealSections,
  renderIncidentReport,
  renderNotes,
  triageOutput,
  type TriageEntry
} from '../../core/self-heal/index.js'
import type {SelfHealDeps} from './deps.js'
import type {SelfHealRun} from './run-state.js'

export async function report(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {settings} = deps
  const totals = deps.budget.totals()
  const notes = journalNotes(run.journal.entries)
  const fixSections = run.fixMode
    ? renderHealSections({
        results: run.results,
        checks: run.checks,
        alerts: run.alerts,
        usage: totals,
        model: settings.model,
        escalationModel: settings.escalationModel,
        dryRun: settings.dryRun
      })
    : []
  run.report = renderIncidentReport({
    result: run.triage,
    org: settings.sentryOrg,
    period: settings.period,
    mode: settings.mode,
    rateGuardPerHour: settings.rateGuardPerHour,
    extraSections: [...fixSections, ...sandboxSection(deps, run), ...renderNotes(notes)]
  })
  const reportPath = join(deps.reportDir, 'self-heal-report.json')
  const entries = triageOutput(run.triage)
  const json = {
    version: 1,
    mode: settings.mode,
    triage: entries,
    groups: run.triage.groups,
    results: run.results,
    checks: run.checks,
    alerts: run.alerts,
    totals,
    notes,
    journal: run.journal.entries
  }
  await writeFile(reportPath, JSON.stringify(json, null, 2))
  deps.io.setOutputs({
    ...outputs(run, {entries, totals, reportPath}),
    sandbox: deps.sandbox.mode
  })
  await deps.io.writeSummary(run.report)
}

/** In fix mode, a line saying the repository's commands ran without a sandbox, when they did. */
function sandboxSection(deps: SelfHealDeps, run: SelfHealRun): string[] {
  if (!run.fixMode || deps.sandbox.mode !== 'none') return []
  return [
    `**Sandbox: none.** The repository's commands ran as plain child processes (${deps.sandbox.reason}), where their code could read ci-medic's tokens. See the \`sandbox\` input.`
  ]
}

/**
 * The step outputs. `fixed-count` counts verified fixes, so in a dry run it
 * includes fixes that got no PR.
 */
function outputs(
  run: SelfHealRun,
  {entries, totals, reportPath}: {entries: TriageEntry[]; totals: UsageTotals; reportPath: string}
): Record<string, string> {
  const prUrls = run.results.flatMap(r => (r.prUrl ? [r.prUrl] : []))
  return {
    triage: JSON.stringify(entries),
    'fixed-count': String(run.results.filter(r => r.verdict === 'fixed').length),
    'pr-urls': JSON.stringify(prUrls),
    alerts: JSON.stringify(run.alerts.map(a => a.url)),
    outcome: healOutcome(run.fixMode ? 'fix' : 'triage', run.results, run.cancelled !== undefined),
    'input-tokens': String(totals.inputTokens),
    'output-tokens': String(totals.outputTokens),
    'cache-read-tokens': String(totals.cacheReadTokens),
    'cost-usd': totals.costUsd.toFixed(4),
    'report-path': reportPath,
    // Set by the "Write the proposal" step (publish: separate-job).
    'proposal-path': ''
  }
}
