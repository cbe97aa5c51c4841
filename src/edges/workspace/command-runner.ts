// Running the repository's own commands (tests, linters, fixers) and git.
// Every child gets a sanitized environment (no action inputs, no tokens),
// runs in its own process group so a timeout kills everything it started,
// and has its captured output capped (head and tail kept) so a chatty test
// can't exhaust memory. The repository's commands also run in the sandbox
// the action detected (sandbox.ts), where ci-medic's own processes, and the
// secrets in their environment, do not exist.
// The environment rules are in safe-environment.ts, the process groups in
// process-group.ts.
import {cancelReason} from '../../errors.js'
import {
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  runProcess,
  type ProcessResult
} from './process-group.js'
import {redact, safeEnvironment, secretValues} from './safe-environment.js'
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

export {
  HARMLESS_NAMES,
  looksSecret,
  redact,
  REDACTED,
  safeEnvironment,
  secretValues
} from './safe-environment.js'
export {
  CANCEL_KILL_GRACE_MS,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  descendants,
  runProcess,
  type ProcessOptions,
  type ProcessResult
} from './process-group.js'
