// Running the repository's own commands (tests, linters, fixers) and git.
// Every child gets a sanitized environment (no action inputs, no tokens),
// runs in its own process group so a timeout kills everything it started,
// and has its captured output capped (head and tail kept) so a chatty test
// can't exhaust memory. The repository's commands also run in the sandbox
// the action detected (sandbox.ts), where ci-medic's own processes, and the
// secrets in their environment, do not exist.
import {spawn} from 'node:child_process'
import {readdir, readFile} from 'node:fs/promises'
import {cancelReason} from '../../errors.js'
import type {Sandbox} from './sandbox.js'

export interface CommandResult {
  command: string
  /** Null when the process was ended by a signal or never started. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** True when the command outlived its timeout and its process group was killed. */
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
  /** True when output beyond the cap was dropped (the head and tail are kept). */
  outputTruncated: boolean
  /** Set when the process could not be started at all (bad cwd, missing shell). */
  error?: string
}

export interface RunOptions {
  cwd: string
  timeoutMs: number
  /** Extra variables on top of the runner's sanitized environment (kept as given). */
  env?: NodeJS.ProcessEnv
}

export interface CommandRunner {
  /**
   * Resolves with the command's result, whatever it did; rejects only with a
   * CancelledError, when the runner's `cancel` signal is aborted before or
   * while the command runs (its process group is killed first).
   */
  run(command: string, options: RunOptions): Promise<CommandResult>
}

export interface CommandRunnerOptions {
  /** The environment to sanitize; default `process.env`. */
  parentEnv?: NodeJS.ProcessEnv
  /** Values to redact from captured output, on top of the secrets found in `parentEnv`. */
  secrets?: string[]
  /** Total bytes kept of stdout plus stderr; default 2 MB. */
  maxOutputBytes?: number
  /** Time between SIGTERM and SIGKILL on a timeout; default 5 s. */
  killGraceMs?: number
  /** Where the commands run (detectSandbox); default none: plainly, as ci-medic's children. */
  sandbox?: Sandbox
  /**
   * The run's cancellation: when aborted, every running command's process
   * group is killed (SIGTERM, SIGKILL after CANCEL_KILL_GRACE_MS) and `run`
   * rejects with the CancelledError; no command starts after it.
   */
  cancel?: AbortSignal
}

export const DEFAULT_MAX_OUTPUT_BYTES = 2 * 1024 * 1024
export const DEFAULT_KILL_GRACE_MS = 5_000
/** SIGTERM to SIGKILL on a cancellation: short, the runner gives the whole step 7.5 s. */
export const CANCEL_KILL_GRACE_MS = 1_000

/** A runner that spawns shell strings through `/bin/sh -c`, in the sandbox when given one. */
export function createCommandRunner(options: CommandRunnerOptions = {}): CommandRunner {
  const parent = options.parentEnv ?? process.env
  const secrets = [...secretValues(parent), ...(options.secrets ?? [])]
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  const killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS
  const {sandbox, cancel} = options
  return {
    async run(command: string, runOptions: RunOptions): Promise<CommandResult> {
      if (cancel?.aborted) throw cancelReason(cancel)
      const env = safeEnvironment(parent, runOptions.env)
      const launch = sandbox
        ? await sandbox.launch(command, env)
        : {file: '/bin/sh', args: ['-c', command], env, cleanup: async () => undefined}
      let result: ProcessResult
      try {
        result = await runProcess(launch.file, launch.args, {
          cwd: runOptions.cwd,
          env: launch.env,
          timeoutMs: runOptions.timeoutMs,
          killGraceMs,
          maxOutputBytes,
          signal: cancel
        })
      } finally {
        await launch.cleanup()
      }
      // A cancelled command has no result to judge: its group is gone, the run is stopping.
      if (result.cancelled) throw cancelReason(cancel!)
      const out: CommandResult = {
        command,
        exitCode: result.exitCode,
        signal: result.signal,
        timedOut: result.timedOut,
        stdout: redact(result.stdout.toString('utf8'), secrets),
        stderr: redact(result.stderr.toString('utf8'), secrets),
        durationMs: result.durationMs,
        outputTruncated: result.outputTruncated
      }
      if (result.error !== undefined) out.error = redact(result.error, secrets)
      return out
    }
  }
}

