import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {selfHeal, SELF_HEAL_FAILURE_OUTPUTS} from './run.js'

await runWrapper('self-heal', () => selfHeal(actionInputs), {
  failureOutputs: SELF_HEAL_FAILURE_OUTPUTS
})
