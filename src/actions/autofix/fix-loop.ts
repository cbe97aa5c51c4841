// autofix's fix loop: deterministic fixers first, then the model, one failure
// at a time. The model's attempts run in the fix engine's attempt loop
// (src/engine/attempt-loop.ts); what autofix adds is what "verified" means
// for a failing check: the affected test passes, then the full checks show
// the failure gone and nothing new.
import type Anthropic from '@anthropic-ai/sdk'
import {
  buildFixPrompt,
  planFailures,
  type FailurePlan,
  type FailureResult,
  type PlannedFailure
} from '../../core/autofix/index.js'
import {withUnstable} from '../../core/autofix/flaky-check.js'
import type {OrderFacts} from '../../core/autofix/order-facts.js'
import type {Failure} from '../../core/classify/types.js'
import {
  affectedTestCommand,
  commitSafe,
  failureLabel,
  pathsOf,
  type BudgetTracker,
  type DetectedProject
} from '../../core/fixing/index.js'
import {FEEDBACK_TAIL_PER_CHECK} from '../../core/fixing/limits.js'
import {
  toolDefinitions,
  type CommandRunner,
  type GitWorkspace
} from '../../edges/workspace/index.js'
import {isCancelledError} from '../../errors.js'
import type {AutofixSettings} from '../../settings/autofix-settings.js'
import {attemptLoop, commandTimeout, type Engine, type Verdict} from '../../engine/attempt-loop.js'
import {judgeChange} from '../../core/fixing/change-verdict.js'
import {
  failuresOf,
  outputTail,
  runChecks,
  type CheckContext,
  type CheckRun
} from '../../engine/checks.js'
import {BOT_AUTHOR} from '../../engine/commit-identity.js'
import {fullChecks, mustPass, onCleanCheckout} from '../../engine/verify-steps.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import type {LearningDoc, LearningSubject} from '../../core/fixing/learnings.js'
import {learningsFor} from '../learnings.js'
import {precheckFlakes} from './flaky-precheck.js'
import {tierZero} from './tier-zero.js'

export interface FixLoopDeps {
  settings: AutofixSettings
  project: DetectedProject
  runner: CommandRunner
  git: GitWorkspace
  budget: BudgetTracker
  log: DecisionLog
  /** Absent when no anthropic-api-key was given: the model tiers report not-evaluated. */
  model?: Anthropic
  /** Why the model is absent when it is not the missing key (see modelWithheld). */
  noModelReason?: string
  /** Fingerprints the ledger marks flaky or transient: reported and skipped, never "fixed". */
  knownFlakes: ReadonlySet<string>
  /** Fingerprints that failed twice before (the ledger's outcomes), with the reason: skipped. */
  failedTwice?: ReadonlyMap<string, string>
  secrets: string[]
  /** Paths of the repository for the model's map. */
  repoFiles: string[]
  /** The run's cancellation: the loop stops, keeping only verified commits. */
  cancel?: AbortSignal
  /** The checkout's pattern docs; the ones about a failure go into its prompt. */
  learnings?: readonly LearningDoc[]
  /** How the baseline is had (baseline.ts: restored from the cache, or run and saved); default: run. */
  baseline?: (run: () => Promise<CheckRun[]>) => Promise<CheckRun[]>
  /** stage: work (fanout/work-stage.ts): only one group of the fan-out's plan is fixed. */
  scope?: FixScope
}

/** A fan-out work job's share: its group's plan keys, judged against the plan's baseline. */
export interface FixScope {
  /** Plan item keys to fix; every other failure is left alone (and gets no result here). */
  keys: ReadonlySet<string>
  /** The plan's baseline checks: not run again; failures outside the group are not regressions. */
  baseline: CheckRun[]
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
  /** Set when the run was cancelled (`cancelled by SIGTERM`): the loop stopped there. */
  cancelled?: string
}

