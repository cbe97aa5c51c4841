// Tier 0: the project's deterministic fixers (formatters, `--fix` linters),
// run once over the whole workspace. Their change is kept only when the
// guards accept it, it fixes at least one failure and it breaks none;
// anything else is restored exactly. Like a model's fix, the verdict comes
// from a clean checkout of the change: a fixer that also wrote something git
// ignores or does not track (a cache, a generated file) cannot make the
// checks pass in the workspace and have the commit fail without it.
import type {Failure} from '../../core/classify/types.js'
import {
  checkDiff,
  describeVerdict,
  failureLabel,
  pathsOf,
  type DetectedProject
} from '../../core/fixing/index.js'
import type {CommandRunner, GitWorkspace, Snapshot} from '../../edges/workspace/index.js'
import {failuresOf, newFailures, runChecks, type CheckContext} from '../../engine/checks.js'
import {BOT_AUTHOR} from '../../engine/commit-identity.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import {onCleanCheckout} from '../../engine/verify-steps.js'
import type {KeptFix} from './fix-loop.js'

export interface TierZeroInput {
  git: GitWorkspace
  runner: CommandRunner
  log: DecisionLog
  project: DetectedProject
  protectedPaths: readonly string[]
  checkContext: () => CheckContext
  /** The failures before the fixers ran. */
  before: Failure[]
  /** Fingerprints of flaky failures: their passing is no fix, their failing no regression. */
  unstable?: ReadonlySet<string>
}

const KEY = 'tier 0'

export async function tierZero(
  input: TierZeroInput
): Promise<{fix: KeptFix; after: Failure[]} | undefined> {
  const {git, log} = input
  const snapshot = await git.snapshot()
  try {
    for (const command of input.project.fixCommands) {
      const result = await input.runner.run(command, {
        cwd: git.root,
        timeoutMs: input.checkContext().timeoutMs
      })
      log.record('tier0', {command, exitCode: result.exitCode, timedOut: result.timedOut})
    }
    const diff = await git.diff(snapshot)
    if (diff.length === 0) {
      log.record('tier0', {kept: false, reason: 'the fixers changed nothing'})
      return undefined
    }
    const verdict = checkDiff(diff, {
      protectedPaths: [...input.protectedPaths],
      maxFilesChanged: Number.MAX_SAFE_INTEGER,
      checkScripts: input.project.checkScripts
    })
    if (!verdict.ok) {
      log.record('guard-rejected', {key: KEY, stage: 'tier0', violations: verdict.violations})
      await revert(input, snapshot, describeVerdict(verdict))
      return undefined
    }
    const files = pathsOf(diff)
    const after = await onCleanCheckout(input, {key: KEY, stage: 'tier0'}, files, async root =>
      failuresOf(await runChecks({...input.checkContext(), root}))
    )
    const stable = (f: Failure): boolean => !input.unstable?.has(f.fingerprint)
    const resolved = input.before
      .filter(stable)
      .filter(f => !after.some(a => a.fingerprint === f.fingerprint))
    const broken = newFailures(input.before, after).filter(stable)
    if (resolved.length === 0 || broken.length > 0) {
      const why = broken.length
        ? `it broke ${broken.map(failureLabel).join('; ')}`
        : 'it fixed nothing'
      await revert(input, snapshot, why)
      return undefined
    }
    const message = `style: apply ${input.project.fixCommands.join(', ')}\n\nci-medic autofix tier 0 (deterministic fixers), verified: fixes ${resolved.length} failure(s), breaks none.`
    const sha = await git.commit(message, files, BOT_AUTHOR)
    log.record('committed', {
      key: KEY,
      tier: 0,
      sha,
      files,
      resolved: resolved.map(f => f.fingerprint)
    })
    return {fix: {sha, message, files, tier: 0}, after}
  } catch (error) {
    // Nothing unverified may stay in the workspace, whatever went wrong.
    await git.restore(snapshot)
    throw error
  }
}

async function revert(input: TierZeroInput, snapshot: Snapshot, reason: string): Promise<void> {
  await input.git.restore(snapshot)
  input.log.record('reverted', {key: KEY, stage: 'tier0', reason})
}
