// The root action (`uses: OWNER/ci-medic@v1`): the same code as the
// sub-actions, chosen by the `command` input. Only the chosen command's
// modules are evaluated, so `command: classify` never loads the model SDK or
// autofix's tools; the failure outputs come from a module of their own for
// the same reason. autofix, self-heal and publish are chunks of their own;
// classify's modules ship in the bundle's main file (webpackMode "eager":
// still evaluated only when chosen), so `command: classify` reads one file,
// as actions/classify does, not five (about 3 ms of its start-up, #11; the
// other commands, which run for minutes, start some 7 to 13 ms later).
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
    load: async () => (await import(/* webpackMode: "eager" */ '../classify/run.js')).classify,
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
