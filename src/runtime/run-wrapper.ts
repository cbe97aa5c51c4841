// The top of every action: whatever happens below ends in one clear line.
// Configuration mistakes name the input and the fix; bugs say they are bugs,
// and their stack trace goes to the debug log only (ACTIONS_STEP_DEBUG).
import {errorMessage, isConfigurationError} from '../errors.js'
import {outputWasSet} from './outputs.js'

export interface WrapperOptions {
  /**
   * Outputs set when the step fails, so a later step never reads an empty
   * output as success (e.g. next-action: none, outcome: not-evaluated).
   */
  failureOutputs?: Record<string, string>
}

export async function reportFailure(
  command: string,
  error: unknown,
  options: WrapperOptions = {}
): Promise<void> {
  // Loaded here, not at start-up: see action-inputs.ts.
  const core = await import('@actions/core')
  for (const [name, value] of Object.entries(options.failureOutputs ?? {}))
    if (!outputWasSet(name)) core.setOutput(name, value)
  if (isConfigurationError(error)) {
    core.setFailed(`ci-medic ${command}: ${error.message}`)
    return
  }
  core.setFailed(
    `ci-medic ${command} failed unexpectedly: ${errorMessage(error).replace(/\.+$/, '')}. ` +
      'This is a bug in ci-medic, not in your configuration: please report it, ' +
      'with the stack trace from a run with debug logging enabled.'
  )
  if (error instanceof Error && error.stack) core.debug(error.stack)
}

export async function runWrapper(
  command: string,
  body: () => Promise<void>,
  options: WrapperOptions = {}
): Promise<void> {
  const onStray = (error: unknown): void => {
    void reportFailure(command, error, options).finally(() => process.exit(1))
  }
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  try {
    await body()
  } catch (error) {
    await reportFailure(command, error, options)
  }
}
