// What a feature build tells the runner: the report JSON, the step outputs
// (autofix's names: the outcome words of autofix, fixed-count = streams
// built, failed-count = streams not built) and the job summary.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {StreamReport} from '../../../core/feature/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {cell} from '../../../core/report/markdown.js'
import type {AutofixDeps} from '../deps.js'
import type {Publication} from '../publish.js'

export type FeatureOutcome = 'fixed' | 'partial' | 'not-fixed' | 'not-evaluated' | 'budget-exceeded'

export interface FeatureRun {
  outcome: FeatureOutcome
  summary: string
  streams: readonly StreamReport[]
  /** The PR body, when a build got that far. */
  report?: string
  publication?: Publication
  /** publish: separate-job (integrate of a fan-out): the proposal written for the publish job. */
  proposalPath?: string
  /** Why publishing failed: the run reports, then fails with it. */
  error?: unknown
}

export function outcomeOf(streams: readonly StreamReport[], integrated: boolean): FeatureOutcome {
  const built = streams.filter(s => s.verdict === 'built').length
  if (!integrated || built === 0)
    return streams.some(s => s.verdict === 'stopped') ? 'budget-exceeded' : 'not-fixed'
  return built === streams.length ? 'fixed' : 'partial'
}

export async function reportFeature(
  deps: AutofixDeps,
  run: FeatureRun,
  journal: RunJournal
): Promise<void> {
  const {io} = deps
  const totals = deps.budget.totals()
  const publication = run.publication
  const reportPath = join(deps.reportDir, 'autofix-report.json')
  await writeFile(
    reportPath,
    JSON.stringify(
      {
        version: 1,
        task: 'issue',
        outcome: {outcome: run.outcome, summary: run.summary},
        streams: run.streams,
        totals,
        publication: publication ?? null,
        journal: journal.entries
      },
      null,
      2
    )
  )
  const built = run.streams.filter(s => s.verdict === 'built').length
  io.setOutputs({
    outcome: run.outcome,
    'fixed-count': String(built),
    'failed-count': String(run.streams.length - built),
    'pr-url': publication?.prUrl ?? '',
    'pr-number': publication?.prNumber ? String(publication.prNumber) : '',
    branch: publication?.branch ?? '',
    'input-tokens': String(totals.inputTokens),
    'output-tokens': String(totals.outputTokens),
    'cache-read-tokens': String(totals.cacheReadTokens),
    'cost-usd': totals.costUsd.toFixed(4),
    sandbox: deps.sandbox.mode,
    'report-path': reportPath,
    'proposal-path': run.proposalPath ?? ''
  })
  for (const entry of journal.entries) if (entry.kind === 'could-not') io.logger.warning(entry.text)
  const steps = journal.entries.map(e => `- ${e.kind}: ${cell(e.text, 400)}`)
  await io.writeSummary(
    [
      '# ci-medic autofix: feature build',
      '',
      `**${run.outcome}**: ${cell(run.summary, 600)}`,
      ...(publication?.prUrl ? ['', `PR: ${publication.prUrl}`] : []),
      '',
      ...steps,
      ...(run.report ? ['', run.report] : [])
    ].join('\n')
  )
  io.logger.info(run.summary)
}
