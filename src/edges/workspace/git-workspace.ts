// The repository as the fix loop sees it, over the real `git` CLI (spawned
// without a shell, with a sanitized environment and hooks disabled). Each
// concern has its module, over one RepoGit (git-command.ts: how git is found
// and run, and why it can be trusted between the repository's commands):
// git-status.ts (status, ignore rules), git-snapshots.ts (snapshot, restore,
// diff), git-commits.ts (commits), clean-checkout.ts (the verification
// checkout), git-branches.ts, git-push.ts (push, ls-remote, the token).
import {runProcess, type ProcessResult} from './command-runner.js'
import {createCleanCheckout, type CleanCheckout} from './clean-checkout.js'
import {commitPaths, type GitAuthor} from './git-commits.js'
import {GIT_SAFETY, gitLaunch, RepoGit} from './git-command.js'
import {createBranch, currentBranch, dropBranch} from './git-branches.js'
import {
  pushFromWorkspace,
  workspaceRemoteBranchSha,
  type PushAuth,
  type PushOptions,
  type PushResult
} from './git-push.js'
import {
  diffSince,
  restoreSnapshot,
  takeSnapshot,
  type FileChange,
  type Snapshot
} from './git-snapshots.js'
import {ignoredPaths, isRepository, workingTreeStatus, type StatusEntry} from './git-status.js'

export {dependencyDirectories, type CleanCheckout} from './clean-checkout.js'
export {GIT_REDIRECTS, GIT_SAFETY, GitCommandError, resolveGit} from './git-command.js'
export type {GitAuthor} from './git-commits.js'
export type {StatusEntry} from './git-status.js'
export {
  classifyPushFailure,
  configEnv,
  GitPushError,
  stripCredentials,
  type PushAuth,
  type PushErrorKind,
  type PushOptions,
  type PushResult
} from './git-push.js'
export {TOOL_CACHES, type ChangeStatus, type FileChange, type Snapshot} from './git-snapshots.js'

export interface GitWorkspace {
  readonly root: string
  /** True when `root` is inside a git work tree. */
  isRepository(): Promise<boolean>
  /** `git status --porcelain` (untracked files listed one by one); empty when nothing is uncommitted. */
  status(): Promise<StatusEntry[]>
  /** HEAD's commit; null when the repository has no commits. */
  head(): Promise<string | null>
  /** The checked-out branch; null on a detached HEAD. */
  currentBranch(): Promise<string | null>
  snapshot(): Promise<Snapshot>
  /** Brings the working tree back to the snapshot exactly (ignored files aside). */
  restore(snapshot: Snapshot): Promise<void>
  /**
   * Which of `paths` (workspace-relative) git ignores: `git check-ignore`,
   * so a tracked file is never among them, whatever the ignore rules say.
   */
  ignored(paths: readonly string[]): Promise<string[]>
  /** What changed in the working tree since the snapshot, renames detected. */
  diff(from: Snapshot): Promise<FileChange[]>
  /**
   * Commits the current content of `paths` (deletions included) on top of
   * HEAD, and nothing else: other changes, staged or not, stay as they are.
   * Hooks do not run. Returns the new commit's sha.
   */
  commit(message: string, paths: readonly string[], author: GitAuthor): Promise<string>
  /**
   * A clean linked worktree (detached, in a temp directory) of the commit
   * that committing `paths` would make: HEAD plus their current content, and
   * nothing untracked or ignored from the working tree. The workspace's
   * installed dependencies (node_modules, virtualenvs; see
   * DEPENDENCY_DIRECTORIES) and its checked-out submodules are symlinked in,
   * not copied. HEAD, the index and the working tree are not touched. Hooks
   * do not run.
   */
  cleanCheckout(paths: readonly string[]): Promise<CleanCheckout>
  /** Creates (or resets) branch `name` at `from` (default HEAD) and switches to it; local changes are carried over. */
  createBranch(name: string, from?: string): Promise<void>
  /**
   * Switches back to `to` (a branch name, else the commit `to.sha`, detached)
   * and deletes the local branch `name`: a branch that got no commit is not
   * left behind. Local changes are carried over, as with createBranch.
   */
  dropBranch(name: string, to: {branch: string | null; sha: string}): Promise<void>
  /**
   * Pushes `options.source` (default HEAD) to `refs/heads/<branch>` on `remote`
   * (a remote name or URL). For http(s) remotes `auth.token` is sent as a Basic
   * `x-access-token:<token>` header through command-scoped config: never written
   * to .git/config, never on the command line, redacted from errors. Hooks do
   * not run. Throws `GitPushError`.
   */
  push(remote: string, branch: string, options?: PushOptions, auth?: PushAuth): Promise<PushResult>
  /** The sha of `branch` on the remote, or null when it does not exist there (git ls-remote). */
  remoteBranchSha(remote: string, branch: string, auth?: PushAuth): Promise<string | null>
}

