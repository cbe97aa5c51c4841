// The coordinator's plan for a feature: interface contracts first (the files
// with the shared types and API shapes, written and committed before any
// stream starts), then streams, each with a goal and the files it owns.
// Ownership is exclusive: a stream writes only what it owns (enforced by the
// tools' write guard), no two streams may own the same file, and no stream
// owns a contract file (the contract is fixed once the streams start). A plan
// that breaks a rule is re-planned once with the reasons, else run as one
// stream, never merged blindly.
import picomatch from 'picomatch'
import {z} from 'zod'
import {protectingGlob} from '../fixing/protected-paths.js'

/** Streams one plan may have (a matrix job each, later). */
export const DEFAULT_MAX_STREAMS = 6
/** Contract files one plan may write. */
export const MAX_CONTRACT_FILES = 10
const MAX_CONTRACT_BYTES = 64 * 1024
/** Paths (or globs) one stream may own. */
const MAX_OWNED = 40

const relPath = z
  .string()
  .min(1)
  .max(300)
  .describe('A path relative to the repository root, / separators.')

export const contractSchema = z.object({
  path: relPath,
  purpose: z.string().min(1).max(500).describe('What this contract fixes (types, an API shape).'),
  content: z
    .string()
    .min(1)
    .max(MAX_CONTRACT_BYTES)
    .describe('The whole file: declarations only (types, interfaces, signatures).')
})

export const streamSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens, at most 40')
    .describe('A short id, e.g. "core" or "tests".'),
  goal: z.string().min(1).max(1000).describe('What this stream builds, against the contract.'),
  owns: z
    .array(relPath)
    .min(1)
    .max(MAX_OWNED)
    .describe('The files (or globs) only this stream may write; no other stream may own them.'),
  criteria: z
    .array(z.number().int().min(1))
    .max(60)
    .default([])
    .describe('The numbers of the acceptance criteria this stream covers with tests.')
})

export const featurePlanSchema = z.object({
  summary: z.string().min(1).max(2000).describe('The design in a few sentences.'),
  contracts: z.array(contractSchema).max(MAX_CONTRACT_FILES),
  streams: z.array(streamSchema).min(1)
})

export type Contract = z.infer<typeof contractSchema>
export type Stream = z.infer<typeof streamSchema>
export type FeaturePlan = z.infer<typeof featurePlanSchema>

export interface PlanRules {
  /** Globs no change may touch (the settings' protected paths). */
  protectedPaths: readonly string[]
  maxStreams: number
}

export type PlanCheck = {ok: true; plan: FeaturePlan} | {ok: false; problems: string[]}

