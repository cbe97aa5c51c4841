import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {autofix} from './run.js'

await runWrapper('autofix', () => autofix(actionInputs))
