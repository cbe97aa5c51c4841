// The checks a verdict is built from, the same for both fixing actions: run
// the one test that shows the problem (it must pass now), and run the full
// checks (each run logged). What "verified" means is the caller's: autofix
// wants its failure gone, self-heal its reproduction test green.
import type {DetectedProject} from '../core/fixing/index.js'
import {FEEDBACK_TAIL} from '../core/fixing/limits.js'
import {commandTimeout, type Engine} from './attempt-loop.js'
import {runChecks, type CheckRun} from './checks.js'
import type {DecisionStage} from './decision-log.js'

type Rejection = {ok: false; why: string; feedback: string}

/** Runs `command`; a rejection naming `what` when it fails, undefined when it passes. */
export async function mustPass(
  engine: Pick<Engine, 'runner' | 'git' | 'log' | 'budget' | 'settings'>,
  at: {key: string; stage: DecisionStage},
  test: {command: string; what: string}
): Promise<Rejection | undefined> {
  const run = await engine.runner.run(test.command, {
    cwd: engine.git.root,
    timeoutMs: commandTimeout(engine)
  })
  engine.log.record('check', {
    ...at,
    command: test.command,
    exitCode: run.exitCode,
    timedOut: run.timedOut
  })
  if (run.exitCode === 0 && !run.timedOut) return undefined
  const output = `${run.stdout}\n${run.stderr}`
  return {
    ok: false,
    why: `${test.what} still fails`,
    feedback: `${test.what[0]?.toUpperCase()}${test.what.slice(1)} still fails:\n${output.slice(-FEEDBACK_TAIL)}`
  }
}

/** The project's full checks (typecheck, lint, test), each run logged. */
export async function fullChecks(
  engine: Pick<Engine, 'runner' | 'git' | 'log' | 'budget' | 'settings'>,
  project: DetectedProject,
  key: string
): Promise<CheckRun[]> {
  const runs = await runChecks({
    runner: engine.runner,
    root: engine.git.root,
    project,
    timeoutMs: commandTimeout(engine)
  })
  for (const r of runs)
    engine.log.record('check', {
      key,
      stage: 'verify',
      command: r.command,
      exitCode: r.result.exitCode,
      timedOut: r.result.timedOut,
      failures: r.failures.length
    })
  return runs
}
