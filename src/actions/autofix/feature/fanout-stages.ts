// task: issue on matrix jobs (issue #13 item 2), through the failure
// fan-out's own stages, artifacts and checks (../fanout/): plan admits the
// issue, lets the coordinator plan, commits the contract and hands the plan
// (with the contract's files) to one work job per stream; each work job
// writes the contract, builds its stream and uploads a proposal; integrate
// applies the contract and the streams, runs the full checks, reverts a
// stream whose combination fails, and publishes one PR (or one proposal for
// the publish job).
import type {FanoutPlan, FeatureSection} from '../../../core/fanout/index.js'
import type {RunJournal} from '../../../core/journal.js'
import {ConfigurationError} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import {requireArtifactService} from '../fanout/artifacts.js'
import {featureIntegrateStage} from './fanout-integrate.js'
import {featurePlanStage} from './fanout-plan.js'
import {featureWorkStage} from './fanout-work.js'

export async function runFeatureStage(deps: AutofixDeps, journal: RunJournal): Promise<void> {
  requireArtifactService(deps)
  const {stage} = deps.settings
  if (stage === 'plan') return featurePlanStage(deps, journal)
  if (stage === 'work') return featureWorkStage(deps, journal)
  if (stage === 'integrate') return featureIntegrateStage(deps, journal)
}

/** The plan's feature part: work and integrate of task: issue need a plan made by task: issue. */
export function featureOf(plan: FanoutPlan): FeatureSection {
  if (plan.feature) return plan.feature
  throw new ConfigurationError(
    "This run's plan is a fan-out of failing checks, not a feature build: give every stage of the fan-out the same task (task: issue on plan, work and integrate)."
  )
}