// ---------------------------------------------------------------------------
// Environment

/** Variables the action's runtime uses to talk to GitHub's services. */
const RUNTIME_SECRETS = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
])

/**
 * Files the runner reads back after a step: a child that writes to them could
 * set the action's outputs or inject variables and PATH entries into later steps.
 */
const RUNNER_COMMAND_FILES = new Set([
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
])

/**
 * Whole families that are never the repository's business: the action's
 * inputs, the Actions runtime (tokens, cache and results URLs, OIDC), and the
 * model and Sentry settings.
 */
const DROPPED_PREFIXES = ['INPUT_', 'ACTIONS_', 'ANTHROPIC_', 'SENTRY_', 'CLAUDE_']

/**
 * Names the rules would drop that hold no secret and change how tools
 * behave (debug logging, tokenizer threads): kept.
 */
export const HARMLESS_NAMES: ReadonlySet<string> = new Set([
  'ACTIONS_STEP_DEBUG',
  'ACTIONS_RUNNER_DEBUG',
  'TOKENIZERS_PARALLELISM'
])

/**
 * A name that looks like it holds a secret. `AUTH` counts as a word of its own
 * (`NPM_AUTH`, `AUTHORIZATION`, `SSH_AUTH_SOCK`) but not inside `GIT_AUTHOR_NAME`.
 */
const SECRET_NAME =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|CREDENTIAL|COOKIE|(^|[_-])AUTH(?!OR(?!IZ))|[_-]KEY$|^KEY$/

/** True when a variable of this name looks like it holds a secret. */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name.toUpperCase())
}

function dropped(name: string): boolean {
  const upper = name.toUpperCase()
  if (HARMLESS_NAMES.has(upper)) return false
  if (RUNTIME_SECRETS.has(upper) || RUNNER_COMMAND_FILES.has(upper)) return true
  if (DROPPED_PREFIXES.some(prefix => upper.startsWith(prefix))) return true
  return looksSecret(upper)
}

/**
 * The environment for a child that runs the repository's code. The rule,
 * on names compared case-insensitively:
 * - dropped: `INPUT_*` (the action's inputs), `ACTIONS_*` (the runtime's
 *   tokens and URLs), `ANTHROPIC_*`, `CLAUDE_*`, `SENTRY_*`, `GITHUB_TOKEN`,
 *   `GH_TOKEN`, the runner's command files (`GITHUB_ENV`, `GITHUB_OUTPUT`,
 *   `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`), and any name that
 *   looks secret: containing TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE,
 *   CREDENTIAL, COOKIE, API_KEY, PRIVATE_KEY or ACCESS_KEY, ending in `_KEY`,
 *   or with AUTH as a word (`NPM_CONFIG__AUTH`, `SSH_AUTH_SOCK`);
 * - kept despite that: `HARMLESS_NAMES` (`ACTIONS_STEP_DEBUG`,
 *   `ACTIONS_RUNNER_DEBUG`, `TOKENIZERS_PARALLELISM`);
 * - kept: everything else (`PATH`, `HOME`, `CI`, locale, toolchain variables,
 *   `RUNNER_*`, the non-secret `GITHUB_*` context).
 * `extra` is applied last, as given: it is the caller's explicit choice.
 */
export function safeEnvironment(
  parent: NodeJS.ProcessEnv,
  extra?: NodeJS.ProcessEnv
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || dropped(name)) continue
    env[name] = value
  }
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** Shorter values are never treated as secrets (they would redact ordinary words). */
const MIN_SECRET_LENGTH = 6

/**
 * Values of the variables `safeEnvironment` drops because they are secret
 * (tokens, keys, passwords; not `INPUT_DRY-RUN=false`), for `redact`.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.trim().length < MIN_SECRET_LENGTH) continue
    const upper = name.toUpperCase()
    if (RUNTIME_SECRETS.has(upper) || looksSecret(upper)) values.add(value)
  }
  return [...values]
}

export const REDACTED = '***'

/**
 * Replaces every occurrence of each secret in `text` with `***`. A secret
 * spanning several lines is also redacted line by line (as the runner masks
 * them), and a token's `x-access-token:` Basic form is redacted too.
 */
