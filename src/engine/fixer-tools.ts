// The model's workspace tools as both fixing actions give them: confined to
// the checkout, blind to protected paths and secrets, writing only files git
// sees (tracked, or new and not ignored) and never dependencies, and with
// run_affected_test running the one command that tells whether the change
// works (its output tail goes back to the model).
import {TOOL_OUTPUT_TAIL} from '../core/fixing/limits.js'
import {createModelTools, type CommandRunner, type ModelTools} from '../edges/workspace/index.js'

export interface FixerToolsOptions {
  root: string
  protectedPaths: readonly string[]
  secrets: readonly string[]
  runner: CommandRunner
  timeoutMs: () => number
  /** The command run_affected_test runs; '' when there is nothing to run yet. */
  testCommand: (tools: ModelTools) => string
  /** What the model is told when testCommand is ''. */
  nothingToRun?: string
  /** Which of these paths git ignores: the tools do not write them. */
  ignoredPaths?: (paths: string[]) => Promise<string[]>
  /** Told of every command run_affected_test ran (for the decision log). */
  onRun?: (command: string, exitCode: number | null, timedOut: boolean) => void
  /** Why a write to this path is refused (a feature stream's owned files); undefined allows it. */
  refuseWrite?: (rel: string) => string | undefined
}

export function fixerTools(options: FixerToolsOptions): ModelTools {
  const tools: ModelTools = createModelTools({
    root: options.root,
    protectedGlobs: [...options.protectedPaths],
    secrets: [...options.secrets],
    maxReadBytes: 64 * 1024,
    maxListEntries: 400,
    ignoredPaths: options.ignoredPaths,
    refuseWrite: options.refuseWrite,
    runAffectedTest: async () => {
      const command = options.testCommand(tools)
      if (!command) return options.nothingToRun ?? 'There is no test to run.'
      const run = await options.runner.run(command, {
        cwd: options.root,
        timeoutMs: options.timeoutMs()
      })
      options.onRun?.(command, run.exitCode, run.timedOut)
      return run.exitCode === 0 && !run.timedOut
        ? `PASSED: ${command}`
        : `FAILED (exit ${run.exitCode ?? run.signal}${run.timedOut ? ', timed out' : ''}): ${command}\n${`${run.stdout}\n${run.stderr}`.slice(-TOOL_OUTPUT_TAIL)}`
    }
  })
  return tools
}
