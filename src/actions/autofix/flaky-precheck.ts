// Before a fixer spends anything on a test failure: re-run its one test on
// the unchanged tree; when it passes alone, one more full test run tells a
// flake from an order-dependent failure (src/core/autofix/flaky-check.ts
// decides). Every run is logged under the failure's key and counts toward the
// time budget like any other command; no model is called.
import {
  isolationCommand,
  judgeIsolation,
  type FlakeVerdicts,
  type PassedAlone
} from '../../core/autofix/flaky-check.js'
import type {PlannedFailure} from '../../core/autofix/index.js'
import {ATTEMPT_TIME_RESERVE_MS} from '../../core/fixing/limits.js'
import {runCheck, type CheckContext} from '../../engine/checks.js'
import {mustPass} from '../../engine/verify-steps.js'
import type {FixLoopDeps} from './fix-loop.js'

/** The failure parser's stand-in for output it could not read (checks.ts): says nothing about one test. */
const OPAQUE_RULE = 'autofix.opaque-check'

export async function precheckFlakes(
  deps: FixLoopDeps,
  items: readonly PlannedFailure[],
  ctx: CheckContext
): Promise<FlakeVerdicts> {
  const passedAlone: PassedAlone[] = []
  for (const item of items) {
    const command = isolationCommand(item, deps.project)
    // Out of time, a failure is fixed (or reported) as usual: the check is not worth the job's timeout.
    if (!command || !deps.budget.hasTimeFor(ATTEMPT_TIME_RESERVE_MS)) continue
    const at = {key: item.key, stage: 'precheck' as const}
    const what = 'the failing test, re-run unchanged'
    if (!(await mustPass(deps, at, {command, what}))) passedAlone.push({item, command})
  }
  if (passedAlone.length === 0 || !deps.project.testCommand)
    return {flaky: new Map(), isolated: new Map()}
  const rerun = await runCheck(ctx, 'test', deps.project.testCommand)
  deps.log.record('check', {
    key: 'precheck',
    stage: 'precheck',
    passedAlone: passedAlone.map(p => p.item.key),
    command: rerun.command,
    exitCode: rerun.result.exitCode,
    timedOut: rerun.result.timedOut,
    failures: rerun.failures.length
  })
  const conclusive = !rerun.result.timedOut && !rerun.failures.some(f => f.rule === OPAQUE_RULE)
  return judgeIsolation(passedAlone, {failures: rerun.failures, conclusive})
}
