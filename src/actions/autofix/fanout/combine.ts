// integrate's combination loop: apply the proposals in the triage's order on
// the plan's commit, run the full checks once, and while the combination
// shows failures the plan's baseline did not have, revert the suspect
// proposal (core suspectOf: the one whose files the new failures point at,
// else the last applied) and try again, until the checks show nothing new
// or nothing is left.
import type {Failure} from '../../../core/classify/types.js'
import {suspectOf, type FanoutPlan, type WorkProposal} from '../../../core/fanout/index.js'
import {failureLabel} from '../../../core/fixing/index.js'
import {commandTimeout} from '../../../engine/attempt-loop.js'
import {failuresOf, newFailures, runChecks, type CheckRun} from '../../../engine/checks.js'
import {throwIfCancelled} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import type {KeptFix} from '../fix-loop.js'
import {createApplier, type Applier} from './apply-proposals.js'
import type {ReadWork} from './read-work.js'
import type {StageInput} from './stage-input.js'

export interface Combination {
  /** The commits on the integration branch, in order. */
  fixes: KeptFix[]
  /** Groups applied and kept. */
  kept: string[]
  /** Groups not applied (a cherry-pick conflict, a guard), with the reason. */
  dropped: Map<string, string>
  /** Groups reverted because the combination failed, with the reason. */
  reverted: Map<string, string>
  /** The last full checks run on the combination (absent when nothing was applied). */
  checks?: CheckRun[]
}

export async function combine(
  deps: AutofixDeps,
  input: Pick<StageInput, 'project'>,
  job: {plan: FanoutPlan; order: ReadWork[]; proposals: WorkProposal[]}
): Promise<Combination> {
  const base = job.plan.base.sha
  const applier = await createApplier(deps, base)
  const out: Combination = {fixes: [], kept: [], dropped: new Map(), reverted: new Map()}
  let order = job.order
  try {
    for (;;) {
      throwIfCancelled(deps.cancel)
      const applied = await applyAll(applier, base, order, out)
      order = order.filter(r => !out.dropped.has(r.work.group))
      if (out.fixes.length === 0) {
        out.checks = undefined
        return out
      }
      out.checks = await fullChecks(deps, input)
      const broken = newFailures(job.plan.baseline, failuresOf(out.checks))
      if (broken.length === 0) return out
      const suspect = suspectOf(
        job.proposals.filter(p => applied.includes(p.group)),
        broken
      )
      if (!suspect) return out
      const reason = revertReason(broken)
      out.reverted.set(suspect, reason)
      deps.log.record('reverted', {key: suspect, reason})
      deps.io.logger.info(`Reverted group ${suspect}: ${reason}`)
      order = order.filter(r => r.work.group !== suspect)
    }
  } finally {
    await applier.dispose()
  }
}

/** Applies `order` from the base; returns the groups that brought commits. */
async function applyAll(
  applier: Applier,
  base: string,
  order: ReadWork[],
  out: Combination
): Promise<string[]> {
  await applier.resetTo(base)
  out.fixes = []
  out.kept = []
  const applied: string[] = []
  for (const read of order) {
    const result = await applier.apply(read)
    if (!result.ok) {
      out.dropped.set(read.work.group, result.reason)
      continue
    }
    out.kept.push(read.work.group)
    if (result.fixes.length) applied.push(read.work.group)
    out.fixes.push(...result.fixes)
  }
  return applied
}

/** The full checks in the workspace (the integration branch as it stands). */
export function fullChecks(
  deps: AutofixDeps,
  input: Pick<StageInput, 'project'>
): Promise<CheckRun[]> {
  return runChecks({
    runner: deps.runner,
    root: deps.git.root,
    project: input.project,
    timeoutMs: commandTimeout(deps)
  })
}

function revertReason(broken: readonly Failure[]): string {
  const shown = broken.slice(0, 3).map(failureLabel).join('; ')
  const more = broken.length > 3 ? ` and ${broken.length - 3} more` : ''
  return `the combination broke ${shown}${more} (not failing before any fix)`
}
