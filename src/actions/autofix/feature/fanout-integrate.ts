// task: issue, stage: integrate. Reads the plan and every stream's
// proposal through the failure fan-out's readers (another run, commit or
// repository is refused; so is a stream that changed a file it does not
// own), writes and commits the contract from the plan, replays the streams
// on it in group order (the failure fan-out's combine: the full checks once,
// typecheck included, so the contract must hold across the streams; a stream
// whose combination fails is reverted and named as an integration failure),
// and publishes one PR on ci-medic/feature-<n> that refers to the issue, with
// the plan, the contract, the streams, the fan-out table (runner, time, cost)
// and the metrics. With publish: separate-job it writes that PR as a
// proposal for the publish job instead.
import {computeOutcome} from '../../../core/autofix/index.js'
import {streamKey, type FanoutPlan, type FeatureSection} from '../../../core/fanout/index.js'
import {
  featureBranchName,
  ownsMatcher,
  renderFeatureReport,
  type FeaturePlan,
  type StreamReport
} from '../../../core/feature/index.js'
import type {DetectedProject, UsageTotals} from '../../../core/fixing/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {failuresOf, newFailures} from '../../../engine/checks.js'
import {errorMessage, throwIfCancelled} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import {downloadPlan} from '../fanout/artifacts.js'
import {combine} from '../fanout/combine.js'
import {
  fanoutSection,
  integratedResults,
  totalUsage,
  type IntegrateFacts
} from '../fanout/integrate-report.js'
import {noteFanout, readProposals, triageReads} from '../fanout/integrate-stage.js'
import {withMissingReasons} from '../fanout/missing-reasons.js'
import {planBaselineRuns, requireAtPlanBase, requirePlanChecks} from '../fanout/plan-checks.js'
import type {ReadWork, RefusedWork} from '../fanout/read-work.js'
import {noRefixes} from '../fanout/refix.js'
import {workProposalOf} from '../fanout/work-file.js'
import type {KeptFix} from '../fix-loop.js'
import {detectTheChecks} from '../prepare.js'
import {writeProposal} from '../proposal.js'
import {featureOf} from './fanout-stages.js'
import {featurePrTitle} from './publish-feature.js'
import {outcomeOf, reportFeature, type FeatureRun} from './report-step.js'
import {contractChanges, publishStep} from './run-feature.js'
import {commitContract} from './streams.js'

export async function featureIntegrateStage(deps: AutofixDeps, journal: RunJournal): Promise<void> {
  const {io, cancel} = deps
  const plan = await io.group('Read the plan', () => downloadPlan(deps))
  const feature = featureOf(plan)
  const project = await io.group('Detect the checks', () => detectTheChecks(deps))
  await requireAtPlanBase(deps.git, plan)
  requirePlanChecks(project, deps.reportDir, plan)
  const {reads, refused} = ownedOnly(
    plan,
    await io.group('Read the proposals', () => readProposals(deps))
  )
  throwIfCancelled(cancel)
  const {proposals, triage, order} = triageReads(plan, reads)
  const contract = await io.group('Write the contract', () =>
    commitContract({engine: deps, plan: feature.plan, issue: feature.issue})
  )
  // The streams are replayed on the contract: their bundles start at their own contract commit.
  const onContract = {...plan, base: {...plan.base, sha: contract ?? plan.base.sha}}
  const combination = await io.group('Combine and check (the contract across the streams)', () =>
    combine(deps, {project}, {plan: onContract, order, proposals})
  )
  const facts = await withMissingReasons(deps, {
    plan,
    reads,
    refused,
    triage,
    combination,
    refixes: noRefixes()
  })
  noteFanout(journal, facts)
  throwIfCancelled(cancel)
  const built = await featureRun(deps, {feature, facts, project})
  const fixes: KeptFix[] = combination.fixes.length
    ? [...contractFix(feature.plan, contract), ...combination.fixes]
    : []
  const integrated = built.outcome === 'fixed' || built.outcome === 'partial'
  const run =
    integrated && fixes.length
      ? await io.group('Publish', () =>
          publishIntegrated(deps, {feature, plan, project, run: built, fixes}, journal)
        )
      : built
  await io.group('Report', () => reportFeature(deps, run, journal))
  if (run.error !== undefined) throw run.error
}

