// Before a fixer spends anything on a test failure: re-run its one test on
// the unchanged tree; when it passes alone, one more full test run tells a
// flake from an order-dependent failure (src/core/autofix/flaky-check.ts
// decides). No model is called. The runs count toward the time budget like
// any other command (each is capped by the time left), and are logged under
// the key `precheck` with the failure's key beside it, so the seconds an
// outcome record gives a failure stay the time spent fixing it.
import {readFile} from 'node:fs/promises'
import {
  isolationCommand,
  judgeIsolation,
  type FlakeVerdicts,
  type FullRerun,
  type PassedAlone
} from '../../core/autofix/flaky-check.js'
import type {PlannedFailure} from '../../core/autofix/index.js'
import {ATTEMPT_TIME_RESERVE_MS} from '../../core/fixing/limits.js'
import {commandTimeout} from '../../engine/attempt-loop.js'
import {runCheck, type CheckContext} from '../../engine/checks.js'
import type {FixLoopDeps} from './fix-loop.js'

const KEY = 'precheck'
/** A report larger than this is not read for the order of the tests (the facts are optional). */
const MAX_REPORT_BYTES = 32 * 1024 * 1024

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
    if (await passesAlone(deps, item, command)) passedAlone.push({item, command})
  }
  if (passedAlone.length === 0 || !deps.project.testCommand)
    return {flaky: new Map(), isolated: new Map(), order: new Map()}
  const rerun = await runCheck(ctx, 'test', deps.project.testCommand)
  deps.log.record('check', {
    key: KEY,
    stage: 'precheck',
    passedAlone: passedAlone.map(p => p.item.key),
    command: rerun.command,
    exitCode: rerun.result.exitCode,
    timedOut: rerun.result.timedOut,
    failures: rerun.failures.length
  })
  const conclusive = !rerun.result.timedOut && !rerun.failures.some(f => f.rule === OPAQUE_RULE)
  return judgeIsolation(passedAlone, {
    failures: rerun.failures,
    conclusive,
    command: rerun.command,
    report: await orderReport(deps, rerun.result.stdout)
  })
}

/** The second full run's report, when the test command writes one that keeps the order of the tests. */
async function orderReport(deps: FixLoopDeps, stdout: string): Promise<FullRerun['report']> {
  const {format, path} = deps.project.reporter
  // `go test -json` writes its events to stdout (the tail the runner kept).
  if (format === 'go-test-json') return {format, text: stdout}
  if (!path || (format !== 'jest-json' && format !== 'junit')) return undefined
  const text = await readFile(path, 'utf8').catch(() => undefined)
  return text && text.length <= MAX_REPORT_BYTES ? {format, text} : undefined
}

/** The failure's one test, run in the unchanged workspace. */
async function passesAlone(
  deps: FixLoopDeps,
  item: PlannedFailure,
  command: string
): Promise<boolean> {
  const run = await deps.runner.run(command, {cwd: deps.git.root, timeoutMs: commandTimeout(deps)})
  deps.log.record('check', {
    key: KEY,
    stage: 'precheck',
    failure: item.key,
    command,
    exitCode: run.exitCode,
    timedOut: run.timedOut
  })
  return run.exitCode === 0 && !run.timedOut
}
