// work.json: what a work job adds to its proposal (proposal.json and
// fixes.bundle, the publish split's format) for integrate: its group, base,
// the verified commits with their messages, the per-failure results, and its
// time, cost and runner for the fan-out table. Read back with a schema:
// integrate trusts nothing in it it did not check.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {z} from 'zod'
import type {FailureResult} from '../../../core/autofix/index.js'
import {usageTotalsSchema, type WorkProposal} from '../../../core/fanout/index.js'
import type {UsageTotals} from '../../../core/fixing/index.js'
import type {AutofixDeps} from '../deps.js'
import type {KeptFix} from '../fix-loop.js'

export const WORK_FILE = 'work.json'

const sha = z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/)
const path = z.string().min(1).max(4096)

const resultSchema = z.object({
  key: z.string().min(1).max(600),
  failure: z.string().max(2_000),
  category: z.string().max(100),
  tier: z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]),
  attempts: z.number().int().nonnegative(),
  verdict: z.enum(['fixed', 'not-fixed', 'skipped', 'not-evaluated', 'budget-exceeded']),
  reason: z.string().max(4_000).optional(),
  files: z.array(path).max(1_000),
  learnings: z.array(path).max(20).optional(),
  /** Its test passed when re-run unchanged (a flake): integrate's ledger records it as a known flake. */
  flaky: z.boolean().optional()
})

const workSchema = z.object({
  version: z.literal(1),
  repository: z.object({owner: z.string().min(1), repo: z.string().min(1)}),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  group: z.string().regex(/^g-[\w-]{1,64}$/),
  baseSha: sha,
  runner: z.string().max(200).optional(),
  durationMs: z.number().nonnegative(),
  totals: usageTotalsSchema,
  fixes: z
    .array(
      z.object({
        sha,
        message: z.string().max(10_000),
        files: z.array(path).max(1_000),
        tier: z.union([z.literal(0), z.literal(1), z.literal(2)])
      })
    )
    .max(200),
  results: z.array(resultSchema).max(1_000),
  feature: z
    .object({
      contractSha: sha.optional(),
      found: z.number().int().nonnegative(),
      fixed: z.number().int().nonnegative()
    })
    .optional()
})

export interface WorkFile {
  version: 1
  repository: {owner: string; repo: string}
  runId: number
  runAttempt: number
  group: string
  baseSha: string
  runner?: string
  durationMs: number
  totals: UsageTotals
  fixes: KeptFix[]
  results: FailureResult[]
  /**
   * task: issue: the stream's work job. Its bundle holds the contract commit
   * it built on (`contractSha`, not among `fixes`: integrate writes the
   * contract itself), and how often a stream attempt broke the combination
   * (`found`) and how many of those a later attempt fixed (`fixed`).
   */
  feature?: {contractSha?: string; found: number; fixed: number}
}

/** Writes a work job's work.json into its proposal folder: the run, the runner and the time from the job, the rest from the caller. */
export async function writeWorkFile(
  deps: Pick<AutofixDeps, 'context' | 'parentEnv' | 'clock'>,
  dir: string,
  job: {group: string; baseSha: string; startedAt: number},
  body: Pick<WorkFile, 'totals' | 'fixes' | 'results' | 'feature'>
): Promise<void> {
  const {context, parentEnv} = deps
  const work: WorkFile = {
    version: 1,
    repository: {owner: context.owner, repo: context.repo},
    runId: context.runId,
    runAttempt: context.runAttempt,
    group: job.group,
    baseSha: job.baseSha,
    ...(parentEnv.RUNNER_NAME ? {runner: parentEnv.RUNNER_NAME.slice(0, 200)} : {}),
    durationMs: Math.max(0, deps.clock() - job.startedAt),
    ...body
  }
  await writeFile(join(dir, WORK_FILE), `${JSON.stringify(work, null, 2)}\n`)
}

/** work.json's text, or the one reason it is not a work job's file. */
export function parseWorkFile(text: string): {work: WorkFile} | {error: string} {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return {error: `${WORK_FILE} is not JSON`}
  }
  const parsed = workSchema.safeParse(doc)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      error: `${WORK_FILE} is not a work job's file (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`
    }
  }
  return {work: parsed.data}
}

/** What the core's triage knows of a work job's proposal. */
export function workProposalOf(work: WorkFile): WorkProposal {
  return {
    group: work.group,
    baseSha: work.baseSha,
    runId: work.runId,
    files: [...new Set(work.fixes.flatMap(f => f.files))].sort(),
    commits: work.fixes.length,
    durationMs: work.durationMs,
    costUsd: work.totals.costUsd,
    ...(work.runner ? {runner: work.runner} : {}),
    fixed: work.results.filter(r => r.verdict === 'fixed').length,
    failed: work.results.filter(r => r.verdict !== 'fixed').length
  }
}
