// The top of every action: whatever happens below ends in one clear line.
// Configuration mistakes name the input and the fix; GitHub refusals name the
// permission; outages and unreachable hosts say what to check or to try
// again; bugs say they are bugs, and their stack trace goes to the debug log
// only (ACTIONS_STEP_DEBUG).
import {type CancelledError, isCancelledError} from '../errors.js'
import {listenForCancellation, neverCancelled, type Cancellation} from './cancellation.js'

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

export async function reportFailure(
  command: string,
  error: unknown,
  options: WrapperOptions = {}
): Promise<void> {
  // Loaded here, not at start-up: see action-inputs.ts and failure-report.ts.
  const [core, failure] = await Promise.all([
    import('@actions/core'),
    import('./failure-report.js')
  ])
  failure.reportFailure(core, command, error, options.failureOutputs)
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
