// Publishing from a scratch repository: the workspace's .git/config is the
// repository's checks' to write (a remote URL, an insteadOf rule, a
// credential helper), so nothing that sends the token reads it. A bare
// repository is made in a new temp directory with known config only: no
// system or global config, no hooks, no fsmonitor, no credential helper, no
// insteadOf. The verified commits are fetched into it (from the workspace's
// git directory, or from a bundle) and checked against the sha ci-medic
// recorded; the push then goes to the repository's own URL, built from
// GITHUB_SERVER_URL and GITHUB_REPOSITORY, with the token as an http
// extraheader scoped to that URL for that one command.
//
// The scratch repository's git (its environment and config) is in
// scratch-git.ts; what it reads from commits and bundles is here.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {lsRemoteSha, parseRawDiff} from './git-output.js'
import {leaseArgs, pushOutcome, type PushResult} from './git-push.js'
import {ScratchGit} from './scratch-git.js'

/** Where a branch is published: the repository on the server that runs the workflow. */
export interface PublishTarget {
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string
  owner: string
  repo: string
}

export interface ScratchOptions {
  target: PublishTarget
  /** Sent (as `x-access-token:<token>` Basic auth) only to the target's URL, only over http(s). */
  token: string
  /** The environment git starts from (sanitized here). */
  parentEnv: NodeJS.ProcessEnv
  /** Values to redact from git's output. */
  secrets?: readonly string[]
  /** Where the scratch repository is made; default the system temp dir. */
  tempDir?: string
  timeoutMs?: number
}

export interface ScratchRepo {
  /** The target repository's URL: `<serverUrl>/<owner>/<repo>.git`. */
  readonly url: string
  /**
   * Fetches `ref` (`HEAD` or a full ref name) of a local repository (a work
   * tree or git directory) or a bundle file; returns the fetched commit's
   * sha. The scratch repository's own config stays as it was made.
   */
  fetchRef(source: string, ref: string): Promise<string>
  /** The sha of `branch` on the target, or null when it does not exist there. */
  remoteBranchSha(branch: string): Promise<string | null>
  /** Fetches commit `sha` (alone, depth 1) from the target; false when the target does not have it. */
  fetchRemoteCommit(sha: string): Promise<boolean>
  /** The first parent of `sha` (null for a root commit). */
  parentOf(sha: string): Promise<string | null>
  /** The commits of `base..head`, oldest first. */
  commitsBetween(base: string, head: string): Promise<string[]>
  /** What commit `sha` changed against its first parent, with the text of each side (null: absent, binary or over 2 MB). */
  commitChanges(sha: string): Promise<CommitChange[]>
  /** Writes `git bundle` of `base..sha` as `refs/heads/<branch>` to `path`. */
  bundle(path: string, branch: string, range: {base: string; sha: string}): Promise<void>
  /** Writes one `git bundle` of several branches, each `base..sha` as `refs/heads/<branch>`, to `path`. */
  bundleBranches(
    path: string,
    base: string,
    branches: Array<{branch: string; sha: string}>
  ): Promise<void>
  /**
   * Pushes `sha` to `refs/heads/<branch>` on the target. `expectedSha`:
   * force-with-lease on that sha (null: the branch must not exist);
   * undefined: a plain fast-forward push. Throws `GitPushError`.
   */
  push(sha: string, branch: string, expectedSha?: string | null): Promise<PushResult>
  /** Removes the scratch repository. */
  dispose(): Promise<void>
}

export interface CommitChange {
  path: string
  status: 'added' | 'modified' | 'deleted' | 'renamed'
  oldPath?: string
  before: string | null
  after: string | null
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000
const MAX_TEXT_BYTES = 2 * 1024 * 1024

/** The target repository's URL. */
export function targetUrl(target: PublishTarget): string {
  return `${target.serverUrl.replace(/\/+$/, '')}/${target.owner}/${target.repo}.git`
}

export async function createScratchRepo(options: ScratchOptions): Promise<ScratchRepo> {
  const url = targetUrl(options.target)
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'ci-medic-publish-'))
  const git = new ScratchGit({
    dir,
    url,
    token: options.token,
    parentEnv: options.parentEnv,
    secrets: [...(options.secrets ?? []), options.token].filter(Boolean),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  })
  await git.run(['init', '-q', '--bare', dir])
  const bundleBranches: ScratchRepo['bundleBranches'] = (path, base, branches) =>
    bundleRanges(git, path, base, branches)
  return {
    url,
    fetchRef: (source, ref) => fetchRef(git, source, ref),
    remoteBranchSha: branch => remoteBranchSha(git, branch),
    fetchRemoteCommit: sha => fetchRemoteCommit(git, sha),
    async parentOf(sha: string): Promise<string | null> {
      const out = await git.run(['rev-list', '--parents', '-n', '1', sha])
      return out.trim().split(' ')[1] ?? null
    },
    async commitsBetween(base: string, head: string): Promise<string[]> {
      const out = await git.run(['rev-list', '--reverse', `${base}..${head}`])
      return out.split('\n').filter(Boolean)
    },
    commitChanges: sha => commitChanges(git, sha),
    async bundle(path: string, branch: string, range: {base: string; sha: string}): Promise<void> {
      await bundleBranches(path, range.base, [{branch, sha: range.sha}])
    },
    bundleBranches,
    push: (sha, branch, expectedSha) => pushToTarget(git, sha, branch, expectedSha),
    async dispose(): Promise<void> {
      await rm(dir, {recursive: true, force: true})
    }
  }
}

