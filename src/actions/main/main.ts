// The root action (`uses: OWNER/ci-medic@v1`): the same code as the
// sub-actions, chosen by the `command` input.
import {ConfigurationError} from '../../errors.js'
import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {autofix, AUTOFIX_FAILURE_OUTPUTS} from '../autofix/run.js'
import {classify, CLASSIFY_FAILURE_OUTPUTS} from '../classify/run.js'
import {selfHeal, SELF_HEAL_FAILURE_OUTPUTS} from '../self-heal/run.js'

const COMMANDS = {classify, autofix, 'self-heal': selfHeal} as const

const command = actionInputs.get('command')

const failureOutputs: Record<string, Record<string, string>> = {
  classify: CLASSIFY_FAILURE_OUTPUTS,
  autofix: AUTOFIX_FAILURE_OUTPUTS,
  'self-heal': SELF_HEAL_FAILURE_OUTPUTS
}

await runWrapper(
  command || 'main',
  async () => {
    if (!Object.hasOwn(COMMANDS, command)) {
      throw new ConfigurationError(
        command
          ? `Input 'command' must be one of classify, autofix, self-heal, got '${command}'. Example: command: classify`
          : "Input 'command' is required and was not supplied. Example: command: classify"
      )
    }
    await COMMANDS[command as keyof typeof COMMANDS](actionInputs)
  },
  {failureOutputs: failureOutputs[command]}
)
