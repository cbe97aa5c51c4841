// stage: work. One matrix job per group of the plan: it reads the plan back
// from this run's artifact, checks it (this repository, this run, the plan's
// commit, the plan's checks), and fixes only its group's failures under the
// group's share of the budgets, judged against the plan's baseline (the
// other groups' failures are neither touched nor regressions). It never
// pushes: it writes a proposal as publish: separate-job does (the verified
// commits as a git bundle, proposal.json) plus work.json (its results, time,
// cost and runner) and uploads them as ci-medic-fanout-work-<run id>-<group>.
import {join} from 'node:path'
import type {FanoutPlan} from '../../../core/fanout/index.js'
import {BudgetTracker, budgetLimitsOf} from '../../../core/fixing/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {BUNDLE_FILE, PROPOSAL_FILE} from '../../../core/proposal/proposal.js'
import {ConfigurationError} from '../../../errors.js'
import {notPublished} from '../cancelled.js'
import type {AutofixDeps} from '../deps.js'
import {fixFailures, type FixedRun} from '../fix-step.js'
import {writeProposal} from '../proposal.js'
import {prTitle, renderReport, type Published} from '../publish.js'
import {reportRun} from '../report.js'
import {downloadPlan, uploadStageFiles, workArtifactPrefix} from './artifacts.js'
import {planBaselineRuns, requireAtPlanBase, requirePlanChecks} from './plan-checks.js'
import type {StageInput} from './stage-input.js'
import {WORK_FILE, writeWorkFile} from './work-file.js'

const NOTHING = {branch: '', prUrl: '', prNumber: 0, action: 'none'} as const

export async function workStage(
  deps: AutofixDeps,
  input: StageInput,
  journal: RunJournal
): Promise<void> {
  const {io} = deps
  const plan = await io.group('Read the plan', () => downloadPlan(deps))
  const group = groupOf(plan, deps.settings.group)
  await requireAtPlanBase(deps.git, plan)
  requirePlanChecks(input.project, deps.reportDir, plan)
  journal.fact(
    'run-context',
    `Fan-out work job for group \`${group.id}\` (${group.failures} failure(s) of the plan made on ${plan.base.sha.slice(0, 12)}), with its share of the budgets: ${group.budgets.maxInputTokens.toLocaleString('en-US')} input tokens, $${group.budgets.maxCostUsd.toFixed(2)}.`
  )
  const share = withBudgets(deps, group.budgets)
  const fixed = await io.group('Fix the failures', () =>
    fixFailures(
      share,
      {
        project: input.project,
        knownFlakes: input.ledger.knownFlakes,
        failedTwice: input.ledger.failedTwice,
        startedAt: input.startedAt,
        scope: {keys: new Set(group.keys), baseline: planBaselineRuns(plan, input.project)}
      },
      journal
    )
  )
  if (deps.cancel.aborted) {
    // No proposal: integrate names this group as missing.
    const {run, published} = notPublished(share, fixed, journal)
    await io.group('Report', () => reportRun(share, run, published, journal))
    return
  }
  const published = await io.group('Write the proposal', () =>
    propose(share, fixed, {plan, group: group.id}, journal)
  )
  await io.group('Report', () => reportRun(share, fixed, published, journal))
  await io.group('Upload the proposal', () => uploadWork(share, group.id, published.proposalPath!))
}

/** The proposal in `dir`, the report JSON and the decision log, as this group's work artifact. */
export async function uploadWork(deps: AutofixDeps, group: string, dir: string): Promise<void> {
  const files = [
    ...[PROPOSAL_FILE, BUNDLE_FILE, WORK_FILE].map(f => join(dir, f)),
    join(deps.reportDir, 'autofix-report.json'),
    deps.log.path
  ]
  const name = `${workArtifactPrefix(deps.context.runId)}${group}`
  const uploaded = await uploadStageFiles(deps, name, deps.reportDir, files)
  deps.io.logger.info(`Uploaded the proposal as the artifact ${uploaded}, for the integrate job.`)
}

export function groupOf(plan: FanoutPlan, id: string): FanoutPlan['groups'][number] {
  const group = plan.groups.find(g => g.id === id)
  if (group) return group
  const known = plan.groups.map(g => g.id).join(', ') || 'none'
  throw new ConfigurationError(
    `Input 'group' is ${id}, which this run's plan does not have (its groups: ${known}). Give it matrix.group from the plan job's matrix output.`
  )
}

/** The deps with the group's share of the budgets in place of the whole run's. */
export function withBudgets(
  deps: AutofixDeps,
  share: FanoutPlan['groups'][number]['budgets']
): AutofixDeps {
  const settings = {
    ...deps.settings,
    maxInputTokens: share.maxInputTokens,
    maxCostUsd: share.maxCostUsd,
    timeBudgetMinutes: share.timeBudgetMinutes
  }
  return {...deps, settings, budget: new BudgetTracker(budgetLimitsOf(settings), {now: deps.clock})}
}

async function propose(
  deps: AutofixDeps,
  run: FixedRun,
  job: {plan: FanoutPlan; group: string},
  journal: RunJournal
): Promise<Published> {
  const {context} = deps
  const report = renderReport(deps, run, journal)
  const dir = await writeProposal(deps, run, {title: prTitle(run.outcome.fixedCount), body: report})
  await writeWorkFile(
    deps,
    dir,
    {group: job.group, baseSha: job.plan.base.sha, startedAt: run.startedAt},
    {totals: run.totals, fixes: run.loop.fixes, results: run.loop.results}
  )
  journal.done(
    'publish',
    `Wrote the proposal (${run.loop.fixes.length} verified commit(s)) for the integrate job: the artifact ${workArtifactPrefix(context.runId)}${job.group}.`
  )
  return {publication: {...NOTHING}, report, proposalPath: dir}
}
