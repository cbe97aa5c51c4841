// integrate's second chance for a group it could not apply: a proposal that
// touched another group's files (a triage conflict) or whose commits no
// longer applied (a replay conflict) is not simply dropped. Its failures are
// fixed again, one group after another in group id order, on top of the
// combination, by the same fix loop a work job runs, judged against the
// combination's own full checks, with what is left of the WHOLE fan-out's
// budgets (the work jobs' usage taken off). Every kept commit passed the
// full checks when it was made; the full checks run once more at the end,
// and if they show a failure the plan's baseline did not have, every re-fix
// commit is undone and the groups are reported as not re-fixed.
import type {FailureResult} from '../../../core/autofix/index.js'
import {
  budgetShortfall,
  remainingBudgets,
  type FanoutBudgets,
  type FanoutPlan,
  type Triage
} from '../../../core/fanout/index.js'
import {
  addTotals,
  emptyTotals,
  failureLabel,
  modelWithheld,
  type UsageTotals
} from '../../../core/fixing/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {failuresOf, newFailures} from '../../../engine/checks.js'
import {throwIfCancelled} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import {fixFailures} from '../fix-step.js'
import {INTEGRATION_BRANCH} from './apply-proposals.js'
import {fullChecks, type Combination} from './combine.js'
import {planBaselineRuns} from './plan-checks.js'
import type {StageInput} from './stage-input.js'
import {withBudgets} from './work-stage.js'

export interface Refixes {
  /** Groups re-fixed on top of the combination: their results replace the work job's. */
  results: Map<string, FailureResult[]>
  /** Plan keys of re-fixed groups that already pass in the combination (another group's change). */
  passing: Set<string>
  /** Candidates not re-fixed (or whose re-fix was undone), with why. */
  notRefixed: Map<string, string>
  /** What the re-fixes spent (the report adds it to the work jobs' usage). */
  totals: UsageTotals
}

/** Nothing re-fixed: a feature's integrate refuses a stream's proposal outside its own files instead. */
export function noRefixes(): Refixes {
  return {results: new Map(), passing: new Set(), notRefixed: new Map(), totals: emptyTotals()}
}

interface RefixJob {
  plan: FanoutPlan
  triage: Triage
  combination: Combination
  /** The work jobs' usage: what the fan-out has spent before integrate. */
  used: UsageTotals
}

/** The groups integrate could not apply, in group id order: triage conflicts and replay conflicts. */
export function refixCandidates(triage: Triage, combination: Combination): string[] {
  return [...new Set([...triage.conflicts.map(c => c.group), ...combination.dropped.keys()])].sort()
}

export async function refixConflicts(
  deps: AutofixDeps,
  input: StageInput,
  job: RefixJob,
  journal: RunJournal
): Promise<Refixes> {
  const out = noRefixes()
  const candidates = refixCandidates(job.triage, job.combination)
  const unable = candidates.length ? refixUnavailable(deps) : undefined
  if (unable) for (const group of candidates) out.notRefixed.set(group, unable)
  if (candidates.length === 0 || unable) return out
  const start = {head: await deps.git.head(), fixes: job.combination.fixes.length}
  for (const id of candidates) {
    throwIfCancelled(deps.cancel)
    const group = job.plan.groups.find(g => g.id === id)
    if (!group) continue
    const left = remainingBudgets(
      deps.settings,
      addTotals(job.used, out.totals),
      (deps.clock() - Date.parse(job.plan.createdAt)) / 60_000
    )
    const short = budgetShortfall(left)
    if (short) {
      out.notRefixed.set(
        id,
        `not re-fixed: what is left of the fan-out's budgets is too little (${short})`
      )
      continue
    }
    await refixOne(deps, input, {...job, keys: group.keys, id, left, out}, journal)
  }
  if (out.results.size > 0) await recheck(deps, input, job, {start, out})
  return out
}

/** Why no group can be re-fixed in this job, or undefined when the model can run (the engine's own gate). */
function refixUnavailable(deps: AutofixDeps): string | undefined {
  if (!deps.model)
    return 'not re-fixed: the integrate job has no anthropic-api-key (give it the work jobs’ key to re-fix conflicts)'
  const withheld = modelWithheld({
    sandboxSetting: deps.settings.sandbox,
    sandboxMode: deps.sandbox.mode,
    publish: deps.settings.publish
  })
  return withheld ? `not re-fixed: ${withheld}` : undefined
}

/** One group's failures through the fix loop on top of the combination; its commits join it. */
async function refixOne(
  deps: AutofixDeps,
  input: StageInput,
  job: RefixJob & {id: string; keys: readonly string[]; left: FanoutBudgets; out: Refixes},
  journal: RunJournal
): Promise<void> {
  // The combination's own checks are the baseline: a failure another group's change fixed is not
  // attempted again, and what the combination already failed is not a regression.
  const checks = job.combination.checks
  const baseline = checks ?? planBaselineRuns(job.plan, input.project)
  const fixed = await fixFailures(
    withBudgets(deps, job.left),
    {
      project: input.project,
      knownFlakes: input.ledger.knownFlakes,
      failedTwice: input.ledger.failedTwice,
      startedAt: input.startedAt,
      scope: {keys: new Set(job.keys), baseline}
    },
    journal
  )
  job.out.totals = addTotals(job.out.totals, fixed.totals)
  job.out.results.set(job.id, fixed.loop.results)
  job.combination.fixes.push(...fixed.loop.fixes)
  if (checks) {
    const failing = new Set(failuresOf(checks).map(f => f.fingerprint))
    const tried = new Set(fixed.loop.results.map(r => r.key))
    for (const key of job.keys) if (!tried.has(key) && !failing.has(key)) job.out.passing.add(key)
  }
  deps.io.logger.info(
    `Re-fixed group ${job.id} on top of the combination: ${fixed.outcome.fixedCount} of ${job.keys.length} failure(s) fixed.`
  )
}

/** The full checks once more; a failure the plan's baseline did not have undoes every re-fix. */
async function recheck(
  deps: AutofixDeps,
  input: StageInput,
  job: RefixJob,
  state: {start: {head: string | null; fixes: number}; out: Refixes}
): Promise<void> {
  const checks = await fullChecks(deps, input)
  const broken = newFailures(job.plan.baseline, failuresOf(checks))
  if (broken.length === 0) {
    job.combination.checks = checks
    return
  }
  const reason = `not re-fixed: together the re-fixes broke ${broken.slice(0, 3).map(failureLabel).join('; ')}, so they were undone`
  if (state.start.head) await deps.git.createBranch(INTEGRATION_BRANCH, state.start.head)
  job.combination.fixes.splice(state.start.fixes)
  for (const group of state.out.results.keys()) state.out.notRefixed.set(group, reason)
  deps.log.record('reverted', {key: [...state.out.results.keys()].join(','), reason})
  state.out.results.clear()
  state.out.passing.clear()
}
