// Healing one production error group, in two runs of the fix engine's
// attempt loop (src/engine/attempt-loop.ts), each judged in code:
// 1. reproduce: the model adds a test; ci-medic runs it and keeps it only if
//    it fails with the production exception type and message;
// 2. fix: the model changes the code; ci-medic keeps the change only if it
//    touches no test, the reproduction test passes and the full checks show
//    nothing new (src/core/self-heal/fix-verdict.ts; when the runner cannot
//    run one file, the full checks' parsed failures alone say whether the
//    reproduction test passes). Anything else is reverted exactly
//    (snapshots), so the workspace only ever holds verified work. Each group
//    starts on its own branch from the base commit; commits stay local until
//    published.
import type Anthropic from '@anthropic-ai/sdk'
import type {Failure} from '../../core/classify/types.js'
import {judgeHealFix, unnarrowedBlocker} from '../../core/self-heal/fix-verdict.js'
import {
  affectedTestCommand,
  commitSafe,
  isTestFile,
  pathsOf,
  type BudgetTracker,
  type DetectedProject,
  type FileChange
} from '../../core/fixing/index.js'
import {
  FEEDBACK_TAIL,
  FEEDBACK_TAIL_PER_CHECK,
  REPRODUCTION_OUTPUT_TAIL
} from '../../core/fixing/limits.js'
import type {HealResult, HealVerdict} from '../../core/self-heal/heal-report.js'
import {buildHealPrompt, type HealCase, type HealStage} from '../../core/self-heal/prompts.js'
import {healBranch, sentryFixesLines} from '../../core/self-heal/pull-request.js'
import {checkReproductionDiff, reproductionVerdict} from '../../core/self-heal/reproduction.js'
import {
  toolDefinitions,
  type CommandRunner,
  type GitWorkspace
} from '../../edges/workspace/index.js'
import {
  attemptLoop,
  commandTimeout,
  type AttemptOutcome,
  type AttemptSpec,
  type Verdict
} from '../../engine/attempt-loop.js'
import {commandsOf, failuresOf, outputTail} from '../../engine/checks.js'
import {BOT_AUTHOR} from '../../engine/commit-identity.js'
import {
  CLEAN_CHECKOUT_NOTE,
  fullChecks,
  mustPass,
  onCleanCheckout
} from '../../engine/verify-steps.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'
import type {LearningDoc} from '../../core/fixing/learnings.js'
import type {PromptFile} from '../../core/fixing/prompt-parts.js'
import {learningsFor} from '../learnings.js'

export interface HealDeps {
  settings: SelfHealSettings
  project: DetectedProject
  runner: CommandRunner
  git: GitWorkspace
  budget: BudgetTracker
  log: DecisionLog
  model: Anthropic
  secrets: string[]
  repoFiles: string[]
  /** Failures of the full checks on the base commit (not ours to fix, not to be made worse). */
  baseline: Failure[]
  /** The commit every group's branch starts from. */
  baseSha: string
  /** The run's cancellation: the engine stops and restores; healGroup restores the group's start. */
  cancel?: AbortSignal
  /** The checkout's pattern docs; the ones about a group go into its prompts. */
  learnings?: readonly LearningDoc[]
  /** The learnings shown for the group being healed (healGroup picks them once per group). */
  shown?: readonly PromptFile[]
}

/** A test that fails the way production does: the file, the command that runs it, its output. */
interface Reproduction extends TestRun {
  testFile: string
  output: string
}

/** The command that runs a test file, and whether it runs that file alone. */
interface TestRun {
  command: string
  /** False when the runner cannot run one file: the command is the whole test suite. */
  narrowed: boolean
}

