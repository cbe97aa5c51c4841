// Everything an autofix run works with, built once from its settings and the
// workflow context: the only code of autofix that reads the environment. On a
// runner, `runnerDeps` reads the inputs, the GITHUB_* context and
// process.env; tests call `buildAutofixDeps` with their own settings, context
// and ActionIO, pointed at the loopback fakes and a fixture repository.
import type Anthropic from '@anthropic-ai/sdk'
import {openBaselineCache, type BaselineCache} from '../../edges/cache/baseline-cache.js'
import type {ActionIO} from '../../runtime/action-io.js'
import {readAutofixSettings, type AutofixSettings} from '../../settings/autofix-settings.js'
import type {InputSource} from '../../settings/input-source.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {FixingRunDeps} from '../fixing-deps.js'
import {
  buildFixingRunDeps,
  fixingClients,
  runnerBuildOptions,
  type FixingBuildOptions,
  type RepoClient
} from '../fixing-run-deps.js'

/** The GitHub API as autofix uses it; absent without a github-token. */
export type GitHubSide = RepoClient

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

export type BuildOptions = FixingBuildOptions<AutofixSettings>

/** The runner's deps: the inputs, context and environment of this step. */
export async function runnerDeps(inputs: InputSource, cancel?: AbortSignal): Promise<AutofixDeps> {
  return buildAutofixDeps(await runnerBuildOptions(readAutofixSettings, inputs, cancel))
}

export async function buildAutofixDeps(options: BuildOptions): Promise<AutofixDeps> {
  const {settings, context, io} = options
  const secrets = [settings.githubToken, settings.anthropicApiKey].filter(Boolean)
  const {github, model} = fixingClients(options)
  return {
    ...(await buildFixingRunDeps(options, {secrets, decisionLog: 'autofix-decisions.jsonl'})),
    settings,
    context,
    io,
    github,
    model: model?.(),
    baselineCache: settings.baselineCache
      ? openBaselineCache(context.cacheService, {tempDir: context.tempDir, logger: io.logger})
      : undefined
  }
}
