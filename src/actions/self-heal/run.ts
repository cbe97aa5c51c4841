import type {InputSource} from '../../settings/input-source.js'
import {readSelfHealSettings} from '../../settings/self-heal-settings.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {reportPendingCommand} from '../../runtime/pending-command.js'

export async function selfHeal(inputs: InputSource): Promise<void> {
  runnerContext()
  const settings = readSelfHealSettings(inputs, maskSecret)
  await reportPendingCommand('self-heal', {...settings}, {outcome: 'not-evaluated'})
}
