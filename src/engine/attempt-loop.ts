// The fix engine's one attempt loop, used by autofix (per failure) and by
// self-heal (to reproduce an error with a test, then to fix it). Each attempt:
// escalate on the last one, stop before the time budget runs out, snapshot
// the workspace, build the prompt, give the model its confined tools, run the
// session under the budgets, and then judge the change in code: the guards
// on its diff first, then the caller's `verify`. Anything not verified is
// restored exactly; only a verified change stays in the workspace, for the
// caller to commit. Every step is written to the decision log in one schema.
import type Anthropic from '@anthropic-ai/sdk'
import {
  checkDiff,
  describeVerdict,
  pathsOf,
  type BudgetTracker,
  type DetectedProject,
  type FileChange,
  type FixPrompt,
  type PreviousAttempt,
  type PromptFile
} from '../core/fixing/index.js'
import {
  ATTEMPT_TIME_RESERVE_MS,
  FILES_IN_PROMPT,
  MAX_OUTPUT_TOKENS,
  MAX_TURNS,
  MODEL_NOTE_CHARS
} from '../core/fixing/limits.js'
import {describeModelError} from '../edges/model/anthropic-client.js'
import {cancelReason, isCancelledError, throwIfCancelled} from '../errors.js'
import type {CommandRunner, GitWorkspace, ModelTools, Snapshot} from '../edges/workspace/index.js'
import type {DecisionLog, DecisionStage} from './decision-log.js'
import {fixerTools} from './fixer-tools.js'
import {runSession} from './model-session.js'
import {readPromptFiles} from './prompt-files.js'

/** The engine's settings: a part of both fixing actions' settings. */
export interface EngineSettings {
  model: string
  escalationModel: string
  maxAttemptsPerFailure: number
  maxFilesChanged: number
  protectedPaths: string[]
  commandTimeoutMinutes: number
  /** '' = the SDK's default endpoint; named when the model cannot be reached. */
  anthropicBaseUrl: string
}

/** What the engine works with, built once per run by the action. */
export interface Engine {
  settings: EngineSettings
  git: GitWorkspace
  runner: CommandRunner
  budget: BudgetTracker
  log: DecisionLog
  model: Anthropic
  /** Values the model's tools never show (tokens, keys). */
  secrets: readonly string[]
  /** The detected project: the guards keep a fix out of the files its checks run. */
  project: Pick<DetectedProject, 'checkScripts'>
  /**
   * The run's cancellation. Checked between the steps of an attempt (the
   * runner's commands and the model request stop on it by themselves); the
   * loop then restores the attempt's snapshot and rejects with the
   * CancelledError.
   */
  cancel?: AbortSignal
}

/** The time one command may take now: the setting, capped by the time budget left. */
export function commandTimeout(engine: Pick<Engine, 'budget' | 'settings'>): number {
  return engine.budget.commandTimeoutMs(engine.settings.commandTimeoutMinutes * 60_000)
}

export type Verdict<T> =
  | {ok: true; why: string; value: T}
  | {
      ok: false
      why: string
      /** What the model is told for its next attempt (default: `Rejected: <why>`). */
      feedback?: string
    }

export interface AttemptSpec<T> {
  /** What the attempts are for: a failure's fingerprint, a group id. */
  key: string
  stage: DecisionStage
  /** Files to show the model (the first few that exist and are readable). */
  files: readonly string[]
  buildPrompt(input: {files: PromptFile[]; previous: readonly PreviousAttempt[]}): FixPrompt
  /** The command run_affected_test runs; '' when there is nothing to run yet. */
  testCommand(tools: ModelTools): string
  /** What the model is told when testCommand is ''. */
  nothingToRun?: string
  /** Judges a change the guards accepted; on `ok`, the change stays in the workspace. */
  verify(diff: FileChange[]): Promise<Verdict<T>>
  /**
   * An extra write guard for the model's tools (a feature stream may write
   * only the files it owns): why a write to this path is refused, or undefined.
   */
  refuseWrite?: (rel: string) => string | undefined
}