/** The loop's running state: what fails now, what is kept, what each planned failure came to. */
interface LoopState {
  current: Failure[]
  fixes: KeptFix[]
  results: Map<string, FailureResult>
  budgetStop?: string
  cancelled?: string
  /** Fingerprints that passed when re-run unchanged: flaky, never a fix's regression or success. */
  unstable: Set<string>
  /** Plan key → "passed in isolation, failed again in the full run": said in its result. */
  isolated: Map<string, string>
  /** Plan key → the order facts the model is told (flaky-check.ts). */
  order: Map<string, OrderFacts>
}

/** What the loop found before fixing: the checks as they ran, and the plan (once there is one). */
interface Found {
  baseline: CheckRun[]
  plan?: FailurePlan
}

/**
 * The loop. A cancellation stops it wherever it is: the attempt in progress
 * is reverted (the engine restores its snapshot, tier 0 its own), the
 * verified commits stay, and every failure not yet decided is not-evaluated.
 */
export async function fixLoop(deps: FixLoopDeps): Promise<FixLoopResult> {
  const found: Found = {baseline: []}
  const state: LoopState = {
    current: [],
    fixes: [],
    results: new Map(),
    unstable: new Set(),
    isolated: new Map(),
    order: new Map()
  }
  try {
    await work(deps, found, state)
  } catch (error) {
    if (!isCancelledError(error)) throw error
    state.cancelled = error.message
    deps.log.record('cancelled', {
      reason: `${error.message}: stopped with ${state.fixes.length} verified commit(s) kept`
    })
  }
  const {baseline, plan} = found
  if (!plan) return {baseline, results: [], fixes: state.fixes, cancelled: state.cancelled}
  const ordered = [
    ...plan.items.map(i => i.key),
    ...plan.deferred.map(i => i.key),
    ...plan.skipped.map(s => s.failure.fingerprint)
  ]
  if (state.cancelled) {
    const reason = `the run was ${state.cancelled} before this was done`
    for (const item of plan.items)
      if (!state.results.has(item.key))
        state.results.set(item.key, resultOf(item, {verdict: 'not-evaluated', reason}))
  }
  return {
    baseline,
    results: ordered.flatMap(k => withIsolationNote(state.results.get(k), state.isolated)),
    fixes: state.fixes,
    budgetStop: state.budgetStop,
    cancelled: state.cancelled
  }
}

async function work(deps: FixLoopDeps, found: Found, state: LoopState): Promise<void> {
  // A work job's baseline is the plan's; otherwise restored from the cache, or run (and saved).
  found.baseline =
    deps.scope?.baseline ??
    (await (deps.baseline ?? (run => run()))(() => runChecks(checkContextOf(deps))))
  recordBaseline(deps.log, found.baseline)
  state.current = failuresOf(found.baseline)
  if (state.current.length === 0) return
  const plan = scoped(
    planFailures(state.current, {
      maxFailures: deps.settings.maxFailures,
      knownFlakes: deps.knownFlakes,
      blocked: deps.failedTwice
    }),
    deps.scope
  )
  found.plan = plan
  recordPlan(deps, plan, state)
  await skipFlakes(deps, plan, state)
  await runTierZero(deps, plan, state)
  await runModelTiers(deps, plan, state)
}

/**
 * Failures whose test passes when re-run unchanged (flaky-precheck.ts): skipped
 * before any fixer runs. Only a model can fix a test failure (tier 0's fixers are
 * formatters and linters), so without one there is nothing to save and no re-run.
 */
async function skipFlakes(deps: FixLoopDeps, plan: FailurePlan, state: LoopState): Promise<void> {
  if (!deps.model) return
  const {flaky, isolated, order} = await precheckFlakes(deps, plan.items, checkContextOf(deps))
  state.isolated = isolated
  state.order = order
  for (const item of plan.items) {
    const reason = flaky.get(item.key)
    if (!reason) continue
    deps.log.record('skip', {key: item.key, reason})
    state.results.set(item.key, {...resultOf(item, {verdict: 'skipped', reason}), flaky: true})
    for (const m of item.members) state.unstable.add(m.fingerprint)
  }
}

