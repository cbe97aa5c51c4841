// The integrate stage's pure decisions: which work proposals to apply and in
// what order (refusing those from another run or base, holding back those
// that touch files another group owns), which applied proposal to revert
// first when the combination fails, and the report's fan-out table (each
// group's runner, time, cost and status, then wall clock parallel against
// the sum of the groups). Pure.
import {filesInText} from '../autofix/failure-plan.js'
import type {Failure} from '../classify/types.js'
import {normalizePath} from '../fixing/source-text.js'
import {cell, inertReferences, table} from '../report/markdown.js'
import type {FanoutPlan} from './plan-file.js'

/** What integrate knows of one work job's proposal. */
export interface WorkProposal {
  group: string
  baseSha: string
  runId: number
  /** Files its commits touch. */
  files: string[]
  commits: number
  durationMs: number
  costUsd: number
  runner?: string
  fixed: number
  failed: number
}

export interface Triage {
  /** In group id order: the order integrate applies them. */
  apply: WorkProposal[]
  refused: Array<{group: string; reason: string}>
  /** `files`: the files it touches that `owners` (other groups, sorted) own or touched first. */
  conflicts: Array<{group: string; files: string[]; owners: string[]}>
  /** Plan groups with no proposal at all (a work job that failed, timed out or was cancelled). */
  missing: string[]
}

const byGroup = (a: WorkProposal, b: WorkProposal): number =>
  a.group < b.group ? -1 : a.group > b.group ? 1 : 0

/** Why a proposal is refused outright, or undefined. */
function refusal(
  plan: FanoutPlan,
  p: WorkProposal,
  groups: ReadonlySet<string>,
  taken: ReadonlySet<string>
): string | undefined {
  if (!groups.has(p.group)) return `group ${p.group} is not in the plan`
  if (taken.has(p.group)) return `a second proposal for group ${p.group} (the first one is kept)`
  if (p.runId !== plan.runId)
    return `the proposal comes from run ${p.runId}, not from this fan-out's run ${plan.runId}`
  if (p.baseSha !== plan.base.sha)
    return `the proposal is based on ${p.baseSha.slice(0, 12)}, not on the plan's base ${plan.base.sha.slice(0, 12)}`
  return undefined
}

/**
 * Proposals in a deterministic order (group id), each checked: another run or
 * base sha, a group not in the plan, a second proposal for one group →
 * refused with the reason. A proposal touching a file another group owns,
 * or a file no group owns that an earlier proposal (in group id order)
 * touched → a conflict (listed with the files and their owners), not applied.
 * Plan groups with no proposal are missing; a group whose only proposal was
 * refused is listed under refused, not missing.
 */
export function triageProposals(plan: FanoutPlan, proposals: readonly WorkProposal[]): Triage {
  const groups = new Set(plan.groups.map(g => g.id))
  const owner = new Map<string, string>()
  for (const g of plan.groups) for (const f of g.files) owner.set(f, g.id)
  const out: Triage = {apply: [], refused: [], conflicts: [], missing: []}
  /** Groups with a proposal of any kind (not missing); with one that passed the refusals. */
  const heard = new Set<string>()
  const taken = new Set<string>()
  const touched = new Map<string, string>()
  for (const p of [...proposals].sort(byGroup)) {
    heard.add(p.group)
    const reason = refusal(plan, p, groups, taken)
    if (reason !== undefined) {
      out.refused.push({group: p.group, reason})
      continue
    }
    taken.add(p.group)
    const files = [...new Set(p.files.map(normalizePath))]
    const foreign = files.filter(f => {
      const other = owner.get(f) ?? touched.get(f)
      return other !== undefined && other !== p.group
    })
    if (foreign.length > 0) {
      const owners = [...new Set(foreign.map(f => owner.get(f) ?? touched.get(f) ?? ''))].sort()
      out.conflicts.push({group: p.group, files: foreign.sort(), owners})
      continue
    }
    for (const f of files) if (!owner.has(f)) touched.set(f, p.group)
    out.apply.push(p)
  }
  out.missing = plan.groups.map(g => g.id).filter(id => !heard.has(id))
  return out
}

/** Repository files a failure points at: its location, then those in its message and excerpt. */
function filesOfFailure(f: Failure): string[] {
  const own = f.file ? [normalizePath(f.file)] : []
  return [...new Set([...own, ...filesInText(`${f.message}\n${f.excerpt}`)])]
}

/** When the combination fails: which applied proposal to revert first. New failures' files vs each
 *  proposal's files (most overlap, ties to the later applied), else the last applied; '' when none. */
