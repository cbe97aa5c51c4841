// What integrate reports: every planned failure's result (the work jobs'
// own, except where integrate dropped or reverted the proposal, or no
// proposal came), the fan-out table (core fanoutTable) and the total usage
// of all work jobs.
import {planFailures, type FailureResult, type PlannedFailure} from '../../../core/autofix/index.js'
import {
  fanoutTable,
  rowsOfTriage,
  type FanoutPlan,
  type FanoutRow,
  type Triage,
  type WorkProposal
} from '../../../core/fanout/index.js'
import {emptyTotals, failureLabel, type UsageTotals} from '../../../core/fixing/index.js'
import {cell} from '../../../core/report/markdown.js'
import type {Combination} from './combine.js'
import type {ReadWork, RefusedWork} from './read-work.js'
import type {Refixes} from './refix.js'

export interface IntegrateFacts {
  plan: FanoutPlan
  reads: ReadWork[]
  refused: RefusedWork[]
  triage: Triage
  combination: Combination
  /** Groups integrate could not apply and fixed again on top of the combination (or why not). */
  refixes: Refixes
  /** Why a group's work job left no proposal, where the Actions API said. */
  missingReasons: Record<string, string>
}

/** Why a group has no usable proposal, or undefined when its work job's results stand. */
function notKept(
  facts: IntegrateFacts,
  group: string
): {reason: string; evaluated: boolean} | undefined {
  const {combination, triage, refused} = facts
  if (!facts.reads.some(r => r.work.group === group)) {
    const refusal = refused.find(r => r.group === group)?.reason
    if (refusal) return {reason: `its proposal was refused: ${refusal}`, evaluated: false}
    return {
      reason:
        facts.missingReasons[group] ??
        `no proposal from group ${group}'s work job (it failed, timed out or was cancelled)`,
      evaluated: false
    }
  }
  const reverted = combination.reverted.get(group)
  if (reverted) return {reason: `reverted by integrate: ${reverted}`, evaluated: true}
  const notRefixed = facts.refixes.notRefixed.get(group)
  const and = notRefixed ? `; ${notRefixed}` : ''
  const dropped = combination.dropped.get(group)
  if (dropped) return {reason: `not applied by integrate: ${dropped}${and}`, evaluated: true}
  const conflict = triage.conflicts.find(c => c.group === group)
  if (conflict)
    return {
      reason: `not applied by integrate: it changes ${conflict.files.join(', ')}, owned by ${conflict.owners.join(', ')}${and}`,
      evaluated: true
    }
  const refusal = triage.refused.find(r => r.group === group)?.reason
  if (refusal) return {reason: `its proposal was refused: ${refusal}`, evaluated: false}
  return undefined
}

/** One result per planned failure, in plan order. */
export function integratedResults(facts: IntegrateFacts): FailureResult[] {
  const items = new Map<string, PlannedFailure>()
  const planned = planFailures(facts.plan.baseline, {maxFailures: Number.MAX_SAFE_INTEGER})
  for (const item of planned.items) items.set(item.key, item)
  const out: FailureResult[] = []
  for (const group of facts.plan.groups) {
    const read = facts.reads.find(r => r.work.group === group.id)
    const refixed = facts.refixes.results.get(group.id)
    const why = refixed ? undefined : notKept(facts, group.id)
    for (const key of group.keys) {
      const own = (refixed ?? read?.work.results)?.find(r => r.key === key)
      if (own && !why) {
        out.push(own)
        continue
      }
      const item = items.get(key)
      if (refixed) {
        out.push(refixedElsewhere(key, item, facts.refixes.passing.has(key)))
        continue
      }
      out.push({
        key,
        failure: own?.failure ?? (item ? failureLabel(item.lead) : key),
        category: own?.category ?? item?.category ?? 'unknown',
        tier: own?.tier ?? null,
        attempts: own?.attempts ?? 0,
        verdict: why?.evaluated ? 'not-fixed' : 'not-evaluated',
        reason: why?.reason ?? 'its work job reported nothing about it',
        files: own?.files ?? item?.files ?? []
      })
    }
  }
  return out
}

/** A re-fixed group's failure the re-fix did not report on: passing in the combination, or not reached. */
function refixedElsewhere(
  key: string,
  item: PlannedFailure | undefined,
  passing: boolean
): FailureResult {
  return {
    key,
    failure: item ? failureLabel(item.lead) : key,
    category: item?.category ?? 'unknown',
    tier: null,
    attempts: 0,
    verdict: passing ? 'fixed' : 'not-evaluated',
    reason: passing
      ? 're-fix: it already passes in the combination (another group’s change fixed it; the full checks say so)'
      : 're-fix: the fix loop reported nothing about it',
    files: item?.files ?? []
  }
}

/** The work jobs' usage added up: the fan-out's total, whatever integrate kept. */
export function totalUsage(reads: readonly ReadWork[]): UsageTotals {
  const total = emptyTotals()
  for (const {work} of reads)
    for (const k of Object.keys(total) as (keyof UsageTotals)[]) total[k] += work.totals[k]
  return total
}

/** A group integrate could not apply, fixed again on top of the others: what the re-fix did. */
function refixedRow(row: FanoutRow, why: string, results: readonly FailureResult[]): FanoutRow {
  const fixed = results.filter(r => r.verdict === 'fixed').length
  return {
    ...row,
    status: 'refixed',
    reason: `its proposal was not applied (${why}); re-fixed on top of the others: ${fixed} of ${results.length} fixed`,
    fixed,
    failed: results.length - fixed
  }
}

/** The fan-out section atop the report: the table, then what the full checks said. */
export function fanoutSection(
  facts: IntegrateFacts,
  proposals: readonly WorkProposal[],
  wallClockMs: number
): string {
  const {combination} = facts
  const rows: FanoutRow[] = rowsOfTriage(facts.triage, proposals, facts.missingReasons)
    .filter(r => !(r.status === 'missing' && facts.refused.some(x => x.group === r.group)))
    .map(r => {
      const reverted = combination.reverted.get(r.group)
      if (reverted) return {...r, status: 'reverted' as const, reason: reverted}
      const refixed = facts.refixes.results.get(r.group)
      const dropped = combination.dropped.get(r.group)
      const why = dropped ?? r.reason ?? ''
      if (refixed) return refixedRow(r, why, refixed)
      const not = facts.refixes.notRefixed.get(r.group)
      if (dropped)
        return {...r, status: 'dropped' as const, reason: not ? `${dropped}; ${not}` : dropped}
      return not ? {...r, reason: `${r.reason ?? ''}; ${not}`} : r
    })
  for (const r of facts.refused)
    rows.push({group: r.group ?? r.artifact, status: 'refused', reason: r.reason})
  const checks = combination.checks
  const left = checks ? checks.reduce((n, c) => n + c.failures.length, 0) : undefined
  const verdict =
    checks === undefined
      ? 'No proposal brought a commit: the full checks were not run again.'
      : `The full checks on the combination (${checks.map(c => `\`${cell(c.command, 120)}\``).join(', ')}) show no failure the plan's baseline did not have${left ? ` (${left} failure(s) left, all from before)` : ': all green'}.`
  return [
    `### Fan-out: ${facts.plan.groups.length} group(s) on ${facts.plan.base.sha.slice(0, 12)}`,
    '',
    fanoutTable(rows, wallClockMs),
    '',
    verdict
  ].join('\n')
}
