// The scratch repository's git (scratch-push.ts): a bare repository's own
// git with known config only. No system or global config, no hooks, no
// fsmonitor, no credential helper, no askpass, nothing redirected; the token
// goes, as an http extraheader, only to the target's URL, only on the
// commands that talk to it.
import {redact, runProcess, safeEnvironment, type ProcessResult} from './command-runner.js'
import {GIT_REDIRECTS, GIT_SAFETY, GitCommandError, resolveGit} from './git-command.js'
import {configEnv, urlScopedToken} from './git-push.js'

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

export interface ScratchGitOptions {
  /** The bare repository. */
  dir: string
  /** The target's URL, the only one the token is sent to. */
  url: string
  token: string
  /** The environment git starts from (sanitized here). */
  parentEnv: NodeJS.ProcessEnv
  /** Values to redact from git's output (the token among them). */
  secrets: readonly string[]
  timeoutMs: number
}

export class ScratchGit {
  readonly url: string
  readonly secrets: readonly string[]
  private readonly dir: string
  private readonly env: NodeJS.ProcessEnv
  private readonly gitPath: string
  private readonly timeoutMs: number
  /** The token for the target's URL only (http(s)); the empty value first clears any other. */
  private readonly auth: Array<[string, string]>

  constructor(options: ScratchGitOptions) {
    this.env = scratchEnv(options.parentEnv)
    this.gitPath = resolveGit(this.env)
    this.url = options.url
    this.dir = options.dir
    this.secrets = options.secrets
    this.timeoutMs = options.timeoutMs
    this.auth = urlScopedToken(options.url, options.token)
  }

  /** Runs git in the scratch repository, with the token's config when `withAuth`; throws only when it could not run. */
  async raw(args: readonly string[], withAuth = false): Promise<ProcessResult> {
    const result = await runProcess(this.gitPath, [...GIT_SAFETY, ...args], {
      cwd: this.dir,
      env: {...this.env, ...configEnv([...SCRATCH_CONFIG, ...(withAuth ? this.auth : [])])},
      timeoutMs: this.timeoutMs,
      killGraceMs: 2_000,
      maxOutputBytes: 16 * 1024 * 1024
    })
    if (result.error !== undefined)
      throw new GitCommandError(args, null, redact(result.error, this.secrets))
    return result
  }

  /** Runs git and returns its stdout; a non-zero exit throws GitCommandError (arguments redacted too). */
  async run(args: readonly string[], withAuth = false): Promise<string> {
    const result = await this.raw(args, withAuth)
    if (result.exitCode !== 0)
      throw this.commandError(
        args.map(a => redact(a, this.secrets)),
        result.exitCode,
        result.stderr
      )
    return result.stdout.toString('utf8')
  }

  /** A GitCommandError with `stderr` redacted. */
  commandError(args: readonly string[], exitCode: number | null, stderr: Buffer): GitCommandError {
    return new GitCommandError(args, exitCode, redact(stderr.toString('utf8'), this.secrets))
  }
}
