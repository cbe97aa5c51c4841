// A proposal: what autofix's fixing job (publish: separate-job, a read-only
// token) hands to the publish job of the same workflow run, which holds the
// write token, runs no repository code and no model, and re-checks all of it
// before it pushes. proposal.json is this schema; fixes.bundle holds the
// commits (`git bundle` of base..head). Pure: schema, caps and the checks
// that need no git.
import {z} from 'zod'

export const PROPOSAL_FILE = 'proposal.json'
export const BUNDLE_FILE = 'fixes.bundle'

/** The publish job refuses a bundle larger than this. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024
/** The publish job refuses a proposal changing more files than this (all branches together). */
export const MAX_PROPOSAL_FILES = 100
/** Every path under these is protected in the publish job, whatever the fixing job's settings said. */
export const PUBLISH_PROTECTED = ['.github/**']

const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'a full commit sha')
const branchName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a branch name (letters, digits, . _ - and /)')
  .refine(b => !b.includes('..') && !b.endsWith('.lock') && !b.startsWith('-'), 'a valid branch')

const branchSchema = z.object({
  branch: branchName,
  head: sha,
  title: z.string().min(1).max(256),
  body: z.string().max(200_000),
  draft: z.boolean(),
  labels: z.array(z.string().max(50)).max(20),
  files: z.array(z.string().min(1).max(4096)).max(10_000)
})

export const proposalSchema = z.object({
  version: z.literal(1),
  action: z.literal('autofix'),
  repository: z.object({owner: z.string().min(1), repo: z.string().min(1)}),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  workflow: z.string(),
  base: z.object({
    /** Empty: the publish job uses the repository's default branch. */
    branch: z.string(),
    sha
  }),
  branches: z.array(branchSchema).max(1),
  /** Asked only after the checks ran and passed (a verified nothing-to-fix). */
  closeStale: z.object({branch: branchName, comment: z.string().max(2_000)}).optional()
})

export type Proposal = z.infer<typeof proposalSchema>
export type ProposedBranch = z.infer<typeof branchSchema>

/** What the workflow run of the publish job is. */
export interface PublishRunContext {
  owner: string
  repo: string
  runId: number
}

/**
 * The proposal in `json`, checked against the schema and the run it must
 * come from. Returns the proposal, or the one reason it is refused.
 */
export function checkProposal(
  json: unknown,
  run: PublishRunContext
): {ok: true; proposal: Proposal} | {ok: false; reason: string} {
  const parsed = proposalSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      reason: `${PROPOSAL_FILE} is not a ci-medic proposal (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`
    }
  }
  const proposal = parsed.data
  const {owner, repo} = proposal.repository
  if (`${owner}/${repo}`.toLowerCase() !== `${run.owner}/${run.repo}`.toLowerCase())
    return {
      ok: false,
      reason: `the proposal is for ${owner}/${repo}, but this workflow runs in ${run.owner}/${run.repo}`
    }
  if (proposal.runId !== run.runId)
    return {
      ok: false,
      reason: `the proposal comes from run ${proposal.runId}, not from this workflow run (${run.runId}); the fixing job and the publish job must be two jobs of one run`
    }
  const files = new Set(proposal.branches.flatMap(b => b.files))
  if (files.size > MAX_PROPOSAL_FILES)
    return {
      ok: false,
      reason: `the proposal changes ${files.size} files, more than the ${MAX_PROPOSAL_FILES} a publish accepts`
    }
  return {ok: true, proposal}
}

/** The header of a v2/v3 git bundle: prerequisites (commits it needs) and refs (what it holds). */
export interface BundleHeader {
  prerequisites: string[]
  refs: Array<{sha: string; ref: string}>
}

/** Parses a bundle's header (the text before the pack); null when it is not a git bundle. */
export function parseBundleHeader(text: string): BundleHeader | null {
  const lines = text.split('\n')
  if (!/^# v[23] git bundle$/.test(lines[0] ?? '')) return null
  const header: BundleHeader = {prerequisites: [], refs: []}
  for (const line of lines.slice(1)) {
    if (line === '') return header
    if (line.startsWith('@')) continue // v3 capabilities
    const prerequisite = /^-([0-9a-f]{40,64})(?: .*)?$/.exec(line)
    if (prerequisite) {
      header.prerequisites.push(prerequisite[1]!)
      continue
    }
    const ref = /^([0-9a-f]{40,64}) (\S+)$/.exec(line)
    if (!ref) return null
    header.refs.push({sha: ref[1]!, ref: ref[2]!})
  }
  return null
}

/** Why the bundle does not hold exactly the proposal's commits on its base, or undefined when it does. */
export function bundleMismatch(header: BundleHeader, proposal: Proposal): string | undefined {
  const base = proposal.base.sha
  if (header.prerequisites.length !== 1 || header.prerequisites[0] !== base)
    return `the bundle is not based on the recorded base commit ${base.slice(0, 12)} (it needs ${header.prerequisites.map(p => p.slice(0, 12)).join(', ') || 'nothing'})`
  const wanted = proposal.branches.map(b => `${b.head} refs/heads/${b.branch}`).sort()
  const held = header.refs.map(r => `${r.sha} ${r.ref}`).sort()
  if (wanted.join('\n') !== held.join('\n'))
    return `the bundle's branches (${held.join(', ') || 'none'}) are not the proposal's (${wanted.join(', ') || 'none'})`
  return undefined
}
