// What every fan-out stage starts from: what autofix's first steps found.
import type {DetectedProject} from '../../../core/fixing/index.js'
import type {LedgerView} from '../prepare.js'

export interface StageInput {
  project: DetectedProject
  ledger: LedgerView
  /** Epoch milliseconds the step started. */
  startedAt: number
}
