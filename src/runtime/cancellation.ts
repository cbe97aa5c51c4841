// Cancellation: what a step does when the runner asks it to stop. A cancelled
// workflow run sends the step's process SIGINT, and SIGTERM 7.5 s later (then
// SIGKILL): the first signal aborts one AbortSignal that the run wrapper hands
// down through the deps (the command runner kills its process groups, the
// model request is aborted, the engine restores the workspace, the report
// says `cancelled`). If the run has not ended by the deadline, the wrapper's
// `onDeadline` writes what it can and the process exits; a second signal
// exits at once.
import {constants} from 'node:os'
import {CancelledError} from '../errors.js'

/** Well inside the runner's 7.5 s between SIGINT and SIGTERM. */
export const CANCEL_DEADLINE_MS = 6_000

export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const

export type CancelSignal = (typeof CANCEL_SIGNALS)[number]

/** The part of `process` cancellation uses (a stand-in in tests). */
export interface SignalSource {
  on(event: CancelSignal, listener: () => void): unknown
  off(event: CancelSignal, listener: () => void): unknown
}

export interface CancellationOptions {
  /** Runs once when the run has not ended `deadlineMs` after the first signal; then `exit`. */
  onDeadline: (reason: CancelledError) => Promise<void>
  deadlineMs?: number
  /** Default `process`. */
  source?: SignalSource
  /** Default `process.exit`. */
  exit?: (code: number) => void
}

export interface Cancellation {
  /** Aborted, with a CancelledError, on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal
  /** The exit code for the signal received: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
  exitCode(): number
  /** Stops listening and clears the deadline (the run has ended). */
  dispose(): void
}

export function exitCodeOf(signal: string): number {
  const number = (constants.signals as Record<string, number | undefined>)[signal]
  return 128 + (number ?? 15)
}

/** Listens for SIGINT and SIGTERM; the first aborts `signal`, the second exits. */
export function listenForCancellation(options: CancellationOptions): Cancellation {
  const source = options.source ?? process
  const exit = options.exit ?? ((code: number) => process.exit(code))
  const controller = new AbortController()
  let received: CancelSignal | undefined
  let deadline: NodeJS.Timeout | undefined
  const handlers = CANCEL_SIGNALS.map(name => {
    const handler = (): void => {
      if (received !== undefined) {
        // The second signal: no more waiting.
        exit(exitCodeOf(name))
        return
      }
      received = name
      const reason = new CancelledError(name)
      controller.abort(reason)
      deadline = setTimeout(() => {
        void options
          .onDeadline(reason)
          .catch(() => undefined)
          .finally(() => exit(exitCodeOf(name)))
      }, options.deadlineMs ?? CANCEL_DEADLINE_MS)
    }
    source.on(name, handler)
    return {name, handler}
  })
  return {
    signal: controller.signal,
    exitCode: () => exitCodeOf(received ?? 'SIGTERM'),
    dispose: () => {
      clearTimeout(deadline)
      for (const {name, handler} of handlers) source.off(name, handler)
    }
  }
}

/** A signal that is never aborted: for runs nobody cancels (tests, commands that don't listen). */
export function neverCancelled(): AbortSignal {
  return new AbortController().signal
}