/** Refuses (with the reason) a stream's proposal that changes a file its stream does not own. */
function ownedOnly(
  plan: FanoutPlan,
  read: {reads: ReadWork[]; refused: RefusedWork[]}
): {reads: ReadWork[]; refused: RefusedWork[]} {
  const feature = featureOf(plan)
  const contracts = new Set(feature.plan.contracts.map(c => c.path.replace(/^\.\//, '')))
  const reads: ReadWork[] = []
  const refused = [...read.refused]
  for (const r of read.reads) {
    const group = plan.groups.find(g => g.id === r.work.group)
    const stream = feature.plan.streams.find(s => group && streamKey(s.id) === group.keys[0])
    const owns = stream ? ownsMatcher(stream.owns) : undefined
    const foreign = r.work.fixes
      .flatMap(f => f.files)
      .filter(f => owns && (contracts.has(f) || !owns(f)))
    if (stream && foreign.length) {
      refused.push({
        group: r.work.group,
        artifact: r.work.group,
        reason: `it changes ${[...new Set(foreign)].join(', ')}, which stream '${stream.id}' does not own`
      })
      continue
    }
    reads.push(r)
  }
  return {reads, refused}
}

function contractFix(plan: FeaturePlan, sha: string | undefined): KeptFix[] {
  if (!sha) return []
  const files = plan.contracts.map(c => c.path.replace(/^\.\//, ''))
  return [{sha, message: 'the contract', files, tier: 1}]
}

/** Each stream's report from its work job's result, as integrate left it. */
function streamReports(feature: FeatureSection, facts: IntegrateFacts): StreamReport[] {
  const results = integratedResults(facts)
  return facts.plan.groups.map(group => {
    const stream = feature.plan.streams.find(s => streamKey(s.id) === group.keys[0])!
    const result = results.find(r => r.key === group.keys[0])
    const read = facts.reads.find(r => r.work.group === group.id)
    const verdict: StreamReport['verdict'] = facts.combination.reverted.has(group.id)
      ? 'reverted'
      : result?.verdict === 'fixed'
        ? 'built'
        : result?.verdict === 'budget-exceeded'
          ? 'stopped'
          : 'not-built'
    return {
      id: stream.id,
      goal: stream.goal,
      owns: stream.owns,
      verdict,
      attempts: result?.attempts ?? 0,
      files: verdict === 'built' ? [...(result?.files ?? [])] : [],
      note: result?.reason ?? '',
      seconds: Math.round((read?.work.durationMs ?? 0) / 1000)
    }
  })
}

/** The whole build's usage: the streams' and the coordinator's (the budgets hold for all of it). */
function withCoordinator(streams: UsageTotals, coordinator: UsageTotals | undefined): UsageTotals {
  if (!coordinator) return streams
  const total = {...streams}
  for (const k of Object.keys(total) as (keyof UsageTotals)[]) total[k] += coordinator[k]
  return total
}

/** The report (PR body) and the outcome of the integrated build. */
async function featureRun(
  deps: AutofixDeps,
  job: {feature: FeatureSection; facts: IntegrateFacts; project: DetectedProject}
): Promise<FeatureRun> {
  const {feature, facts} = job
  const {combination, plan, reads} = facts
  const streams = streamReports(feature, facts)
  const checks = combination.checks
  const integrated =
    checks !== undefined && newFailures(plan.baseline, failuresOf(checks)).length === 0
  const wallMs = deps.clock() - Date.parse(plan.createdAt)
  const proposals = reads.map(r => workProposalOf(r.work))
  const report = renderFeatureReport({
    ...feature,
    streams,
    checks: (checks ?? []).map(r => ({command: r.command, failures: r.failures.length})),
    metrics: {
      wallSeconds: Math.round(wallMs / 1000),
      serialSeconds: streams.reduce((n, s) => n + s.seconds, 0),
      streams: streams.length,
      integrationFailuresFound:
        reads.reduce((n, r) => n + (r.work.feature?.found ?? 0), 0) + combination.reverted.size,
      integrationFailuresFixed: reads.reduce((n, r) => n + (r.work.feature?.fixed ?? 0), 0),
      contractChanges: await contractChanges(deps, feature.plan)
    },
    totals: withCoordinator(totalUsage(reads), feature.coordinator),
    model: deps.settings.model,
    fanout: fanoutSection(facts, proposals, wallMs)
  })
  const built = streams.filter(s => s.verdict === 'built').length
  const summary = `${built} of ${streams.length} stream(s) built and integrated for issue #${feature.issue.number}${checks && !integrated ? '; the integrated checks failed, so nothing is published' : ''}.`
  return {outcome: outcomeOf(streams, integrated), summary, streams, report}
}

interface Integrated {
  feature: FeatureSection
  plan: FanoutPlan
  project: DetectedProject
  run: FeatureRun
  fixes: KeptFix[]
}

/** One PR (publish: same-job), or one proposal of it for the publish job (separate-job). */
async function publishIntegrated(
  deps: AutofixDeps,
  job: Integrated,
  journal: RunJournal
): Promise<FeatureRun> {
  const {feature, run} = job
  if (deps.settings.publish !== 'separate-job' || deps.settings.dryRun)
    return publishStep(deps, feature, run, journal)
  try {
    const proposalPath = await writeProposal(
      deps,
      {
        project: job.project,
        loop: {baseline: planBaselineRuns(job.plan, job.project), results: [], fixes: job.fixes},
        outcome: computeOutcome({results: []}),
        totals: deps.budget.totals(),
        branch: featureBranchName(feature.issue.number),
        startedAt: Date.parse(job.plan.createdAt)
      },
      {title: featurePrTitle(feature.issue), body: run.report ?? ''}
    )
    journal.done(
      'publish',
      `Wrote the proposal for the publish job (${job.fixes.length} commit(s): the contract, then the streams) to ${proposalPath}.`
    )
    return {...run, proposalPath}
  } catch (error) {
    journal.couldNot('publish', `No proposal was written: ${errorMessage(error)}`)
    return {...run, error}
  }
}
