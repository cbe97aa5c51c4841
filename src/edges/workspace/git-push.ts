// Pushing and asking a remote about its branches with ci-medic's own git,
// for the workspace (git-workspace.ts) and the scratch repository
// (scratch-push.ts). The token goes to an http(s) remote only, as a Basic
// `x-access-token:<token>` header in command-scoped config: never written
// to .git/config, never on the command line, redacted from errors.
import {redact, type ProcessResult} from './command-runner.js'
import {GitCommandError, type RepoGit} from './git-command.js'
import {lsRemoteSha} from './git-output.js'

export interface PushOptions {
  /**
   * Force-with-lease: the sha the remote branch must be at for the push to
   * replace it; null when the branch must not exist yet. Undefined: a plain
   * (fast-forward only) push.
   */
  expectedSha?: string | null
  /** What to push; default HEAD. */
  source?: string
}

export interface PushAuth {
  token: string
}

export interface PushResult {
  remote: string
  branch: string
  /** The sha pushed. */
  sha: string
}

export type PushErrorKind = 'rejected' | 'auth' | 'network' | 'other'

/** A push that did not land, with why: `rejected` (the branch moved: non-fast-forward, stale lease, or refused by the remote), `auth`, `network` or `other`. */
export class GitPushError extends Error {
  override readonly name = 'GitPushError'
  constructor(
    readonly kind: PushErrorKind,
    message: string,
    /** git's own words, secrets redacted. */
    readonly detail: string
  ) {
    super(message)
  }
}

/** Command-scoped configuration through the environment (not in argv, where `ps` would show it). */
export function configEnv(entries: Array<[string, string]>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {GIT_CONFIG_COUNT: String(entries.length)}
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key
    env[`GIT_CONFIG_VALUE_${i}`] = value
  })
  return env
}

export function stripCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url
  }
}

/**
 * Config sending `token` to `url` only, when it is http(s) (else none). The
 * most specific key wins over (and its empty value, first, clears) headers
 * that actions/checkout persisted for the host.
 */
export function urlScopedToken(url: string, token: string): Array<[string, string]> {
  if (!/^https?:\/\//i.test(url)) return []
  const key = `http.${stripCredentials(url)}.extraheader`
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
  return [
    [key, ''],
    [key, header]
  ]
}

/** `--force-with-lease` on `ref` for `expectedSha` (see PushOptions.expectedSha); none when undefined. */
export function leaseArgs(ref: string, expectedSha: string | null | undefined): string[] {
  return expectedSha === undefined ? [] : [`--force-with-lease=${ref}:${expectedSha ?? ''}`]
}

/** The result of `git push --porcelain`: the push when it landed, else throws its GitPushError. */
export function pushOutcome(
  result: ProcessResult,
  secrets: readonly string[],
  pushed: PushResult
): PushResult {
  const stdout = redact(result.stdout.toString('utf8'), secrets)
  const stderr = redact(result.stderr.toString('utf8'), secrets)
  if (result.exitCode === 0 && !/^!/m.test(stdout)) return pushed
  throw classifyPushFailure(pushed.branch, stdout, stderr, result.timedOut)
}

/** Pushes from the workspace (see GitWorkspace.push). */
export async function pushFromWorkspace(
  git: RepoGit,
  {remote, branch}: {remote: string; branch: string},
  options: PushOptions,
  auth: PushAuth | undefined
): Promise<PushResult> {
  await git.run(['check-ref-format', '--branch', branch])
  const source = options.source ?? 'HEAD'
  const sha = (await git.run(['rev-parse', '--verify', `${source}^{commit}`])).trim()
  const ref = `refs/heads/${branch}`
  const pushSecrets = auth ? [...git.secrets, auth.token] : [...git.secrets]
  const env = await authEnv(git, remote, auth)
  const lease = leaseArgs(ref, options.expectedSha)
  const args = ['push', '--porcelain', '--no-verify', ...lease, remote, `${sha}:${ref}`]
  const result = await git.raw(args, {env})
  return pushOutcome(result, pushSecrets, {remote: redact(remote, pushSecrets), branch, sha})
}

/** The sha of `branch` on the workspace's `remote` (see GitWorkspace.remoteBranchSha). */
export async function workspaceRemoteBranchSha(
  git: RepoGit,
  remote: string,
  branch: string,
  auth: PushAuth | undefined
): Promise<string | null> {
  const env = await authEnv(git, remote, auth)
  const result = await git.raw(['ls-remote', '--heads', remote, `refs/heads/${branch}`], {env})
  if (result.exitCode !== 0) {
    const detail = redact(
      result.stderr.toString('utf8'),
      auth ? [...git.secrets, auth.token] : git.secrets
    )
    throw new GitCommandError(['ls-remote', '--heads', '<remote>', branch], result.exitCode, detail)
  }
  return lsRemoteSha(result.stdout.toString('utf8'), `refs/heads/${branch}`)
}

/** Environment that sends `auth.token` to an http(s) remote for one git command. */
async function authEnv(
  git: RepoGit,
  remote: string,
  auth: PushAuth | undefined
): Promise<NodeJS.ProcessEnv> {
  if (!auth) return {}
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) ? remote : await remoteUrl(git, remote)
  if (!url || !/^https?:\/\//i.test(url)) return {}
  // Command-scoped, never written; no credential helper is asked either.
  return configEnv([...urlScopedToken(url, auth.token), ['credential.helper', '']])
}

async function remoteUrl(git: RepoGit, name: string): Promise<string | null> {
  const out = await git.run(['remote', 'get-url', '--push', name], {allow: [2, 128]})
  return out.trim() || null
}

export function classifyPushFailure(
  branch: string,
  stdout: string,
  stderr: string,
  timedOut: boolean
): GitPushError {
  const detail = [stdout.trim(), stderr.trim()].filter(Boolean).join('\n')
  const line = stdout.split('\n').find(l => l.startsWith('!')) ?? ''
  if (timedOut) return new GitPushError('network', `Pushing ${branch} timed out.`, detail)
  if (
    /\[rejected\]/.test(line) ||
    /\[rejected\]|non-fast-forward|fetch first|stale info/.test(stderr)
  ) {
    const why = /stale info/.test(detail)
      ? 'the remote branch is not at the expected commit (stale lease)'
      : /already exists/.test(detail)
        ? 'the branch already exists on the remote'
        : 'the remote branch has commits this push does not have (non-fast-forward)'
    return new GitPushError('rejected', `Push of ${branch} rejected: ${why}.`, detail)
  }
  if (
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|Invalid username or (password|token)|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden|401 Unauthorized|Write access to repository not granted/i.test(
      detail
    )
  ) {
    return new GitPushError(
      'auth',
      `Push of ${branch} was refused for lack of permission: check that the token may write contents.`,
      detail
    )
  }
  if (/\[remote rejected\]/.test(line)) {
    const reason = /\[remote rejected\]\s*\(([^)]*)\)/.exec(line)?.[1] ?? 'refused by the remote'
    return new GitPushError(
      'rejected',
      `Push of ${branch} refused by the remote: ${reason}.`,
      detail
    )
  }
  if (
    /Could not resolve host|Failed to connect|Connection (refused|reset|timed out)|Operation timed out|unable to access/i.test(
      detail
    )
  ) {
    return new GitPushError(
      'network',
      `Push of ${branch} failed: the remote could not be reached.`,
      detail
    )
  }
  return new GitPushError(
    'other',
    `Push of ${branch} failed: ${detail.split('\n').slice(-3).join(' | ') || 'git gave no reason'}.`,
    detail
  )
}