export function suspectOf(
  applied: readonly WorkProposal[],
  newFailures: readonly Failure[]
): string {
  const failing = new Set(newFailures.flatMap(filesOfFailure))
  let best: WorkProposal | undefined
  let bestOverlap = 0
  for (const p of applied) {
    const overlap = new Set(p.files.map(normalizePath).filter(f => failing.has(f))).size
    if (overlap > 0 && overlap >= bestOverlap) {
      best = p
      bestOverlap = overlap
    }
  }
  return (best ?? applied[applied.length - 1])?.group ?? ''
}

export type FanoutStatus =
  'applied' | 'reverted' | 'refixed' | 'conflict' | 'refused' | 'missing' | 'unchanged' | 'dropped'

/** One line of the fan-out table. Text fields are untrusted (runner names, reasons) and escaped. */
export interface FanoutRow {
  group: string
  status: FanoutStatus
  /** Why (for anything but applied): one sentence. */
  reason?: string
  /** The job's runner (runner name or label). */
  runner?: string
  durationMs?: number
  costUsd?: number
  fixed?: number
  failed?: number
}

/**
 * The table's rows from a triage: applied (or unchanged, no commits),
 * conflicts, refused, then missing, each in group id order. `missingReasons`
 * says why a group's work job left no proposal, when integrate knows (the
 * job's conclusion); the stage sets `reverted`/`refixed`/`dropped` itself.
 */
export function rowsOfTriage(
  triage: Triage,
  proposals: readonly WorkProposal[],
  missingReasons: Readonly<Record<string, string>> = {}
): FanoutRow[] {
  const measured = (p: WorkProposal | undefined): Omit<FanoutRow, 'group' | 'status'> =>
    p === undefined
      ? {}
      : {
          ...(p.runner !== undefined ? {runner: p.runner} : {}),
          durationMs: p.durationMs,
          costUsd: p.costUsd,
          fixed: p.fixed,
          failed: p.failed
        }
  const first = (group: string): WorkProposal | undefined =>
    [...proposals].sort(byGroup).find(p => p.group === group)
  return [
    ...triage.apply.map(p => ({
      group: p.group,
      status: p.commits > 0 ? ('applied' as const) : ('unchanged' as const),
      ...measured(p)
    })),
    ...triage.conflicts.map(c => ({
      group: c.group,
      status: 'conflict' as const,
      reason: `touches ${c.files.join(', ')}, owned by ${c.owners.join(', ')}`,
      ...measured(first(c.group))
    })),
    ...triage.refused.map(r => ({group: r.group, status: 'refused' as const, reason: r.reason})),
    ...triage.missing.map(group => ({
      group,
      status: 'missing' as const,
      reason:
        missingReasons[group] ??
        'no proposal: its work job failed, timed out or was cancelled (see the job log)'
    }))
  ]
}

/** `45s`, `1m 05s`, `1h 02m`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 1000 : 0))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/** `$0.42`; `<$0.01` for a cost under a cent. */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd) || usd <= 0) return '$0.00'
  return usd < 0.005 ? '<$0.01' : `$${usd.toFixed(2)}`
}

/** The report's fan-out table: group, runner, time, cost, fixed/failed, status; then the wall clock
 *  (plan start → integrate end) vs the sum of group times, and their ratio: the seed's "parallel vs
 *  serial" figure. It flatters the fan-out: each group's time includes its own job's checkout and
 *  checks, which one job would pay once (bench:fan-out measures the fan-out against one job). */
export function fanoutTable(rows: readonly FanoutRow[], wallClockMs: number): string {
  const body = rows.map(r => [
    `\`${cell(r.group, 80)}\``,
    // A work job wrote these: no reference in them may close or link an issue from the PR body.
    cell(inertReferences(r.runner ?? ''), 80),
    r.durationMs === undefined ? '' : formatDuration(r.durationMs),
    r.costUsd === undefined ? '' : formatUsd(r.costUsd),
    r.fixed === undefined && r.failed === undefined ? '' : `${r.fixed ?? 0} / ${r.failed ?? 0}`,
    r.reason === undefined ? r.status : `${r.status}: ${cell(inertReferences(r.reason), 300)}`
  ])
  const sum = rows.reduce((n, r) => n + (r.durationMs ?? 0), 0)
  const cost = rows.reduce((n, r) => n + (r.costUsd ?? 0), 0)
  const speedUp = wallClockMs > 0 && sum > 0 ? `${(sum / wallClockMs).toFixed(1)}×` : '—'
  return [
    table(['Group', 'Runner', 'Time', 'Cost', 'Fixed / failed', 'Status'], body),
    '',
    `Wall clock (plan start → integrate end): ${formatDuration(wallClockMs)} · sum of the groups: ${formatDuration(sum)} · groups in parallel vs one after another: ${speedUp} (each group's job start-up and checks counted in it) · total cost of the groups: ${formatUsd(cost)}`
  ].join('\n')
}
