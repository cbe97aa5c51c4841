// The report step: what autofix tells the runner, all from the fixed run, the
// publication and the run journal: the report JSON, the step outputs, the
// warnings, the job summary (the PR body's report under a heading) and, when
// a budget stopped the run, the marker classify recognises.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {outcomeOutputs, renderAutofixSummary, reportNotes} from '../../core/autofix/index.js'
import {BUDGET_MARKER} from '../../core/classify/index.js'
import type {RunJournal} from '../../core/journal.js'
import {errorMessage} from '../../errors.js'
import type {AutofixDeps} from './deps.js'
import type {FixedRun} from './fix-step.js'
import type {Publication, Published} from './publish.js'

export async function reportRun(
  deps: AutofixDeps,
  run: FixedRun,
  published: Published,
  journal: RunJournal
): Promise<void> {
  const {io, log} = deps
  const reportPath = await writeReport(deps, run, published.publication, journal)
  io.setOutputs({
    ...autofixOutputs(run, published.publication, reportPath),
    'proposal-path': published.proposalPath ?? '',
    sandbox: deps.sandbox.mode,
    // stage: plan's outputs (fanout/plan-stage.ts); never set by a run that fixes.
    matrix: '',
    'plan-path': ''
  })
  for (const note of reportNotes(journal.entries)) io.logger.warning(note)
  if (log.lost)
    io.logger.warning(`${log.lost} decision log entries could not be written to ${log.path}.`)
  const {publication} = published
  await io.writeSummary(
    renderAutofixSummary(
      {
        outcome: run.outcome,
        seconds: Math.round((deps.clock() - run.startedAt) / 1000),
        prUrl: publication.prUrl,
        prAction: publication.action,
        publishFailure: published.error === undefined ? undefined : errorMessage(published.error),
        unsandboxed: deps.sandbox.mode === 'none' ? deps.sandbox.reason : undefined
      },
      published.report
    )
  )
  io.logger.info(run.outcome.summary)
  if (run.outcome.outcome === 'budget-exceeded') {
    // The marker classify recognises, so a later classification of this run says budget_exceeded.
    io.logger.warning(`${BUDGET_MARKER}: ${run.loop.budgetStop ?? 'a per-failure budget ran out'}`)
  }
}

function autofixOutputs(
  run: FixedRun,
  publication: Publication,
  reportPath: string
): Record<string, string> {
  const {totals} = run
  return {
    ...outcomeOutputs(run.outcome),
    'pr-url': publication.prUrl,
    'pr-number': publication.prNumber ? String(publication.prNumber) : '',
    branch: publication.branch,
    'input-tokens': String(totals.inputTokens),
    'output-tokens': String(totals.outputTokens),
    'cache-read-tokens': String(totals.cacheReadTokens),
    'cost-usd': totals.costUsd.toFixed(4),
    'report-path': reportPath
  }
}

async function writeReport(
  deps: AutofixDeps,
  run: FixedRun,
  publication: Publication,
  journal: RunJournal
): Promise<string> {
  const path = join(deps.reportDir, 'autofix-report.json')
  const report = {
    version: 1,
    outcome: run.outcome,
    results: run.loop.results,
    fixes: run.loop.fixes,
    totals: run.totals,
    project: run.project,
    publication,
    notes: reportNotes(journal.entries),
    journal: journal.entries
  }
  await writeFile(path, JSON.stringify(report, null, 2))
  return path
}
