// #11: a failure whose test passed on a retry in an earlier run of the same code (a ledger
// verdict's `passedOnRetry`, read only from records of runs that tested the same code, as the
// retry links are: ledger/retry-links.ts) is a flake there, though it failed on every try in
// this run. A run whose every failure is such a flake is rerun once, as a transient one is,
// instead of dispatching autofix (whose known-flake gate would skip them all: a wasted job).
// One real failure beside them keeps the usual decision; another commit's passes never count.
import {isRetriedPass} from '../classify/retry-links.js'
import type {Classification} from '../classify/types.js'
import type {LedgerRecord} from '../ledger/ledger-record.js'
import type {OutcomeRecord} from '../ledger/outcome-record.js'
import {isKnownFlake, type CodeRun} from '../ledger/record-history.js'
import {passedOnRetryOnCode} from '../ledger/retry-links.js'
import type {Decision, DecisionSettings, RunFacts} from './next-action.js'

/** A failure of this run whose test passed on a retry in a run of the same code. */
export interface RetriedFlake {
  fingerprint: string
  /** The run and attempt whose verdict first names it in `passedOnRetry`. */
  runId: number
  runAttempt: number
}

export interface RetriedFlakes {
  flakes: RetriedFlake[]
  /** How many other failures of the run the ledger knows flaky on the commit otherwise (a rerun passed). */
  others: number
}

/**
 * The run's failures that passed on a retry in a run of the same code, when every failure of
 * the run is one of them or otherwise a known flake on the commit (isKnownFlake). The run's
 * own retried passes are no failures of it and are left out. Undefined when one failure is
 * neither (a real failure: the usual decision), or none passed on a retry.
 */
export function retriedFlakesOf(
  classification: Classification,
  run: CodeRun,
  ledger: readonly LedgerRecord[],
  outcomes: readonly OutcomeRecord[]
): RetriedFlakes | undefined {
  const failed = [
    ...new Set(classification.failures.filter(f => !isRetriedPass(f)).map(f => f.fingerprint))
  ]
  const passed = passedOnRetryOnCode(ledger, run)
  const retried = failed.filter(p => passed.has(p))
  if (retried.length === 0) return undefined
  const others = failed.filter(p => !passed.has(p))
  if (!others.every(p => isKnownFlake(ledger, p, run.sha, outcomes))) return undefined
  const flakes = retried.map(fingerprint => {
    const {runId, runAttempt} = passed.get(fingerprint)!
    return {fingerprint, runId, runAttempt}
  })
  return {flakes, others: others.length}
}

/** How many flakes the reason names one by one. */
const NAMED = 2

/** Where each flake passed, in words: "`f1` passed on a retry in run 10 of this commit". */
export function retriedFlakesText({flakes, others}: RetriedFlakes, runId?: number): string {
  const each = flakes.slice(0, NAMED).map(f => {
    const where =
      f.runId === runId ? `attempt ${f.runAttempt} of this run` : `run ${f.runId} of this commit`
    return `\`${f.fingerprint}\` passed on a retry in ${where}`
  })
  const more = flakes.length > NAMED ? ` (${flakes.length - NAMED} more too)` : ''
  const rest = others
    ? `; ${others === 1 ? 'the other failure' : `${others} others`} failed and passed on this commit`
    : ''
  return `${each.join(', ')}${more}${rest}`
}

/** Rerun once, as a transient failure is: never with rerun-transient off, never twice. */
export function retriedFlakeDecision(
  retried: RetriedFlakes,
  run: RunFacts,
  settings: DecisionSettings
): Decision {
  const what = `Every failure is a known flake of this code (ledger: ${retriedFlakesText(retried, run.runId)})`
  const noFix = 'autofix is not dispatched for a flake'
  if (!settings.rerunTransient) {
    return {
      action: 'alert',
      act: true,
      reason: `${what}, and rerun-transient is off: a human decides (${noFix}).`
    }
  }
  if (run.runAttempt > 1) {
    return {
      action: 'alert',
      act: true,
      reason: `${what}, but this is attempt ${run.runAttempt}: it was rerun once already and failed again, so a human looks at it (${noFix}).`
    }
  }
  return {
    action: 'rerun',
    act: true,
    reason: `${what}: flaky, not a change to fix, so the failed jobs are rerun once instead of dispatching autofix.`
  }
}
