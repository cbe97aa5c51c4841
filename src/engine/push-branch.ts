// Pushing a verified branch: from a scratch repository with known config
// (src/edges/workspace/scratch-push.ts), to the repository's own URL, never
// to a URL the workspace's .git/config names. The commits are fetched from
// the workspace (or a bundle) and must be exactly the ones ci-medic
// verified. The push carries a lease on the sha ci-medic itself pushed last
// (src/core/fixing/branch-lease.ts): a branch someone else committed on is
// never replaced. Each refusal becomes one message naming the fix.
import {
  createScratchRepo,
  GitPushError,
  type PublishTarget,
  type ScratchRepo
} from '../edges/workspace/index.js'
import {decideLease, divertedBranch, type LeaseDecision} from '../core/fixing/index.js'
import {ConfigurationError, errorMessage} from '../errors.js'

export interface PushRequest {
  target: PublishTarget
  token: string
  /** The environment git starts from (sanitized by the scratch repository). */
  parentEnv: NodeJS.ProcessEnv
  secrets: readonly string[]
  /** Where the commits are: the workspace's root, or a bundle file. */
  source: string
  /** The ref in `source` holding them: `HEAD` or `refs/heads/<name>`. */
  sourceRef: string
  /** The commit ci-medic verified: what `sourceRef` must be at. */
  head: string
  /** The branch to push to. */
  branch: string
  /** The action's name, for messages. */
  action: string
  tempDir?: string
}

export interface Pushed {
  /** The branch pushed to: the requested one, or the diverted one. */
  branch: string
  sha: string
  /** The sha the branch had before (null: a new branch). */
  replaced: string | null
  action: 'created' | 'replaced' | 'unchanged'
  /** Set when the requested branch had commits ci-medic did not push: they were left alone. */
  diverted?: {from: string; theirs: string}
}

/** Runs `use` with a scratch repository holding the verified commits, then removes it. */
export async function withVerifiedCommits<T>(
  request: PushRequest,
  use: (scratch: ScratchRepo) => Promise<T>
): Promise<T> {
  const scratch = await createScratchRepo({
    target: request.target,
    token: request.token,
    parentEnv: request.parentEnv,
    secrets: request.secrets,
    tempDir: request.tempDir
  })
  try {
    let fetched: string
    try {
      fetched = await scratch.fetchRef(request.source, request.sourceRef)
    } catch (error) {
      throw new ConfigurationError(
        `Could not read the verified commits of ${request.branch} (${firstLine(error)}). Nothing was pushed.`
      )
    }
    if (fetched !== request.head) {
      throw new ConfigurationError(
        `${request.sourceRef} is at ${fetched.slice(0, 12)}, not at the commit ${request.action} verified (${request.head.slice(0, 12)}): something moved it after verification, so nothing was pushed.`
      )
    }
    return await use(scratch)
  } finally {
    await scratch.dispose()
  }
}

/** The sha of the branch on the repository (null: absent), as a ConfigurationError when it cannot be read. */
export async function readRemoteBranch(
  scratch: ScratchRepo,
  branch: string,
  action: string
): Promise<string | null> {
  try {
    return await scratch.remoteBranchSha(branch)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read ${scratch.url} (${firstLine(error)}). ${action} pushes its fix branch there; check the token's 'contents' permission. Nothing was pushed.`
    )
  }
}

/** Pushes `sha` to `branch` with a lease on `expected` (null: the branch must not exist). */
export async function pushLeased(
  scratch: ScratchRepo,
  push: {sha: string; branch: string; expected: string | null},
  action: string
): Promise<void> {
  const {branch} = push
  try {
    await scratch.push(push.sha, branch, push.expected)
  } catch (error) {
    if (error instanceof GitPushError && error.kind === 'rejected') {
      throw new ConfigurationError(
        `The branch ${branch} changed on the remote while ${action} ran, so nothing was pushed. Run ${action} again to start from the new state.`
      )
    }
    if (error instanceof GitPushError && error.kind === 'auth') {
      throw new ConfigurationError(
        `Pushing ${branch} was refused: the token needs 'contents: write' (add it under permissions: in the workflow). Nothing was pushed.`
      )
    }
    throw error
  }
}

export interface OwnedPushRequest extends PushRequest {
  /** The sha ci-medic itself pushed last to `branch`, from its state (null: none known). */
  lastPushed: string | null
  /** This run's id: names the branch a fix is diverted to. */
  runId: number
}

/**
 * Pushes the verified commits to `branch` when the branch is absent or still
 * at the sha ci-medic pushed last (with a lease on it); does nothing when it
 * already holds them. A branch with commits ci-medic did not push is never
 * force-pushed: the commits go to `<branch>-<runId>` instead (`diverted`).
 */
export async function pushOwned(request: OwnedPushRequest): Promise<Pushed> {
  return withVerifiedCommits(request, scratch => pushOwnedFrom(scratch, request))
}

/** What pushOwnedFrom needs: the commits are already in the scratch repository. */
export type OwnedPush = Pick<
  OwnedPushRequest,
  'head' | 'branch' | 'action' | 'lastPushed' | 'runId'
>

/** pushOwned's rules, for commits already in `scratch` (e.g. fetched from a checked bundle). */
export async function pushOwnedFrom(scratch: ScratchRepo, request: OwnedPush): Promise<Pushed> {
  const {action, head} = request
  const remote = await readRemoteBranch(scratch, request.branch, action)
  const decision = decideLease(remote, request.lastPushed, head)
  if (decision.kind !== 'diverged') return pushDecided(scratch, request.branch, decision, request)
  const other = divertedBranch(request.branch, request.runId)
  const second = decideLease(await readRemoteBranch(scratch, other, action), null, head)
  if (second.kind === 'diverged')
    throw new ConfigurationError(
      `${request.branch} and ${other} both have commits ${action} did not push, so nothing was pushed. Run ${action} again to start from the new state.`
    )
  const pushed = await pushDecided(scratch, other, second, request)
  return {...pushed, diverted: {from: request.branch, theirs: decision.theirs}}
}

async function pushDecided(
  scratch: ScratchRepo,
  branch: string,
  decision: Exclude<LeaseDecision, {kind: 'diverged'}>,
  request: OwnedPush
): Promise<Pushed> {
  const sha = request.head
  if (decision.kind === 'up-to-date') return {branch, sha, replaced: sha, action: 'unchanged'}
  const expected = decision.kind === 'replace' ? decision.lease : null
  await pushLeased(scratch, {sha, branch, expected}, request.action)
  return {branch, sha, replaced: expected, action: expected ? 'replaced' : 'created'}
}

function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? ''
}
