// Everything a self-heal run works with, built once from its settings and the
// workflow context: the only place that reads the environment. On a runner,
// `runnerDeps` reads the inputs, the GITHUB_* context and process.env; tests
// call `buildSelfHealDeps` with their own settings, context and ActionIO,
// pointed at the loopback fakes and a fixture repository.
import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import type Anthropic from '@anthropic-ai/sdk'
import {BudgetTracker, budgetLimitsOf} from '../../core/fixing/index.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {createGitHubClient, type GitHubClient} from '../../edges/github/client.js'
import {trackingIssue, type TrackingStore} from '../../edges/github/tracking-issue.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import {createModelClient} from '../../edges/model/anthropic-client.js'
import {createSentryClient, type SentryClient} from '../../edges/sentry/index.js'
import {createDecisionLog} from '../../engine/decision-log.js'
import {neverCancelled} from '../../runtime/cancellation.js'
import {runnerIO, type ActionIO} from '../../runtime/action-io.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import type {InputSource} from '../../settings/input-source.js'
import {readSelfHealSettings, type SelfHealSettings} from '../../settings/self-heal-settings.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {FixingRunDeps} from '../fixing-deps.js'
import {workspaceTools} from '../sandboxed-runner.js'

/** What self-heal does through the GitHub API; absent without a github-token. */
export interface GitHubSide {
  client: GitHubClient
  repo: RepoRef
  /** The login the token writes as: only its own issues are trusted as state. */
  botLogin: string
  tracking: TrackingStore
}

export interface SelfHealDeps extends FixingRunDeps {
  settings: SelfHealSettings
  context: WorkflowContext
  io: ActionIO
  sentry: SentryClient
  github: GitHubSide | undefined
  /** The model client, made when the heal step needs it; undefined without an anthropic-api-key. */
  model: (() => Anthropic) | undefined
}

export interface BuildOptions {
  settings: SelfHealSettings
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

/** The runner's deps: inputs, context and environment of this step. */
export async function runnerDeps(inputs: InputSource, cancel?: AbortSignal): Promise<SelfHealDeps> {
  const context = runnerContext()
  const settings = readSelfHealSettings(inputs, maskSecret)
  const io = await runnerIO()
  return buildSelfHealDeps({settings, context, io, parentEnv: process.env, cancel})
}

export async function buildSelfHealDeps(options: BuildOptions): Promise<SelfHealDeps> {
  const {settings, context, io, parentEnv} = options
  const clock = options.clock ?? ((): number => Date.now())
  const cancel = options.cancel ?? neverCancelled()
  const budget = new BudgetTracker(budgetLimitsOf(settings), {now: clock})
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const secrets = [settings.githubToken, settings.anthropicApiKey, settings.sentryToken].filter(
    Boolean
  )
  const {anthropicApiKey, anthropicBaseUrl} = settings
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
    sentry: createSentryClient({
      baseUrl: settings.sentryUrl,
      token: settings.sentryToken,
      logger: io.logger
    }),
    github: settings.githubToken ? await gitHubSide(options) : undefined,
    model: anthropicApiKey
      ? () =>
          createModelClient({
            apiKey: anthropicApiKey,
            baseUrl: anthropicBaseUrl,
            maxRetries: 3,
            logger: io.logger
          })
      : undefined,
    git,
    runner,
    sandbox,
    log: createDecisionLog(join(reportDir, 'self-heal-decisions.jsonl')),
    budget,
    clock,
    reportDir,
    secrets,
    cancel,
    parentEnv
  }
}

async function gitHubSide(options: BuildOptions): Promise<GitHubSide> {
  const {settings, context, io} = options
  const client = createGitHubClient({
    token: settings.githubToken,
    apiUrl: context.apiUrl,
    logger: io.logger,
    pace: options.pace
  })
  const repo = {owner: context.owner, repo: context.repo}
  const botLogin = await resolveBotLogin(client)
  return {
    client,
    repo,
    botLogin,
    tracking: trackingIssue(client, repo, settings.trackingIssueTitle, botLogin)
  }
}