const normalize = (p: string): string => p.replace(/^\.\//, '')

/** Why a path or glob is not a path inside the repository, or undefined. */
function outsideRepo(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute'
  if (path.includes('\\')) return 'uses \\ (use / separators)'
  if (path.includes('\0')) return 'contains a NUL byte'
  const parts = normalize(path).split('/')
  if (parts.includes('..')) return 'leaves the repository (..)'
  if (parts.some(p => p.toLowerCase() === '.git')) return 'is inside .git'
  if (normalize(path) === '' || normalize(path) === '.') return 'is the repository root'
  return undefined
}

/** The static folder a glob starts in ('' for the root); the path itself when it is no glob. */
function baseOf(glob: string): {base: string; isGlob: boolean} {
  const scan = picomatch.scan(normalize(glob))
  return {base: scan.isGlob ? scan.base : normalize(glob), isGlob: scan.isGlob}
}

/** One matcher for a list of owned paths/globs (a folder name covers what is below it). */
export function ownsMatcher(owns: readonly string[]): (path: string) => boolean {
  const tests = owns.flatMap(glob => {
    const g = normalize(glob).replace(/\/+$/, '')
    const options = {dot: true}
    return baseOf(g).isGlob
      ? [picomatch(g, options)]
      : [picomatch(g, options), picomatch(`${g}/**`, options)]
  })
  return path => tests.some(t => t(normalize(path)))
}

/**
 * Whether two owned entries may name a common file: one matches the other
 * taken as a path, or both are globs whose static folders nest (conservative:
 * `src/**` and `src/api/*.ts` share files; `src/a/*` and `src/b/*` do not).
 */
function mayOverlap(a: string, b: string): boolean {
  const A = baseOf(a)
  const B = baseOf(b)
  if (ownsMatcher([a])(normalize(b)) || ownsMatcher([b])(normalize(a))) return true
  if (!A.isGlob || !B.isGlob) return false
  const nests = (x: string, y: string): boolean => x === '' || y === x || y.startsWith(`${x}/`)
  return nests(A.base, B.base) || nests(B.base, A.base)
}

function ownershipProblems(plan: FeaturePlan, repoFiles: readonly string[]): string[] {
  const problems: string[] = []
  const streams = plan.streams
  for (let i = 0; i < streams.length; i++) {
    for (let j = i + 1; j < streams.length; j++) {
      const [s, t] = [streams[i]!, streams[j]!]
      const shared = s.owns.flatMap(a => t.owns.filter(b => mayOverlap(a, b)).map(b => [a, b]))
      const files = repoFiles.filter(f => ownsMatcher(s.owns)(f) && ownsMatcher(t.owns)(f))
      if (shared.length > 0 || files.length > 0) {
        const what = shared.length ? shared.map(([a, b]) => `${a} / ${b}`) : files.slice(0, 5)
        problems.push(
          `streams '${s.id}' and '${t.id}' would share files (${what.join(', ')}): ownership must be exclusive`
        )
      }
    }
  }
  for (const c of plan.contracts) {
    const owner = streams.find(s => ownsMatcher(s.owns)(c.path))
    if (owner)
      problems.push(
        `contract ${c.path} is owned by stream '${owner.id}': contract files are written before the streams and owned by none`
      )
  }
  return problems
}

function pathProblems(plan: FeaturePlan, rules: PlanRules): string[] {
  const problems: string[] = []
  const protectedBy = protectingGlob(rules.protectedPaths)
  const entries = [
    ...plan.contracts.map(c => ({what: `contract ${c.path}`, path: c.path})),
    ...plan.streams.flatMap(s => s.owns.map(o => ({what: `stream '${s.id}' owns ${o}`, path: o})))
  ]
  for (const {what, path} of entries) {
    const outside = outsideRepo(path)
    if (outside) {
      problems.push(`${what}: the path ${outside}`)
      continue
    }
    const {base, isGlob} = baseOf(path)
    const hit = protectedBy(normalize(path)) ?? (isGlob && base ? protectedBy(base) : undefined)
    if (hit) problems.push(`${what}: a protected path (${hit}) may not be written`)
    if (isGlob && base === '' && what.startsWith('stream'))
      problems.push(`${what}: a glob over the whole repository is not an owned set of files`)
  }
  return problems
}

/** Checks a plan the model submitted: the schema, then the paths, the cap and the ownership. */
export function checkPlan(
  input: unknown,
  rules: PlanRules,
  repoFiles: readonly string[] = []
): PlanCheck {
  const parsed = featurePlanSchema.safeParse(input)
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map(i => `${i.path.join('.') || 'plan'}: ${i.message}`)
    }
  const plan = parsed.data
  const problems: string[] = []
  if (plan.streams.length > rules.maxStreams)
    problems.push(`${plan.streams.length} streams: at most ${rules.maxStreams} are allowed`)
  const ids = plan.streams.map(s => s.id)
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (twice.length) problems.push(`stream ids used twice: ${[...new Set(twice)].join(', ')}`)
  const paths = plan.contracts.map(c => normalize(c.path))
  if (new Set(paths).size !== paths.length) problems.push('a contract file is listed twice')
  problems.push(...pathProblems(plan, rules), ...ownershipProblems(plan, repoFiles))
  return problems.length ? {ok: false, problems} : {ok: true, plan}
}

/**
 * The plan as one stream owning what all its streams owned (the fallback
 * when a re-plan still shares files): checked again, since the union may
 * still name a protected path or a contract file.
 */
export function asOneStream(plan: FeaturePlan, rules: PlanRules): PlanCheck {
  const owns = [...new Set(plan.streams.flatMap(s => s.owns))]
  const criteria = [...new Set(plan.streams.flatMap(s => s.criteria))].sort((a, b) => a - b)
  const goal = plan.streams.map(s => `${s.id}: ${s.goal}`).join('\n')
  return checkPlan(
    {...plan, streams: [{id: 'all', goal: goal.slice(0, 1000), owns: owns.slice(0, 40), criteria}]},
    rules
  )
}

