import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {PUBLISH_FAILURE_OUTPUTS} from '../failure-outputs.js'
import {publish} from './run.js'

await runWrapper('publish', () => publish(actionInputs), {failureOutputs: PUBLISH_FAILURE_OUTPUTS})
