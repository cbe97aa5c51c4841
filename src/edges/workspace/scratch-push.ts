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
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {redact, runProcess, safeEnvironment, type ProcessResult} from './command-runner.js'
import {
  classifyPushFailure,
  configEnv,
  GIT_REDIRECTS,
  GIT_SAFETY,
  GitCommandError,
  resolveGit,
  stripCredentials,
  type PushResult
} from './git-workspace.js'

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

/** The environment of the scratch repository's git: no system or global config, nothing redirected. */
function scratchEnv(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = safeEnvironment(parent, {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ASKPASS: '',
    SSH_ASKPASS: ''
  })
  for (const name of [...GIT_REDIRECTS, 'GIT_EXEC_PATH', 'GIT_CONFIG', 'GIT_CONFIG_SYSTEM'])
    delete env[name]
  for (const name of Object.keys(env))
    if (/^GIT_CONFIG_(COUNT|KEY_|VALUE_)/.test(name)) delete env[name]
  return env
}

/** Config on every command: besides GIT_SAFETY, nothing that could run a program or ask for a password. */
const SCRATCH_CONFIG: Array<[string, string]> = [
  ['core.hooksPath', '/dev/null'],
  ['core.fsmonitor', 'false'],
  ['credential.helper', ''],
  ['core.askPass', ''],
  ['protocol.file.allow', 'always'],
  ['transfer.fsckObjects', 'true']
]

