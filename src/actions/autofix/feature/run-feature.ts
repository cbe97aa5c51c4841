// autofix's `task: issue`: build the feature an issue describes, in one job.
// Read the issue and gate it (who asked, whose text, testable criteria) →
// detect the checks and run them once (the baseline) → the coordinator's
// plan → the contract, committed first → each stream through the fix engine,
// writing only its own files → the full checks once more on a clean checkout
// of the result → one PR that refers to the issue → the report. Each step is
// a log group writing to one run journal; the budgets are autofix's.
// With stage: plan | work | integrate, the same steps run as a fan-out on
// matrix jobs, one stream per work job (fanout-stages.ts).
import {readFile} from 'node:fs/promises'
import {
  DEFAULT_MAX_STREAMS,
  renderFeatureReport,
  type Criterion,
  type FeaturePlan,
  type StreamReport
} from '../../../core/feature/index.js'
import type {Failure} from '../../../core/classify/types.js'
import {modelWithheld, type DetectedProject} from '../../../core/fixing/index.js'
import {RunJournal} from '../../../core/journal.js'
import {resolveInWorkspace} from '../../../edges/workspace/index.js'
import {commandTimeout, type Engine} from '../../../engine/attempt-loop.js'
import {failuresOf, newFailures, runChecks, type CheckRun} from '../../../engine/checks.js'
import {fullChecks, onCleanCheckout} from '../../../engine/verify-steps.js'
import {
  listRepoFiles,
  requireCleanCheckout,
  requireHeadAt
} from '../../../engine/workspace-checks.js'
import {errorMessage, throwIfCancelled} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import {detectTheChecks, permissionFor} from '../prepare.js'
import {admitIssue} from './admit.js'
import type {FeatureIssue} from './issue.js'
import {planFeature} from './coordinator.js'
import {runFeatureStage} from './fanout-stages.js'
import {publishFeature} from './publish-feature.js'
import {outcomeOf, reportFeature, type FeatureRun} from './report-step.js'
import {commitContract, runStream, type BuildContext, type IntegrationCount} from './streams.js'

export async function runFeatureTask(deps: AutofixDeps): Promise<void> {
  const {io} = deps
  const journal = new RunJournal()
  await io.group('Preconditions', async () => {
    await requireCleanCheckout(deps.git, 'autofix')
    await requireHeadAt(deps.git, deps.settings.headSha)
  })
  // stage: plan | work | integrate: the streams as matrix jobs (fanout-stages.ts).
  if (deps.settings.stage !== 'all') return runFeatureStage(deps, journal)
  const admission = await io.group('Read the issue', () => admitIssue(deps, journal))
  const engine = admission.ok ? engineOf(deps, journal) : undefined
  const result = !admission.ok
    ? stopped('not-evaluated', `Nothing was built: ${admission.reason}.`)
    : !engine
      ? stopped('not-evaluated', 'Nothing was built: the model did not run.')
      : await build(deps, {issue: admission.issue, criteria: admission.criteria, engine}, journal)
  await io.group('Report', () => reportFeature(deps, result, journal))
  // The report is written; the step still fails, with the reason.
  if (result.error !== undefined) throw result.error
}

function stopped(outcome: FeatureRun['outcome'], summary: string): FeatureRun {
  return {outcome, summary, streams: []}
}

/** The engine a build runs on, or undefined (with the reason in the journal) when the model may not run. */
export function engineOf(
  deps: AutofixDeps,
  journal: RunJournal
): Omit<Engine, 'project'> | undefined {
  const {settings} = deps
  if (!deps.model) {
    journal.skipped('model', 'No anthropic-api-key: a feature build needs the model.')
    return undefined
  }
  const withheld = modelWithheld({
    sandboxSetting: settings.sandbox,
    sandboxMode: deps.sandbox.mode,
    publish: settings.publish
  })
  if (withheld) {
    journal.skipped('model', `The model did not run: ${withheld}.`)
    return undefined
  }
  return {...deps, settings, model: deps.model}
}

interface Admitted {
  issue: FeatureIssue
  criteria: Criterion[]
  engine: Omit<Engine, 'project'>
}

