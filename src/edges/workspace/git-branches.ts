// The workspace's branches (for git-workspace.ts): which one is checked out,
// making one for a fix and dropping it when it got no commit.
import type {RepoGit} from './git-command.js'

/** The checked-out branch; null on a detached HEAD. */
export async function currentBranch(git: RepoGit): Promise<string | null> {
  const out = await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], {allow: [1, 128]})
  return out.trim() || null
}

/** Creates (or resets) branch `name` at `from` and switches to it, carrying local changes over. */
export async function createBranch(git: RepoGit, name: string, from: string): Promise<void> {
  await git.run(['check-ref-format', '--branch', name])
  // -C: a local branch of that name (an earlier attempt in this checkout) is reset, not an error.
  await git.run(['switch', '-q', '--no-track', '-C', name, from])
}

/** Switches back to `to` (its branch, else its sha detached) and deletes branch `name`. */
export async function dropBranch(
  git: RepoGit,
  name: string,
  to: {branch: string | null; sha: string}
): Promise<void> {
  await git.run(['check-ref-format', '--branch', name])
  if (to.branch && to.branch !== name) await git.run(['switch', '-q', to.branch])
  else await git.run(['switch', '-q', '--detach', to.sha])
  await git.run(['branch', '-q', '-D', '--', name])
}
