// The fix loop: deterministic fixers first, then the model, one failure at a
// time. Every change is checked in code before it is kept: the guards on its
// diff, the affected test, then the full checks; anything else is reverted
// exactly (the workspace is snapshotted before each attempt).
import type Anthropic from '@anthropic-ai/sdk'
import {
  buildFixPrompt,
  planFailures,
  type FailureResult,
  type PlannedFailure
} from '../../core/autofix/index.js'
import {
  affectedTestCommand,
  checkDiff,
  describeVerdict,
  type BudgetTracker,
  type DetectedProject,
  type FileChange,
  type PreviousAttempt
} from '../../core/fixing/index.js'
import type {Failure} from '../../core/classify/types.js'
import {describeModelError} from '../../edges/model/anthropic-client.js'
import {
  toolDefinitions,
  type CommandRunner,
  type GitAuthor,
  type GitWorkspace,
  type Snapshot
} from '../../edges/workspace/index.js'
import type {AutofixSettings} from '../../settings/autofix-settings.js'
import {
  failuresOf,
  newFailures,
  outputTail,
  runChecks,
  type CheckContext,
  type CheckRun
} from '../../engine/checks.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import {fixerTools} from '../../engine/fixer-tools.js'
import {runSession} from '../../engine/model-session.js'

export const BOT_AUTHOR: GitAuthor = {
  name: 'ci-medic[bot]',
  email: 'ci-medic@users.noreply.github.com'
}

export interface FixLoopDeps {
  settings: AutofixSettings
  project: DetectedProject
  runner: CommandRunner
  git: GitWorkspace
  budget: BudgetTracker
  log: DecisionLog
  /** Absent when no anthropic-api-key was given: the model tiers report not-evaluated. */
  model?: Anthropic
  /** Fingerprints the ledger marks flaky or transient: reported and skipped, never "fixed". */
  knownFlakes: ReadonlySet<string>
  secrets: string[]
  /** Paths of the repository for the model's map. */
  repoFiles: string[]
  readFile: (path: string) => Promise<string | undefined>
}

export interface KeptFix {
  sha: string
  message: string
  files: string[]
  tier: 0 | 1 | 2
}

export interface FixLoopResult {
  baseline: CheckRun[]
  results: FailureResult[]
  fixes: KeptFix[]
  budgetStop?: string
}

const MAX_TURNS = 30
const MAX_OUTPUT_TOKENS = 8192

