// The top of every action: whatever happens below ends in one clear line.
// Configuration mistakes name the input and the fix; bugs say they are bugs,
// and their stack trace goes to the debug log only (ACTIONS_STEP_DEBUG).
import * as core from '@actions/core'
import {errorMessage, isConfigurationError} from '../errors.js'

export function reportFailure(command: string, error: unknown): void {
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

export async function runWrapper(command: string, body: () => Promise<void>): Promise<void> {
  const onStray = (error: unknown): void => {
    reportFailure(command, error)
    process.exit(1)
  }
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  try {
    await body()
  } catch (error) {
    reportFailure(command, error)
  }
}
