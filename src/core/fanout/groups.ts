// The fan-out's independent groups: the plan's items split so that no two
// groups may need to change the same file, each group one matrix job.
//
// The files an item claims (its file set):
// 1. every member's own location (`Failure.file`);
// 2. the plan item's files (its message and excerpt files, stack traces
//    included), except for diagnostics a tool located itself (compile and
//    lint errors with a file: their excerpt is a window of the log holding
//    the neighbouring diagnostics, not evidence about this one), and except
//    a test file that is another item's location and none of this one's (a
//    neighbouring test's lines in the excerpt);
// 3. one hop: the non-test repository files those files import directly
//    (from the import graph). A fix may touch what a failing test or file
//    imports; a test helper shared by many tests (test/helpers.ts) is a test
//    file, so it does not chain every test into one group. Neither does a
//    barrel the caller names (`barrels`: an index.ts of `export … from`
//    lines, a Python `__init__.py` of imports: import-graph's barrelFiles),
//    which every test may import and no fix changes: the hop passes it over.
// Items whose file sets meet are one group (union–find). A tool's count
// line (`2 failed, 10 passed`, no file) joins the first item of its category
// that has files. Other items with no file at all (an unlocated dependency
// or CI problem) could touch anything; they share one group. Above `maxGroups` the two smallest groups (fewest
// failures, ties by id) merge until it holds; the merged group keeps the id
// of the one first in plan order. Deterministic: plan order in, the same
// groups out.
import type {PlannedFailure} from '../autofix/failure-plan.js'
import {isTestFile, normalizePath} from '../fixing/source-text.js'
import type {ImportGraph} from './import-graph.js'

/** GitHub runs at most this many jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256

export interface FanoutGroup {
  /** Stable across reruns of the same failures: `g-` + first 10 chars of the lead item's key. */
  id: string
  /** Plan item keys (PlannedFailure.key) in plan order. */
  keys: string[]
  /** Every file the group may need to change: its items' files, their test files, and the
   *  repository files those import directly (one hop). No two groups share a file. */
  files: string[]
  /** Number of failures (members) in the group. */
  failures: number
}

export interface GroupingOptions {
  importGraph?: ImportGraph
  /** Files that only re-export (barrelFiles): never reached by the one hop. */
  barrels?: Iterable<string>
  /** Max groups: min(max-parallel, 256). Smallest groups are merged (deterministically) until it holds. */
  maxGroups: number
}

/** A tool's own location is the whole story for these; their excerpt is the neighbouring diagnostics. */
function isLocatedDiagnostic(item: PlannedFailure): boolean {
  return item.members.every(
    m => (m.category === 'compile_error' || m.category === 'lint_error') && m.file !== undefined
  )
}

function locationsOf(item: PlannedFailure): Set<string> {
  const out = new Set<string>()
  for (const m of item.members) if (m.file !== undefined) out.add(normalizePath(m.file))
  return out
}

/** Rules 1 and 2 of the module doc: the files an item itself points at. */
export function ownFiles(item: PlannedFailure, otherLocations: ReadonlySet<string>): string[] {
  const own = locationsOf(item)
  const out = new Set(own)
  if (!isLocatedDiagnostic(item))
    for (const raw of item.files) {
      const f = normalizePath(raw)
      if (isTestFile(f) && otherLocations.has(f) && !own.has(f)) continue
      out.add(f)
    }
  out.delete('')
  return [...out]
}

/** Rule 3: the files plus the non-test, non-barrel files they import directly. */
function withOneHop(
  files: readonly string[],
  graph: ImportGraph | undefined,
  barrels: ReadonlySet<string>
): string[] {
  const out = new Set(files)
  if (graph === undefined) return [...out]
  for (const f of files)
    for (const dep of graph[f] ?? []) {
      const d = normalizePath(dep)
      if (!isTestFile(d) && !barrels.has(d)) out.add(d)
    }
  return [...out]
}

/** Each item's file set (module doc), in plan order. */
export function fileSets(
  items: readonly PlannedFailure[],
  graph: ImportGraph | undefined,
  barrels: Iterable<string> = []
): string[][] {
  const skip = new Set([...barrels].map(normalizePath))
  const counts = new Map<string, number>()
  const locations = items.map(locationsOf)
  for (const set of locations) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1)
  return items.map((item, i) => {
    const mine = locations[i] as Set<string>
    const others = new Set(
      [...counts].filter(([f, n]) => n > (mine.has(f) ? 1 : 0)).map(([f]) => f)
    )
    return withOneHop(ownFiles(item, others), graph, skip)
  })
}