export async function fixLoop(deps: FixLoopDeps): Promise<FixLoopResult> {
  const {settings, log, budget, git} = deps
  const commandTimeout = (): number =>
    budget.commandTimeoutMs(settings.commandTimeoutMinutes * 60_000)
  const checkCtx = (): CheckContext => ({
    runner: deps.runner,
    root: git.root,
    project: deps.project,
    timeoutMs: commandTimeout()
  })

  // 1. Detect
  const baseline = await runChecks(checkCtx())
  for (const run of baseline) {
    log.record('check', {
      check: run.check,
      command: run.command,
      exitCode: run.result.exitCode,
      timedOut: run.result.timedOut,
      failures: run.failures.length
    })
  }
  let current = failuresOf(baseline)
  const fixes: KeptFix[] = []
  if (current.length === 0) return {baseline, results: [], fixes}

  const plan = planFailures(current, {
    maxFailures: settings.maxFailures,
    knownFlakes: deps.knownFlakes
  })
  log.record('plan', {
    items: plan.items.map(i => ({
      key: i.key,
      category: i.category,
      members: i.members.length,
      files: i.files
    })),
    deferred: plan.deferred.length,
    skipped: plan.skipped.map(s => ({fingerprint: s.failure.fingerprint, reason: s.reason}))
  })
  const results = new Map<string, FailureResult>()
  for (const skipped of plan.skipped) {
    log.record('skip', {failure: skipped.failure.fingerprint, reason: skipped.reason})
    results.set(skipped.failure.fingerprint, {
      key: skipped.failure.fingerprint,
      failure: label(skipped.failure),
      category: skipped.failure.category,
      tier: null,
      attempts: 0,
      verdict: 'skipped',
      reason: skipped.reason,
      files: skipped.failure.file ? [skipped.failure.file] : []
    })
  }
  for (const item of plan.deferred) {
    results.set(
      item.key,
      resultOf(
        item,
        'not-fixed',
        null,
        0,
        `over max-failures (${settings.maxFailures}): not attempted in this run`
      )
    )
  }

  // 2. Tier 0: deterministic fixers, kept only when they fix something and break nothing
  if (deps.project.fixCommands.length > 0) {
    const fixed = await tierZero(deps, current, checkCtx)
    if (fixed) {
      fixes.push(fixed.fix)
      current = fixed.after
    }
  }
  const stillFailing = new Set(current.map(f => f.fingerprint))
  for (const item of plan.items) {
    if (item.members.every(m => !stillFailing.has(m.fingerprint))) {
      results.set(
        item.key,
        resultOf(item, 'fixed', 0, 0, 'fixed by the deterministic fixers', fixes[0]?.files)
      )
    }
  }

  // 3. Tiers 1–2: the model, one planned failure at a time
  let budgetStop: string | undefined
  for (const item of plan.items) {
    if (results.has(item.key)) continue
    if (!deps.model) {
      log.record('not-evaluated', {failure: item.key, reason: 'no anthropic-api-key'})
      results.set(item.key, resultOf(item, 'not-evaluated', null, 0, 'no anthropic-api-key'))
      continue
    }
    if (budgetStop) {
      results.set(item.key, resultOf(item, 'budget-exceeded', null, 0, budgetStop))
      continue
    }
    const outcome = await fixWithModel(deps, item, current, checkCtx)
    results.set(item.key, outcome.result)
    if (outcome.fix) {
      fixes.push(outcome.fix)
      current = outcome.after ?? current
    }
    if (outcome.runBudgetStop) budgetStop = outcome.runBudgetStop
  }

  const ordered = [
    ...plan.items.map(i => i.key),
    ...plan.deferred.map(i => i.key),
    ...plan.skipped.map(s => s.failure.fingerprint)
  ]
  return {
    baseline,
    results: ordered.map(k => results.get(k)).filter((r): r is FailureResult => r !== undefined),
    fixes,
    budgetStop
  }
}

async function tierZero(
  deps: FixLoopDeps,
  before: Failure[],
  checkCtx: () => CheckContext
): Promise<{fix: KeptFix; after: Failure[]} | undefined> {
  const {git, log} = deps
  const snapshot = await git.snapshot()
  try {
    for (const command of deps.project.fixCommands) {
      const result = await deps.runner.run(command, {
        cwd: git.root,
        timeoutMs: checkCtx().timeoutMs
      })
      log.record('tier0', {command, exitCode: result.exitCode, timedOut: result.timedOut})
    }
    const diff = await git.diff(snapshot)
    if (diff.length === 0) {
      log.record('tier0', {kept: false, reason: 'the fixers changed nothing'})
      return undefined
    }
    const verdict = checkDiff(diff, {
      protectedPaths: deps.settings.protectedPaths,
      maxFilesChanged: Number.MAX_SAFE_INTEGER
    })
    if (!verdict.ok) {
      log.record('guard-rejected', {failure: 'tier 0', violations: verdict.violations})
      await revert(git, snapshot, log, 'tier 0', describeVerdict(verdict))
      return undefined
    }
    const after = failuresOf(await runChecks(checkCtx()))
    const resolved = before.filter(f => !after.some(a => a.fingerprint === f.fingerprint))
    const broken = newFailures(before, after)
    if (resolved.length === 0 || broken.length > 0) {
      await revert(
        git,
        snapshot,
        log,
        'tier 0',
        broken.length ? `it broke ${broken.map(label).join('; ')}` : 'it fixed nothing'
      )
      return undefined
    }
    const files = pathsOf(diff)
    const message = `style: apply ${deps.project.fixCommands.join(', ')}\n\nci-medic autofix tier 0 (deterministic fixers), verified: fixes ${resolved.length} failure(s), breaks none.`
    const sha = await git.commit(message, files, BOT_AUTHOR)
    log.record('committed', {tier: 0, sha, files, resolved: resolved.map(f => f.fingerprint)})
    return {fix: {sha, message, files, tier: 0}, after}
  } catch (error) {
    await git.restore(snapshot)
    throw error
  }
}

