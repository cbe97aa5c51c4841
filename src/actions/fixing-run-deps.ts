// The part of each fixing action's deps (autofix, self-heal) built the same
// way from its settings and the workflow context: the report folder, the
// workspace's git and sandboxed runner, the decision log, the budget, and the
// GitHub and model clients. Each action's deps.ts adds its own edges.
import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import type Anthropic from '@anthropic-ai/sdk'
import {BudgetTracker, budgetLimitsOf} from '../core/fixing/index.js'
import {createGitHubClient, type GitHubClient} from '../edges/github/client.js'
import type {RepoRef} from '../edges/github/workflow-runs.js'
import {createModelClient} from '../edges/model/anthropic-client.js'
import {createDecisionLog} from '../engine/decision-log.js'
import {maskSecret, runnerContext} from '../runtime/action-inputs.js'
import {runnerIO, type ActionIO} from '../runtime/action-io.js'
import {neverCancelled} from '../runtime/cancellation.js'
import type {FixLoopSettings} from '../settings/fixing-settings.js'
import type {InputSource} from '../settings/input-source.js'
import type {WorkflowContext} from '../settings/workflow-context.js'
import type {FixingRunDeps} from './fixing-deps.js'
import {workspaceTools} from './sandboxed-runner.js'

export interface FixingBuildOptions<S extends FixLoopSettings> {
  settings: S
  context: WorkflowContext
  io: ActionIO
  /** The environment the repository's commands and git start from (sanitized before use). */
  parentEnv: NodeJS.ProcessEnv
  /** GitHub's recommended write pacing; on for a runner, off in tests. */
  pace?: boolean
  clock?: () => number
  /** The run's cancellation (default: never cancelled). */
  cancel?: AbortSignal
}

/** On a runner: the inputs as `read` takes them, the GITHUB_* context, this step's ActionIO and process.env. */
export async function runnerBuildOptions<S extends FixLoopSettings>(
  read: (source: InputSource, onSecret: (value: string) => void) => S,
  inputs: InputSource,
  cancel: AbortSignal | undefined
): Promise<FixingBuildOptions<S>> {
  const context = runnerContext()
  const settings = read(inputs, maskSecret)
  const io = await runnerIO()
  return {settings, context, io, parentEnv: process.env, cancel}
}

/** What differs between the actions in the shared part: the secrets to redact and the decision log's file name. */
export interface FixingRunNames {
  secrets: string[]
  decisionLog: string
}

/** The deps both fixing actions run with; the budget counts from here. */
export async function buildFixingRunDeps(
  options: FixingBuildOptions<FixLoopSettings>,
  names: FixingRunNames
): Promise<FixingRunDeps> {
  const {settings, context, io, parentEnv} = options
  const clock = options.clock ?? ((): number => Date.now())
  const cancel = options.cancel ?? neverCancelled()
  const budget = new BudgetTracker(budgetLimitsOf(settings), {now: clock})
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const {secrets} = names
  const {git, runner, sandbox} = await workspaceTools({
    settings,
    workspace: context.workspace,
    secrets,
    parentEnv,
    cancel,
    logger: io.logger
  })
  return {
    git,
    runner,
    sandbox,
    log: createDecisionLog(join(reportDir, names.decisionLog)),
    budget,
    clock,
    reportDir,
    secrets,
    cancel,
    parentEnv
  }
}

/** The GitHub API client and the run's repository it works on. */
export interface RepoClient {
  client: GitHubClient
  repo: RepoRef
}

/** The run's clients: each absent without its token (github-token, anthropic-api-key). */
export interface FixingClients {
  github: RepoClient | undefined
  /** Makes the model client (autofix makes it at once, self-heal when the heal step needs it). */
  model: (() => Anthropic) | undefined
}

export function fixingClients(options: FixingBuildOptions<FixLoopSettings>): FixingClients {
  const {settings, context, io} = options
  const {githubToken, anthropicApiKey, anthropicBaseUrl} = settings
  return {
    github: githubToken
      ? {
          client: createGitHubClient({
            token: githubToken,
            apiUrl: context.apiUrl,
            logger: io.logger,
            pace: options.pace
          }),
          repo: {owner: context.owner, repo: context.repo}
        }
      : undefined,
    model: anthropicApiKey
      ? () =>
          createModelClient({
            apiKey: anthropicApiKey,
            baseUrl: anthropicBaseUrl,
            logger: io.logger,
            maxRetries: 3
          })
      : undefined
  }
}
