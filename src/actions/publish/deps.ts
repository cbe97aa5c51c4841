// Everything a publish run works with: the only code of publish that reads
// the environment. No workspace, no command runner, no model: publish runs
// no repository code, only its own git (a scratch repository) and the API.
import {createGitHubClient, type GitHubClient} from '../../edges/github/client.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {runnerIO, type ActionIO} from '../../runtime/action-io.js'
import type {InputSource} from '../../settings/input-source.js'
import {readPublishSettings, type PublishSettings} from '../../settings/publish-settings.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'

export interface PublishDeps {
  settings: PublishSettings
  context: WorkflowContext
  io: ActionIO
  client: GitHubClient
  repo: RepoRef
  /** The environment git starts from (sanitized by the scratch repository). */
  parentEnv: NodeJS.ProcessEnv
  secrets: string[]
}

export interface BuildOptions {
  settings: PublishSettings
  context: WorkflowContext
  io: ActionIO
  parentEnv: NodeJS.ProcessEnv
  /** GitHub's recommended write pacing; on for a runner, off in tests. */
  pace?: boolean
}

export async function runnerDeps(inputs: InputSource): Promise<PublishDeps> {
  const context = runnerContext()
  const settings = readPublishSettings(inputs, maskSecret)
  const io = await runnerIO()
  return buildPublishDeps({settings, context, io, parentEnv: process.env})
}

export function buildPublishDeps(options: BuildOptions): PublishDeps {
  const {settings, context, io} = options
  return {
    settings,
    context,
    io,
    client: createGitHubClient({
      token: settings.githubToken,
      apiUrl: context.apiUrl,
      logger: io.logger,
      pace: options.pace
    }),
    repo: {owner: context.owner, repo: context.repo},
    parentEnv: options.parentEnv,
    secrets: [settings.githubToken]
  }
}
