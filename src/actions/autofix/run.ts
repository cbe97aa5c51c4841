import type {InputSource} from '../../settings/input-source.js'
import {readAutofixSettings} from '../../settings/autofix-settings.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {reportPendingCommand} from '../../runtime/pending-command.js'

export async function autofix(inputs: InputSource): Promise<void> {
  runnerContext()
  const settings = readAutofixSettings(inputs, maskSecret)
  await reportPendingCommand('autofix', {...settings}, {outcome: 'not-evaluated'})
}
