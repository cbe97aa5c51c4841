// task: issue, stage: work. One matrix job per stream: it reads the plan
// back (this repository, this run, the plan's commit, the plan's checks),
// writes and commits the contract from the plan, and builds its stream in
// the engine's attempt loop with the stream's write guard and its share of
// the budgets, judged against the plan's baseline. It never pushes: it
// uploads a proposal in the failure work jobs' shape (proposal.json and the
// bundle: the contract commit, then the stream's; work.json: the stream's
// result, time, cost and runner) as ci-medic-fanout-work-<run id>-<group>.
import {computeOutcome, type FailureResult} from '../../../core/autofix/index.js'
import {streamKey, type FanoutPlan} from '../../../core/fanout/index.js'
import {featureBranchName, type Stream, type StreamReport} from '../../../core/feature/index.js'
import type {DetectedProject} from '../../../core/fixing/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {listRepoFiles} from '../../../engine/workspace-checks.js'
import type {AutofixDeps} from '../deps.js'
import {downloadPlan, workArtifactPrefix} from '../fanout/artifacts.js'
import {planBaselineRuns, requireAtPlanBase, requirePlanChecks} from '../fanout/plan-checks.js'
import {writeWorkFile} from '../fanout/work-file.js'
import {groupOf, uploadWork, withBudgets} from '../fanout/work-stage.js'
import type {KeptFix} from '../fix-loop.js'
import {detectTheChecks} from '../prepare.js'
import {writeProposal} from '../proposal.js'
import {featureOf} from './fanout-stages.js'
import {featurePrTitle} from './publish-feature.js'
import {outcomeOf, reportFeature, type FeatureRun} from './report-step.js'
import {engineOf} from './run-feature.js'
import {
  commitContract,
  runStream,
  streamCommitMessage,
  type BuildContext,
  type IntegrationCount
} from './streams.js'

export async function featureWorkStage(deps: AutofixDeps, journal: RunJournal): Promise<void> {
  const {io} = deps
  const startedAt = deps.clock()
  const plan = await io.group('Read the plan', () => downloadPlan(deps))
  const feature = featureOf(plan)
  const group = groupOf(plan, deps.settings.group)
  const stream = feature.plan.streams.find(s => streamKey(s.id) === group.keys[0])!
  const project = await io.group('Detect the checks', () => detectTheChecks(deps))
  await requireAtPlanBase(deps.git, plan)
  requirePlanChecks(project, deps.reportDir, plan)
  journal.fact(
    'run-context',
    `Fan-out work job for stream \`${stream.id}\` of issue #${feature.issue.number} (group ${group.id}), with its share of the budgets: ${group.budgets.maxInputTokens.toLocaleString('en-US')} input tokens, $${group.budgets.maxCostUsd.toFixed(2)}.`
  )
  const share = withBudgets(deps, group.budgets)
  const engine = engineOf(share, journal)
  if (!engine) {
    // No proposal: integrate names this stream as missing.
    const summary = `Stream ${stream.id} was not built: the model did not run.`
    await io.group('Report', () =>
      reportFeature(share, {outcome: 'not-evaluated', summary, streams: []}, journal)
    )
    return
  }
  const ctx: BuildContext = {
    issue: feature.issue,
    criteria: feature.criteria,
    plan: feature.plan,
    engine: {...engine, project},
    project,
    repoFiles: await listRepoFiles(deps.context.workspace),
    baseline: plan.baseline,
    clock: deps.clock,
    alone: true
  }
  const contractSha = await io.group('Write the contract', () => commitContract(ctx))
  const count: IntegrationCount = {found: 0, fixed: 0}
  const report = await io.group(`Build stream ${stream.id}`, () => runStream(ctx, stream, count))
  const run: FeatureRun = {
    outcome: outcomeOf([report], true),
    summary: `Stream ${stream.id}: ${report.verdict} after ${report.attempts} attempt(s).`,
    streams: [report]
  }
  if (deps.cancel.aborted) {
    await io.group('Report', () => reportFeature(share, run, journal))
    return
  }
  const proposalPath = await io.group('Write the proposal', () =>
    proposeStream(share, {
      plan,
      group: group.id,
      stream,
      report,
      contractSha,
      count,
      project,
      startedAt
    })
  )
  journal.done(
    'publish',
    `Wrote the proposal (stream ${stream.id}: ${report.verdict}) for the integrate job: the artifact ${workArtifactPrefix(deps.context.runId)}${group.id}.`
  )
  await io.group('Report', () => reportFeature(share, {...run, proposalPath}, journal))
  await io.group('Upload the proposal', () => uploadWork(share, group.id, proposalPath))
}

interface StreamJob {
  plan: FanoutPlan
  group: string
  stream: Stream
  report: StreamReport
  contractSha: string | undefined
  count: IntegrationCount
  project: DetectedProject
  startedAt: number
}

const VERDICT: Record<StreamReport['verdict'], FailureResult['verdict']> = {
  built: 'fixed',
  'not-built': 'not-fixed',
  reverted: 'not-fixed',
  stopped: 'budget-exceeded'
}

/** The stream's result as a work job's: one "failure" (the stream) and its verdict. */
function streamResult(stream: Stream, report: StreamReport): FailureResult {
  return {
    key: streamKey(stream.id),
    failure: `stream ${stream.id}: ${stream.goal.split('\n')[0]!.slice(0, 200)}`,
    category: 'feature',
    tier: report.attempts > 0 ? 1 : null,
    attempts: report.attempts,
    verdict: VERDICT[report.verdict],
    ...(report.note ? {reason: report.note.slice(0, 4000)} : {}),
    files: report.files
  }
}

/** proposal.json and the bundle (contract commit, then the stream's), plus work.json. */
async function proposeStream(deps: AutofixDeps, job: StreamJob): Promise<string> {
  const {report, stream, plan} = job
  const feature = featureOf(plan)
  const contract: KeptFix[] = job.contractSha
    ? [
        {
          sha: job.contractSha,
          message: 'the contract',
          files: feature.plan.contracts.map(c => c.path.replace(/^\.\//, '')),
          tier: 1
        }
      ]
    : []
  const own: KeptFix[] =
    report.verdict === 'built' && report.sha
      ? [
          {
            sha: report.sha,
            message: streamCommitMessage(feature.issue.number, stream),
            files: report.files,
            tier: 1
          }
        ]
      : []
  const results = [streamResult(stream, report)]
  const totals = deps.budget.totals()
  const dir = await writeProposal(
    deps,
    {
      project: job.project,
      loop: {baseline: planBaselineRuns(plan, job.project), results, fixes: [...contract, ...own]},
      outcome: computeOutcome({results}),
      totals,
      branch: featureBranchName(feature.issue.number),
      startedAt: job.startedAt
    },
    {title: featurePrTitle(feature.issue), body: `Stream ${stream.id} of the feature build.`}
  )
  await writeWorkFile(
    deps,
    dir,
    {group: job.group, baseSha: plan.base.sha, startedAt: job.startedAt},
    {
      totals,
      fixes: own,
      results,
      feature: {
        ...(job.contractSha ? {contractSha: job.contractSha} : {}),
        found: job.count.found,
        fixed: job.count.fixed
      }
    }
  )
  return dir
}
