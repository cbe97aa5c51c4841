// A stand-in for the action's process in the sandbox tests: started with
// secrets in its *initial* environment (what /proc/<pid>/environ shows; a
// variable set on process.env later does not appear there), it builds a
// command runner the way it is told, runs one command and prints
//   {"sandbox": <mode>, "result": <CommandResult>}
// on stdout. Usage: node --import tsx test/harness/sandbox-parent.ts '<json>'
// where json is {how, command, timeoutMs, workspace, setting?, network?}:
// - how 'runner': detectSandbox + createCommandRunner, from this process's env;
// - how 'autofix': the autofix action's way (settings from INPUT_*, sandboxedRunner);
// - how 'self-heal': buildSelfHealDeps with settings from INPUT_*.
// With `variants` ({name: inputs}), it runs the command once per variant, each
// runner built with those inputs over INPUT_* (check-network, sandbox: not
// secrets), and prints {"runs": {<name>: {"sandbox", "result"}}}: one process
// (and one start of tsx, about 1.8 CPU s) for a test file's variants.
import {createCommandRunner, detectSandbox} from '../../src/edges/workspace/index.js'
import type {CheckNetwork, SandboxSetting} from '../../src/edges/workspace/index.js'

interface Request {
  how: 'runner' | 'autofix' | 'self-heal'
  command: string
  timeoutMs: number
  workspace: string
  setting?: SandboxSetting
  network?: CheckNetwork
  variants?: Record<string, Record<string, string>>
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request

async function runner(overrides: Record<string, string> = {}): Promise<{
  mode: string
  run: ReturnType<typeof createCommandRunner>['run']
}> {
  if (request.how === 'runner') {
    const sandbox = await detectSandbox({
      setting: request.setting ?? 'auto',
      network: request.network ?? 'allow',
      workspace: request.workspace
    })
    const built = createCommandRunner({parentEnv: process.env, sandbox})
    return {mode: sandbox.mode, run: built.run.bind(built)}
  }
  const {envInputs} = await import('./sandbox-inputs.js')
  if (request.how === 'autofix') {
    const {readAutofixSettings} = await import('../../src/settings/autofix-settings.js')
    const {sandboxedRunner} = await import('../../src/actions/sandboxed-runner.js')
    const settings = readAutofixSettings(envInputs(overrides), () => undefined)
    const built = await sandboxedRunner({
      settings,
      workspace: request.workspace,
      secrets: [settings.githubToken, settings.anthropicApiKey],
      parentEnv: process.env
    })
    return {mode: built.sandbox.mode, run: built.runner.run.bind(built.runner)}
  }
  const {selfHealDepsFromEnv} = await import('./sandbox-inputs.js')
  const deps = await selfHealDepsFromEnv(request.workspace, overrides)
  return {mode: deps.sandbox.mode, run: deps.runner.run.bind(deps.runner)}
}

async function once(overrides?: Record<string, string>): Promise<unknown> {
  const {mode, run} = await runner(overrides)
  const result = await run(request.command, {cwd: request.workspace, timeoutMs: request.timeoutMs})
  return {sandbox: mode, result}
}

if (request.variants) {
  const runs: Record<string, unknown> = {}
  for (const [name, inputs] of Object.entries(request.variants)) runs[name] = await once(inputs)
  process.stdout.write(JSON.stringify({runs}))
} else {
  process.stdout.write(JSON.stringify(await once()))
}
