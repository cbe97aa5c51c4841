// The fan-out plan: what the plan stage hands to every work job and to
// integrate as an artifact (fanout-plan.json). A work job and integrate read
// it back and trust nothing in it they did not check: the schema (zod), its
// size caps, that it comes from this repository and this workflow run, and
// that no two groups share a file. Pure: JSON text in, the plan or one reason
// out.
import {z} from 'zod'
import {CATEGORIES, type Failure} from '../classify/types.js'
import type {Criterion} from '../feature/acceptance.js'
import type {UsageTotals} from '../fixing/budgets.js'
import {featurePlanSchema, type FeaturePlan} from '../feature/plan.js'
import type {FanoutBudgets} from './budget-split.js'
import {MAX_MATRIX_JOBS, type FanoutGroup} from './groups.js'

export const FANOUT_PLAN_FILE = 'fanout-plan.json'
export const FANOUT_PLAN_VERSION = 1
/** At most this many groups (GitHub's matrix cap). */
export const MAX_PLAN_GROUPS = MAX_MATRIX_JOBS
/** At most this many files across all groups. */
export const MAX_PLAN_FILES = 10_000
/** At most this many baseline failures. */
export const MAX_BASELINE_FAILURES = 10_000

const MAX_TEXT = 64 * 1024

const fullSha = z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'a full commit sha')
/** A repository-relative path: no leading `/`, no `..` segment, no backslash, no line break. */
const repoPath = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    p => !p.startsWith('/') && !/(?:^|\/)\.\.(?:\/|$)/.test(p) && !/[\\\r\n\0]/.test(p),
    'a repository-relative path'
  )

const budgetsSchema = z.object({
  maxInputTokens: z.number().int().nonnegative(),
  maxCostUsd: z.number().nonnegative(),
  timeBudgetMinutes: z.number().nonnegative()
})

const groupSchema = z.object({
  id: z.string().regex(/^g-[\w-]{1,64}$/, 'a group id (g-…)'),
  keys: z.array(z.string().min(1).max(600)).min(1).max(1_000),
  files: z.array(repoPath).max(MAX_PLAN_FILES),
  failures: z.number().int().positive(),
  budgets: budgetsSchema
})

const failureSchema = z.object({
  category: z.enum(CATEGORIES),
  file: z.string().max(4096).optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  test: z.string().max(MAX_TEXT).optional(),
  errorCode: z.string().max(200).optional(),
  message: z.string().max(MAX_TEXT),
  excerpt: z.string().max(MAX_TEXT),
  fingerprint: z.string().min(1).max(600),
  rule: z.string().max(200),
  confidence: z.number(),
  tool: z.string().max(200),
  step: z.string().max(MAX_TEXT).optional(),
  network: z.boolean().optional(),
  source: z.string().max(MAX_TEXT).optional()
})

/** A job's model usage (UsageTotals), as the plan and the work jobs record it. */
export const usageTotalsSchema = z.object({
  inputTokens: z.number().nonnegative(),
  outputTokens: z.number().nonnegative(),
  cacheReadTokens: z.number().nonnegative(),
  cacheWriteTokens: z.number().nonnegative(),
  freshInputTokens: z.number().nonnegative(),
  costUsd: z.number().nonnegative(),
  calls: z.number().nonnegative()
})

/**
 * task: issue: the feature build's part of the plan. Each group is one
 * stream (its key `stream:<id>`, its files the stream's owned paths); the
 * work jobs write the contract from here and build their stream against it.
 * The issue text was admitted by the plan job's gates; it stays untrusted
 * data for the model.
 */
const featureSchema = z.object({
  issue: z.object({
    number: z.number().int().positive(),
    title: z.string().max(1_000),
    body: z.string().max(MAX_TEXT)
  }),
  criteria: z
    .array(
      z.object({
        kind: z.enum(['task-list', 'section', 'given-when-then', 'example']),
        text: z.string().max(4_000)
      })
    )
    .max(60),
  plan: featurePlanSchema,
  replanned: z.array(z.string().max(4_000)).max(20).optional(),
  oneStream: z.string().max(4_000).optional(),
  coordinator: usageTotalsSchema.optional()
})

export interface FeatureSection {
  issue: {number: number; title: string; body: string}
  criteria: Criterion[]
  plan: FeaturePlan
  /** Why the coordinator's first plan was refused, when it re-planned. */
  replanned?: string[]
  /** Why the plan runs as one stream. */
  oneStream?: string
  /** What the coordinator (the plan job's model) spent: integrate adds it to the streams' total. */
  coordinator?: UsageTotals
}

/** The key of a stream's group in a feature plan. */
export const streamKey = (id: string): string => `stream:${id}`

export const fanoutPlanSchema = z.object({
  version: z.literal(FANOUT_PLAN_VERSION),
  repository: z.object({owner: z.string().min(1).max(100), repo: z.string().min(1).max(100)}),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  base: z.object({branch: z.string().max(255), sha: fullSha}),
  checks: z.object({
    test: z.string().max(MAX_TEXT),
    lint: z.string().max(MAX_TEXT),
    typecheck: z.string().max(MAX_TEXT)
  }),
  groups: z.array(groupSchema).max(MAX_PLAN_GROUPS),
  /** The baseline failures (what exists before any fix), so a work job need not re-run the suite. */
  baseline: z.array(failureSchema).max(MAX_BASELINE_FAILURES),
  createdAt: z.string().max(64),
  feature: featureSchema.optional()
})

