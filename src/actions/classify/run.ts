import type {InputSource} from '../../settings/input-source.js'
import {readClassifySettings} from '../../settings/classify-settings.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {reportPendingCommand} from '../../runtime/pending-command.js'

export async function classify(inputs: InputSource): Promise<void> {
  const settings = readClassifySettings(inputs, runnerContext(), maskSecret)
  await reportPendingCommand('classify', {...settings}, {'next-action': 'none', category: 'unknown'})
}