/** A result of a failure that passed in isolation only: its reason says so first. */
function withIsolationNote(
  result: FailureResult | undefined,
  isolated: ReadonlyMap<string, string>
): FailureResult[] {
  if (!result) return []
  const note = isolated.get(result.key)
  if (!note) return [result]
  return [{...result, reason: result.reason ? `${note}; ${result.reason}` : note}]
}

/** A work job's plan: its group's items only; the rest is the other jobs' (and not reported here). */
function scoped(plan: FailurePlan, scope: FixScope | undefined): FailurePlan {
  if (!scope) return plan
  const mine = (item: PlannedFailure): boolean => scope.keys.has(item.key)
  return {items: [...plan.items, ...plan.deferred].filter(mine), deferred: [], skipped: []}
}

/** The baseline's checks in the decision log, one record each. */
export function recordBaseline(log: DecisionLog, runs: readonly CheckRun[]): void {
  for (const run of runs)
    log.record('check', {
      stage: 'baseline',
      check: run.check,
      command: run.command,
      exitCode: run.result.exitCode,
      timedOut: run.result.timedOut,
      failures: run.failures.length
    })
}

function checkContextOf(deps: FixLoopDeps): CheckContext {
  return {
    runner: deps.runner,
    root: deps.git.root,
    project: deps.project,
    timeoutMs: commandTimeout(deps)
  }
}

/** The plan in the log; skipped and deferred failures get their results now. */
function recordPlan(deps: FixLoopDeps, plan: FailurePlan, state: LoopState): void {
  deps.log.record('plan', {
    items: plan.items.map(i => ({
      key: i.key,
      category: i.category,
      members: i.members.length,
      files: i.files
    })),
    deferred: plan.deferred.length,
    skipped: plan.skipped.map(s => ({fingerprint: s.failure.fingerprint, reason: s.reason}))
  })
  for (const skipped of plan.skipped) {
    deps.log.record('skip', {key: skipped.failure.fingerprint, reason: skipped.reason})
    state.results.set(skipped.failure.fingerprint, {
      key: skipped.failure.fingerprint,
      failure: failureLabel(skipped.failure),
      category: skipped.failure.category,
      tier: null,
      attempts: 0,
      verdict: 'skipped',
      reason: skipped.reason,
      files: skipped.failure.file ? [skipped.failure.file] : []
    })
  }
  for (const item of plan.deferred) {
    const reason = `over max-failures (${deps.settings.maxFailures}): not attempted in this run`
    state.results.set(item.key, resultOf(item, {verdict: 'not-fixed', reason}))
  }
}

/** Tier 0: the deterministic fixers, kept only when they fix something and break nothing. */
async function runTierZero(deps: FixLoopDeps, plan: FailurePlan, state: LoopState): Promise<void> {
  // A work job leaves the fixers to the whole-tree runs: they rewrite files of other groups.
  if (deps.project.fixCommands.length === 0 || deps.scope) return
  const fixed = await tierZero({
    git: deps.git,
    runner: deps.runner,
    log: deps.log,
    project: deps.project,
    protectedPaths: deps.settings.protectedPaths,
    checkContext: () => checkContextOf(deps),
    before: state.current,
    unstable: state.unstable
  })
  if (!fixed) return
  state.fixes.push(fixed.fix)
  state.current = withUnstable(fixed.after, state.current, state.unstable)
  const stillFailing = new Set(state.current.map(f => f.fingerprint))
  for (const item of plan.items) {
    if (state.results.has(item.key)) continue
    if (item.members.some(m => stillFailing.has(m.fingerprint))) continue
    state.results.set(
      item.key,
      resultOf(item, {
        verdict: 'fixed',
        tier: 0,
        reason: 'fixed by the deterministic fixers',
        files: fixed.fix.files
      })
    )
  }
}