async function fetchRef(git: ScratchGit, source: string, ref: string): Promise<string> {
  if (ref !== 'HEAD') await git.run(['check-ref-format', ref])
  const into = 'refs/ci-medic/fetched'
  await git.run([
    'fetch',
    '-q',
    '--no-tags',
    '--no-write-fetch-head',
    '--no-recurse-submodules',
    '--',
    source,
    `+${ref}:${into}`
  ])
  return (await git.run(['rev-parse', '--verify', `${into}^{commit}`])).trim()
}

async function remoteBranchSha(git: ScratchGit, branch: string): Promise<string | null> {
  const result = await git.raw(['ls-remote', '--heads', git.url, `refs/heads/${branch}`], true)
  if (result.exitCode !== 0)
    throw git.commandError(
      ['ls-remote', '--heads', '<repository>', branch],
      result.exitCode,
      result.stderr
    )
  return lsRemoteSha(result.stdout.toString('utf8'), `\trefs/heads/${branch}`)
}

async function fetchRemoteCommit(git: ScratchGit, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return false
  const result = await git.raw(
    ['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--depth=1', git.url, sha],
    true
  )
  return result.exitCode === 0
}

async function commitChanges(git: ScratchGit, sha: string): Promise<CommitChange[]> {
  const out = await git.run(['diff-tree', '-r', '-z', '--raw', '-M', '--root', sha])
  const changes: CommitChange[] = []
  for (const change of parseRawDiff(out)) {
    const letter = change.status
    const renamed = letter === 'R' || letter === 'C'
    changes.push({
      path: change.path,
      status: renamed
        ? 'renamed'
        : letter === 'A'
          ? 'added'
          : letter === 'D'
            ? 'deleted'
            : 'modified',
      ...(change.oldPath === undefined ? {} : {oldPath: change.oldPath}),
      before: letter === 'A' ? null : await blobText(git, change.oldSha),
      after: letter === 'D' ? null : await blobText(git, change.newSha)
    })
  }
  return changes
}

/** A blob's text; null when it is a submodule, binary or too large. */
async function blobText(git: ScratchGit, sha: string): Promise<string | null> {
  if (/^0+$/.test(sha)) return null
  const size = Number((await git.raw(['cat-file', '-s', sha])).stdout.toString('utf8').trim())
  if (!Number.isFinite(size) || size > MAX_TEXT_BYTES) return null
  const result = await git.raw(['cat-file', 'blob', sha])
  if (result.exitCode !== 0 || result.stdout.includes(0)) return null
  return result.stdout.toString('utf8')
}

async function bundleRanges(
  git: ScratchGit,
  path: string,
  base: string,
  branches: Array<{branch: string; sha: string}>
): Promise<void> {
  for (const {branch, sha} of branches) {
    await git.run(['check-ref-format', '--branch', branch])
    await git.run(['update-ref', `refs/heads/${branch}`, sha])
  }
  const refs = branches.map(b => `refs/heads/${b.branch}`)
  await git.run(['bundle', 'create', '-q', path, ...refs, `^${base}`])
}

async function pushToTarget(
  git: ScratchGit,
  sha: string,
  branch: string,
  expectedSha: string | null | undefined
): Promise<PushResult> {
  await git.run(['check-ref-format', '--branch', branch])
  const ref = `refs/heads/${branch}`
  const lease = leaseArgs(ref, expectedSha)
  const result = await git.raw(
    ['push', '--porcelain', '--no-verify', ...lease, git.url, `${sha}:${ref}`],
    true
  )
  return pushOutcome(result, git.secrets, {remote: git.url, branch, sha})
}
