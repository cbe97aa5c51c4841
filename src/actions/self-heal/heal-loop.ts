// Healing one production error group, in two model steps checked in code:
// 1. reproduce: the model adds a test; ci-medic runs it and keeps it only if
//    it fails with the production exception type;
// 2. fix: the model changes the code; ci-medic keeps the change only if the
//    guards accept its diff, the reproduction test passes and the full checks
//    show nothing new. Anything else is reverted exactly (snapshots), so the
//    workspace only ever holds verified work. Each group starts on its own
//    branch from the base commit; commits stay local until published.
import type Anthropic from '@anthropic-ai/sdk'
import {
  affectedTestCommand,
  checkDiff,
  describeVerdict,
  isTestFile,
  type BudgetTracker,
  type DetectedProject,
  type PreviousAttempt
} from '../../core/fixing/index.js'
import type {Failure} from '../../core/classify/types.js'
import type {HealResult, HealVerdict} from '../../core/self-heal/heal-report.js'
import {buildHealPrompt, type HealCase, type HealStage} from '../../core/self-heal/prompts.js'
import {healBranch} from '../../core/self-heal/pull-request.js'
import {checkReproductionDiff, reproductionVerdict} from '../../core/self-heal/reproduction.js'
import {describeModelError} from '../../edges/model/anthropic-client.js'
import {
  toolDefinitions,
  type CommandRunner,
  type FileChange,
  type GitWorkspace
} from '../../edges/workspace/index.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'
import {BOT_AUTHOR} from '../autofix/fix-loop.js'
import {
  commandsOf,
  failuresOf,
  newFailures,
  runChecks,
  type CheckContext
} from '../../engine/checks.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import {fixerTools} from '../../engine/fixer-tools.js'
import {runSession} from '../../engine/model-session.js'

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
  readFile: (path: string) => Promise<string | undefined>
  /** Failures of the full checks on the base commit (not ours to fix, not to be made worse). */
  baseline: Failure[]
  /** The commit every group's branch starts from. */
  baseSha: string
}

const MAX_TURNS = 30
const MAX_OUTPUT_TOKENS = 8192
const OUTPUT_TAIL = 6000

interface StepOutcome {
  ok: boolean
  /** A model/budget stop that ends this group with a verdict. */
  stop?: {verdict: HealVerdict; reason: string; runBudgetStop?: string}
  note: string
  model: string
  reason: string
}