export function redact(text: string, secrets: readonly string[]): string {
  if (text === '' || secrets.length === 0) return text
  const needles = new Set<string>()
  for (const secret of secrets) {
    if (typeof secret !== 'string') continue
    const trimmed = secret.trim()
    if (trimmed.length < 4) continue
    needles.add(trimmed)
    if (trimmed.includes('\n')) {
      for (const line of trimmed.split(/\r?\n/))
        if (line.trim().length >= MIN_SECRET_LENGTH) needles.add(line.trim())
    } else {
      needles.add(Buffer.from(`x-access-token:${trimmed}`).toString('base64'))
      needles.add(Buffer.from(trimmed).toString('base64'))
    }
  }
  let out = text
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    if (out.includes(needle)) out = out.split(needle).join(REDACTED)
  }
  return out
}

// ---------------------------------------------------------------------------
// Processes

export interface ProcessOptions {
  cwd: string
  /** Used as is: sanitize it first (`safeEnvironment`). */
  env: NodeJS.ProcessEnv
  timeoutMs: number
  killGraceMs?: number
  /** Total bytes kept of stdout plus stderr (half each). */
  maxOutputBytes?: number
  /** Written to stdin, which is then closed; stdin is empty otherwise. */
  input?: string | Buffer
  /** Kills the process group when aborted (SIGTERM, SIGKILL after CANCEL_KILL_GRACE_MS). */
  signal?: AbortSignal
}

export interface ProcessResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: Buffer
  stderr: Buffer
  durationMs: number
  outputTruncated: boolean
  /** True when `signal` was aborted while the process ran and its group was killed. */
  cancelled: boolean
  error?: string
}

/** After the main process exits, how long its pipes may stay open (held by leftovers) before the group is killed. */
const DRAIN_MS = 2_000
/** The same on a cancellation, where every second counts. */
const CANCEL_DRAIN_MS = 300

