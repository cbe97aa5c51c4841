// Pushing a verified branch with a lease: the branch is replaced only if it
// is still where it was seen just before, so a branch someone else moved is
// never overwritten. Each refusal becomes one message naming the fix.
import {GitPushError, type GitWorkspace} from '../edges/workspace/index.js'
import {ConfigurationError} from '../errors.js'

/** Pushes HEAD to `branch` on origin; returns the sha the branch had before (null: new branch). */
export async function pushWithLease(
  git: GitWorkspace,
  branch: string,
  token: string,
  action: string
): Promise<string | null> {
  const auth = {token}
  let expected: string | null
  try {
    expected = await git.remoteBranchSha('origin', branch, auth)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the 'origin' remote of the workspace (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). ${action} pushes its fix branch there: check out the repository with actions/checkout. Nothing was pushed.`
    )
  }
  try {
    await git.push('origin', branch, {expectedSha: expected}, auth)
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
  return expected
}