async function build(
  deps: AutofixDeps,
  admitted: Admitted,
  journal: RunJournal
): Promise<FeatureRun> {
  const {io} = deps
  const startedAt = deps.clock()
  const project = await io.group('Detect the checks', () => detectTheChecks(deps))
  const engine: Engine = {...admitted.engine, project}
  const repoFiles = await listRepoFiles(deps.context.workspace)
  const baseline = await io.group('Baseline checks', () => baselineOf(deps, project, journal))
  throwIfCancelled(deps.cancel)
  const planned = await io.group('Plan (the coordinator)', () =>
    planFeature(engine, {
      ...admitted,
      repoFiles,
      rules: {protectedPaths: deps.settings.protectedPaths, maxStreams: DEFAULT_MAX_STREAMS}
    })
  )
  if (planned.kind === 'no-plan') {
    journal.couldNot('model', `No plan: ${planned.reason}.`)
    const over = deps.budget.runStopped() ? 'budget-exceeded' : 'not-evaluated'
    return stopped(over, `Nothing was built: no plan (${planned.reason}).`)
  }
  const ctx: BuildContext = {
    ...admitted,
    engine,
    project,
    repoFiles,
    baseline,
    plan: planned.plan,
    clock: deps.clock
  }
  const streams = await io.group('Contract and streams', () => buildStreams(ctx, journal))
  const checks = await io.group('Integrate (full checks on a clean checkout)', () =>
    integrate(ctx, journal)
  )
  const integrated = checks.broken.length === 0
  const report = renderFeatureReport({
    ...ctx,
    replanned: planned.replanned,
    oneStream: planned.oneStream,
    streams: streams.reports,
    checks: checks.runs.map(r => ({command: r.command, failures: r.failures.length})),
    metrics: {
      wallSeconds: Math.round((deps.clock() - startedAt) / 1000),
      serialSeconds: streams.reports.reduce((n, s) => n + s.seconds, 0),
      streams: streams.reports.length,
      integrationFailuresFound: streams.count.found + (integrated ? 0 : 1),
      integrationFailuresFixed: streams.count.fixed,
      contractChanges: await contractChanges(deps, planned.plan)
    },
    totals: deps.budget.totals(),
    model: deps.settings.model
  })
  const built = streams.reports.filter(s => s.verdict === 'built')
  const summary = `${built.length} of ${streams.reports.length} stream(s) built for issue #${ctx.issue.number}${integrated ? '' : '; the integrated checks failed, so nothing is published'}.`
  const run: FeatureRun = {
    outcome: outcomeOf(streams.reports, integrated),
    summary,
    streams: streams.reports,
    report
  }
  if (!integrated || built.length === 0) return run
  return io.group('Publish', () => publishStep(deps, ctx, run, journal))
}

async function baselineOf(
  deps: AutofixDeps,
  project: DetectedProject,
  journal: RunJournal
): Promise<Failure[]> {
  const runs = await runChecks({
    runner: deps.runner,
    root: deps.git.root,
    project,
    timeoutMs: commandTimeout(deps)
  })
  for (const r of runs)
    deps.log.record('check', {stage: 'baseline', command: r.command, failures: r.failures.length})
  const failures = failuresOf(runs)
  journal.done(
    'checks-run',
    `Ran ${runs.length} check(s) before the build: ${failures.length} failure(s) already there.`
  )
  return failures
}

async function buildStreams(
  ctx: BuildContext,
  journal: RunJournal
): Promise<{reports: StreamReport[]; count: IntegrationCount}> {
  const count: IntegrationCount = {found: 0, fixed: 0}
  let sha: string | undefined
  try {
    sha = await commitContract(ctx)
  } catch (error) {
    // A contract that cannot be written (a path git ignores, a link out of the checkout): no stream starts.
    journal.couldNot('fixes-verified', `The contract could not be written: ${errorMessage(error)}`)
    return {reports: [], count}
  }
  if (sha)
    journal.done(
      'fixes-verified',
      `Committed the contract (${ctx.plan.contracts.length} file(s)) first.`
    )
  const reports: StreamReport[] = []
  for (const stream of ctx.plan.streams) {
    throwIfCancelled(ctx.engine.cancel)
    reports.push(await runStream(ctx, stream, count))
  }
  const built = reports.filter(r => r.verdict === 'built').length
  journal.done('fixes-verified', `${built} of ${reports.length} stream(s) built and verified.`)
  return {reports, count}
}

/** The full checks once more, on a clean checkout of everything committed: the contract still holds across the streams. */
async function integrate(
  ctx: BuildContext,
  journal: RunJournal
): Promise<{runs: CheckRun[]; broken: Failure[]}> {
  const at = {key: 'feature-integrate', stage: 'verify' as const}
  const runs = await onCleanCheckout(ctx.engine, at, [], root =>
    fullChecks(ctx.engine, ctx.project, at.key, root)
  )
  const broken = newFailures(ctx.baseline, failuresOf(runs))
  if (broken.length)
    journal.couldNot(
      'checks-run',
      `The integrated build fails ${broken.length} check(s) that passed before: nothing is published.`
    )
  else
    journal.done('checks-run', 'The integrated build passes the full checks on a clean checkout.')
  return {runs, broken}
}

/** Contract files whose committed content differs from what the plan wrote. */
export async function contractChanges(deps: AutofixDeps, plan: FeaturePlan): Promise<number> {
  let changed = 0
  for (const c of plan.contracts) {
    const now = await readFile(resolveInWorkspace(deps.git.root, c.path), 'utf8').catch(() => '')
    if (now.trimEnd() !== c.content.trimEnd()) changed += 1
  }
  return changed
}

export async function publishStep(
  deps: AutofixDeps,
  ctx: Pick<BuildContext, 'issue' | 'plan'>,
  run: FeatureRun,
  journal: RunJournal
): Promise<FeatureRun> {
  const head = await deps.git.head()
  if (deps.settings.dryRun || !deps.github || !head) {
    journal.skipped(
      'dry-run',
      `Dry run: would push the build to a branch and open a PR for issue #${ctx.issue.number}.`
    )
    return run
  }
  try {
    const files = [
      ...new Set([...ctx.plan.contracts.map(c => c.path), ...run.streams.flatMap(s => s.files)])
    ]
    const publication = await publishFeature(deps, deps.github, {
      issue: ctx.issue,
      head,
      files,
      body: run.report ?? ''
    })
    journal.done(
      publication.action === 'created' ? 'pr-opened' : 'pr-updated',
      `PR #${publication.prNumber} for issue #${ctx.issue.number}.`
    )
    return {...run, publication}
  } catch (error) {
    journal.couldNot(
      'publish',
      `Nothing was published: ${errorMessage(error)}`,
      permissionFor(error)
    )
    return {...run, error}
  }
}
