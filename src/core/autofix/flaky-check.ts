// Is a failure flaky on this commit? autofix's own evidence, before a fixer
// spends anything on it. The baseline's full test run showed the failure;
// re-running its one test on the unchanged tree tells the rest:
//
// - it fails again: it reproduces, so it is fixed as usual;
// - it passes alone: either it is flaky (timing, randomness, the outside
//   world), or it depends on the order of the tests or on another failing
//   test. One more full test run, on the same unchanged tree, tells those
//   apart: a failure that is gone from it failed and passed under the same
//   command on the same commit (flaky: skipped, recorded as a known flake);
//   one that is back is order-dependent (fixed as usual, and the report says
//   it passed in isolation). An isolated pass alone is never the signal.
//
// Pure: the plan items, the project and the runs' results in, verdicts out.
import type {Category, Failure} from '../classify/types.js'
import {affectedTestCommand, type DetectedProject} from '../fixing/project-detection.js'
import type {PlannedFailure} from './failure-plan.js'
import {testsBefore, type OrderFacts, type OrderReportFormat} from './order-facts.js'

/** Failures one test shows: worth re-running that test before a fix. Lint and compile errors are deterministic. */
const RERUNNABLE: ReadonlySet<Category> = new Set(['test_fail', 'timeout'])

/**
 * The command that re-runs just this failure's test; '' when there is none
 * (not a test failure, or no file to target): then there is no cheap check,
 * and the failure is fixed as usual.
 */
export function isolationCommand(
  item: PlannedFailure,
  project: Pick<DetectedProject, 'testCommand' | 'reporter' | 'packageManager' | 'localTools'>
): string {
  if (!RERUNNABLE.has(item.category)) return ''
  return affectedTestCommand(project, {file: item.lead.file, test: item.lead.test})
}

/** A failure whose test passed when re-run alone, and the command that ran it. */
export interface PassedAlone {
  item: PlannedFailure
  command: string
}

/** The second full test run on the unchanged tree. */
export interface FullRerun {
  failures: readonly Failure[]
  /** False when it timed out or its output could not be parsed: it then says nothing about any one test. */
  conclusive: boolean
  /** The command it ran. */
  command?: string
  /** Its machine-readable report, when the test command writes one: the order the tests ran in. */
  report?: {format: OrderReportFormat; text: string}
}

export interface FlakeVerdicts {
  /** Plan key → the report's reason: failed, then passed, on this commit. */
  flaky: Map<string, string>
  /** Plan key → the report's note: passed alone, failed again in the full run. */
  isolated: Map<string, string>
  /** Plan key → what the model is told about an order-dependent failure (conclusive runs only). */
  order: Map<string, OrderFacts>
}

export function judgeIsolation(
  passedAlone: readonly PassedAlone[],
  rerun: FullRerun
): FlakeVerdicts {
  const verdicts: FlakeVerdicts = {flaky: new Map(), isolated: new Map(), order: new Map()}
  const failing = new Set(rerun.failures.map(f => f.fingerprint))
  for (const {item, command} of passedAlone) {
    const back = item.members.some(m => failing.has(m.fingerprint))
    if (rerun.conclusive && !back) verdicts.flaky.set(item.key, flakyReason(command))
    else verdicts.isolated.set(item.key, isolatedNote(command, rerun.conclusive))
    if (rerun.conclusive && back) verdicts.order.set(item.key, orderFacts(item, command, rerun))
  }
  return verdicts
}

/** The facts of an order-dependent failure: the two commands, what ran before it, what else failed. */
function orderFacts(item: PlannedFailure, alone: string, rerun: FullRerun): OrderFacts {
  const mine = new Set(item.members.map(m => m.fingerprint))
  const order = rerun.report
    ? testsBefore(rerun.report.format, rerun.report.text, item.lead)
    : undefined
  const others = rerun.failures
    .filter(f => !mine.has(f.fingerprint))
    .map(f => f.test ?? f.file ?? f.message.split('\n')[0]!.slice(0, 200))
  return {
    alone,
    full: rerun.command ?? '',
    ...(order ? {before: order.before, scope: order.scope} : {}),
    otherFailures: [...new Set(others)].slice(0, 10)
  }
}

export function flakyReason(command: string): string {
  return `flaky: passed when re-run unchanged (alone: \`${command}\`; then in a second full test run). Not attempted; its outcome record in the ledger marks it a known flake on this commit`
}

function isolatedNote(command: string, conclusive: boolean): string {
  return conclusive
    ? `passed in isolation (\`${command}\`) but failed again in a second full test run: it depends on the order of the tests or on another failing test`
    : `passed in isolation (\`${command}\`); the second full test run did not finish cleanly, so it was fixed as usual`
}

/**
 * The failures now, plus the flaky ones the baseline showed that a later run
 * happened not to: a flaky test failing again later is not a regression.
 */
export function withUnstable(
  now: readonly Failure[],
  baseline: readonly Failure[],
  unstable: ReadonlySet<string>
): Failure[] {
  const seen = new Set(now.map(f => f.fingerprint))
  return [...now, ...baseline.filter(f => unstable.has(f.fingerprint) && !seen.has(f.fingerprint))]
}
