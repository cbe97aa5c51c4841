// Whether self-heal keeps a fix, judged on the full checks of a clean
// checkout of it (the reproduction test and the fix), against the base
// commit's failures: nothing new, the reproduction test no longer among the
// failures (found by its file in the parsed failures, not by an exit code),
// and the production error nowhere in the failures the base commit did not
// have. The decision itself is the one autofix makes (change-verdict.ts).
//
// When the test runner cannot run one file, the reproduction command is the
// whole suite, whose exit code also counts every other failing test of the
// project; these parsed failures are then all there is to judge by. A test
// run that failed without failures anyone could read says nothing about one
// test: on such a project a fix cannot be judged (unnarrowedBlocker refuses
// the reproduction up front), and a fix after which the suite became
// unreadable is refused as well.
import type {Failure} from '../classify/types.js'
import {isOpaqueTestRun, judgeChange, newFailures} from '../fixing/change-verdict.js'
import {failureLabel} from '../fixing/labels.js'
import {normalizePath} from '../fixing/source-text.js'
import {reproductionVerdict} from './reproduction.js'

/** The production error and the test that reproduces it. */
export interface HealSubject {
  testFile: string
  exceptionType: string
  exceptionValue: string
}

export type HealFixVerdict = {ok: true; why: string} | {ok: false; why: string}

/** Whether this failure's text shows the production error (its type and message). */
export function showsProductionError(
  failure: Pick<Failure, 'message' | 'excerpt'>,
  error: Pick<HealSubject, 'exceptionType' | 'exceptionValue'>
): boolean {
  const output = `${failure.message}\n${failure.excerpt}`
  return reproductionVerdict({passed: false, output}, error.exceptionType, error.exceptionValue)
    .reproduced
}

/**
 * `narrowed`: the reproduction command ran that test alone, and it passed
 * (the caller checked). Otherwise the full checks alone say whether it passes.
 */
export function judgeHealFix(
  baseline: readonly Failure[],
  after: readonly Failure[],
  change: {subject: HealSubject; narrowed: boolean}
): HealFixVerdict {
  const {subject, narrowed} = change
  const testFile = normalizePath(subject.testFile)
  const ofTest = (f: Failure): boolean => f.file !== undefined && normalizePath(f.file) === testFile
  const fresh = new Set(newFailures(baseline, after))
  const isSubject = (f: Failure): boolean =>
    ofTest(f) || (fresh.has(f) && showsProductionError(f, subject))
  const {broken, stillThere} = judgeChange(baseline, after, isSubject)
  if (broken.length) return {ok: false, why: `it broke ${labels(broken)}`}
  if (stillThere.some(ofTest)) {
    const failing = stillThere.filter(ofTest)
    return {ok: false, why: `the reproduction test still fails (${labels(failing)})`}
  }
  if (stillThere.length) {
    return {
      ok: false,
      why: `the full checks still show the production error (${labels(stillThere)})`
    }
  }
  if (narrowed) {
    return {
      ok: true,
      why: 'the reproduction test passes and the full checks show nothing new, on clean checkouts of the change'
    }
  }
  const opaque = after.find(isOpaqueTestRun)
  if (opaque) {
    return {
      ok: false,
      why: `the test runner cannot run one file, and the full test run (${opaque.message}) shows no failure that can be read, so whether the reproduction test passes cannot be told`
    }
  }
  return {
    ok: true,
    why: 'the full checks on a clean checkout of the change no longer show the reproduction test or the production error, and show nothing new'
  }
}

/**
 * Why a reproduction cannot be judged when the runner cannot run one file
 * (its command is the whole suite), from the base commit's failures; undefined
 * when it can. Either the suite already fails with the production error (a new
 * test's failure cannot be told apart), or it fails without a failure that can
 * be read (whether a fix makes the new test pass could never be told).
 */
export function unnarrowedBlocker(
  baseline: readonly Failure[],
  error: Pick<HealSubject, 'exceptionType' | 'exceptionValue'>
): string | undefined {
  if (baseline.some(f => showsProductionError(f, error))) {
    return `the test runner cannot run one file, and the full suite already fails with ${error.exceptionType} on the base commit, so a new test's failure cannot be told apart`
  }
  const opaque = baseline.find(isOpaqueTestRun)
  if (opaque) {
    return `the test runner cannot run one file, and the full suite already fails on the base commit without a failure that can be read (${opaque.message}), so whether a fix makes the new test pass could never be told`
  }
  return undefined
}

function labels(failures: readonly Failure[]): string {
  return failures.slice(0, 3).map(failureLabel).join('; ')
}
