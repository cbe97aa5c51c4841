// Everything a self-heal run works with, built once from its settings and the
// workflow context: the only place that reads the environment. On a runner,
// `runnerDeps` reads the inputs, the GITHUB_* context and process.env; tests
// call `buildSelfHealDeps` with their own settings, context and ActionIO,
// pointed at the loopback fakes and a fixture repository.
import type Anthropic from '@anthropic-ai/sdk'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {trackingIssue, type TrackingStore} from '../../edges/github/tracking-issue.js'
import {createSentryClient, type SentryClient} from '../../edges/sentry/index.js'
import type {ActionIO} from '../../runtime/action-io.js'
import type {InputSource} from '../../settings/input-source.js'
import {readSelfHealSettings, type SelfHealSettings} from '../../settings/self-heal-settings.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {FixingRunDeps} from '../fixing-deps.js'
import {
  buildFixingRunDeps,
  fixingClients,
  runnerBuildOptions,
  type FixingBuildOptions,
  type RepoClient
} from '../fixing-run-deps.js'

/** What self-heal does through the GitHub API; absent without a github-token. */
export interface GitHubSide extends RepoClient {
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

export type BuildOptions = FixingBuildOptions<SelfHealSettings>

/** The runner's deps: inputs, context and environment of this step. */
export async function runnerDeps(inputs: InputSource, cancel?: AbortSignal): Promise<SelfHealDeps> {
  return buildSelfHealDeps(await runnerBuildOptions(readSelfHealSettings, inputs, cancel))
}

export async function buildSelfHealDeps(options: BuildOptions): Promise<SelfHealDeps> {
  const {settings, context, io} = options
  const secrets = [settings.githubToken, settings.anthropicApiKey, settings.sentryToken].filter(
    Boolean
  )
  const {github, model} = fixingClients(options)
  return {
    ...(await buildFixingRunDeps(options, {secrets, decisionLog: 'self-heal-decisions.jsonl'})),
    settings,
    context,
    io,
    sentry: createSentryClient({
      baseUrl: settings.sentryUrl,
      token: settings.sentryToken,
      logger: io.logger
    }),
    github: github ? await gitHubSide(github, settings) : undefined,
    model
  }
}

async function gitHubSide(
  {client, repo}: RepoClient,
  settings: SelfHealSettings
): Promise<GitHubSide> {
  const botLogin = await resolveBotLogin(client)
  return {
    client,
    repo,
    botLogin,
    tracking: trackingIssue(client, repo, settings.trackingIssueTitle, botLogin)
  }
}
