import {actionInputs} from '../../runtime/action-inputs.js'
import {runWrapper} from '../../runtime/run-wrapper.js'
import {selfHeal} from './run.js'

await runWrapper('self-heal', () => selfHeal(actionInputs))
