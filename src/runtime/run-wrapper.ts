// The top of every action: whatever happens below ends in one clear line.
// Configuration mistakes name the input and the fix; GitHub refusals name the
// permission; outages and unreachable hosts say what to check or to try
// again; bugs say they are bugs, and their stack trace goes to the debug log
// only (ACTIONS_STEP_DEBUG).
import {GitHubApiError} from '../edges/github/errors.js'
import {SentryApiError, type SentryErrorKind} from '../edges/sentry/errors.js'
import {
  errorMessage,
  isCancelledError,
  isConfigurationError,
  networkErrorIn,
  type CancelledError
} from '../errors.js'
import {loggerFrom} from './actions-logger.js'
import {listenForCancellation, neverCancelled, type Cancellation} from './cancellation.js'
import {outputWasSet, setOutputs} from './outputs.js'

export interface WrapperOptions {
  /**
   * Outputs set when the step fails, so a later step never reads an empty
   * output as success (e.g. next-action: none, outcome: not-evaluated).
   */
  failureOutputs?: Record<string, string>
  /**
   * Set for actions that can be cancelled cleanly (autofix, self-heal): the
   * wrapper then listens for SIGINT and SIGTERM, hands the body an
   * AbortSignal, and sets these outputs (outcome: cancelled) for any the run
   * did not set itself. Without it the signals end the process as they
   * always do.
   */
  cancelledOutputs?: Record<string, string>
}

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

export async function reportFailure(
  command: string,
  error: unknown,
  options: WrapperOptions = {}
): Promise<void> {
  // Loaded here, not at start-up: see action-inputs.ts.
  const core = await import('@actions/core')
  const missing = Object.entries(options.failureOutputs ?? {}).filter(
    ([name]) => !outputWasSet(name)
  )
  setOutputs(core, Object.fromEntries(missing))
  // An ::error:: command: @actions/core escapes the message onto its one line.
  core.setFailed(failureMessage(command, error))
  if (isConfigurationError(error) || isCancelledError(error)) return
  // The stack starts with the error's message, which may quote untrusted text.
  if (error instanceof Error && error.stack) loggerFrom(core).debug(error.stack)
}

export async function runWrapper(
  command: string,
  body: (cancel: AbortSignal) => Promise<void>,
  options: WrapperOptions = {}
): Promise<void> {
  const onStray = (error: unknown): void => {
    void reportFailure(command, error, options).finally(() => process.exit(1))
  }
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  const cancellation = cancellable(command, options)
  let thrown: {error: unknown} | undefined
  try {
    await body(cancellation?.signal ?? neverCancelled())
  } catch (error) {
    thrown = {error}
  }
  // A cancelled run ends as cancelled, whatever it threw on the way out.
  if (cancellation?.signal.aborted) await reportCancelled(command, cancellation, options, thrown)
  cancellation?.dispose()
  if (thrown) await reportFailure(command, thrown.error, options)
}

/** Listens for the runner's SIGINT/SIGTERM when the action can be cancelled cleanly. */
function cancellable(command: string, options: WrapperOptions): Cancellation | undefined {
  const outputs = options.cancelledOutputs
  if (!outputs) return undefined
  return listenForCancellation({
    // The run did not end in time: the outputs it did not set, one line, and out.
    onDeadline: reason => reportFailure(command, reason, {failureOutputs: outputs})
  })
}

/** Ends a cancelled run: one line naming the signal, the cancelled outputs it did not set, exit 128 + the signal. */
async function reportCancelled(
  command: string,
  cancellation: Cancellation,
  options: WrapperOptions,
  thrown?: {error: unknown}
): Promise<void> {
  const reason = isCancelledError(thrown?.error)
    ? thrown.error
    : (cancellation.signal.reason as CancelledError)
  await reportFailure(command, reason, {failureOutputs: options.cancelledOutputs})
  cancellation.dispose()
  process.exit(cancellation.exitCode())
}