/** What the tools tell a stream that writes a file it does not own (undefined: it owns it). */
export function ownershipGuard(
  plan: FeaturePlan,
  stream: Stream
): (rel: string) => string | undefined {
  const owned = ownsMatcher(stream.owns)
  const contract = new Set(plan.contracts.map(c => normalize(c.path)))
  return rel => {
    if (contract.has(normalize(rel)))
      return `"${rel}" is a contract file of the plan: it is fixed for every stream and may not be changed. Implement against it; if it is wrong, say so in your final message.`
    if (owned(rel)) return undefined
    const other = plan.streams.find(s => s.id !== stream.id && ownsMatcher(s.owns)(rel))
    return `"${rel}" is not owned by stream '${stream.id}'${other ? ` (stream '${other.id}' owns it)` : ''}: this stream may write only ${stream.owns.join(', ')}.`
  }
}

export type CappedPlan =
  {ok: true; plan: FeaturePlan; merged: string[]} | {ok: false; reason: string}

/**
 * The plan with at most `max` streams (max-parallel: one matrix job each).
 * The two streams that own the fewest entries become one stream owning both
 * sets (ownership stays exclusive: the union of two disjoint sets), until at
 * most `max` remain. `merged` says which were merged ("a + b → a-b"). A
 * merge whose union would own more than a stream may is refused.
 */
export function capStreams(plan: FeaturePlan, max: number): CappedPlan {
  const streams = [...plan.streams]
  const merged: string[] = []
  const limit = Math.max(1, Math.floor(max))
  while (streams.length > limit) {
    const order = streams
      .map((s, i) => ({s, i}))
      .sort((a, b) => a.s.owns.length - b.s.owns.length || a.i - b.i)
    const [a, b] = [order[0]!, order[1]!].sort((x, y) => x.i - y.i)
    const owns = [...new Set([...a.s.owns, ...b.s.owns])]
    if (owns.length > MAX_OWNED)
      return {
        ok: false,
        reason: `merging streams '${a.s.id}' and '${b.s.id}' to fit max-parallel ${limit} would own ${owns.length} paths (at most ${MAX_OWNED}); raise max-parallel`
      }
    const taken = new Set(streams.map(s => s.id))
    const joined = `${a.s.id}-${b.s.id}`.slice(0, 40)
    const id = taken.has(joined) ? `merged-${merged.length + 1}` : joined
    const stream: Stream = {
      id,
      goal: `${a.s.id}: ${a.s.goal}\n${b.s.id}: ${b.s.goal}`.slice(0, 1000),
      owns,
      criteria: [...new Set([...a.s.criteria, ...b.s.criteria])].sort((x, y) => x - y)
    }
    merged.push(`${a.s.id} + ${b.s.id} → ${id}`)
    streams.splice(b.i, 1)
    streams.splice(a.i, 1, stream)
  }
  return {ok: true, plan: {...plan, streams}, merged}
}

/**
 * A stream's new failures split for a fan-out work job, which has the
 * contract and its own files but not the other streams': `awaiting` are
 * those that name a file another stream owns (its path without the
 * extension, so `../src/x.js` names `src/x.ts`; a glob by its folder). Only
 * integrate, with every stream applied, can judge them; `own` count against
 * the stream now. A failure that names no other stream's file (a test that
 * fails without saying which module it exercised) counts against it.
 */
export function awaitingOtherStreams<F extends FailureText>(
  plan: FeaturePlan,
  stream: Stream,
  failures: readonly F[]
): {own: F[]; awaiting: F[]} {
  const names = plan.streams
    .filter(s => s.id !== stream.id)
    .flatMap(s => s.owns.map(normalize))
    .map(path => {
      const {base, isGlob} = baseOf(path)
      return isGlob ? (base ? `${base}/` : '') : path.replace(/\.[^./]+$/, '')
    })
    .filter(name => name.length > 0)
  const own: F[] = []
  const awaiting: F[] = []
  for (const f of failures) {
    const text = [f.file, f.test, f.message, f.excerpt].filter(Boolean).join('\n')
    ;(names.some(n => text.includes(n)) ? awaiting : own).push(f)
  }
  return {own, awaiting}
}

/** What awaitingOtherStreams reads of a failure. */
export interface FailureText {
  file?: string
  test?: string
  message: string
  excerpt: string
}
