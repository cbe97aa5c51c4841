// The command runner autofix and self-heal hand the repository's commands
// to: in the sandbox their settings ask for (edges/workspace/sandbox.ts),
// detected once, before any of those commands runs.
import {
  createCommandRunner,
  createGitWorkspace,
  dependencyDirectories,
  detectSandbox,
  type CommandRunner,
  type GitWorkspace,
  type Sandbox
} from '../edges/workspace/index.js'
import type {Logger} from '../logger.js'
import {dirname, join} from 'node:path'
import type {FixLoopSettings} from '../settings/fixing-settings.js'

export interface SandboxedRunnerInput {
  settings: Pick<FixLoopSettings, 'sandbox' | 'checkNetwork'>
  /** The checkout the commands run in. */
  workspace: string
  /** Redacted from the commands' output, on top of the secrets in parentEnv. */
  secrets: string[]
  /** The environment the commands start from (sanitized before use). */
  parentEnv: NodeJS.ProcessEnv
  /** The run's cancellation: running commands are killed when it is aborted. */
  cancel?: AbortSignal
}

/**
 * Throws a ConfigurationError when the settings require a sandbox and none
 * works here. The workspace's installed dependencies (node_modules,
 * virtualenvs) are read-only in it: snapshots and the clean checkout a fix is
 * verified on (which links them in) do not see them, so a test run that
 * rewrote the test runner there could otherwise make any fix pass.
 */
export async function sandboxedRunner(
  input: SandboxedRunnerInput
): Promise<{runner: CommandRunner; sandbox: Sandbox}> {
  const sandbox = await detectSandbox({
    setting: input.settings.sandbox,
    network: input.settings.checkNetwork,
    workspace: input.workspace,
    env: input.parentEnv,
    readOnly: [
      ...ownBundles(process.argv[1]),
      ...(await dependencyDirectories(input.workspace)).map(rel => join(input.workspace, rel))
    ]
  })
  const runner = createCommandRunner({
    secrets: input.secrets.filter(Boolean),
    parentEnv: input.parentEnv,
    sandbox,
    cancel: input.cancel
  })
  return {runner, sandbox}
}

/**
 * ci-medic's own dist/ when it runs from a bundle (dist/<action>/index.mjs):
 * it loads chunks from there lazily (the model SDK's), after checks have run,
 * and on a runner the action's checkout belongs to the same user as the
 * checks, so they could otherwise rewrite code ci-medic is about to load.
 */
export function ownBundles(main: string | undefined): string[] {
  return main && /[\\/]dist[\\/][^\\/]+[\\/]index\.mjs$/.test(main) ? [dirname(dirname(main))] : []
}

/** The log line (a warning when the commands run unsandboxed). */
export function sandboxLogLine(sandbox: Sandbox): {warning: boolean; text: string} {
  if (sandbox.mode !== 'none')
    return {
      warning: false,
      text: `The repository's commands run in a sandbox (${sandbox.mode}, ${sandbox.strategy}).`
    }
  return {
    warning: true,
    text: `The repository's commands run without a sandbox (${sandbox.reason}): their code could read ci-medic's tokens from /proc. See the sandbox input.`
  }
}

/**
 * The workspace's git and the sandboxed runner, in that order (git pins its
 * own binary and config before any of the repository's commands runs), with
 * the sandbox said in the log: a warning when the commands run without one.
 */
export async function workspaceTools(
  input: SandboxedRunnerInput & {logger: Logger}
): Promise<{git: GitWorkspace; runner: CommandRunner; sandbox: Sandbox}> {
  const git = createGitWorkspace(input.workspace, {
    secrets: input.secrets,
    parentEnv: input.parentEnv
  })
  const {runner, sandbox} = await sandboxedRunner(input)
  const line = sandboxLogLine(sandbox)
  if (line.warning) input.logger.warning(line.text)
  else input.logger.info(line.text)
  return {git, runner, sandbox}
}