export type AttemptOutcome<T> =
  | {
      kind: 'verified'
      attempt: number
      model: string
      escalated: boolean
      /** The paths the change touched. */
      files: string[]
      /** The model's own account of the change. */
      note: string
      why: string
      value: T
    }
  | {
      kind: 'stopped'
      verdict: 'budget-exceeded' | 'not-evaluated'
      reason: string
      attempt: number
      escalated: boolean
      /** Set when the whole run must stop (run budgets, time), not just this key. */
      runBudgetStop?: string
    }
  | {
      kind: 'exhausted'
      attempts: number
      /** Why the last attempt was not kept. */
      reason: string
      previous: readonly PreviousAttempt[]
    }

const GUARD_FEEDBACK = "Rejected by ci-medic's guards"

/** Rejects with a CancelledError when the run is cancelled, after restoring the attempt's snapshot. */
export async function attemptLoop<T>(
  engine: Engine,
  spec: AttemptSpec<T>
): Promise<AttemptOutcome<T>> {
  const max = engine.settings.maxAttemptsPerFailure
  const previous: PreviousAttempt[] = []
  let reason = 'no attempt was made'
  for (let attempt = 1; attempt <= max; attempt++) {
    const escalated = attempt === max && max > 1
    const model = escalated ? engine.settings.escalationModel : engine.settings.model
    const at = {key: spec.key, stage: spec.stage, attempt, model}
    throwIfCancelled(engine.cancel)
    if (escalated) engine.log.record('escalate', at)
    engine.log.record('attempt', {...at, escalated})
    if (!engine.budget.hasTimeFor(ATTEMPT_TIME_RESERVE_MS)) {
      const why = 'time budget reached: work stopped before the job timeout'
      engine.log.record('budget-stop', {...at, reason: why})
      return {
        kind: 'stopped',
        verdict: 'budget-exceeded',
        reason: why,
        attempt: attempt - 1,
        escalated,
        runBudgetStop: why
      }
    }
    const snapshot = await engine.git.snapshot()
    try {
      const result = await oneAttempt(engine, spec, {attempt, model, escalated, previous, snapshot})
      if (result.kind !== 'rejected') return result
      reason = result.why
    } catch (error) {
      // Nothing unverified may stay in the workspace, whatever went wrong.
      await engine.git.restore(snapshot)
      if (isCancelledError(error))
        engine.log.record('cancelled', {
          ...at,
          reason: `${error.message}: the attempt was reverted`
        })
      throw error
    }
  }
  return {kind: 'exhausted', attempts: max, reason, previous}
}

interface AttemptState {
  attempt: number
  model: string
  escalated: boolean
  previous: PreviousAttempt[]
  snapshot: Snapshot
}

type AttemptResult<T> = AttemptOutcome<T> | {kind: 'rejected'; why: string}

