import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {classify} from './run.js'

await runWrapper('classify', () => classify(actionInputs))