export interface GitWorkspaceOptions {
  /** Environment to sanitize for git; default `process.env`. */
  parentEnv?: NodeJS.ProcessEnv
  /** Values to redact from git's output in errors. */
  secrets?: string[]
  /** Per-command timeout; default 5 minutes. */
  timeoutMs?: number
  /** Files larger than this get null text in `diff`; default 2 MB. */
  maxContentBytes?: number
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000
const DEFAULT_MAX_CONTENT_BYTES = 2 * 1024 * 1024

export function createGitWorkspace(root: string, options: GitWorkspaceOptions = {}): GitWorkspace {
  const git = new RepoGit(root, {
    parentEnv: options.parentEnv ?? process.env,
    secrets: options.secrets ?? [],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  })
  const maxContentBytes = options.maxContentBytes ?? DEFAULT_MAX_CONTENT_BYTES
  // The operations sharing the private indexes go through git.exclusive.
  return {
    root: git.root,
    isRepository: () => isRepository(git),
    status: () => workingTreeStatus(git),
    head: () => git.headSha(),
    currentBranch: () => currentBranch(git),
    snapshot: () => git.exclusive(() => takeSnapshot(git)),
    restore: snapshot => git.exclusive(() => restoreSnapshot(git, snapshot)),
    ignored: paths => ignoredPaths(git, paths),
    diff: from => git.exclusive(() => diffSince(git, from, maxContentBytes)),
    commit: (message, paths, author) =>
      git.exclusive(() => commitPaths(git, message, paths, author)),
    cleanCheckout: paths => git.exclusive(() => createCleanCheckout(git, paths)),
    createBranch: (name, from = 'HEAD') => createBranch(git, name, from),
    dropBranch: (name, to) => dropBranch(git, name, to),
    push: (remote, branch, pushOptions = {}, auth) =>
      pushFromWorkspace(git, {remote, branch}, pushOptions, auth),
    remoteBranchSha: (remote, branch, auth) => workspaceRemoteBranchSha(git, remote, branch, auth)
  }
}

/** The files git tracks under `root` (`git ls-files`), or undefined when `root` is not a git checkout. */
export async function listTrackedFiles(root: string): Promise<string[] | undefined> {
  const {git, env} = gitLaunch(process.env)
  const result = await runProcess(git, [...GIT_SAFETY, 'ls-files', '-z'], {
    cwd: root,
    env,
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) return undefined
  return result.stdout.toString('utf8').split('\0').filter(Boolean)
}

/**
 * Whether a commit after `since`, up to HEAD, touched any of `paths`
 * (`git log <since>..HEAD -- <paths>`): the "never a third time" rule lifts
 * its block on it. 'unknown' when `since` is not in the checkout (a shallow
 * clone) or git cannot tell. Run before the repository's checks, so only the
 * checkout's own config is read.
 */
export async function touchedSince(
  root: string,
  since: string,
  paths: readonly string[]
): Promise<boolean | 'unknown'> {
  const {git, env} = gitLaunch(process.env)
  const run = (args: string[]): Promise<ProcessResult> =>
    runProcess(git, [...GIT_SAFETY, ...args], {cwd: root, env, timeoutMs: 60_000})
  // Asked first even with no paths: a shallow clone is said so, not taken for "nothing touched".
  const known = await run(['cat-file', '-e', `${since}^{commit}`])
  if (known.exitCode !== 0) return 'unknown'
  if (paths.length === 0) return false
  const log = await run([
    'log',
    '--no-show-signature',
    '--format=%H',
    `${since}..HEAD`,
    '--',
    ...paths
  ])
  if (log.exitCode !== 0) return 'unknown'
  return log.stdout.toString('utf8').trim() !== ''
}
