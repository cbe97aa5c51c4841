// How a failed step ends: the one line it fails with and the outputs it did not set.
// Loaded by the run wrapper only when a run fails, as @actions/core is: a run that
// succeeds never compiles this, nor the Sentry errors it tells apart (#11).
import {GitHubApiError} from '../edges/github/errors.js'
import {SentryApiError, type SentryErrorKind} from '../edges/sentry/errors.js'
import {errorMessage, isCancelledError, isConfigurationError, networkErrorIn} from '../errors.js'
import type * as Core from '@actions/core'
import {loggerFrom, type LogSink} from './actions-logger.js'
import {outputWasSet, setOutputs, type OutputSink} from './outputs.js'

/** What a failure report needs of @actions/core (passed in: it is loaded late, see action-inputs.ts). */
export type FailureCore = LogSink & OutputSink & Pick<typeof Core, 'setFailed'>

/** Sentry answers that are nobody's mistake: the step can simply run again later. */
const SENTRY_TRY_LATER: Partial<Record<SentryErrorKind, string>> = {
  server: 'Sentry had a problem answering; try again later.',
  'rate-limit': "Sentry's rate limit held for longer than ci-medic waits; try again later."
}

/**
 * The one line a failed step ends with. Pure: the error decides, nothing
 * else. Only what is left (no configuration, no refusal, no outage, no
 * unreachable host) is called a bug.
 */
export function failureMessage(command: string, error: unknown): string {
  const lead = `ci-medic ${command}`
  if (isConfigurationError(error)) return `${lead}: ${error.message}`
  if (isCancelledError(error))
    return `${lead}: ${error.message}; the change being verified was reverted, and the report says what was kept.`
  if (error instanceof GitHubApiError && error.kind !== 'validation' && error.kind !== 'other')
    return `${lead}: ${error.message}`
  const network = networkErrorIn(error)
  if (network) return `${lead}: ${network.message}`
  if (error instanceof SentryApiError && error.kind in SENTRY_TRY_LATER)
    return `${lead}: ${error.message.replace(/\.+$/, '')}: ${SENTRY_TRY_LATER[error.kind]}`
  return (
    `${lead} failed unexpectedly: ${errorMessage(error).replace(/\.+$/, '')}. ` +
    'This is a bug in ci-medic, not in your configuration: please report it, ' +
    'with the stack trace from a run with debug logging enabled.'
  )
}

/** The failure outputs the run did not set, the failure line, and the stack to the debug log. */
export function reportFailure(
  core: FailureCore,
  command: string,
  error: unknown,
  failureOutputs: Record<string, string> = {}
): void {
  const missing = Object.entries(failureOutputs).filter(([name]) => !outputWasSet(name))
  setOutputs(core, Object.fromEntries(missing))
  // An ::error:: command: @actions/core escapes the message onto its one line.
  core.setFailed(failureMessage(command, error))
  if (isConfigurationError(error) || isCancelledError(error)) return
  // The stack starts with the error's message, which may quote untrusted text.
  if (error instanceof Error && error.stack) loggerFrom(core).debug(error.stack)
}
