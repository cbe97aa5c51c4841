// How ci-medic runs its own git in a workspace (git-workspace.ts).
//
// The repository's commands run between these git calls and may try to
// make git run their code here, outside the sandbox: so git is found once,
// by absolute path, when the workspace is created (before any check could
// drop a `git` earlier on PATH); hooks and core.fsmonitor are switched off on
// every command line; the global config is the one that existed at that
// moment (git-config-files.ts), and the sandbox keeps it, .git and the files
// they include read-only for the checks.
import {accessSync, constants} from 'node:fs'
import {copyFile, mkdir} from 'node:fs/promises'
import {delimiter, isAbsolute, join, resolve} from 'node:path'
import {redact, runProcess, safeEnvironment, type ProcessResult} from './command-runner.js'
import {pinnedGlobalConfig} from './git-config-files.js'

/** Variables that would point git at another repository or index. */
export const GIT_REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_PREFIX',
  'GIT_NAMESPACE',
  'GIT_COMMON_DIR'
]

/** Options on every git command line: no hooks, no fsmonitor (both run programs). */
export const GIT_SAFETY = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false']

const GIT_MAX_OUTPUT = 256 * 1024 * 1024

/** A git command that failed (secrets redacted from its output). */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError'
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(
      `git ${args.join(' ')} failed (${exitCode === null ? 'killed' : `exit ${exitCode}`}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`
    )
  }
}

const resolvedGit = new Map<string, string>()

/**
 * git's absolute path on `env`'s PATH (plain `git` when it is not found
 * there), looked up once per PATH for the whole process: the first lookup
 * happens when the workspace is created, before the checks run.
 */
export function resolveGit(env: NodeJS.ProcessEnv): string {
  const path = env.PATH ?? ''
  let found = resolvedGit.get(path)
  if (found === undefined) {
    found = 'git'
    for (const dir of path.split(delimiter)) {
      if (!isAbsolute(dir)) continue
      try {
        accessSync(join(dir, 'git'), constants.X_OK)
        found = join(dir, 'git')
        break
      } catch {
        // Not here.
      }
    }
    resolvedGit.set(path, found)
  }
  return found
}

/** The environment and program for ci-medic's own git: sanitized, redirects removed, global config pinned. */
export function gitLaunch(parent: NodeJS.ProcessEnv): {git: string; env: NodeJS.ProcessEnv} {
  const env = safeEnvironment(parent, {
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_CONFIG_GLOBAL: pinnedGlobalConfig(parent)
  })
  for (const name of GIT_REDIRECTS) delete env[name]
  return {git: resolveGit(env), env}
}

export interface GitCall {
  env?: NodeJS.ProcessEnv
  input?: string | Buffer
  /** Exit codes that are not failures. */
  allow?: number[]
}

export interface RepoGitOptions {
  /** Environment to sanitize for git. */
  parentEnv: NodeJS.ProcessEnv
  /** Values to redact from git's output in errors. */
  secrets: readonly string[]
  /** Per-command timeout. */
  timeoutMs: number
}

/**
 * ci-medic's git in one work tree: the program and environment fixed when it
 * is made (gitLaunch), the private indexes, and the queue that runs the
 * operations sharing them one at a time.
 */
export class RepoGit {
  readonly root: string
  readonly secrets: readonly string[]
  private readonly gitPath: string
  private readonly baseEnv: NodeJS.ProcessEnv
  private readonly timeoutMs: number
  private queue: Promise<unknown> = Promise.resolve()
  private privateDir: Promise<string> | undefined

  constructor(root: string, options: RepoGitOptions) {
    this.root = resolve(root)
    this.secrets = [...options.secrets]
    this.timeoutMs = options.timeoutMs
    const {git, env} = gitLaunch(options.parentEnv)
    this.gitPath = git
    this.baseEnv = env
  }

  /** Runs git; throws only when it could not run or its output was too large. */
  async raw(args: readonly string[], call: GitCall = {}): Promise<ProcessResult> {
    const fullArgs = [...GIT_SAFETY, '-c', 'core.quotePath=false', ...args]
    const result = await runProcess(this.gitPath, fullArgs, {
      cwd: this.root,
      env: {...this.baseEnv, ...call.env},
      timeoutMs: this.timeoutMs,
      killGraceMs: 2_000,
      maxOutputBytes: GIT_MAX_OUTPUT,
      input: call.input
    })
    if (result.error !== undefined)
      throw new GitCommandError(args, null, redact(result.error, this.secrets))
    if (result.outputTruncated) throw new GitCommandError(args, result.exitCode, 'output too large')
    return result
  }

  /** Runs git and returns its stdout; a non-zero exit (outside `call.allow`) throws GitCommandError. */
  async run(args: readonly string[], call: GitCall = {}): Promise<string> {
    const result = await this.raw(args, call)
    if (result.exitCode !== 0 && !(call.allow ?? []).includes(result.exitCode ?? -1)) {
      throw new GitCommandError(
        args,
        result.exitCode,
        redact(result.stderr.toString('utf8'), this.secrets)
      )
    }
    return result.stdout.toString('utf8')
  }

  /** Operations sharing the private indexes run one at a time. */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  /** The environment that points git at private index `name`. */
  async withIndex(name: string): Promise<NodeJS.ProcessEnv> {
    return {GIT_INDEX_FILE: join(await this.privateIndexes(), name)}
  }

  /** HEAD's commit; null when the repository has no commits. */
  async headSha(): Promise<string | null> {
    const out = await this.run(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], {allow: [1, 128]})
    return out.trim() || null
  }

  // Private indexes live in the git directory, out of the model's reach.
  private privateIndexes(): Promise<string> {
    this.privateDir ??= (async () => {
      const dir = resolve(
        this.root,
        (await this.run(['rev-parse', '--git-path', 'ci-medic'])).trim()
      )
      await mkdir(dir, {recursive: true})
      const realIndex = resolve(
        this.root,
        (await this.run(['rev-parse', '--git-path', 'index'])).trim()
      )
      // Seeding from the real index gives the stat cache, and tracked files that are ignored.
      await copyFile(realIndex, join(dir, 'scan.index')).catch(() => undefined)
      return dir
    })()
    return this.privateDir
  }
}
