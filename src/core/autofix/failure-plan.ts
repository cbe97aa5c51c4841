// The order in which autofix works on failures, and which failures share one
// cause. Compile and dependency problems first (they cause test failures),
// then tests, lint last-ish (the deterministic fixers handle most of it);
// utilities before features; twenty tests failing on one missing export are
// one item. Pure: failures in, plan out.
import {messageShape} from '../classify/fingerprint.js'
import {filesInText} from '../classify/failure-files.js'
import type {Category, Failure} from '../classify/types.js'
import {isTestFile, normalizePath} from '../fixing/source-text.js'

/** Repository-relative code files in a text (moved to classify/failure-files.ts, shared with classify). */
export {filesInText}

export type Phase = 'dependency' | 'compile' | 'contract' | 'test' | 'lint' | 'other'

export interface PlannedFailure {
  /** Stable across runs: the fingerprint of the group's lead failure. */
  key: string
  /** The failure the model is shown first (the likely root cause of the group). */
  lead: Failure
  /** Every failure of the group, the lead first. */
  members: Failure[]
  category: Category
  phase: Phase
  /** Repository files in the failures' locations and stack traces, most relevant first. */
  files: string[]
  /** Why these failures were grouped (absent for a single failure). */
  groupReason?: string
}

export interface SkippedFailure {
  failure: Failure
  reason: string
}

export interface FailurePlan {
  /** What to work on, in order (at most maxFailures items). */
  items: PlannedFailure[]
  /** Groups beyond maxFailures, in order. */
  deferred: PlannedFailure[]
  /** Failures not worked on at all (known flakes, problems no code change fixes). */
  skipped: SkippedFailure[]
}

export interface PlanOptions {
  maxFailures: number
  /** file → files it imports (repository-relative), when the caller could build it. */
  importGraph?: Readonly<Record<string, readonly string[]>>
  /** Fingerprints the ledger marks as flaky or transient. */
  knownFlakes?: ReadonlySet<string>
  /** Fingerprints not to attempt, with the reason (failed twice before: core/ledger/retry-policy.ts). */
  blocked?: ReadonlyMap<string, string>
  /** Files listed per item (default 8). */
  maxFiles?: number
}

const PHASE_OF: Record<Category, Phase | null> = {
  dependency_missing: 'dependency',
  compile_error: 'compile',
  contract_violation: 'contract',
  test_fail: 'test',
  timeout: 'test',
  lint_error: 'lint',
  unknown: 'other',
  transient: null,
  resource_exhausted: null,
  orchestration_error: null,
  budget_exceeded: null
}

const PHASE_RANK: Record<Phase, number> = {
  dependency: 0,
  compile: 1,
  contract: 2,
  test: 3,
  lint: 4,
  other: 5
}

const NOT_CODE: Partial<Record<Category, string>> = {
  transient:
    'a transient infrastructure problem (network, service outage): no code change fixes it',
  resource_exhausted:
    'the runner ran out of memory or disk: no code change in the failing spot fixes it',
  orchestration_error:
    'a CI orchestration problem (runner, cancellation, workflow setup), not the code',
  budget_exceeded: 'a budget stop of an earlier run, not a failure of the code'
}

function filesOf(failures: readonly Failure[], max: number): string[] {
  const out: string[] = []
  const push = (p: string): void => {
    const n = normalizePath(p)
    if (n !== '' && !n.startsWith('/') && !out.includes(n)) out.push(n)
  }
  for (const f of failures) if (f.file) push(f.file)
  for (const f of failures) for (const p of filesInText(`${f.message}\n${f.excerpt}`)) push(p)
  // Source files before test files: the fix usually lives there; the test stays visible.
  const source = out.filter(p => !isTestFile(p))
  const tests = out.filter(p => isTestFile(p))
  return [...source, ...tests].slice(0, max)
}

