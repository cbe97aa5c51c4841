// stage: plan. Runs the checks once on the checked-out commit, plans the
// failures as a whole run would (planFailures), splits the plan into
// independent groups (no two groups may change one file: the failures'
// files, their tests and the import graph's one hop), divides the run's
// budgets among them, and hands the plan to the work and integrate jobs as
// the artifact ci-medic-fanout-plan-<run id>-<run attempt>. Outputs
// `matrix` (for strategy.matrix) and `plan-path`. It changes nothing.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {branchOfRef, planFailures, type FailurePlan} from '../../../core/autofix/index.js'
import {
  budgetShortfall,
  divideBudgets,
  FANOUT_PLAN_FILE,
  fundableGroups,
  groupLabel,
  independentGroups,
  matrixOf,
  MAX_MATRIX_JOBS,
  type FanoutBudgets,
  type FanoutPlan
} from '../../../core/fanout/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {commandTimeout} from '../../../engine/attempt-loop.js'
import {failuresOf, runChecks, type CheckRun} from '../../../engine/checks.js'
import {listRepoFiles} from '../../../engine/workspace-checks.js'
import {AUTOFIX_FAILURE_OUTPUTS} from '../../failure-outputs.js'
import {baselineHookOf} from '../baseline.js'
import type {AutofixDeps} from '../deps.js'
import {recordBaseline} from '../fix-loop.js'
import {fanoutDir, planArtifactPrefix, uploadStageFiles} from './artifacts.js'
import {planChecksOf} from './plan-checks.js'
import {renderPlanSummary} from './stage-report.js'
import {sourceImportGraph} from './source-graph.js'
import type {StageInput} from './stage-input.js'

export async function planStage(
  deps: AutofixDeps,
  input: StageInput,
  journal: RunJournal
): Promise<void> {
  const {io, settings, context} = deps
  const baseline = await io.group('Run the checks once', () =>
    runBaseline(deps, input.project, journal)
  )
  const failures = failuresOf(baseline)
  journal.done('checks-run', `Ran ${baseline.length} check(s): ${failures.length} failure(s).`)
  const plan = await io.group('Plan the fan-out', () => makePlan(deps, input, baseline))
  const dir = fanoutDir(deps, 'plan')
  await mkdir(dir, {recursive: true})
  const path = join(dir, FANOUT_PLAN_FILE)
  await writeFile(path, `${JSON.stringify(plan.file, null, 2)}\n`)
  const name = await io.group('Upload the plan', () =>
    uploadStageFiles(deps, `${planArtifactPrefix(context.runId)}${context.runAttempt}`, dir, [path])
  )
  journal.done(
    'publish',
    `Uploaded the plan (${plan.file.groups.length} group(s)) as the artifact ${name}.`
  )
  const matrix = matrixOf(plan.file.groups, g => groupLabel(g, plan.items.items))
  deps.log.record('plan', {
    fanout: plan.file.groups.map(g => ({group: g.id, keys: g.keys, files: g.files})),
    maxParallel: settings.maxParallel
  })
  io.setOutputs({
    ...AUTOFIX_FAILURE_OUTPUTS,
    // The plan fixes nothing: not-evaluated until integrate says, or nothing to fix at all.
    outcome: failures.length ? 'not-evaluated' : 'nothing-to-fix',
    'failed-count': String(failures.length),
    sandbox: deps.sandbox.mode,
    matrix,
    'plan-path': path
  })
  await io.writeSummary(renderPlanSummary(plan.file, plan.items, plan.unfunded))
  io.logger.info(
    `${failures.length} failure(s) in ${plan.file.groups.length} independent group(s): ${matrix}`
  )
}

/** The checks once, through the baseline cache: saved for reruns of the plan on this commit, or restored. */
export async function runBaseline(
  deps: AutofixDeps,
  project: StageInput['project'],
  journal: RunJournal
): Promise<CheckRun[]> {
  const cached = baselineHookOf(deps, project, journal)
  const runs = await (cached ?? (run => run()))(() =>
    runChecks({
      runner: deps.runner,
      root: deps.git.root,
      project,
      timeoutMs: commandTimeout(deps)
    })
  )
  recordBaseline(deps.log, runs)
  return runs
}

interface MadePlan {
  file: FanoutPlan
  items: FailurePlan
  /** Why the budgets could fund fewer groups than max-parallel allows, if so. */
  unfunded?: string
}

async function makePlan(
  deps: AutofixDeps,
  input: StageInput,
  baseline: CheckRun[]
): Promise<MadePlan> {
  const {settings, context} = deps
  const repoFiles = await listRepoFiles(context.workspace)
  const {importGraph, barrels} = await sourceImportGraph(deps.git.root, repoFiles)
  const items = planFailures(failuresOf(baseline), {
    maxFailures: settings.maxFailures,
    knownFlakes: input.ledger.knownFlakes,
    blocked: input.ledger.failedTwice,
    importGraph
  })
  const total: FanoutBudgets = {
    maxInputTokens: settings.maxInputTokens,
    maxCostUsd: settings.maxCostUsd,
    timeBudgetMinutes: settings.timeBudgetMinutes
  }
  const fundable = fundableGroups(total)
  const maxGroups = Math.max(1, Math.min(settings.maxParallel, MAX_MATRIX_JOBS, fundable))
  const groups = independentGroups(items.items, {importGraph, barrels, maxGroups})
  const share = divideBudgets(total, groups.length)
  const shortfall = groups.length ? budgetShortfall(share) : undefined
  const unfunded = shortfall
    ? `even one group is short: ${shortfall}`
    : fundable < Math.min(settings.maxParallel, items.items.length)
      ? `the run's budgets fund at most ${fundable} group(s), so the failures were merged into fewer groups than max-parallel allows`
      : undefined
  if (unfunded) deps.io.logger.warning(`The fan-out's budgets: ${unfunded}.`)
  const head = (await deps.git.head()) ?? ''
  const file: FanoutPlan = {
    version: 1,
    repository: {owner: context.owner, repo: context.repo},
    runId: context.runId,
    runAttempt: context.runAttempt,
    base: {branch: settings.baseBranch || branchOfRef(context.ref), sha: head},
    checks: planChecksOf(input.project, deps.reportDir),
    groups: groups.map(g => ({...g, budgets: share})),
    baseline: failuresOf(baseline),
    // The fan-out's wall clock starts when the plan job started.
    createdAt: new Date(input.startedAt).toISOString()
  }
  return {file, items, unfunded}
}
