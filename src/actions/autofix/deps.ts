// Everything an autofix run works with, built once from its settings and the
// workflow context: the only code of autofix that reads the environment. On a
// runner, `runnerDeps` reads the inputs, the GITHUB_* context and
// process.env; tests call `buildAutofixDeps` with their own settings, context
// and ActionIO, pointed at the loopback fakes and a fixture repository.
import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import type Anthropic from '@anthropic-ai/sdk'
import {BudgetTracker, budgetLimitsOf} from '../../core/fixing/index.js'
import {createGitHubClient, type GitHubClient} from '../../edges/github/client.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import {createModelClient} from '../../edges/model/anthropic-client.js'
import {openBaselineCache, type BaselineCache} from '../../edges/cache/baseline-cache.js'
import {createDecisionLog} from '../../engine/decision-log.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {neverCancelled} from '../../runtime/cancellation.js'
import {runnerIO, type ActionIO} from '../../runtime/action-io.js'
import {readAutofixSettings, type AutofixSettings} from '../../settings/autofix-settings.js'
import type {InputSource} from '../../settings/input-source.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {FixingRunDeps} from '../fixing-deps.js'
import {workspaceTools} from '../sandboxed-runner.js'

/** The GitHub API as autofix uses it; absent without a github-token. */
export interface GitHubSide {
  client: GitHubClient
  repo: RepoRef
}

export interface AutofixDeps extends FixingRunDeps {
  settings: AutofixSettings
  context: WorkflowContext
  io: ActionIO
  github: GitHubSide | undefined
  /** Absent without an anthropic-api-key: only the deterministic fixers run. */
  model: Anthropic | undefined
  /** The baseline cache (#13); absent with baseline-cache: false. */
  baselineCache?: BaselineCache
}

export interface BuildOptions {
  settings: AutofixSettings
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

/** The runner's deps: the inputs, context and environment of this step. */
export async function runnerDeps(inputs: InputSource, cancel?: AbortSignal): Promise<AutofixDeps> {
  const context = runnerContext()
  const settings = readAutofixSettings(inputs, maskSecret)
  const io = await runnerIO()
  return buildAutofixDeps({settings, context, io, parentEnv: process.env, cancel})
}

export async function buildAutofixDeps(options: BuildOptions): Promise<AutofixDeps> {
  const {settings, context, io, parentEnv} = options
  const clock = options.clock ?? ((): number => Date.now())
  const cancel = options.cancel ?? neverCancelled()
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const secrets = [settings.githubToken, settings.anthropicApiKey].filter(Boolean)
  const {githubToken, anthropicApiKey, anthropicBaseUrl} = settings
  const {git, runner, sandbox} = await workspaceTools({
    settings,
    workspace: context.workspace,
    secrets,
    parentEnv,
    cancel,
    logger: io.logger
  })
  return {
    settings,
    context,
    io,
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
      ? createModelClient({
          apiKey: anthropicApiKey,
          baseUrl: anthropicBaseUrl,
          logger: io.logger,
          maxRetries: 3
        })
      : undefined,
    git,
    runner,
    sandbox,
    log: createDecisionLog(join(reportDir, 'autofix-decisions.jsonl')),
    budget: new BudgetTracker(budgetLimitsOf(settings), {now: clock}),
    clock,
    reportDir,
    secrets,
    cancel,
    parentEnv,
    baselineCache: settings.baselineCache
      ? openBaselineCache(context.cacheService, {tempDir: context.tempDir, logger: io.logger})
      : undefined
  }
}