export async function healGroup(deps: HealDeps, c: HealCase): Promise<HealResult> {
  const {git, log} = deps
  const lead = c.members[0]!
  const branch = healBranch(lead.shortId)
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
    ...extra
  })
  await git.createBranch(branch, deps.baseSha)
  const start = await git.snapshot()
  try {
    // 1. Reproduce
    let testFile = ''
    let testCommand = ''
    let failingOutput = ''
    const repro = await modelStep(deps, c, 'reproduce', async (diff, previous) => {
      const shape = checkReproductionDiff(diff)
      if (!shape.ok) return {ok: false, why: shape.reason ?? 'not a reproduction test'}
      const guard = checkDiff(diff, {
        protectedPaths: deps.settings.protectedPaths,
        maxFilesChanged: deps.settings.maxFilesChanged
      })
      if (!guard.ok)
        return {ok: false, why: `rejected by ci-medic's guards: ${describeVerdict(guard)}`}
      const file = shape.testFiles[0]!
      const command = testCommandFor(deps.project, file)
      if (command === deps.project.testCommand && alreadyFailsThisWay(deps.baseline, lead)) {
        return {
          ok: false,
          why: `the test runner cannot run one file, and the full suite already fails with ${lead.exceptionType} on the base commit, so a new test's failure cannot be told apart`
        }
      }
      const run = await deps.runner.run(command, {cwd: git.root, timeoutMs: timeout(deps)})
      const output = `${run.stdout}\n${run.stderr}`
      const verdict = reproductionVerdict(
        {passed: run.exitCode === 0 && !run.timedOut, output},
        lead.exceptionType,
        lead.exceptionValue
      )
      log.record('check', {
        group: c.group.id,
        step: 'reproduce',
        command,
        exitCode: run.exitCode,
        reproduced: verdict.reproduced
      })
      if (!verdict.reproduced) {
        previous.push({
          summary: `added ${shape.testFiles.join(', ')}`,
          outcome: `${verdict.reason}.\n${output.slice(-3000)}`
        })
        return {ok: false, why: verdict.reason, fed: true}
      }
      testFile = file
      testCommand = command
      failingOutput = output.slice(-OUTPUT_TAIL)
      return {ok: true, why: verdict.reason}
    })
    if (repro.stop) {
      await git.restore(start)
      return result(repro.stop.verdict, repro.stop.reason, {
        runBudgetStop: repro.stop.runBudgetStop
      })
    }
    if (!repro.ok) {
      await git.restore(start)
      return result('not-reproduced', `could not reproduce it: ${repro.reason}`)
    }
    log.record('verified', {group: c.group.id, step: 'reproduce', testFile})

    // 2. Fix
    let fixFiles: string[] = []
    const fix = await modelStep(
      deps,
      c,
      'fix',
      async (diff, previous) => {
        const touchedTests = diff.filter(d => isTestFile(d.path) || d.path === testFile)
        if (touchedTests.length) {
          return {
            ok: false,
            why: `the fix may not change tests (${touchedTests.map(d => d.path).join(', ')})`
          }
        }
        const guard = checkDiff(diff, {
          protectedPaths: deps.settings.protectedPaths,
          maxFilesChanged: deps.settings.maxFilesChanged
        })
        if (!guard.ok)
          return {ok: false, why: `rejected by ci-medic's guards: ${describeVerdict(guard)}`}
        const run = await deps.runner.run(testCommand, {cwd: git.root, timeoutMs: timeout(deps)})
        log.record('check', {
          group: c.group.id,
          step: 'fix',
          command: testCommand,
          exitCode: run.exitCode,
          timedOut: run.timedOut
        })
        if (run.exitCode !== 0 || run.timedOut) {
          const output = `${run.stdout}\n${run.stderr}`
          previous.push({
            summary: `changed ${pathsOf(diff).join(', ')}`,
            outcome: `The reproduction test still fails:\n${output.slice(-3000)}`
          })
          return {ok: false, why: 'the reproduction test still fails', fed: true}
        }
        const full = await runChecks(checkContext(deps))
        for (const r of full)
          log.record('check', {
            group: c.group.id,
            step: 'verify',
            command: r.command,
            exitCode: r.result.exitCode,
            failures: r.failures.length
          })
        const broken = newFailures(deps.baseline, failuresOf(full))
        if (broken.length) {
          const why = `it broke ${broken
            .map(f => f.test ?? f.file ?? f.message.split('\n')[0])
            .slice(0, 3)
            .join('; ')}`
          previous.push({
            summary: `changed ${pathsOf(diff).join(', ')}`,
            outcome: `Reverted: ${why}.`
          })
          return {ok: false, why, fed: true}
        }
        fixFiles = pathsOf(diff)
        return {ok: true, why: 'the reproduction test passes and the full checks show nothing new'}
      },
      {testFile, command: testCommand, output: failingOutput}
    )
    if (fix.stop) {
      await git.restore(start)
      return result(fix.stop.verdict, fix.stop.reason, {
        testFile,
        runBudgetStop: fix.stop.runBudgetStop
      })
    }
    if (!fix.ok) {
      await git.restore(start)
      return result(
        'not-fixed',
        `reproduced by ${testFile}, but no fix passed verification: ${fix.reason}`,
        {testFile, failingOutput}
      )
    }

    // Verified: two commits, the test first (it documents the bug), then the fix.
    const ids = c.members.map(m => m.shortId).join(', ')
    await git.commit(
      `test: reproduce Sentry ${ids}\n\nci-medic self-heal: this test failed with ${lead.exceptionType} before the fix.`,
      [testFile],
      BOT_AUTHOR
    )
    const sha = await git.commit(
      `fix: ${lead.exceptionType} in ${c.group.topFrame?.function ?? c.group.topFrame?.file ?? 'the application'}\n\nci-medic self-heal (${fix.model}), verified: the reproduction test passes and the full checks show nothing new.\n\n${c.members.map(m => `Fixes ${m.shortId}`).join('\n')}`,
      fixFiles,
      BOT_AUTHOR
    )
    log.record('committed', {group: c.group.id, sha, files: [testFile, ...fixFiles]})
    return result('fixed', `reproduced by ${testFile}; fixed in ${fixFiles.join(', ')}`, {
      testFile,
      fixFiles,
      failingOutput,
      reproductionNote: repro.note,
      fixNote: fix.note,
      model: fix.model
    })
  } catch (error) {
    // Nothing unverified may stay in the workspace, whatever went wrong.
    await git.restore(start)
    throw error
  }
}

type Check = (
  diff: FileChange[],
  previous: PreviousAttempt[]
) => Promise<{ok: boolean; why: string; fed?: boolean}>

