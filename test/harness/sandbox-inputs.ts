// What sandbox-parent.ts needs to build the actions' runners from its own
// environment, the way a runner step gives it: inputs from INPUT_* and the
// workflow context from GITHUB_*.
import {tmpdir} from 'node:os'
import {buildSelfHealDeps, type SelfHealDeps} from '../../src/actions/self-heal/deps.js'
import type {InputSource} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {memoryIO} from './memory-io.js'

/** Inputs as the runner passes them: INPUT_<NAME>, hyphens kept; `overrides` (by input name) over them. */
export function envInputs(overrides: Record<string, string> = {}): InputSource {
  return {
    get: name => (overrides[name] ?? process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
  }
}

/**
 * self-heal's deps from this process's inputs and environment. The token
 * stays in the environment (what a probe looks for) but not in the settings:
 * with one, building the deps would ask the GitHub API who it is.
 */
export async function selfHealDepsFromEnv(
  workspace: string,
  overrides: Record<string, string> = {}
): Promise<SelfHealDeps> {
  const settings = {
    ...readSelfHealSettings(envInputs(overrides), () => undefined),
    githubToken: ''
  }
  const context = readWorkflowContext(
    {
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: '7000',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: process.env.RUNNER_TEMP ?? tmpdir()
    },
    {},
    process.env.RUNNER_TEMP ?? tmpdir()
  )
  return buildSelfHealDeps({settings, context, io: memoryIO(), parentEnv: process.env})
}