export async function healGroup(all: HealDeps, c: HealCase): Promise<HealResult> {
  const lead = c.members[0]!
  const branch = healBranch(lead.shortId)
  // A group's fingerprint in the ledger is `sentry:<group id>`; it has no CI category.
  const subject = {fingerprints: [`sentry:${c.group.id}`, c.group.id], files: c.group.files}
  const shown = learningsFor(all.learnings ?? [], subject, all.log, c.group.id)
  const deps: HealDeps = {...all, shown}
  const learnings = shown.length ? {learnings: shown.map(l => l.path)} : {}
  const result = (
    verdict: HealVerdict,
    reason: string,
    extra: Partial<HealResult> = {}
  ): HealResult => ({
    group: c.group.id,
    lead: lead.shortId,
    shortIds: c.members.map(m => m.shortId),
    verdict,
    reason,
    branch,
    ...learnings,
    ...extra
  })
  // Where the checkout was: a group that ends without a fix goes back there and leaves no branch.
  const back = {branch: await deps.git.currentBranch(), sha: deps.baseSha}
  await deps.git.createBranch(branch, deps.baseSha)
  const start = await deps.git.snapshot()
  const abandon = async (): Promise<void> => {
    await deps.git.restore(start)
    await deps.git.dropBranch(branch, back)
  }
  try {
    const repro = await attemptLoop(deps, stageSpec(deps, c, 'reproduce'))
    if (repro.kind !== 'verified') {
      await abandon()
      return repro.kind === 'stopped'
        ? result(repro.verdict, repro.reason, {runBudgetStop: repro.runBudgetStop})
        : result('not-reproduced', `could not reproduce it: ${repro.reason}`)
    }
    const {testFile, output: failingOutput} = repro.value
    const fix = await attemptLoop(deps, stageSpec(deps, c, 'fix', repro.value))
    if (fix.kind !== 'verified') {
      await abandon()
      return fix.kind === 'stopped'
        ? result(fix.verdict, fix.reason, {testFile, runBudgetStop: fix.runBudgetStop})
        : result(
            'not-fixed',
            `reproduced by ${testFile}, but no fix passed verification: ${fix.reason}`,
            {testFile, failingOutput}
          )
    }
    const head = await commitHeal(deps, c, {testFile, fix})
    return result('fixed', `reproduced by ${testFile}; fixed in ${fix.files.join(', ')}`, {
      head,
      testFile,
      fixFiles: fix.files,
      failingOutput,
      reproductionNote: repro.note,
      fixNote: fix.note,
      model: fix.model
    })
  } catch (error) {
    // Nothing unverified may stay in the workspace, whatever went wrong (nor an empty branch).
    await deps.git.restore(start)
    await deps.git.dropBranch(branch, back).catch(() => undefined)
    throw error
  }
}

/** Two commits: the test first (it documents the bug), then the fix; returns the fix's sha. */
async function commitHeal(
  deps: HealDeps,
  c: HealCase,
  done: {testFile: string; fix: Extract<AttemptOutcome<unknown>, {kind: 'verified'}>}
): Promise<string> {
  const lead = c.members[0]!
  const ids = c.members.map(m => m.shortId).join(', ')
  await deps.git.commit(
    `test: reproduce Sentry ${commitSafe(ids)}\n\nci-medic self-heal: this test failed with ${commitSafe(lead.exceptionType)} before the fix.`,
    [done.testFile],
    BOT_AUTHOR
  )
  const where = c.group.topFrame?.function ?? c.group.topFrame?.file ?? 'the application'
  const sha = await deps.git.commit(
    `fix: ${commitSafe(`${lead.exceptionType} in ${where}`)}\n\nci-medic self-heal (${done.fix.model}), verified: the reproduction test passes and the full checks show nothing new.\n\n${sentryFixesLines(c.members).join('\n')}`,
    done.fix.files,
    BOT_AUTHOR
  )
  deps.log.record('committed', {
    key: c.group.id,
    sha,
    files: [done.testFile, ...done.fix.files]
  })
  return sha
}

/** The attempt loop's spec for one stage: the prompt, the tools' test command, the verdict. */
function stageSpec(deps: HealDeps, c: HealCase, stage: 'reproduce'): AttemptSpec<Reproduction>
function stageSpec(
  deps: HealDeps,
  c: HealCase,
  stage: 'fix',
  reproduction: Reproduction
): AttemptSpec<null>
function stageSpec(
  deps: HealDeps,
  c: HealCase,
  stage: HealStage,
  reproduction?: Reproduction
): AttemptSpec<Reproduction> | AttemptSpec<null> {
  const common = {
    key: c.group.id,
    stage,
    files: [...c.group.files, ...(reproduction ? [reproduction.testFile] : [])],
    buildPrompt: ({files, previous}: Parameters<AttemptSpec<unknown>['buildPrompt']>[0]) =>
      buildHealPrompt({
        stage,
        case: c,
        files,
        repoFiles: deps.repoFiles,
        protectedPaths: deps.settings.protectedPaths,
        maxFilesChanged: deps.settings.maxFilesChanged,
        tools: toolDefinitions(),
        reproduction,
        previousAttempts: previous,
        learnings: deps.shown
      })
  }
  if (!reproduction) {
    return {
      ...common,
      testCommand: tools =>
        testRunFor(deps.project, tools.writtenFiles().find(isTestFile) ?? '').command,
      nothingToRun: 'No test file written yet: write the reproduction test first.',
      verify: diff => verifyReproduction(deps, c, diff)
    }
  }
  return {
    ...common,
    testCommand: () => reproduction.command,
    verify: diff => verifyHealFix(deps, c, {diff, reproduction})
  }
}