interface ModelOutcome {
  result: FailureResult
  fix?: KeptFix
  after?: Failure[]
  runBudgetStop?: string
}

async function fixWithModel(
  deps: FixLoopDeps,
  item: PlannedFailure,
  current: Failure[],
  checkCtx: () => CheckContext
): Promise<ModelOutcome> {
  const {settings, git, log, budget} = deps
  const previous: PreviousAttempt[] = []
  const affected = affectedCommand(deps.project, item)
  const firstOutput = item.lead.excerpt
  let guardFeedback = 0
  for (let attempt = 1; attempt <= settings.maxAttemptsPerFailure; attempt++) {
    const escalate =
      attempt === settings.maxAttemptsPerFailure && settings.maxAttemptsPerFailure > 1
    const model = escalate ? settings.escalationModel : settings.model
    if (escalate) log.record('escalate', {failure: item.key, attempt, model})
    log.record('attempt', {failure: item.key, attempt, model})
    if (!budget.hasTimeFor(60_000)) {
      const reason = 'time budget reached: work stopped before the job timeout'
      log.record('budget-stop', {failure: item.key, reason})
      return {
        result: resultOf(item, 'budget-exceeded', tierOf(escalate), attempt - 1, reason),
        runBudgetStop: reason
      }
    }

    const snapshot = await git.snapshot()
    try {
      const files = await Promise.all(
        item.files
          .slice(0, 6)
          .map(async path => ({path, content: (await deps.readFile(path)) ?? ''}))
      )
      const prompt = buildFixPrompt({
        item,
        output: firstOutput,
        command: affected,
        files: files.filter(f => f.content !== ''),
        repoFiles: deps.repoFiles,
        protectedPaths: settings.protectedPaths,
        maxFilesChanged: settings.maxFilesChanged,
        previousAttempts: previous,
        tools: toolDefinitions()
      })
      const tools = fixerTools({
        root: git.root,
        protectedPaths: settings.protectedPaths,
        secrets: deps.secrets,
        runner: deps.runner,
        timeoutMs: () => checkCtx().timeoutMs,
        testCommand: () => affected
      })

      let session
      try {
        session = await runSession(deps.model as Anthropic, tools, budget, log, {
          model,
          thinking: escalate,
          prompt,
          tools: prompt.tools,
          failureKey: item.key,
          maxTurns: MAX_TURNS,
          maxTokens: MAX_OUTPUT_TOKENS
        })
      } catch (error) {
        await git.restore(snapshot)
        const reason = describeModelError(error)
        log.record('not-evaluated', {failure: item.key, attempt, reason})
        return {result: resultOf(item, 'not-evaluated', tierOf(escalate), attempt, reason)}
      }
      if (session.stop === 'budget') {
        await git.restore(snapshot)
        const runStop = budget.runStopped()
        return {
          result: resultOf(item, 'budget-exceeded', tierOf(escalate), attempt, session.message),
          runBudgetStop: runStop ? session.message : undefined
        }
      }

      // Verify, in code
      const diff = await git.diff(snapshot)
      const tried = diff.length ? `changed ${pathsOf(diff).join(', ')}` : 'changed nothing'
      if (diff.length === 0) {
        log.record('reverted', {
          failure: item.key,
          attempt,
          reason: 'no change',
          model: session.message.slice(0, 500)
        })
        previous.push({
          summary: tried,
          outcome: `No file was changed. The model said: ${session.message.slice(0, 500)}`
        })
        continue
      }
      const verdict = checkDiff(diff, {
        protectedPaths: settings.protectedPaths,
        maxFilesChanged: settings.maxFilesChanged
      })
      if (!verdict.ok) {
        const why = describeVerdict(verdict)
        log.record('guard-rejected', {failure: item.key, attempt, violations: verdict.violations})
        await revert(git, snapshot, log, item.key, why)
        // The rejection is fed back once; a second rejection is not explained again.
        if (guardFeedback++ === 0)
          previous.push({summary: tried, outcome: `Rejected by ci-medic's guards: ${why}`})
        continue
      }
      const affectedRun = await deps.runner.run(affected, {
        cwd: git.root,
        timeoutMs: checkCtx().timeoutMs
      })
      if (affectedRun.exitCode !== 0 || affectedRun.timedOut) {
        await revert(git, snapshot, log, item.key, 'the affected test still fails')
        previous.push({
          summary: tried,
          outcome: `The affected test still fails:\n${`${affectedRun.stdout}\n${affectedRun.stderr}`.slice(-3000)}`
        })
        continue
      }
      const full = await runChecks(checkCtx())
      const after = failuresOf(full)
      const broken = newFailures(current, after)
      const stillThere = item.members.filter(m => after.some(a => a.fingerprint === m.fingerprint))
      if (broken.length > 0 || stillThere.length > 0) {
        const why = broken.length
          ? `it broke ${broken.map(label).join('; ')}`
          : `the full checks still show ${stillThere.map(label).join('; ')}`
        await revert(git, snapshot, log, item.key, why)
        const tails = full
          .filter(r => r.failures.length)
          .map(r => `$ ${r.command}\n${outputTail(r, 2000)}`)
        previous.push({summary: tried, outcome: `Reverted: ${why}.\n${tails.join('\n')}`})
        continue
      }

      // Verified: keep it
      const paths = pathsOf(diff)
      const message = `fix: ${label(item.lead).slice(0, 72)}\n\nci-medic autofix (${model}), verified on the affected test and the full checks.\nFailure fingerprint: ${item.key}`
      const sha = await git.commit(message, paths, BOT_AUTHOR)
      log.record('verified', {failure: item.key, attempt, files: paths})
      log.record('committed', {tier: tierOf(escalate), sha, files: paths})
      return {
        result: resultOf(item, 'fixed', tierOf(escalate), attempt, undefined, paths),
        fix: {sha, message, files: paths, tier: tierOf(escalate)},
        after
      }
    } catch (error) {
      // Nothing unverified may stay in the workspace, whatever went wrong.
      await git.restore(snapshot)
      throw error
    }
  }
  return {
    result: resultOf(
      item,
      'not-fixed',
      tierOf(settings.maxAttemptsPerFailure > 1),
      settings.maxAttemptsPerFailure,
      previous.at(-1)?.outcome.split('\n')[0]
    )
  }
}