async function modelStep(
  deps: HealDeps,
  c: HealCase,
  stage: HealStage,
  check: Check,
  reproduction?: {testFile: string; command: string; output: string}
): Promise<StepOutcome> {
  const {settings, git, log, budget} = deps
  const previous: PreviousAttempt[] = []
  let lastReason = 'no attempt was made'
  for (let attempt = 1; attempt <= settings.maxAttemptsPerFailure; attempt++) {
    const escalate =
      attempt === settings.maxAttemptsPerFailure && settings.maxAttemptsPerFailure > 1
    const model = escalate ? settings.escalationModel : settings.model
    log.record(escalate ? 'escalate' : 'attempt', {group: c.group.id, stage, attempt, model})
    if (!budget.hasTimeFor(60_000)) {
      const reason = 'time budget reached: work stopped before the job timeout'
      log.record('budget-stop', {group: c.group.id, reason})
      return {
        ok: false,
        stop: {verdict: 'budget-exceeded', reason, runBudgetStop: reason},
        note: '',
        model,
        reason
      }
    }
    const snapshot = await git.snapshot()
    const files = await Promise.all(
      [...c.group.files, ...(reproduction ? [reproduction.testFile] : [])]
        .slice(0, 6)
        .map(async path => ({path, content: (await deps.readFile(path)) ?? ''}))
    )
    const prompt = buildHealPrompt({
      stage,
      case: c,
      files: files.filter(f => f.content !== ''),
      repoFiles: deps.repoFiles,
      protectedPaths: settings.protectedPaths,
      maxFilesChanged: settings.maxFilesChanged,
      tools: toolDefinitions(),
      reproduction,
      previousAttempts: previous
    })
    const tools = fixerTools({
      root: git.root,
      protectedPaths: settings.protectedPaths,
      secrets: deps.secrets,
      runner: deps.runner,
      timeoutMs: () => timeout(deps),
      testCommand: written =>
        reproduction?.command ??
        testCommandFor(deps.project, written.writtenFiles().find(isTestFile) ?? ''),
      nothingToRun: 'No test file written yet: write the reproduction test first.',
      onRun: (command, exitCode, timedOut) =>
        log.record('check', {group: c.group.id, stage, by: 'model', command, exitCode, timedOut})
    })
    let session
    try {
      session = await runSession(deps.model, tools, budget, log, {
        model,
        thinking: escalate,
        prompt,
        tools: prompt.tools,
        failureKey: c.group.id,
        maxTurns: MAX_TURNS,
        maxTokens: MAX_OUTPUT_TOKENS
      })
    } catch (error) {
      await git.restore(snapshot)
      const reason = describeModelError(error)
      log.record('not-evaluated', {group: c.group.id, stage, attempt, reason})
      return {ok: false, stop: {verdict: 'not-evaluated', reason}, note: '', model, reason}
    }
    if (session.stop === 'budget') {
      await git.restore(snapshot)
      return {
        ok: false,
        stop: {
          verdict: 'budget-exceeded',
          reason: session.message,
          runBudgetStop: budget.runStopped() ? session.message : undefined
        },
        note: '',
        model,
        reason: session.message
      }
    }
    const diff = await git.diff(snapshot)
    if (diff.length === 0) {
      lastReason = 'the model changed nothing'
      previous.push({
        summary: 'changed nothing',
        outcome: `No file was changed. The model said: ${session.message.slice(0, 500)}`
      })
      log.record('reverted', {group: c.group.id, stage, attempt, reason: lastReason})
      continue
    }
    const verdict = await check(diff, previous)
    if (verdict.ok) {
      log.record('verified', {
        group: c.group.id,
        stage,
        attempt,
        files: pathsOf(diff),
        why: verdict.why
      })
      return {ok: true, note: session.message, model, reason: verdict.why}
    }
    lastReason = verdict.why
    await git.restore(snapshot)
    log.record('reverted', {group: c.group.id, stage, attempt, reason: verdict.why})
    if (!verdict.fed)
      previous.push({
        summary: `changed ${pathsOf(diff).join(', ')}`,
        outcome: `Rejected: ${verdict.why}`
      })
  }
  return {ok: false, note: '', model: settings.model, reason: lastReason}
}

/** Whether the base commit's failures already show this production error (type and message). */
function alreadyFailsThisWay(
  baseline: readonly Failure[],
  lead: {exceptionType: string; exceptionValue: string}
): boolean {
  const text = baseline.map(f => `${f.message}\n${f.excerpt}`).join('\n')
  return reproductionVerdict({passed: false, output: text}, lead.exceptionType, lead.exceptionValue)
    .reproduced
}

/** The command that runs just this test file (the full test command when the runner cannot narrow). */
function testCommandFor(project: DetectedProject, file: string): string {
  if (!file) return ''
  return affectedTestCommand(project, {file}) || project.testCommand
}

function timeout(deps: HealDeps): number {
  return deps.budget.commandTimeoutMs(deps.settings.commandTimeoutMinutes * 60_000)
}

function checkContext(deps: HealDeps): CheckContext {
  return {runner: deps.runner, root: deps.git.root, project: deps.project, timeoutMs: timeout(deps)}
}

function pathsOf(diff: readonly FileChange[]): string[] {
  return [...new Set(diff.flatMap(c => (c.oldPath ? [c.oldPath, c.path] : [c.path])))].sort()
}

/** The checks a verified fix passed, for the PR body. */
export function checkNames(project: DetectedProject): string[] {
  return commandsOf(project).map(c => c.command)
}
