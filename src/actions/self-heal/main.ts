import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {SELF_HEAL_CANCELLED_OUTPUTS} from '../failure-outputs.js'
import {selfHeal, SELF_HEAL_FAILURE_OUTPUTS} from './run.js'

await runWrapper('self-heal', cancel => selfHeal(actionInputs, cancel), {
  failureOutputs: SELF_HEAL_FAILURE_OUTPUTS,
  cancelledOutputs: SELF_HEAL_CANCELLED_OUTPUTS
})