function affectedCommand(project: DetectedProject, item: PlannedFailure): string {
  if (item.category === 'lint_error') return project.lintCommand || project.testCommand
  if (item.category === 'compile_error' && project.typecheckCommand) return project.typecheckCommand
  return (
    affectedTestCommand(project, {file: item.lead.file, test: item.lead.test}) ||
    project.testCommand
  )
}

/**
 * The protected globs as the diff guard must read them: like the model's tools
 * (protectedMatcher), a glob naming a directory (`src/auth`, `db/migrations/`)
 * protects everything below it. checkDiff matches globs literally, so without
 * this a fixer could change `src/auth/x.ts` under `protected-paths: src/auth`.
 */
async function revert(
  git: GitWorkspace,
  snapshot: Snapshot,
  log: DecisionLog,
  failure: string,
  reason: string
): Promise<void> {
  await git.restore(snapshot)
  log.record('reverted', {failure, reason})
}

function pathsOf(diff: readonly FileChange[]): string[] {
  return [...new Set(diff.flatMap(c => (c.oldPath ? [c.oldPath, c.path] : [c.path])))].sort()
}

function tierOf(escalated: boolean): 1 | 2 {
  return escalated ? 2 : 1
}

export function label(f: Failure): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : ''
  const what = f.test ?? f.errorCode ?? f.message.split('\n')[0] ?? ''
  return [where, what].filter(Boolean).join(' ')
}

function resultOf(
  item: PlannedFailure,
  verdict: FailureResult['verdict'],
  tier: FailureResult['tier'],
  attempts: number,
  reason?: string,
  files?: readonly string[]
): FailureResult {
  return {
    key: item.key,
    failure: label(item.lead),
    category: item.category,
    tier,
    attempts,
    verdict,
    reason,
    files: files ?? item.files
  }
}
