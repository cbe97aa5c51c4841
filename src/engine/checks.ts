// Running the repository's checks (tests, lint, typecheck) and turning their
// output into failures with classify's parsers: the same code, not a copy.
// A failing check whose output no parser understands is still one failure.
import {readFile, rm} from 'node:fs/promises'
import {failureFingerprint, parseReport, scanText} from '../core/classify/index.js'
import {OPAQUE_CHECK_RULE} from '../core/fixing/change-verdict.js'
import {CHECK_OUTPUT_TAIL} from '../core/fixing/limits.js'
import type {Failure} from '../core/classify/types.js'
import type {DetectedProject} from '../core/fixing/index.js'
import type {CommandResult, CommandRunner} from '../edges/workspace/index.js'

export type CheckName = 'test' | 'lint' | 'typecheck'

export interface CheckRun {
  check: CheckName
  command: string
  result: CommandResult
  failures: Failure[]
}

export interface CheckContext {
  runner: CommandRunner
  root: string
  project: DetectedProject
  timeoutMs: number
}

export function commandsOf(project: DetectedProject): {check: CheckName; command: string}[] {
  const all: {check: CheckName; command: string}[] = [
    {check: 'typecheck', command: project.typecheckCommand},
    {check: 'lint', command: project.lintCommand},
    {check: 'test', command: project.testCommand}
  ]
  return all.filter(c => c.command !== '')
}

export async function runCheck(
  ctx: CheckContext,
  check: CheckName,
  command: string
): Promise<CheckRun> {
  const reportPath = check === 'test' ? ctx.project.reporter.path : undefined
  if (reportPath) await rm(reportPath, {force: true})
  const result = await ctx.runner.run(command, {cwd: ctx.root, timeoutMs: ctx.timeoutMs})
  const passed = result.exitCode === 0 && !result.timedOut
  if (passed) return {check, command, result, failures: []}

  const output = `${result.stdout}\n${result.stderr}`
  let failures: Failure[] = []
  if (reportPath) {
    const report = await readFile(reportPath).catch(() => undefined)
    if (report && report.length > 0) {
      failures = parseReport(report, reportPath, {workspace: ctx.root}).failures
    }
  }
  if (failures.length === 0)
    failures = scanText(output, {workspace: ctx.root, source: check}).failures
  if (check !== 'test') {
    // Lint and typecheck failures belong to their check, whatever the parser thought of the words.
    failures = failures.filter(f => f.category !== 'test_fail')
  }
  if (failures.length === 0 || result.timedOut) failures.push(opaqueFailure(check, command, result))
  return {check, command, result, failures}
}

export async function runChecks(ctx: CheckContext): Promise<CheckRun[]> {
  const runs: CheckRun[] = []
  for (const {check, command} of commandsOf(ctx.project))
    runs.push(await runCheck(ctx, check, command))
  return runs
}

/** A failed check nothing could parse: the command and the tail of its output. */
function opaqueFailure(check: CheckName, command: string, result: CommandResult): Failure {
  const tail = `${result.stdout}\n${result.stderr}`.slice(-CHECK_OUTPUT_TAIL)
  const message = result.timedOut
    ? `${command} did not finish within its timeout and was stopped`
    : `${command} failed with exit code ${result.exitCode ?? result.signal ?? 'unknown'}`
  const category = result.timedOut
    ? 'timeout'
    : check === 'typecheck'
      ? 'compile_error'
      : check === 'lint'
        ? 'lint_error'
        : 'unknown'
  return {
    category,
    message,
    excerpt: tail,
    fingerprint: failureFingerprint({category, message: `${check}: ${command}`}),
    rule: OPAQUE_CHECK_RULE,
    confidence: 0.3,
    tool: check
  }
}

/** The failures of all checks, each once (by fingerprint). */
export function failuresOf(runs: readonly CheckRun[]): Failure[] {
  const seen = new Map<string, Failure>()
  for (const run of runs)
    for (const f of run.failures) if (!seen.has(f.fingerprint)) seen.set(f.fingerprint, f)
  return [...seen.values()]
}

export {newFailures} from '../core/fixing/change-verdict.js'

export function outputTail(run: CheckRun, bytes = CHECK_OUTPUT_TAIL): string {
  return `${run.result.stdout}\n${run.result.stderr}`.slice(-bytes)
}