async function oneAttempt<T>(
  engine: Engine,
  spec: AttemptSpec<T>,
  state: AttemptState
): Promise<AttemptResult<T>> {
  const {attempt, model, escalated, previous, snapshot} = state
  const at = {key: spec.key, stage: spec.stage, attempt, model}
  const session = await modelSession(engine, spec, state)
  if (session.kind !== 'session') return session
  throwIfCancelled(engine.cancel)
  const diff = await engine.git.diff(snapshot)
  if (diff.length === 0) {
    const note = session.result.message.slice(0, MODEL_NOTE_CHARS)
    engine.log.record('reverted', {...at, reason: 'the model changed nothing', note})
    previous.push({
      summary: 'changed nothing',
      outcome: `No file was changed. The model said: ${note}`
    })
    return {kind: 'rejected', why: 'the model changed nothing'}
  }
  const tried = `changed ${pathsOf(diff).join(', ')}`
  const guard = checkDiff(diff, {
    protectedPaths: engine.settings.protectedPaths,
    maxFilesChanged: engine.settings.maxFilesChanged,
    checkScripts: engine.project.checkScripts
  })
  if (!guard.ok) {
    const why = describeVerdict(guard)
    engine.log.record('guard-rejected', {...at, violations: guard.violations})
    await revert(engine, snapshot, {...at, reason: why})
    // A guard rejection is explained once; the same lesson is not repeated.
    if (!previous.some(p => p.outcome.startsWith(GUARD_FEEDBACK)))
      previous.push({summary: tried, outcome: `${GUARD_FEEDBACK}: ${why}`})
    return {kind: 'rejected', why: `rejected by ci-medic's guards: ${why}`}
  }
  const verdict = await spec.verify(diff)
  // A verdict reached while the run was being cancelled is not trusted (its commands were killed).
  throwIfCancelled(engine.cancel)
  if (!verdict.ok) {
    await revert(engine, snapshot, {...at, reason: verdict.why})
    previous.push({summary: tried, outcome: verdict.feedback ?? `Rejected: ${verdict.why}`})
    return {kind: 'rejected', why: verdict.why}
  }
  const paths = pathsOf(diff)
  engine.log.record('verified', {...at, files: paths, reason: verdict.why})
  return {
    kind: 'verified',
    attempt,
    model,
    escalated,
    files: paths,
    note: session.result.message,
    why: verdict.why,
    value: verdict.value
  }
}

type SessionOutcome<T> =
  | {kind: 'session'; result: Awaited<ReturnType<typeof runSession>>}
  | Extract<AttemptOutcome<T>, {kind: 'stopped'}>

/** The model's turn: the prompt and the tools, under the budgets. A stop restores the workspace. */
async function modelSession<T>(
  engine: Engine,
  spec: AttemptSpec<T>,
  state: AttemptState
): Promise<SessionOutcome<T>> {
  const {attempt, model, escalated, previous, snapshot} = state
  const at = {key: spec.key, stage: spec.stage, attempt, model}
  const files = await readPromptFiles(engine.git.root, spec.files.slice(0, FILES_IN_PROMPT), {
    protectedPaths: engine.settings.protectedPaths
  })
  const prompt = spec.buildPrompt({files, previous})
  const tools = fixerTools({
    root: engine.git.root,
    protectedPaths: engine.settings.protectedPaths,
    secrets: engine.secrets,
    runner: engine.runner,
    timeoutMs: () => commandTimeout(engine),
    testCommand: spec.testCommand,
    nothingToRun: spec.nothingToRun,
    ignoredPaths: paths => engine.git.ignored(paths),
    refuseWrite: spec.refuseWrite,
    onRun: (command, exitCode, timedOut) =>
      engine.log.record('check', {...at, by: 'model', command, exitCode, timedOut})
  })
  let result
  try {
    result = await runSession(
      {client: engine.model, tools, budget: engine.budget, log: engine.log, cancel: engine.cancel},
      {
        model,
        thinking: escalated,
        prompt,
        tools: prompt.tools,
        failureKey: spec.key,
        maxTurns: MAX_TURNS,
        maxTokens: MAX_OUTPUT_TOKENS
      }
    )
  } catch (error) {
    await engine.git.restore(snapshot)
    if (engine.cancel?.aborted) throw cancelReason(engine.cancel)
    const reason = describeModelError(error, engine.settings.anthropicBaseUrl)
    engine.log.record('not-evaluated', {...at, reason})
    return {kind: 'stopped', verdict: 'not-evaluated', reason, attempt, escalated}
  }
  if (result.stop === 'budget') {
    await engine.git.restore(snapshot)
    return {
      kind: 'stopped',
      verdict: 'budget-exceeded',
      reason: result.message,
      attempt,
      escalated,
      runBudgetStop: engine.budget.runStopped() ? result.message : undefined
    }
  }
  return {kind: 'session', result}
}

async function revert(
  engine: Engine,
  snapshot: Snapshot,
  details: {key: string; stage: DecisionStage; attempt?: number; reason: string}
): Promise<void> {
  await engine.git.restore(snapshot)
  engine.log.record('reverted', details)
}
