import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {classify, CLASSIFY_FAILURE_OUTPUTS} from './run.js'

await runWrapper('classify', () => classify(actionInputs), {
  failureOutputs: CLASSIFY_FAILURE_OUTPUTS
})