// A cause that several failures can share: a missing name, export or module.
const CAUSES: readonly [string, RegExp][] = [
  ['missing export', /has no exported member(?: named)? ['"`]?([\w$]+)/i],
  ['missing export', /does not provide an export named ['"`]?([\w$]+)/i],
  ['missing export', /['"`]([\w$]+)['"`] is not exported/i],
  ['missing export', /cannot import name ['"`]?(\w+)/i],
  ['missing module', /Cannot find module ['"`]([^'"`]+)/i],
  ['missing module', /Module not found: (?:Error: )?Can't resolve ['"`]([^'"`]+)/i],
  ['missing module', /Failed to (?:resolve|load url) (?:import )?['"`]?([^'"`\s]+)/i],
  ['missing module', /No module named ['"`]?([\w.]+)/i],
  ['undefined name', /Cannot find name ['"`]([\w$]+)/i],
  ['undefined name', /\b([\w$]+) is not defined\b/],
  ['undefined name', /NameError: name ['"`](\w+)/],
  ['undefined name', /\bundefined: (\w+)/],
  ['undefined name', /cannot find (?:value|function|type|struct|macro) `(\w+)`/],
  ['not a function', /\b([\w$.]+) is not a function\b/],
  ['missing property', /Property ['"`]([\w$]+)['"`] does not exist on type ['"`]([^'"`]+)/]
]

/** The cause key of a failure, if its message names one (shared by every failure it breaks). */
export function causeOf(failure: Pick<Failure, 'message'>): string | undefined {
  for (const [kind, re] of CAUSES) {
    const m = re.exec(failure.message)
    if (m) return `${kind}: ${m.slice(1).filter(Boolean).join(' on ')}`
  }
  return undefined
}

/** Assertion-style messages look alike across unrelated tests: never grouped by shape. */
function isAssertionShape(message: string): boolean {
  return /assert|expected|to (?:be|equal|have|match|contain|throw)|toBe|toEqual|!==|===|\bwant\b|\bgot\b|left == right|Snapshot/i.test(
    message
  )
}

function shapeKey(f: Failure): string | undefined {
  if (f.category !== 'test_fail' && f.category !== 'compile_error' && f.category !== 'timeout')
    return undefined
  const shape = messageShape(f.message.split('\n')[0] ?? '')
  if (shape.length < 12 || isAssertionShape(shape)) return undefined
  return `${f.category === 'compile_error' ? `${f.errorCode ?? ''} ` : ''}${shape}`
}

/** Depth of each file in the import graph: 0 imports nothing known, a feature sits above its utilities. */
function importDepths(graph: Readonly<Record<string, readonly string[]>>): Map<string, number> {
  const norm = new Map<string, string[]>()
  for (const [k, v] of Object.entries(graph)) norm.set(normalizePath(k), v.map(normalizePath))
  const depth = new Map<string, number>()
  const visiting = new Set<string>()
  const visit = (file: string): number => {
    const known = depth.get(file)
    if (known !== undefined) return known
    if (visiting.has(file)) return 0
    visiting.add(file)
    let d = 0
    for (const dep of norm.get(file) ?? []) if (dep !== file) d = Math.max(d, visit(dep) + 1)
    visiting.delete(file)
    depth.set(file, d)
    return d
  }
  for (const f of norm.keys()) visit(f)
  return depth
}

const UTILITY_DIR = /(?:^|\/)(?:utils?|lib|libs|helpers?|common|shared|core|internal|pkg)\//

/** Lower sorts first: utilities before features. */
function utilityRank(files: readonly string[], depths: Map<string, number> | undefined): number {
  const file = files[0]
  if (file === undefined) return Number.MAX_SAFE_INTEGER
  if (depths !== undefined) {
    const d = depths.get(file)
    if (d !== undefined) return d
  }
  // No graph entry: shallower paths and utility folders first.
  return 1_000 + file.split('/').length * 2 - (UTILITY_DIR.test(file) ? 1 : 0)
}

interface Group {
  members: Failure[]
  reason?: string
}

function leadOf(members: readonly Failure[]): Failure {
  return [...members].sort(
    (a, b) =>
      PHASE_RANK[PHASE_OF[a.category] ?? 'other'] - PHASE_RANK[PHASE_OF[b.category] ?? 'other'] ||
      Number(isTestFile(a.file ?? '')) - Number(isTestFile(b.file ?? '')) ||
      a.fingerprint.localeCompare(b.fingerprint)
  )[0] as Failure
}

/** Order, group and cap failures; skip known flakes and problems no code change fixes. */
export function planFailures(failures: readonly Failure[], options: PlanOptions): FailurePlan {
  const {work, skipped} = sortOut(failures, options)
  const planned = orderGroups(groupByCause(work), options)
  const cap = Math.max(0, Math.floor(options.maxFailures))
  return {
    items: planned.slice(0, cap),
    deferred: planned.slice(cap),
    skipped
  }
}

/** One per fingerprint; known flakes, blocked fingerprints and problems no code change fixes set aside. */
function sortOut(
  failures: readonly Failure[],
  options: PlanOptions
): {work: Failure[]; skipped: SkippedFailure[]} {
  const skipped: SkippedFailure[] = []
  const seen = new Set<string>()
  const work: Failure[] = []
  for (const f of failures) {
    if (seen.has(f.fingerprint)) continue
    seen.add(f.fingerprint)
    const reason = options.knownFlakes?.has(f.fingerprint)
      ? 'a known flake (the ledger marks this fingerprint flaky or transient): reported, not fixed'
      : (options.blocked?.get(f.fingerprint) ?? NOT_CODE[f.category])
    if (reason !== undefined) skipped.push({failure: f, reason})
    else work.push(f)
  }
  return {work, skipped}
}

/** Groups: one named cause, else one non-assertion message shape; the rest alone. */
function groupByCause(work: readonly Failure[]): Group[] {
  const groups: Group[] = []
  const byKey = new Map<string, Group>()
  for (const f of work) {
    const cause = causeOf(f)
    const shape = cause === undefined ? shapeKey(f) : undefined
    const key =
      cause !== undefined
        ? `cause\u0000${cause}`
        : shape !== undefined
          ? `shape\u0000${shape}`
          : undefined
    const existing = key === undefined ? undefined : byKey.get(key)
    if (existing) {
      existing.members.push(f)
      existing.reason = cause !== undefined ? `one cause (${cause})` : 'the same error message'
      continue
    }
    const g: Group = {members: [f]}
    groups.push(g)
    if (key !== undefined) byKey.set(key, g)
  }
  return groups
}

/** The groups as planned items, in fixing order: phase, then how much depends on their files, then size. */
function orderGroups(groups: readonly Group[], options: PlanOptions): PlannedFailure[] {
  const maxFiles = options.maxFiles ?? 8
  const depths = options.importGraph ? importDepths(options.importGraph) : undefined
  const planned = groups.map((g, index) => {
    const lead = leadOf(g.members)
    const members = [lead, ...g.members.filter(m => m !== lead)]
    const files = filesOf(members, maxFiles)
    const item: PlannedFailure = {
      key: lead.fingerprint,
      lead,
      members,
      category: lead.category,
      phase: PHASE_OF[lead.category] ?? 'other',
      files,
      ...(g.reason !== undefined
        ? {groupReason: `${members.length} failures share ${g.reason}`}
        : {})
    }
    return {item, index, rank: utilityRank(files, depths)}
  })
  planned.sort(
    (a, b) =>
      PHASE_RANK[a.item.phase] - PHASE_RANK[b.item.phase] ||
      a.rank - b.rank ||
      b.item.members.length - a.item.members.length ||
      a.index - b.index
  )
  return planned.map(p => p.item)
}
