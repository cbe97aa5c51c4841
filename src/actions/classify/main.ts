import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {CLASSIFY_FAILURE_OUTPUTS} from '../failure-outputs.js'
import {classify} from './run.js'

await runWrapper('classify', () => classify(actionInputs), {
  failureOutputs: CLASSIFY_FAILURE_OUTPUTS
})