export interface FanoutPlan {
  version: 1
  repository: {owner: string; repo: string}
  runId: number
  runAttempt: number
  base: {branch: string; sha: string}
  checks: {test: string; lint: string; typecheck: string}
  groups: Array<FanoutGroup & {budgets: FanoutBudgets}>
  /** The baseline failures (what exists before any fix), so a work job need not re-run the suite. */
  baseline: Failure[]
  createdAt: string
  /** task: issue: the groups are the streams of this feature plan. */
  feature?: FeatureSection
}

/** What the reading job is: the plan must come from this repository and this workflow run. */
export interface PlanExpectation {
  owner: string
  repo: string
  runId: number
}

/** Refusals of the raw document before the schema: not JSON, another version, over the caps. */
function shapeProblem(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return `${FANOUT_PLAN_FILE} is not a fan-out plan (a JSON object)`
  const {version, groups} = doc as {version?: unknown; groups?: unknown}
  if (version !== FANOUT_PLAN_VERSION)
    return `${FANOUT_PLAN_FILE} has version ${JSON.stringify(version) ?? 'none'}; this ci-medic reads version ${FANOUT_PLAN_VERSION} (plan and work/integrate must run the same ci-medic version)`
  if (Array.isArray(groups)) {
    if (groups.length > MAX_PLAN_GROUPS)
      return `the plan has ${groups.length} groups, more than the ${MAX_PLAN_GROUPS} a matrix can run`
    const files = groups.reduce<number>(
      (n, g: unknown) =>
        n +
        (Array.isArray((g as {files?: unknown})?.files)
          ? (g as {files: unknown[]}).files.length
          : 0),
      0
    )
    if (files > MAX_PLAN_FILES)
      return `the plan's groups list ${files} files, more than the ${MAX_PLAN_FILES} a plan may hold`
  }
  return undefined
}

function schemaProblem(issue: {path: readonly PropertyKey[]; message: string} | undefined): string {
  if (issue === undefined) return `${FANOUT_PLAN_FILE} is not a fan-out plan`
  const [top, index, ...rest] = issue.path
  if (top === 'groups' && typeof index === 'number')
    return `group ${index + 1} of the plan is malformed (${rest.map(String).join('.') || 'the group'}: ${issue.message})`
  return `${FANOUT_PLAN_FILE} is not a fan-out plan (${issue.path.map(String).join('.') || 'root'}: ${issue.message})`
}

/** Two groups with one id, one failure or one file: the plan is not a partition. */
function overlapProblem(groups: FanoutPlan['groups']): string | undefined {
  const ids = new Set<string>()
  const keys = new Map<string, string>()
  const owner = new Map<string, string>()
  for (const g of groups) {
    if (ids.has(g.id)) return `two groups of the plan have the id ${g.id}`
    ids.add(g.id)
    for (const k of g.keys) {
      const first = keys.get(k)
      if (first !== undefined)
        return `the failure ${k} is in groups ${first} and ${g.id} of the plan`
      keys.set(k, g.id)
    }
    for (const f of g.files) {
      const first = owner.get(f)
      if (first !== undefined && first !== g.id)
        return `groups ${first} and ${g.id} of the plan share the file ${f}; fan-out groups must own their files alone`
      owner.set(f, g.id)
    }
  }
  return undefined
}

/** A feature plan's groups must be its streams, one each. */
function streamProblem(plan: FanoutPlan): string | undefined {
  if (!plan.feature) return undefined
  const streams = plan.feature.plan.streams
  if (plan.groups.length !== streams.length)
    return `the plan has ${plan.groups.length} group(s) for ${streams.length} stream(s); a feature plan has one group per stream`
  for (const g of plan.groups)
    if (g.keys.length !== 1 || !streams.some(s => streamKey(s.id) === g.keys[0]))
      return `group ${g.id} of the feature plan is not one of its streams`
  return undefined
}

/**
 * The plan in `json`, checked: JSON, version, size caps, schema, this
 * repository, this run, groups that share no file. Returns the plan, or the
 * one reason it is refused (a plan from another run or repository is never
 * used).
 */
export function parseFanoutPlan(
  json: string,
  expect: PlanExpectation
): {plan: FanoutPlan} | {error: string} {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch {
    return {error: `${FANOUT_PLAN_FILE} is not JSON (a truncated or damaged artifact?)`}
  }
  const shape = shapeProblem(doc)
  if (shape !== undefined) return {error: shape}
  const parsed = fanoutPlanSchema.safeParse(doc)
  if (!parsed.success) return {error: schemaProblem(parsed.error.issues[0])}
  const plan: FanoutPlan = parsed.data
  const {owner, repo} = plan.repository
  if (`${owner}/${repo}`.toLowerCase() !== `${expect.owner}/${expect.repo}`.toLowerCase())
    return {
      error: `the plan is for ${owner}/${repo}, but this job runs in ${expect.owner}/${expect.repo}`
    }
  if (plan.runId !== expect.runId)
    return {
      error: `the plan comes from run ${plan.runId}, not from this workflow run (${expect.runId}); plan, work and integrate must be jobs of one run`
    }
  const overlap = overlapProblem(plan.groups) ?? streamProblem(plan)
  if (overlap !== undefined) return {error: overlap}
  return {plan}
}
