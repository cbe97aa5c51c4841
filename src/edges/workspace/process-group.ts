// Running one child process in a process group of its own: a timeout or a
// cancellation kills everything it started (descendants that left the group
// included), leftovers are killed when it exits, and its captured output is
// capped (head and tail kept). Never rejects: a spawn failure is reported.
import {spawn, type ChildProcess} from 'node:child_process'
import {readdir, readFile} from 'node:fs/promises'
import {HeadTailBuffer} from './head-tail-buffer.js'

export const DEFAULT_MAX_OUTPUT_BYTES = 2 * 1024 * 1024
export const DEFAULT_KILL_GRACE_MS = 5_000
/** SIGTERM to SIGKILL on a cancellation: short, the runner gives the whole step 7.5 s. */
export const CANCEL_KILL_GRACE_MS = 1_000

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
  const output = {
    stdout: new HeadTailBuffer(Math.floor(maxOutput / 2)),
    stderr: new HeadTailBuffer(Math.ceil(maxOutput / 2))
  }
  return new Promise<ProcessResult>(resolve => {
    let child: ChildProcess
    try {
      child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
    } catch (error) {
      resolve(spawnFailure(file, error, started))
      return
    }
    new GroupRun({child, file, started}, options, output, resolve).start()
  })
}

/** The result of a process that could not be spawned at all. */
function spawnFailure(file: string, error: unknown, started: number): ProcessResult {
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

/** A child just spawned: the process, the program it runs, and when (performance.now()). */
interface Spawned {
  child: ChildProcess
  file: string
  started: number
}

/** One spawned child's life: its output, its exit, its timeout and cancellation, its group's end. */
class GroupRun {
  private readonly child: ChildProcess
  private readonly file: string
  private readonly started: number
  private readonly pid: number | undefined
  private readonly grace: number
  private timedOut = false
  private cancelled = false
  private exitCode: number | null = null
  private signal: NodeJS.Signals | null = null
  private spawnError: string | undefined
  private settled = false
  private readonly timers: NodeJS.Timeout[] = []
  // On a timeout the group is signalled, and so is every descendant that
  // left it (setsid): a sandbox's PID 1 under sudo is one, and so is a
  // daemon a test started.
  // Remembered from the SIGTERM on: by the SIGKILL a descendant may have lost its parent.
  private readonly tree = new Set<number>()

  constructor(
    spawned: Spawned,
    private readonly options: ProcessOptions,
    private readonly output: {stdout: HeadTailBuffer; stderr: HeadTailBuffer},
    private readonly resolve: (result: ProcessResult) => void
  ) {
    this.child = spawned.child
    this.file = spawned.file
    this.started = spawned.started
    this.pid = spawned.child.pid
    this.grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS
  }

  /** Wires the child's streams and events, the timeout and the cancellation. */
  start(): void {
    const {child, output, options} = this
    child.stdout?.on('data', (chunk: Buffer) => output.stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.stderr.push(chunk))
    if (child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input)
    }
    child.on('error', error => {
      this.spawnError = `could not start ${this.file}: ${error.message}`
      this.finish()
    })
    child.on('exit', (code, sig) => {
      this.exitCode = code
      this.signal = sig
      // Pipes still open after this are held by leftovers in the group.
      this.timers.push(setTimeout(this.finish, DRAIN_MS).unref())
    })
    child.on('close', this.finish)
    this.timers.push(
      setTimeout(
        () => {
          this.timedOut = true
          this.stop(this.grace, DRAIN_MS)
        },
        Math.max(0, options.timeoutMs)
      ).unref()
    )
    if (options.signal?.aborted) this.onAbort()
    else options.signal?.addEventListener('abort', this.onAbort, {once: true})
  }

  /** Settles once: timers cleared, the group killed, the pipes closed, the result resolved. */
  private readonly finish = (): void => {
    if (this.settled) return
    this.settled = true
    for (const timer of this.timers) clearTimeout(timer)
    this.options.signal?.removeEventListener('abort', this.onAbort)
    process.off('exit', this.killAtExit)
    this.killGroup('SIGKILL')
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    const {stdout, stderr} = this.output
    const result: ProcessResult = {
      exitCode: this.exitCode,
      signal: this.signal,
      timedOut: this.timedOut,
      stdout: stdout.contents(),
      stderr: stderr.contents(),
      durationMs: Math.round(performance.now() - this.started),
      outputTruncated: stdout.truncated || stderr.truncated,
      cancelled: this.cancelled
    }
    if (this.spawnError !== undefined) result.error = this.spawnError
    this.resolve(result)
  }

  private killGroup(sig: NodeJS.Signals): void {
    if (this.pid === undefined) return
    try {
      process.kill(-this.pid, sig)
    } catch {
      // The group is gone already.
    }
  }

  private async killTree(sig: NodeJS.Signals): Promise<void> {
    if (this.pid !== undefined && !this.settled)
      for (const each of await descendants(this.pid)) this.tree.add(each)
    this.killGroup(sig)
    for (const each of this.tree) {
      try {
        process.kill(each, sig)
      } catch {
        // Gone, or not ours to signal.
      }
    }
  }

  /** SIGTERM to the tree now, SIGKILL after `killGrace`, then at most `drain` more before settling. */
  private stop(killGrace: number, drain: number): void {
    void this.killTree('SIGTERM')
    this.timers.push(
      setTimeout(() => {
        void this.killTree('SIGKILL')
        // Something that left the group may still hold the pipes: stop waiting.
        this.timers.push(setTimeout(this.finish, drain).unref())
      }, killGrace).unref()
    )
  }

  // If ci-medic itself exits before the SIGKILL (a second signal), the group still gets it.
  private readonly killAtExit = (): void => {
    this.killGroup('SIGKILL')
    for (const each of this.tree) {
      try {
        process.kill(each, 'SIGKILL')
      } catch {
        // Gone.
      }
    }
  }

  private readonly onAbort = (): void => {
    if (this.settled || this.cancelled) return
    this.cancelled = true
    process.once('exit', this.killAtExit)
    this.stop(CANCEL_KILL_GRACE_MS, CANCEL_DRAIN_MS)
  }
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