/**
 * Spawns `file` with `args` (no shell) in a new process group. On timeout the
 * whole group gets SIGTERM, then SIGKILL after the grace period. Processes the
 * command leaves behind in its group are killed when it exits, so a stray
 * server or watcher can't outlive the command or hold its pipes open. Never
 * rejects: a spawn failure is reported in `error`.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: ProcessOptions
): Promise<ProcessResult> {
  const started = performance.now()
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS
  const stdout = new HeadTailBuffer(Math.floor(maxOutput / 2))
  const stderr = new HeadTailBuffer(Math.ceil(maxOutput / 2))

  return new Promise<ProcessResult>(resolve => {
    let child
    try {
      child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
    } catch (error) {
      resolve(failure(error))
      return
    }
    const pid = child.pid
    let timedOut = false
    let cancelled = false
    let exitCode: number | null = null
    let signal: NodeJS.Signals | null = null
    let spawnError: string | undefined
    let settled = false
    const timers: NodeJS.Timeout[] = []

    const killGroup = (sig: NodeJS.Signals): void => {
      if (pid === undefined) return
      try {
        process.kill(-pid, sig)
      } catch {
        // The group is gone already.
      }
    }
    const finish = (): void => {
      if (settled) return
      settled = true
      for (const timer of timers) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      process.off('exit', killAtExit)
      killGroup('SIGKILL')
      child.stdout?.destroy()
      child.stderr?.destroy()
      const result: ProcessResult = {
        exitCode,
        signal,
        timedOut,
        stdout: stdout.contents(),
        stderr: stderr.contents(),
        durationMs: Math.round(performance.now() - started),
        outputTruncated: stdout.truncated || stderr.truncated,
        cancelled
      }
      if (spawnError !== undefined) result.error = spawnError
      resolve(result)
    }
    function failure(error: unknown): ProcessResult {
      return {
        exitCode: null,
        signal: null,
        timedOut: false,
        stdout: Buffer.alloc(0),
        stderr: Buffer.alloc(0),
        durationMs: Math.round(performance.now() - started),
        outputTruncated: false,
        cancelled: false,
        error: `could not start ${file}: ${error instanceof Error ? error.message : String(error)}`
      }
    }

    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
    if (child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input)
    }
    child.on('error', error => {
      spawnError = `could not start ${file}: ${error.message}`
      finish()
    })
    child.on('exit', (code, sig) => {
      exitCode = code
      signal = sig
      // Pipes still open after this are held by leftovers in the group.
      timers.push(setTimeout(finish, DRAIN_MS).unref())
    })
    child.on('close', finish)

    // On a timeout the group is signalled, and so is every descendant that
    // left it (setsid): a sandbox's PID 1 under sudo is one, and so is a
    // daemon a test started.
    // Remembered from the SIGTERM on: by the SIGKILL a descendant may have lost its parent.
    const tree = new Set<number>()
    const killTree = async (sig: NodeJS.Signals): Promise<void> => {
      if (pid !== undefined && !settled) for (const each of await descendants(pid)) tree.add(each)
      killGroup(sig)
      for (const each of tree) {
        try {
          process.kill(each, sig)
        } catch {
          // Gone, or not ours to signal.
        }
      }
    }
    const stop = (killGrace: number, drain: number): void => {
      void killTree('SIGTERM')
      timers.push(
        setTimeout(() => {
          void killTree('SIGKILL')
          // Something that left the group may still hold the pipes: stop waiting.
          timers.push(setTimeout(finish, drain).unref())
        }, killGrace).unref()
      )
    }
    timers.push(
      setTimeout(
        () => {
          timedOut = true
          stop(grace, DRAIN_MS)
        },
        Math.max(0, options.timeoutMs)
      ).unref()
    )
    // If ci-medic itself exits before the SIGKILL (a second signal), the group still gets it.
    function killAtExit(): void {
      killGroup('SIGKILL')
      for (const each of tree) {
        try {
          process.kill(each, 'SIGKILL')
        } catch {
          // Gone.
        }
      }
    }
    function onAbort(): void {
      if (settled || cancelled) return
      cancelled = true
      process.once('exit', killAtExit)
      stop(CANCEL_KILL_GRACE_MS, CANCEL_DRAIN_MS)
    }
    if (options.signal?.aborted) onAbort()
    else options.signal?.addEventListener('abort', onAbort, {once: true})
  })
}

/** The processes descending from `pid`, by the parent links in /proc; empty where there is no /proc. */
export async function descendants(pid: number): Promise<number[]> {
  let entries: string[]
  try {
    entries = await readdir('/proc')
  } catch {
    return []
  }
  const children = new Map<number, number[]>()
  await Promise.all(
    entries
      .filter(entry => /^\d+$/.test(entry))
      .map(async entry => {
        const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
        // pid (comm) state ppid …: comm may hold spaces and parentheses.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        if (!Number.isInteger(ppid) || ppid <= 0) return
        const list = children.get(ppid) ?? []
        list.push(Number(entry))
        children.set(ppid, list)
      })
  )
  const out: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (out.includes(child) || child === pid) continue
      out.push(child)
      queue.push(child)
    }
  }
  return out
}

/** Keeps the first and last `limit / 2` bytes of a stream. */
class HeadTailBuffer {
  private readonly head: Buffer[] = []
  private headBytes = 0
  private tail: Buffer[] = []
  private tailBytes = 0
  private total = 0
  private readonly half: number

  constructor(private readonly limit: number) {
    this.half = Math.floor(limit / 2)
  }

  get truncated(): boolean {
    return this.total > this.limit
  }

  push(chunk: Buffer): void {
    this.total += chunk.length
    let rest = chunk
    if (this.headBytes < this.limit - this.half) {
      const take = Math.min(rest.length, this.limit - this.half - this.headBytes)
      this.head.push(rest.subarray(0, take))
      this.headBytes += take
      rest = rest.subarray(take)
    }
    if (rest.length === 0) return
    this.tail.push(rest)
    this.tailBytes += rest.length
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= this.half) {
      this.tailBytes -= this.tail[0]!.length
      this.tail.shift()
    }
  }

  contents(): Buffer {
    const head = Buffer.concat(this.head)
    const tail = Buffer.concat(this.tail)
    if (!this.truncated) return Buffer.concat([head, tail])
    const kept = tail.subarray(Math.max(0, tail.length - this.half))
    const omitted = this.total - head.length - kept.length
    return Buffer.concat([head, Buffer.from(`\n[… ${omitted} bytes of output omitted …]\n`), kept])
  }
}
