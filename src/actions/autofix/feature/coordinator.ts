// The coordinator: one model session (the engine's runSession, under the
// run's budgets) that reads the repository with read-only tools and submits
// the plan through the submit_plan tool. The plan is checked in code
// (core/feature/plan.ts); a refused plan is re-planned once with the
// reasons, and a re-plan that is still refused runs as one stream when that
// is a valid plan, else nothing is built. Never merged blindly.
import {
  asOneStream,
  buildPlanPrompt,
  checkPlan,
  featurePlanSchema,
  PLAN_TOOL,
  planToolDefinition,
  type Criterion,
  type FeaturePlan,
  type IssueSpec,
  type PlanRules
} from '../../../core/feature/index.js'
import {MAX_OUTPUT_TOKENS, MAX_TURNS} from '../../../core/fixing/limits.js'
import {describeModelError} from '../../../edges/model/anthropic-client.js'
import {toolDefinitions, type ModelTools} from '../../../edges/workspace/index.js'
import {cancelReason} from '../../../errors.js'
import {commandTimeout, type Engine} from '../../../engine/attempt-loop.js'
import {fixerTools} from '../../../engine/fixer-tools.js'
import {runSession} from '../../../engine/model-session.js'

export type PlanOutcome =
  | {kind: 'planned'; plan: FeaturePlan; replanned?: string[]; oneStream?: string}
  | {kind: 'no-plan'; reason: string}

export interface PlanInput {
  issue: IssueSpec
  criteria: readonly Criterion[]
  repoFiles: readonly string[]
  rules: PlanRules
}

const READ_ONLY = new Set(['list_files', 'read_file', 'search_text'])
const PLAN_KEY = 'feature-plan'

/** The coordinator's tools: the workspace's read-only ones, plus submit_plan, which records what it is given. */
function coordinatorTools(engine: Engine, submitted: {input?: unknown}): ModelTools {
  const tools = fixerTools({
    root: engine.git.root,
    protectedPaths: engine.settings.protectedPaths,
    secrets: engine.secrets,
    runner: engine.runner,
    timeoutMs: () => commandTimeout(engine),
    testCommand: () => '',
    nothingToRun: 'The coordinator runs nothing: submit the plan with submit_plan.',
    refuseWrite: () => 'The coordinator only reads the repository; the streams write it.'
  })
  return {
    ...tools,
    dispatchTool: async (name, input) => {
      if (name !== PLAN_TOOL) return tools.dispatchTool(name, input)
      submitted.input = input
      return {isError: false, text: 'Plan received. It is checked in code when you stop; stop now.'}
    }
  }
}

type Round = {kind: 'submitted'; input: unknown} | {kind: 'none'; reason: string}

async function oneRound(engine: Engine, input: PlanInput, refused?: string[]): Promise<Round> {
  const submitted: {input?: unknown} = {}
  const tools = [...toolDefinitions().filter(t => READ_ONLY.has(t.name)), planToolDefinition()]
  const prompt = buildPlanPrompt({
    ...input,
    protectedPaths: input.rules.protectedPaths,
    maxStreams: input.rules.maxStreams,
    tools,
    refused
  })
  engine.log.record('attempt', {key: PLAN_KEY, model: engine.settings.model, replan: !!refused})
  try {
    const result = await runSession(
      {
        client: engine.model,
        tools: coordinatorTools(engine, submitted),
        budget: engine.budget,
        log: engine.log,
        cancel: engine.cancel
      },
      {
        model: engine.settings.model,
        thinking: false,
        prompt,
        tools: prompt.tools,
        failureKey: PLAN_KEY,
        maxTurns: MAX_TURNS,
        maxTokens: MAX_OUTPUT_TOKENS
      }
    )
    if (result.stop === 'budget') return {kind: 'none', reason: result.message}
  } catch (error) {
    if (engine.cancel?.aborted) throw cancelReason(engine.cancel)
    return {kind: 'none', reason: describeModelError(error, engine.settings.anthropicBaseUrl)}
  }
  return submitted.input === undefined
    ? {kind: 'none', reason: 'the coordinator submitted no plan'}
    : {kind: 'submitted', input: submitted.input}
}

/** The plan: submitted, checked, re-planned once, else one stream, else none. */
export async function planFeature(engine: Engine, input: PlanInput): Promise<PlanOutcome> {
  let refused: string[] | undefined
  let last: unknown
  for (let round = 1; round <= 2; round++) {
    const answer = await oneRound(engine, input, refused)
    if (answer.kind === 'none') return {kind: 'no-plan', reason: answer.reason}
    const check = checkPlan(answer.input, input.rules, input.repoFiles)
    engine.log.record('plan', {
      key: PLAN_KEY,
      round,
      ok: check.ok,
      ...(check.ok ? {streams: check.plan.streams.map(s => s.id)} : {problems: check.problems})
    })
    if (check.ok)
      return {kind: 'planned', plan: check.plan, ...(refused ? {replanned: refused} : {})}
    refused = check.problems
    last = answer.input
  }
  const parsed = featurePlanSchema.safeParse(last)
  const single = parsed.success ? asOneStream(parsed.data, input.rules) : undefined
  const why = `the re-plan was refused too (${(refused ?? []).join('; ')})`
  if (single?.ok) return {kind: 'planned', plan: single.plan, replanned: refused, oneStream: why}
  return {kind: 'no-plan', reason: why}
}
