// autofix's fan-out on matrix jobs (issue #13): the stage this job runs.
// `stage: all` never comes here (run.ts runs the whole pipeline as before).
import type {RunJournal} from '../../../core/journal.js'
import type {AutofixDeps} from '../deps.js'
import {requireArtifactService} from './artifacts.js'
import {integrateStage} from './integrate-stage.js'
import {planStage} from './plan-stage.js'
import type {StageInput} from './stage-input.js'
import {workStage} from './work-stage.js'

export type {StageInput} from './stage-input.js'

export async function runFanoutStage(
  deps: AutofixDeps,
  input: StageInput,
  journal: RunJournal
): Promise<void> {
  requireArtifactService(deps)
  const {stage} = deps.settings
  if (stage === 'plan') return planStage(deps, input, journal)
  if (stage === 'work') return workStage(deps, input, journal)
  if (stage === 'integrate') return integrateStage(deps, input, journal)
}
