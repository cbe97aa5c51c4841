// The root action (`uses: OWNER/ci-medic@v1`): the same code as the
// sub-actions, chosen by the `command` input. Only the chosen command's
// module is loaded (each is its own chunk of the bundle), so `command:
// classify` starts as fast as actions/classify and never loads the model SDK
// or autofix's tools; the failure outputs come from a module of their own
// for the same reason.
import {ConfigurationError} from '../../errors.js'
import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import type {InputSource} from '../../settings/input-source.js'
import {
  AUTOFIX_CANCELLED_OUTPUTS,
  AUTOFIX_FAILURE_OUTPUTS,
  CLASSIFY_FAILURE_OUTPUTS,
  PUBLISH_FAILURE_OUTPUTS,
  SELF_HEAL_CANCELLED_OUTPUTS,
  SELF_HEAL_FAILURE_OUTPUTS
} from '../failure-outputs.js'

type Command = (inputs: InputSource, cancel: AbortSignal) => Promise<void>

const COMMANDS: Record<
  string,
  {
    load: () => Promise<Command>
    failureOutputs: Record<string, string>
    /** Only for commands that stop cleanly on SIGINT/SIGTERM. */
    cancelledOutputs?: Record<string, string>
  }
> = {
  classify: {
    load: async () => (await import('../classify/run.js')).classify,
    failureOutputs: CLASSIFY_FAILURE_OUTPUTS
  },
  autofix: {
    load: async () => (await import('../autofix/run.js')).autofix,
    failureOutputs: AUTOFIX_FAILURE_OUTPUTS,
    cancelledOutputs: AUTOFIX_CANCELLED_OUTPUTS
  },
  'self-heal': {
    load: async () => (await import('../self-heal/run.js')).selfHeal,
    failureOutputs: SELF_HEAL_FAILURE_OUTPUTS,
    cancelledOutputs: SELF_HEAL_CANCELLED_OUTPUTS
  },
  publish: {
    load: async () => (await import('../publish/run.js')).publish,
    failureOutputs: PUBLISH_FAILURE_OUTPUTS
  }
}

const command = actionInputs.get('command')
const chosen = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined

await runWrapper(
  command || 'main',
  async cancel => {
    if (!chosen) {
      throw new ConfigurationError(
        command
          ? `Input 'command' must be one of classify, autofix, self-heal, publish, got '${command}'. Example: command: classify`
          : "Input 'command' is required and was not supplied. Example: command: classify"
      )
    }
    const run = await chosen.load()
    await run(actionInputs, cancel)
  },
  {failureOutputs: chosen?.failureOutputs, cancelledOutputs: chosen?.cancelledOutputs}
)
