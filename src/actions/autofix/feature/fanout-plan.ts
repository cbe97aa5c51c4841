// task: issue, stage: plan. The same gates as the one-job build (who asked,
// whose text, testable criteria), the baseline checks (through the baseline
// cache), the coordinator's plan, capped at max-parallel streams (merged
// streams own both file sets), and the contract committed first here, so a
// contract that cannot be written stops the build before any matrix job
// starts. The plan artifact is the failure fan-out's (fanout-plan.json), one
// group per stream, with the feature part (issue, criteria, plan with the
// contract files) the work jobs build from. Outputs `matrix` (one entry per
// stream; empty when nothing is to be built) and `plan-path`.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {branchOfRef} from '../../../core/autofix/index.js'
import {
  budgetShortfall,
  divideBudgets,
  FANOUT_PLAN_FILE,
  MAX_MATRIX_JOBS,
  matrixOf,
  streamKey,
  type FanoutPlan,
  type FeatureSection
} from '../../../core/fanout/index.js'
import {capStreams, DEFAULT_MAX_STREAMS, type FeaturePlan} from '../../../core/feature/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {failuresOf} from '../../../engine/checks.js'
import {listRepoFiles} from '../../../engine/workspace-checks.js'
import {errorMessage, throwIfCancelled} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import {fanoutDir, planArtifactPrefix, uploadStageFiles} from '../fanout/artifacts.js'
import {planChecksOf} from '../fanout/plan-checks.js'
import {runBaseline} from '../fanout/plan-stage.js'
import {detectTheChecks} from '../prepare.js'
import {admitIssue} from './admit.js'
import {planFeature} from './coordinator.js'
import {reportFeature} from './report-step.js'
import {engineOf} from './run-feature.js'
import {commitContract} from './streams.js'

const NO_MATRIX = JSON.stringify({include: []})

export async function featurePlanStage(deps: AutofixDeps, journal: RunJournal): Promise<void> {
  const {io} = deps
  const startedAt = deps.clock()
  const made = await makeFeaturePlan(deps, journal, startedAt)
  if (typeof made === 'string') {
    await io.group('Report', () =>
      reportFeature(deps, {outcome: 'not-evaluated', summary: made, streams: []}, journal)
    )
    io.setOutputs({matrix: NO_MATRIX, 'plan-path': ''})
    return
  }
  const dir = fanoutDir(deps, 'plan')
  await mkdir(dir, {recursive: true})
  const path = join(dir, FANOUT_PLAN_FILE)
  await writeFile(path, `${JSON.stringify(made, null, 2)}\n`)
  const name = await io.group('Upload the plan', () =>
    uploadStageFiles(
      deps,
      `${planArtifactPrefix(deps.context.runId)}${deps.context.runAttempt}`,
      dir,
      [path]
    )
  )
  journal.done(
    'publish',
    `Uploaded the plan (${made.groups.length} stream(s), one work job each) as the artifact ${name}.`
  )
  const streams = made.feature!.plan.streams
  const matrix = matrixOf(made.groups, g => {
    const stream = streams.find(s => streamKey(s.id) === g.keys[0])
    return stream ? `${stream.id}: ${stream.goal}` : g.id
  })
  const summary = `Planned ${streams.length} stream(s) for issue #${made.feature!.issue.number}: one work job each builds its stream against the committed contract; integrate publishes one PR.`
  await io.group('Report', () =>
    reportFeature(deps, {outcome: 'not-evaluated', summary, streams: []}, journal)
  )
  io.setOutputs({matrix, 'plan-path': path})
}

