// What the full checks after a change say about it, the same decision for
// autofix and self-heal: the failures it introduced (not there before it) and
// the failures of its subject (what it was meant to fix) still there. A
// change is kept only when both are empty. Each action says what its subject
// is: autofix, the fingerprints of the failure it fixes; self-heal, its
// reproduction test and the production error.
//
// This is how a fix is judged when the command that shows the problem is not
// narrowed to it (a runner that cannot run one test: node:test, mocha, a
// plain `npm test` script): that command's exit code also counts every other
// failure of the project, so it cannot say whether this one is gone.
import type {Failure} from '../classify/types.js'

/** The rule of a failed check whose output nothing could parse (see src/engine/checks.ts). */
export const OPAQUE_CHECK_RULE = 'autofix.opaque-check'

/** Fingerprints present after a change that were not there before it: regressions. */
export function newFailures(before: readonly Failure[], after: readonly Failure[]): Failure[] {
  const known = new Set(before.map(f => f.fingerprint))
  return after.filter(f => !known.has(f.fingerprint))
}

export interface ChangeVerdict {
  /** Failures the change introduced that are not its subject. */
  broken: Failure[]
  /** The subject's failures, still in the checks after the change. */
  stillThere: Failure[]
}

/** `before` and `after`: the failures of the full checks; `isSubject`: the ones the change is for. */
export function judgeChange(
  before: readonly Failure[],
  after: readonly Failure[],
  isSubject: (failure: Failure) => boolean
): ChangeVerdict {
  return {
    broken: newFailures(before, after).filter(f => !isSubject(f)),
    stillThere: after.filter(isSubject)
  }
}

/** A failed test run that nothing could parse (or that timed out): which tests failed is unknown. */
export function isOpaqueTestRun(failure: Failure): boolean {
  return failure.rule === OPAQUE_CHECK_RULE && failure.tool === 'test'
}