export async function createScratchRepo(options: ScratchOptions): Promise<ScratchRepo> {
  const env = scratchEnv(options.parentEnv)
  const gitPath = resolveGit(env)
  const url = targetUrl(options.target)
  const secrets = [...(options.secrets ?? []), options.token].filter(Boolean)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'ci-medic-publish-'))

  /** The token for the target's URL only (http(s)); the empty value first clears any other. */
  const auth: Array<[string, string]> = /^https?:\/\//i.test(url)
    ? [
        [`http.${stripCredentials(url)}.extraheader`, ''],
        [
          `http.${stripCredentials(url)}.extraheader`,
          `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`
        ]
      ]
    : []

  const raw = async (args: readonly string[], withAuth = false): Promise<ProcessResult> => {
    const result = await runProcess(gitPath, [...GIT_SAFETY, ...args], {
      cwd: dir,
      env: {...env, ...configEnv([...SCRATCH_CONFIG, ...(withAuth ? auth : [])])},
      timeoutMs,
      killGraceMs: 2_000,
      maxOutputBytes: 16 * 1024 * 1024
    })
    if (result.error !== undefined)
      throw new GitCommandError(args, null, redact(result.error, secrets))
    return result
  }
  const git = async (args: readonly string[], withAuth = false): Promise<string> => {
    const result = await raw(args, withAuth)
    if (result.exitCode !== 0)
      throw new GitCommandError(
        args.map(a => redact(a, secrets)),
        result.exitCode,
        redact(result.stderr.toString('utf8'), secrets)
      )
    return result.stdout.toString('utf8')
  }

  await git(['init', '-q', '--bare', dir])

  /** A blob's text; null when it is a submodule, binary or too large. */
  const blobText = async (sha: string): Promise<string | null> => {
    if (/^0+$/.test(sha)) return null
    const size = Number((await raw(['cat-file', '-s', sha])).stdout.toString('utf8').trim())
    if (!Number.isFinite(size) || size > MAX_TEXT_BYTES) return null
    const result = await raw(['cat-file', 'blob', sha])
    if (result.exitCode !== 0 || result.stdout.includes(0)) return null
    return result.stdout.toString('utf8')
  }

  const bundleBranches: ScratchRepo['bundleBranches'] = async (path, base, branches) => {
    for (const {branch, sha} of branches) {
      await git(['check-ref-format', '--branch', branch])
      await git(['update-ref', `refs/heads/${branch}`, sha])
    }
    const refs = branches.map(b => `refs/heads/${b.branch}`)
    await git(['bundle', 'create', '-q', path, ...refs, `^${base}`])
  }

  return {
    url,

    async fetchRef(source: string, ref: string): Promise<string> {
      if (ref !== 'HEAD') await git(['check-ref-format', ref])
      const into = 'refs/ci-medic/fetched'
      await git([
        'fetch',
        '-q',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--',
        source,
        `+${ref}:${into}`
      ])
      return (await git(['rev-parse', '--verify', `${into}^{commit}`])).trim()
    },

    async remoteBranchSha(branch: string): Promise<string | null> {
      const result = await raw(['ls-remote', '--heads', url, `refs/heads/${branch}`], true)
      if (result.exitCode !== 0)
        throw new GitCommandError(
          ['ls-remote', '--heads', '<repository>', branch],
          result.exitCode,
          redact(result.stderr.toString('utf8'), secrets)
        )
      const line = result.stdout
        .toString('utf8')
        .split('\n')
        .find(l => l.endsWith(`\trefs/heads/${branch}`))
      return line ? (line.split(/\s+/)[0] ?? null) : null
    },

    async fetchRemoteCommit(sha: string): Promise<boolean> {
      if (!/^[0-9a-f]{40,64}$/.test(sha)) return false
      const result = await raw(
        ['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--depth=1', url, sha],
        true
      )
      return result.exitCode === 0
    },

    async parentOf(sha: string): Promise<string | null> {
      const out = await git(['rev-list', '--parents', '-n', '1', sha])
      return out.trim().split(' ')[1] ?? null
    },

    async commitsBetween(base: string, head: string): Promise<string[]> {
      const out = await git(['rev-list', '--reverse', `${base}..${head}`])
      return out.split('\n').filter(Boolean)
    },

    async commitChanges(sha: string): Promise<CommitChange[]> {
      const out = await git(['diff-tree', '-r', '-z', '--raw', '-M', '--root', sha])
      const changes: CommitChange[] = []
      const fields = out.split('\0')
      for (let i = 0; i < fields.length; i++) {
        const head = fields[i]!
        if (!head.startsWith(':')) continue
        const [, , oldSha, newSha, status] = head.slice(1).split(' ') as string[]
        const letter = status!.charAt(0)
        const renamed = letter === 'R' || letter === 'C'
        const path = fields[i + (renamed ? 2 : 1)]!
        const oldPath = renamed ? fields[i + 1]! : undefined
        i += renamed ? 2 : 1
        changes.push({
          path,
          status: renamed
            ? 'renamed'
            : letter === 'A'
              ? 'added'
              : letter === 'D'
                ? 'deleted'
                : 'modified',
          ...(oldPath === undefined ? {} : {oldPath}),
          before: letter === 'A' ? null : await blobText(oldSha!),
          after: letter === 'D' ? null : await blobText(newSha!)
        })
      }
      return changes
    },

    async bundle(path: string, branch: string, range: {base: string; sha: string}): Promise<void> {
      await bundleBranches(path, range.base, [{branch, sha: range.sha}])
    },

    bundleBranches,

    async push(sha: string, branch: string, expectedSha?: string | null): Promise<PushResult> {
      await git(['check-ref-format', '--branch', branch])
      const ref = `refs/heads/${branch}`
      const lease =
        expectedSha === undefined ? [] : [`--force-with-lease=${ref}:${expectedSha ?? ''}`]
      const result = await raw(
        ['push', '--porcelain', '--no-verify', ...lease, url, `${sha}:${ref}`],
        true
      )
      const stdout = redact(result.stdout.toString('utf8'), secrets)
      const stderr = redact(result.stderr.toString('utf8'), secrets)
      if (result.exitCode === 0 && !/^!/m.test(stdout)) return {remote: url, branch, sha}
      throw classifyPushFailure(branch, stdout, stderr, result.timedOut)
    },

    async dispose(): Promise<void> {
      await rm(dir, {recursive: true, force: true})
    }
  }
}