/** The plan file, or why nothing is to be built (a refusal, no model, no plan, a contract that cannot be written). */
async function makeFeaturePlan(
  deps: AutofixDeps,
  journal: RunJournal,
  startedAt: number
): Promise<FanoutPlan | string> {
  const {io, settings, context} = deps
  const admission = await io.group('Read the issue', () => admitIssue(deps, journal))
  if (!admission.ok) return `Nothing was built: ${admission.reason}.`
  const engine = engineOf(deps, journal)
  if (!engine) return 'Nothing was built: the model did not run.'
  const project = await io.group('Detect the checks', () => detectTheChecks(deps))
  const repoFiles = await listRepoFiles(context.workspace)
  // The plan's commit: every job checks out this one (the contract is committed on top of it).
  const base = (await deps.git.head()) ?? ''
  const baseline = await io.group('Baseline checks', () => runBaseline(deps, project, journal))
  throwIfCancelled(deps.cancel)
  const {issue, criteria} = admission
  const planned = await io.group('Plan (the coordinator)', () =>
    planFeature(
      {...engine, project},
      {
        issue,
        criteria,
        repoFiles,
        rules: {protectedPaths: settings.protectedPaths, maxStreams: DEFAULT_MAX_STREAMS}
      }
    )
  )
  if (planned.kind === 'no-plan') {
    journal.couldNot('model', `No plan: ${planned.reason}.`)
    return `Nothing was built: no plan (${planned.reason}).`
  }
  const capped = capStreams(planned.plan, Math.min(settings.maxParallel, MAX_MATRIX_JOBS))
  if (!capped.ok) {
    journal.couldNot('model', `The plan does not fit the matrix: ${capped.reason}.`)
    return `Nothing was built: ${capped.reason}.`
  }
  if (capped.merged.length)
    journal.fact(
      'run-context',
      `max-parallel is ${settings.maxParallel}: merged streams ${capped.merged.join('; ')} (each merged stream owns both file sets).`
    )
  try {
    const sha = await commitContract({engine: deps, plan: capped.plan, issue})
    if (sha)
      journal.done(
        'fixes-verified',
        `Committed the contract (${capped.plan.contracts.length} file(s)) first, on ${sha.slice(0, 12)}; every work job writes the same files before its stream.`
      )
  } catch (error) {
    journal.couldNot('fixes-verified', `The contract could not be written: ${errorMessage(error)}`)
    return `Nothing was built: the contract could not be written (${errorMessage(error)}).`
  }
  const feature: FeatureSection = {
    issue: {number: issue.number, title: issue.title, body: issue.body},
    criteria,
    plan: capped.plan,
    ...(planned.replanned ? {replanned: planned.replanned} : {}),
    ...(planned.oneStream ? {oneStream: planned.oneStream} : {}),
    coordinator: deps.budget.totals()
  }
  return {
    version: 1,
    repository: {owner: context.owner, repo: context.repo},
    runId: context.runId,
    runAttempt: context.runAttempt,
    base: {branch: settings.baseBranch || branchOfRef(context.ref), sha: base},
    checks: planChecksOf(project, deps.reportDir),
    groups: streamGroups(deps, capped.plan),
    baseline: failuresOf(baseline),
    createdAt: new Date(startedAt).toISOString(),
    feature
  }
}

/** A stream's group id: `g-<n><its id without hyphens>` (the group input takes g-[0-9a-z]). */
export function streamGroupId(index: number, id: string): string {
  return `g-${index + 1}${id.replace(/[^0-9a-z]/g, '')}`.slice(0, 66)
}

/** One group per stream, with its share of what the coordinator left of the run's budgets. */
function streamGroups(deps: AutofixDeps, plan: FeaturePlan): FanoutPlan['groups'] {
  const {settings} = deps
  const spent = deps.budget.totals()
  const share = divideBudgets(
    {
      maxInputTokens: Math.max(0, settings.maxInputTokens - spent.inputTokens),
      maxCostUsd: Math.max(0, settings.maxCostUsd - spent.costUsd),
      timeBudgetMinutes: settings.timeBudgetMinutes
    },
    plan.streams.length
  )
  const short = budgetShortfall(share)
  if (short) deps.io.logger.warning(`The streams' budgets: ${short}.`)
  return plan.streams.map((s, i) => ({
    id: streamGroupId(i, s.id),
    keys: [streamKey(s.id)],
    files: s.owns,
    failures: 1,
    budgets: share
  }))
}
