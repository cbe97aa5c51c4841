// The checks a verdict is built from, the same for both fixing actions: run
// the one test that shows the problem (it must pass now), and run the full
// checks (each run logged). What "verified" means is the caller's: autofix
// wants its failure gone, self-heal its reproduction test green.
//
// The final verdict is reached on a clean checkout of the change
// (`onCleanCheckout`): HEAD plus the changed files, with the installed
// dependencies linked in. Snapshots, diffs and commits see only what git
// sees, so a file that git ignores, written by the model or by a test run in
// the workspace (a gitignored vitest setup file, a conftest.py in an ignored
// directory), could otherwise make the checks pass without being part of
// what is committed.
import type {DetectedProject} from '../core/fixing/index.js'
import {FEEDBACK_TAIL} from '../core/fixing/limits.js'
import {commandTimeout, type Engine} from './attempt-loop.js'
import {runChecks, type CheckRun} from './checks.js'
import type {DecisionStage} from './decision-log.js'

type VerifyEngine = Pick<Engine, 'runner' | 'git' | 'log' | 'budget' | 'settings'>

type Rejection = {ok: false; why: string; feedback: string}

/**
 * Runs `command` (in `root`, default the workspace); a rejection naming
 * `what` when it fails, undefined when it passes.
 */
export async function mustPass(
  engine: VerifyEngine,
  at: {key: string; stage: DecisionStage},
  test: {command: string; what: string; root?: string}
): Promise<Rejection | undefined> {
  const run = await engine.runner.run(test.command, {
    cwd: test.root ?? engine.git.root,
    timeoutMs: commandTimeout(engine)
  })
  engine.log.record('check', {
    ...at,
    ...(test.root ? {checkout: 'clean'} : {}),
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

/** The project's full checks (typecheck, lint, test) in `root` (default the workspace), each run logged. */
export async function fullChecks(
  engine: VerifyEngine,
  project: DetectedProject,
  key: string,
  root?: string
): Promise<CheckRun[]> {
  const runs = await runChecks({
    runner: engine.runner,
    root: root ?? engine.git.root,
    project,
    timeoutMs: commandTimeout(engine)
  })
  for (const r of runs)
    engine.log.record('check', {
      key,
      stage: 'verify',
      ...(root ? {checkout: 'clean'} : {}),
      command: r.command,
      exitCode: r.result.exitCode,
      timedOut: r.result.timedOut,
      failures: r.failures.length
    })
  return runs
}

/**
 * Runs `check` on a clean checkout of HEAD plus `paths` (the change as it
 * would be committed; see GitWorkspace.cleanCheckout), removed afterwards.
 */
export async function onCleanCheckout<T>(
  engine: Pick<Engine, 'git' | 'log'>,
  at: {key: string; stage: DecisionStage},
  paths: readonly string[],
  check: (root: string) => Promise<T>
): Promise<T> {
  const checkout = await engine.git.cleanCheckout(paths)
  engine.log.record('check', {
    ...at,
    checkout: 'clean',
    commit: checkout.commit,
    linked: [...checkout.linked]
  })
  try {
    return await check(checkout.root)
  } finally {
    await checkout.dispose()
  }
}

/** What the model is told when a check fails on the clean checkout of its change. */
export const CLEAN_CHECKOUT_NOTE =
  'This ran on a clean checkout of the change (the changed files on top of the last commit, with the installed dependencies), not in the workspace: only committed files count. If it passed for you, something git ignores or does not track, written by you or by a test run, made it pass there.'
