import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {AUTOFIX_CANCELLED_OUTPUTS} from '../failure-outputs.js'
import {autofix, AUTOFIX_FAILURE_OUTPUTS} from './run.js'

await runWrapper('autofix', cancel => autofix(actionInputs, cancel), {
  failureOutputs: AUTOFIX_FAILURE_OUTPUTS,
  cancelledOutputs: AUTOFIX_CANCELLED_OUTPUTS
})