/** Tiers 1–2: the model, one planned failure at a time, until a run budget stops the loop. */
async function runModelTiers(
  deps: FixLoopDeps,
  plan: FailurePlan,
  state: LoopState
): Promise<void> {
  for (const item of plan.items) {
    if (state.results.has(item.key)) continue
    if (!deps.model) {
      const reason = deps.noModelReason ?? 'no anthropic-api-key'
      deps.log.record('not-evaluated', {key: item.key, reason})
      state.results.set(item.key, resultOf(item, {verdict: 'not-evaluated', reason}))
      continue
    }
    if (state.budgetStop) {
      state.results.set(
        item.key,
        resultOf(item, {verdict: 'budget-exceeded', reason: state.budgetStop})
      )
      continue
    }
    await fixWithModel({...deps, model: deps.model}, item, state)
  }
}

async function fixWithModel(
  deps: FixLoopDeps & {model: Anthropic},
  item: PlannedFailure,
  state: LoopState
): Promise<void> {
  const engine: Engine = {...deps, model: deps.model}
  const affected = affectedCommand(deps.project, item)
  const before = state.current
  const learnings = learningsFor(deps.learnings ?? [], subjectOf(item), deps.log, item.key)
  const used = learnings.map(l => l.path)
  const outcome = await attemptLoop<Failure[]>(engine, {
    key: item.key,
    stage: 'fix',
    files: item.files,
    buildPrompt: ({files, previous}) =>
      buildFixPrompt({
        item,
        output: item.lead.excerpt,
        command: affected.command,
        files,
        repoFiles: deps.repoFiles,
        protectedPaths: deps.settings.protectedPaths,
        maxFilesChanged: deps.settings.maxFilesChanged,
        previousAttempts: previous,
        learnings,
        orderDependent: state.order.get(item.key),
        tools: toolDefinitions()
      }),
    testCommand: () => affected.command,
    verify: diff => verifyFix(deps, item, {affected, before, paths: pathsOf(diff)})
  })
  const tierOf = (escalated: boolean): 1 | 2 => (escalated ? 2 : 1)
  if (outcome.kind === 'verified') {
    const message = `fix: ${commitSafe(failureLabel(item.lead))}\n\nci-medic autofix (${outcome.model}), verified on the affected test and the full checks.\nFailure fingerprint: ${item.key}`
    const sha = await deps.git.commit(message, outcome.files, BOT_AUTHOR)
    const tier = tierOf(outcome.escalated)
    deps.log.record('committed', {key: item.key, tier, sha, files: outcome.files})
    state.fixes.push({sha, message, files: outcome.files, tier})
    state.current = withUnstable(outcome.value, before, state.unstable)
    state.results.set(
      item.key,
      resultOf(item, {
        verdict: 'fixed',
        tier,
        attempts: outcome.attempt,
        files: outcome.files,
        learnings: used
      })
    )
    return
  }
  if (outcome.kind === 'stopped') {
    if (outcome.runBudgetStop) state.budgetStop = outcome.runBudgetStop
    state.results.set(
      item.key,
      resultOf(item, {
        verdict: outcome.verdict,
        tier: tierOf(outcome.escalated),
        attempts: outcome.attempt,
        reason: outcome.reason,
        learnings: used
      })
    )
    return
  }
  state.results.set(
    item.key,
    resultOf(item, {
      verdict: 'not-fixed',
      tier: tierOf(deps.settings.maxAttemptsPerFailure > 1),
      attempts: outcome.attempts,
      reason: outcome.previous.at(-1)?.outcome.split('\n')[0],
      learnings: used
    })
  )
}

/**
 * Verified = the affected test passes, then the full checks, run on a clean
 * checkout of the change (nothing ignored or untracked from the workspace),
 * show the failure gone and nothing new. When the affected command is not
 * narrowed to this failure (the whole suite, lint or typecheck), its exit code
 * would also count every other failure still waiting its turn, so a project
 * with two failures could never have one fixed: the full checks alone judge it,
 * by this failure's fingerprints.
 */
