// Pushing a verified branch: from a scratch repository with known config
// (src/edges/workspace/scratch-push.ts), to the repository's own URL, never
// to a URL the workspace's .git/config names. The commits are fetched from
// the workspace (or a bundle) and must be exactly the ones ci-medic
// verified. The push carries a lease: the branch is replaced only if it is
// still where it was seen. Each refusal becomes one message naming the fix.
import {
  createScratchRepo,
  GitPushError,
  type PublishTarget,
  type ScratchRepo
} from '../edges/workspace/index.js'
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
  branch: string
  sha: string
  /** The sha the branch had before (null: a new branch). */
  replaced: string | null
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

/** Pushes the verified commits to `branch`, replacing it only if it is still where it was just seen. */
export async function pushVerified(request: PushRequest): Promise<Pushed> {
  return withVerifiedCommits(request, async scratch => {
    const expected = await readRemoteBranch(scratch, request.branch, request.action)
    if (expected !== request.head)
      await pushLeased(
        scratch,
        {sha: request.head, branch: request.branch, expected},
        request.action
      )
    return {branch: request.branch, sha: request.head, replaced: expected}
  })
}

function firstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? ''
}
