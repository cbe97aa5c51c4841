// A proposal: what a fixing job (autofix or self-heal with publish:
// separate-job, a read-only token) hands to the publish job of the same
// workflow run, which holds the write token, runs no repository code and no
// model, and re-checks all of it before it pushes. proposal.json is this
// schema (one format, told apart by `kind`); fixes.bundle holds the commits
// (`git bundle` of base..head, one branch per fix). Pure: schema, caps and
// the checks that need no git.
import {z} from 'zod'
import {FIX_STATUSES} from '../self-heal/heal-state.js'
import {SENTRY_BRANCH_PREFIX} from '../self-heal/pull-request.js'

export const PROPOSAL_FILE = 'proposal.json'
export const BUNDLE_FILE = 'fixes.bundle'

/** The publish job refuses a bundle larger than this. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024
/** The publish job refuses a proposal changing more files than this (all branches together). */
export const MAX_PROPOSAL_FILES = 100
/** The publish job refuses a proposal with more fix branches than this (self-heal's max-fixes is at most 50). */
export const MAX_PROPOSAL_BRANCHES = 50
export const PROPOSAL_KINDS = ['autofix', 'self-heal'] as const

/** Every path under these is protected in the publish job, whatever the fixing job's settings said. */
export const PUBLISH_PROTECTED = ['.github/**']

const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'a full commit sha')
const branchName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a branch name (letters, digits, . _ - and /)')
  .refine(b => !b.includes('..') && !b.endsWith('.lock') && !b.startsWith('-'), 'a valid branch')

/** self-heal: the Sentry side of one fix branch, for its record in the tracking issue's state. */
/** Sentry's short ids (`WEB-API-1F`): they land in the tracking issue's table, so nothing else. */
const shortId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][\w.-]*$/, 'a Sentry short id')
const sentryFixSchema = z.object({
  group: z.string().min(1).max(500),
  lead: shortId,
  issueIds: z.array(z.string().max(100)).min(1).max(100),
  shortIds: z.array(shortId).min(1).max(100),
  testFile: z.string().max(4096).optional(),
  projectId: z.string().max(100).optional()
})

const branchSchema = z.object({
  branch: branchName,
  head: sha,
  title: z.string().min(1).max(256),
  body: z.string().max(200_000),
  draft: z.boolean(),
  labels: z.array(z.string().max(50)).max(20),
  files: z.array(z.string().min(1).max(4096)).max(10_000),
  /** self-heal only. */
  sentry: sentryFixSchema.optional()
})

/** self-heal: an alert issue to open, or to comment on when its fingerprint has one already. */
const alertSchema = z.object({
  /** The state's key (AlertRecord.issueId): a storm's Sentry issue id, or `p0:<group>`. */
  key: z.string().min(1).max(600),
  fingerprint: z
    .string()
    .min(1)
    .max(600)
    .regex(/^[^\s<>-][^\s<>]*$/, 'a fingerprint (no spaces, no < or >)'),
  title: z.string().min(1).max(256),
  details: z.string().max(60_000),
  occurrence: z.string().max(2_000),
  /** A P0 alert: the fix branch of the group, whose PR the alert links once the publish job opened it. */
  branch: branchName.optional()
})

/** self-heal: what an earlier fix's check found (by PR number); never its branch, head or PR. */
const fixUpdateSchema = z.object({
  prNumber: z.number().int().positive(),
  status: z.enum(FIX_STATUSES),
  issueIds: z.array(z.string().max(100)).max(100),
  shortIds: z.array(shortId).max(100),
  mergedAt: z.string().max(40).optional(),
  settledAt: z.string().max(40).optional(),
  release: z.string().max(300).optional(),
  eventsAfterFix: z.number().int().optional(),
  releasesAfterFix: z.array(z.string().max(300)).max(100).optional(),
  resolved: z.boolean().optional()
})

const selfHealSchema = z.object({
  /** The issue that keeps self-heal's state (the heal job's tracking-issue-title). */
  trackingIssueTitle: z.string().min(1).max(256),
  maxPrsPerDay: z.number().int().min(1).max(500),
  alerts: z.array(alertSchema).max(200),
  fixUpdates: z.array(fixUpdateSchema).max(1_000),
  /** The incident report: the run's comment on the tracking issue. */
  report: z.string().max(200_000)
})

export const proposalSchema = z.object({
  version: z.literal(1),
  action: z.enum(PROPOSAL_KINDS),
  /** What wrote it; absent in autofix's first proposals, so autofix by default. */
  kind: z.enum(PROPOSAL_KINDS).default('autofix'),
  repository: z.object({owner: z.string().min(1), repo: z.string().min(1)}),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  workflow: z.string(),
  base: z.object({
    /** Empty: the publish job uses the repository's default branch. */
    branch: z.string(),
    sha
  }),
  branches: z.array(branchSchema).max(MAX_PROPOSAL_BRANCHES),
  /** Asked only after the checks ran and passed (a verified nothing-to-fix). */
  closeStale: z.object({branch: branchName, comment: z.string().max(2_000)}).optional(),
  /** self-heal only: the alert issues and the tracking issue's update. */
  selfHeal: selfHealSchema.optional()
})

export type ProposalKind = (typeof PROPOSAL_KINDS)[number]
/** A proposal; `kind` may be left out by a writer (autofix), and is always set once checked. */
export type Proposal = Omit<z.infer<typeof proposalSchema>, 'kind'> & {kind?: ProposalKind}
export type ProposedBranch = z.infer<typeof branchSchema>
export type ProposedAlert = z.infer<typeof alertSchema>
export type ProposedFixUpdate = z.infer<typeof fixUpdateSchema>
export type SelfHealProposal = z.infer<typeof selfHealSchema>

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
  const shape = kindMismatch(proposal)
  if (shape) return {ok: false, reason: shape}
  const files = new Set(proposal.branches.flatMap(b => b.files))
  if (files.size > MAX_PROPOSAL_FILES)
    return {
      ok: false,
      reason: `the proposal changes ${files.size} files, more than the ${MAX_PROPOSAL_FILES} a publish accepts`
    }
  return {ok: true, proposal}
}

/** Why the proposal's parts do not fit its kind, or undefined when they do. */
function kindMismatch(proposal: Proposal): string | undefined {
  const {kind = 'autofix', branches} = proposal
  if (proposal.action !== kind)
    return `the proposal says action ${proposal.action} but kind ${kind}`
  const names = branches.map(b => b.branch)
  if (new Set(names).size !== names.length) return 'the proposal names one branch twice'
  if (kind === 'autofix') {
    if (branches.length > 1) return 'an autofix proposal holds at most one branch'
    if (proposal.selfHeal || branches.some(b => b.sentry))
      return 'an autofix proposal carries no self-heal part'
    return undefined
  }
  if (!proposal.selfHeal) return 'a self-heal proposal must carry its self-heal part'
  if (proposal.closeStale) return 'a self-heal proposal closes no PR'
  const stray = branches.find(b => !b.branch.startsWith(SENTRY_BRANCH_PREFIX) || !b.sentry)
  if (stray)
    return `self-heal's branch ${stray.branch} is not a ${SENTRY_BRANCH_PREFIX}<id> fix with its Sentry issues`
  const linked = proposal.selfHeal.alerts.find(a => a.branch && !names.includes(a.branch))
  if (linked)
    return `the alert ${linked.key} links ${linked.branch}, which the proposal does not hold`
  return undefined
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
