import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {autofix, AUTOFIX_FAILURE_OUTPUTS} from './run.js'

await runWrapper('autofix', () => autofix(actionInputs), {failureOutputs: AUTOFIX_FAILURE_OUTPUTS})