/** A reproduction: only new test files, and running them fails with the production error. */
async function verifyReproduction(
  deps: HealDeps,
  c: HealCase,
  diff: FileChange[]
): Promise<Verdict<Reproduction>> {
  const lead = c.members[0]!
  const shape = checkReproductionDiff(diff)
  if (!shape.ok) return {ok: false, why: shape.reason ?? 'not a reproduction test'}
  const testFile = shape.testFiles[0]!
  const {command, narrowed} = testRunFor(deps.project, testFile)
  const blocked = narrowed ? undefined : unnarrowedBlocker(deps.baseline, lead)
  if (blocked) return {ok: false, why: blocked}
  // On a clean checkout of the test: a file git ignores cannot make it fail the right way.
  const at = {key: c.group.id, stage: 'reproduce' as const}
  const run = await onCleanCheckout(deps, at, pathsOf(diff), async root => {
    const result = await deps.runner.run(command, {cwd: root, timeoutMs: commandTimeout(deps)})
    return {...result, output: `${result.stdout}\n${result.stderr}`.split(`${root}/`).join('')}
  })
  const output = run.output
  const verdict = reproductionVerdict(
    {passed: run.exitCode === 0 && !run.timedOut, output},
    lead.exceptionType,
    lead.exceptionValue
  )
  deps.log.record('check', {
    key: c.group.id,
    stage: 'reproduce',
    command,
    exitCode: run.exitCode,
    reproduced: verdict.reproduced
  })
  if (!verdict.reproduced) {
    return {
      ok: false,
      why: verdict.reason,
      feedback: `${verdict.reason}.\n${output.slice(-FEEDBACK_TAIL)}`
    }
  }
  return {
    ok: true,
    why: verdict.reason,
    value: {testFile, command, narrowed, output: output.slice(-REPRODUCTION_OUTPUT_TAIL)}
  }
}

/**
 * A fix: no test touched, the reproduction test passes, the full checks show
 * nothing new, on clean checkouts of the change. When the runner cannot run
 * one file, the reproduction command is the whole suite: its exit code would
 * also count every test that already fails on the base commit, so no fix
 * could ever pass it; the full checks' parsed failures alone judge the fix
 * (judgeHealFix).
 */
async function verifyHealFix(
  deps: HealDeps,
  c: HealCase,
  change: {diff: FileChange[]; reproduction: Reproduction}
): Promise<Verdict<null>> {
  const {diff, reproduction} = change
  const touchedTests = diff.filter(d => isTestFile(d.path) || d.path === reproduction.testFile)
  if (touchedTests.length) {
    return {
      ok: false,
      why: `the fix may not change tests (${touchedTests.map(d => d.path).join(', ')})`
    }
  }
  const at = {key: c.group.id, stage: 'fix' as const}
  // Judged on clean checkouts of the test and the fix only (see verify-steps.ts), one
  // per run, so nothing one run writes is there for the next; the model's own runs
  // were in the workspace.
  const paths = [reproduction.testFile, ...pathsOf(diff)]
  if (reproduction.narrowed) {
    const test = {command: reproduction.command, what: 'the reproduction test'}
    const clean = await onCleanCheckout(deps, at, paths, root =>
      mustPass(deps, at, {...test, root})
    )
    if (clean) return {...clean, feedback: `${CLEAN_CHECKOUT_NOTE}\n${clean.feedback}`}
  }
  const full = await onCleanCheckout(deps, at, paths, root =>
    fullChecks(deps, deps.project, c.group.id, root)
  )
  const lead = c.members[0]!
  const verdict = judgeHealFix(deps.baseline, failuresOf(full), {
    subject: {
      testFile: reproduction.testFile,
      exceptionType: lead.exceptionType,
      exceptionValue: lead.exceptionValue
    },
    narrowed: reproduction.narrowed
  })
  if (verdict.ok) return {ok: true, why: verdict.why, value: null}
  // The checks' output first and the verdict last: the next prompt keeps the end of it.
  const tails = full
    .filter(r => r.failures.length)
    .map(r => `$ ${r.command}\n${outputTail(r, FEEDBACK_TAIL_PER_CHECK)}\n`)
  return {
    ok: false,
    why: verdict.why,
    feedback: `${tails.join('')}Reverted: ${verdict.why} (the full checks ran on a clean checkout of the change: only committed files count, nothing git ignores).`
  }
}

/** The command that runs just this test file (the full test command when the runner cannot narrow). */
function testRunFor(project: DetectedProject, file: string): TestRun {
  if (!file) return {command: '', narrowed: false}
  const narrowed = affectedTestCommand(project, {file})
  return narrowed
    ? {command: narrowed, narrowed: true}
    : {command: project.testCommand, narrowed: false}
}

/** The checks a verified fix passed, for the PR body. */
export function checkNames(project: DetectedProject): string[] {
  return commandsOf(project).map(c => c.command)
}
