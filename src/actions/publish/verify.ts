// What publish checks before it pushes anything, each refusal one
// ConfigurationError naming the cause: the proposal is valid and comes from
// this very workflow run of this repository; the bundle is within the size
// cap and holds exactly the proposed branches on the recorded base, which
// the repository has; every commit's diff passes the diff guards with all of
// .github/** protected, and changes only the files the proposal lists.
import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {checkDiff} from '../../core/fixing/index.js'
import {
  BUNDLE_FILE,
  bundleMismatch,
  checkProposal,
  MAX_BUNDLE_BYTES,
  MAX_PROPOSAL_FILES,
  parseBundleHeader,
  PROPOSAL_FILE,
  PUBLISH_PROTECTED,
  type Proposal,
  type ProposedBranch
} from '../../core/proposal/proposal.js'
import {
  checkProposalLedger,
  MAX_PROPOSAL_LEDGER_BYTES,
  PROPOSAL_LEDGER_FILE
} from '../../core/proposal/proposal-ledger.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import type {ScratchRepo} from '../../edges/workspace/index.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {PublishDeps} from './deps.js'

const refused = (why: string): ConfigurationError =>
  new ConfigurationError(`The proposal was refused: ${why}. Nothing was pushed.`)

export interface ReadProposal {
  proposal: Proposal
  /** The bundle's path; absent when the proposal has no branch. */
  bundle?: string
  /** The fixing job's outcome records (ledger.jsonl), checked: appended to the ledger issue. */
  outcomes?: OutcomeRecord[]
}

/** Reads proposal.json and the bundle's header, and checks them against this run. */
export async function readProposal(deps: PublishDeps): Promise<ReadProposal> {
  const dir = deps.settings.proposalPath
  let json: unknown
  try {
    json = JSON.parse(await readFile(join(dir, PROPOSAL_FILE), 'utf8'))
  } catch (error) {
    throw refused(
      `${join(dir, PROPOSAL_FILE)} could not be read as JSON (${errorMessage(error)}); check that proposal-path is where actions/download-artifact put the fixing job's proposal`
    )
  }
  const {owner, repo, runId} = deps.context
  const checked = checkProposal(json, {owner, repo, runId})
  if (!checked.ok) throw refused(checked.reason)
  const {proposal} = checked
  const outcomes = await readOutcomes(dir, proposal)
  if (!proposal.branches.length) return {proposal, ...outcomes}
  const bundle = join(dir, BUNDLE_FILE)
  const size = await stat(bundle).then(
    s => s.size,
    () => -1
  )
  if (size < 0) throw refused(`${bundle} is missing`)
  if (size > MAX_BUNDLE_BYTES)
    throw refused(
      `the bundle is ${size} bytes, more than the ${MAX_BUNDLE_BYTES} a publish accepts`
    )
  const head = await readFile(bundle).then(b => b.subarray(0, 64 * 1024).toString('latin1'))
  const header = parseBundleHeader(head)
  if (!header) throw refused(`${bundle} is not a git bundle`)
  const mismatch = bundleMismatch(header, proposal)
  if (mismatch) throw refused(mismatch)
  return {proposal, bundle, ...outcomes}
}

/** The proposal's ledger file, when the fixing job wrote one: its own run's outcome records only. */
async function readOutcomes(
  dir: string,
  proposal: Proposal
): Promise<{outcomes?: OutcomeRecord[]}> {
  const file = join(dir, PROPOSAL_LEDGER_FILE)
  const size = await stat(file).then(
    s => s.size,
    () => -1
  )
  if (size < 0) return {}
  if (size > MAX_PROPOSAL_LEDGER_BYTES)
    throw refused(
      `${PROPOSAL_LEDGER_FILE} is ${size} bytes, more than the ${MAX_PROPOSAL_LEDGER_BYTES} a publish accepts`
    )
  const checked = checkProposalLedger(await readFile(file, 'utf8'), proposal)
  if (!checked.ok) throw refused(checked.reason)
  return {outcomes: checked.records}
}

/** The base commit must be on the repository: fetched into the scratch repository from there. */
export async function requireBase(scratch: ScratchRepo, proposal: Proposal): Promise<void> {
  if (!(await scratch.fetchRemoteCommit(proposal.base.sha)))
    throw refused(
      `the base commit ${proposal.base.sha.slice(0, 12)} is not on ${scratch.url}, so the commits cannot be applied to it`
    )
}

/** Fetches one branch from the bundle and checks each of its commits. */
export async function checkBranch(
  scratch: ScratchRepo,
  read: ReadProposal,
  branch: ProposedBranch
): Promise<void> {
  const {proposal} = read
  let fetched: string
  try {
    fetched = await scratch.fetchRef(read.bundle!, `refs/heads/${branch.branch}`)
  } catch (error) {
    throw refused(`the bundle could not be read (${errorMessage(error).split('\n')[0]})`)
  }
  if (fetched !== branch.head)
    throw refused(
      `the bundle holds ${fetched.slice(0, 12)} for ${branch.branch}, not ${branch.head.slice(0, 12)}`
    )
  const commits = await scratch.commitsBetween(proposal.base.sha, branch.head)
  if (!commits.length) throw refused(`${branch.branch} holds no commit on top of the base`)
  const listed = new Set(branch.files)
  for (const sha of commits) {
    const changes = await scratch.commitChanges(sha)
    const verdict = checkDiff(changes, {
      protectedPaths: PUBLISH_PROTECTED,
      maxFilesChanged: MAX_PROPOSAL_FILES
    })
    if (!verdict.ok)
      throw refused(
        `commit ${sha.slice(0, 12)} fails the diff guards (${verdict.violations.map(v => v.message).join('; ')})`
      )
    const unlisted = changes.map(c => c.path).filter(p => !listed.has(p))
    if (unlisted.length)
      throw refused(
        `commit ${sha.slice(0, 12)} changes ${unlisted[0]}, which the proposal does not list`
      )
  }
}