/**
 * A tool's count line (`2 failed, 10 passed`: a `*.summary` rule, no file)
 * is no failure of its own: it counts the others. It joins the first item,
 * in plan order, of its category that has files; undefined when none has.
 */
function countedBy(
  items: readonly PlannedFailure[],
  sets: readonly string[][],
  i: number
): number | undefined {
  const item = items[i] as PlannedFailure
  if (!item.members.every(m => /\.summary$/.test(m.rule) && m.file === undefined)) return undefined
  const j = items.findIndex((other, k) => other.category === item.category && sets[k]!.length > 0)
  return j < 0 ? undefined : j
}

class UnionFind {
  private readonly parent: number[]
  constructor(n: number) {
    this.parent = Array.from({length: n}, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] as number
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number
      this.parent[i] = root
      i = next
    }
    return root
  }
  /** The smaller index stays the root, so a component's root is its first item in plan order. */
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/** Items whose file sets intersect (directly or through the graph's one hop) end in one group
 *  (union–find); items already grouped by a shared cause are one item. Deterministic order. */
export function independentGroups(
  items: readonly PlannedFailure[],
  options: GroupingOptions
): FanoutGroup[] {
  const sets = fileSets(items, options.importGraph, options.barrels)
  const uf = new UnionFind(items.length)
  const owner = new Map<string, number>()
  let fileless: number | undefined
  sets.forEach((files, i) => {
    if (files.length === 0) {
      const counted = countedBy(items, sets, i)
      if (counted !== undefined) uf.union(counted, i)
      else if (fileless === undefined) fileless = i
      else uf.union(fileless, i)
    }
    for (const f of files) {
      const first = owner.get(f)
      if (first === undefined) owner.set(f, i)
      else uf.union(first, i)
    }
  })
  const components = new Map<number, number[]>()
  items.forEach((_, i) => {
    const root = uf.find(i)
    components.set(root, [...(components.get(root) ?? []), i])
  })
  const ids = uniqueIds([...components.keys()].map(i => groupId((items[i] as PlannedFailure).key)))
  const parts = [...components.values()].map((indexes, n) => ({
    indexes,
    files: new Set(indexes.flatMap(i => sets[i] ?? [])),
    failures: indexes.reduce((sum, i) => sum + (items[i] as PlannedFailure).members.length, 0),
    id: ids[n] as string
  }))
  return capGroups(parts, clampGroups(options.maxGroups)).map(p => groupOf(items, p))
}

/** maxGroups as a whole number in [1, 256]. */
export function clampGroups(maxGroups: number): number {
  if (!Number.isFinite(maxGroups)) return maxGroups > 0 ? MAX_MATRIX_JOBS : 1
  return Math.min(MAX_MATRIX_JOBS, Math.max(1, Math.floor(maxGroups)))
}

interface Part {
  /** Item indexes in plan order. */
  indexes: number[]
  files: Set<string>
  failures: number
  /** The id of its lead (first item), for ties. */
  id: string
}

function bySize(a: Part, b: Part): number {
  return (
    a.failures - b.failures || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.indexes[0]! - b.indexes[0]!)
  )
}

/** Merge the two smallest parts (fewest failures, ties by id) until at most `max` remain; parts stay in plan order of their lead. */
function capGroups(parts: readonly Part[], max: number): Part[] {
  const out = [...parts]
  while (out.length > max) {
    const [a, b] = [...out].sort(bySize) as [Part, Part]
    const [first, second] = a.indexes[0]! < b.indexes[0]! ? [a, b] : [b, a]
    const merged: Part = {
      indexes: [...first.indexes, ...second.indexes].sort((x, y) => x - y),
      files: new Set([...first.files, ...second.files]),
      failures: first.failures + second.failures,
      id: first.id
    }
    out.splice(out.indexOf(second), 1)
    out.splice(out.indexOf(first), 1, merged)
  }
  return out.sort((x, y) => x.indexes[0]! - y.indexes[0]!)
}

function groupOf(items: readonly PlannedFailure[], part: Part): FanoutGroup {
  const members = part.indexes.map(i => items[i] as PlannedFailure)
  return {
    id: part.id,
    keys: members.map(m => m.key),
    files: [...part.files].sort(),
    failures: part.failures
  }
}

/** Ids as groupId gives them, made unique (`-2`, `-3`… when two leads' keys share their first 10 characters). */
function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return ids.map(id => {
    let out = id
    for (let n = 2; seen.has(out); n++) out = `${id}-${n}`
    seen.add(out)
    return out
  })
}

/** `g-` + the first 10 characters of the lead's key (only letters, digits, `_` and `-` kept). */
export function groupId(leadKey: string): string {
  return `g-${leadKey.replace(/[^\w-]/g, '').slice(0, 10) || 'x'}`
}
