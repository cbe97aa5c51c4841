// The fix step: the fix loop (fix-loop.ts) over the detected checks, and what
// the later steps need from it: the outcome, the usage totals and the branch
// a PR would come from.
import {
  autofixBranchName,
  branchOfRef,
  computeOutcome,
  type RunOutcome
} from '../../core/autofix/index.js'
import {modelWithheld, type DetectedProject, type UsageTotals} from '../../core/fixing/index.js'
import type {RunJournal} from '../../core/journal.js'
import {listRepoFiles} from '../../engine/workspace-checks.js'
import type {AutofixDeps} from './deps.js'
import {readTheLearnings} from '../learnings.js'
import {fixLoop, type FixLoopResult, type FixScope} from './fix-loop.js'
import {baselineHookOf} from './baseline.js'

export interface FixInput {
  project: DetectedProject
  knownFlakes: ReadonlySet<string>
  /** Fingerprints that failed twice before, with the reason they are skipped. */
  failedTwice?: ReadonlyMap<string, string>
  /** Epoch milliseconds the run started (names a scheduled run's branch). */
  startedAt: number
  /** stage: work: the group of the fan-out's plan this job fixes. */
  scope?: FixScope
}

/** A run after its fixes: everything the publish and report steps render from. */
export interface FixedRun {
  project: DetectedProject
  loop: FixLoopResult
  outcome: RunOutcome
  totals: UsageTotals
  /** branch-prefix + the fingerprint, else + the target branch: one PR that later runs update. */
  branch: string
  startedAt: number
  /** stage: integrate: the fan-out's section (groups, runners, times), atop the report. */
  fanout?: string
}

export async function fixFailures(
  deps: AutofixDeps,
  input: FixInput,
  journal: RunJournal
): Promise<FixedRun> {
  const {settings, context} = deps
  const withheld = deps.model
    ? modelWithheld({
        sandboxSetting: settings.sandbox,
        sandboxMode: deps.sandbox.mode,
        publish: settings.publish
      })
    : undefined
  if (!deps.model)
    journal.skipped(
      'model',
      'No anthropic-api-key: only the deterministic fixers ran; the model tiers are not-evaluated.'
    )
  if (withheld) {
    journal.skipped('model', `Only the deterministic fixers ran: ${withheld}.`)
    deps.io.logger.warning(`The model tiers did not run: ${withheld}.`)
  }
  const loop = await fixLoop({
    settings,
    project: input.project,
    runner: deps.runner,
    git: deps.git,
    budget: deps.budget,
    log: deps.log,
    model: withheld ? undefined : deps.model,
    noModelReason: withheld,
    knownFlakes: input.knownFlakes,
    failedTwice: input.failedTwice,
    secrets: deps.secrets,
    cancel: deps.cancel,
    repoFiles: await listRepoFiles(context.workspace),
    scope: input.scope,
    learnings:
      deps.model && !withheld
        ? await readTheLearnings(context.workspace, settings.learningsPath, deps.io.logger)
        : [],
    baseline: baselineHookOf(deps, input.project, journal)
  })
  const failing = loop.baseline.reduce((n, run) => n + run.failures.length, 0)
  journal.done('checks-run', `Ran ${loop.baseline.length} check(s): ${failing} failure(s).`)
  if (loop.fixes.length)
    journal.done('fixes-verified', `Kept ${loop.fixes.length} verified commit(s).`)
  return {
    project: input.project,
    loop,
    outcome: computeOutcome({
      results: loop.results,
      budgetStop: loop.budgetStop,
      cancelled: loop.cancelled
    }),
    totals: deps.budget.totals(),
    branch: autofixBranchName({
      prefix: settings.branchPrefix,
      fingerprint: settings.fingerprint,
      target: settings.baseBranch || branchOfRef(context.ref)
    }),
    startedAt: input.startedAt
  }
}