async function verifyFix(
  deps: FixLoopDeps,
  item: PlannedFailure,
  run: {affected: AffectedRun; before: Failure[]; paths: string[]}
): Promise<Verdict<Failure[]>> {
  const at = {key: item.key, stage: 'verify' as const}
  if (run.affected.narrowed) {
    const test = {command: run.affected.command, what: 'the affected test'}
    const rejected = await mustPass(deps, at, test)
    if (rejected) return rejected
  }
  const full = await onCleanCheckout(deps, at, run.paths, root =>
    fullChecks(deps, deps.project, item.key, root)
  )
  return judgeFullChecks(item, run.before, full, run.affected.narrowed)
}

/** The command a fix is first tried on, and whether it runs only the failure's own test. */
interface AffectedRun {
  command: string
  narrowed: boolean
}

/** The failure gone from the full checks, and nothing new. */
function judgeFullChecks(
  item: PlannedFailure,
  before: Failure[],
  full: CheckRun[],
  narrowed: boolean
): Verdict<Failure[]> {
  const after = failuresOf(full)
  const mine = new Set(item.members.map(m => m.fingerprint))
  const {broken, stillThere} = judgeChange(before, after, f => mine.has(f.fingerprint))
  if (broken.length > 0 || stillThere.length > 0) {
    const why = broken.length
      ? `it broke ${broken.map(failureLabel).join('; ')}`
      : `the full checks still show ${stillThere.map(failureLabel).join('; ')}`
    const tails = full
      .filter(r => r.failures.length)
      .map(r => `$ ${r.command}\n${outputTail(r, FEEDBACK_TAIL_PER_CHECK)}`)
    return {
      ok: false,
      why,
      feedback: `Reverted: ${why} (the full checks run on a clean checkout of the change: only committed files count, nothing git ignores).\n${tails.join('\n')}`
    }
  }
  return {
    ok: true,
    why: narrowed
      ? 'the affected test passes, and so do the full checks on a clean checkout of the change'
      : 'the full checks on a clean checkout of the change no longer show it, and show nothing new',
    value: after
  }
}

/**
 * The command that shows this failure alone, and whether it is narrowed to it. A runner that
 * cannot run one test (node:test, mocha, a plain test script), and lint and typecheck, give
 * the whole command: its exit code also reflects every other failure, so it cannot judge
 * this one fix (see verifyFix).
 */
function affectedCommand(project: DetectedProject, item: PlannedFailure): AffectedRun {
  if (item.category === 'lint_error')
    return {command: project.lintCommand || project.testCommand, narrowed: false}
  if (item.category === 'compile_error' && project.typecheckCommand)
    return {command: project.typecheckCommand, narrowed: false}
  const narrowed = affectedTestCommand(project, {file: item.lead.file, test: item.lead.test})
  return narrowed
    ? {command: narrowed, narrowed: true}
    : {command: project.testCommand, narrowed: false}
}

function resultOf(
  item: PlannedFailure,
  r: {
    verdict: FailureResult['verdict']
    tier?: FailureResult['tier']
    attempts?: number
    reason?: string
    files?: readonly string[]
    learnings?: readonly string[]
  }
): FailureResult {
  return {
    key: item.key,
    failure: failureLabel(item.lead),
    category: item.category,
    tier: r.tier ?? null,
    attempts: r.attempts ?? 0,
    verdict: r.verdict,
    reason: r.reason,
    files: r.files ? [...r.files] : item.files,
    ...(r.learnings?.length ? {learnings: [...r.learnings]} : {})
  }
}

/** What a planned failure's learnings are matched on: any member's fingerprint, its class and files. */
function subjectOf(item: PlannedFailure): LearningSubject {
  return {
    fingerprints: [item.key, ...item.members.map(m => m.fingerprint)],
    category: item.category,
    files: [...item.files, ...item.members.flatMap(m => (m.file ? [m.file] : []))]
  }
}
