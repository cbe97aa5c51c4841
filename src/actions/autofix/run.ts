// autofix: run the checks, fix failures one by one (deterministic fixers,
// then the model), keep only verified fixes, and end with one honest PR and
// a report. Outputs are set on every exit path.
//
// Each step below is a named function run inside its own log group; they all
// write to one run journal, from which the report (the PR body and the job
// summary), the report JSON, the warnings and the outputs are rendered once.
import {RunJournal} from '../../core/journal.js'
import {requireCleanCheckout, requireHeadAt} from '../../engine/workspace-checks.js'
import {throwIfCancelled} from '../../errors.js'
import type {InputSource} from '../../settings/input-source.js'
import {uploadFixingRunFiles} from '../artifact-step.js'
import {notPublished} from './cancelled.js'
import {runnerDeps, type AutofixDeps} from './deps.js'
import {runFanoutStage} from './fanout/index.js'
import {fixFailures} from './fix-step.js'
import {noteUnwrittenLedger, writeTheLedger} from './ledger-step.js'
import {runFeatureTask} from './feature/run-feature.js'
import {describeDispatchingRun, detectTheChecks, readTheLedger} from './prepare.js'
import {publishFixes} from './publish.js'
import {reportRun} from './report.js'

export {AUTOFIX_FAILURE_OUTPUTS} from '../failure-outputs.js'

/** autofix on a runner: deps from the inputs, the GITHUB_* environment and @actions/core. */
export async function autofix(inputs: InputSource, cancel?: AbortSignal): Promise<void> {
  await runAutofix(await runnerDeps(inputs, cancel))
}

/**
 * One autofix run on the given deps. A cancellation (deps.cancel) before the
 * fixes start ends the run at the next step, with the wrapper's cancelled
 * outputs; from the fix step on, the loop stops, nothing is published, the
 * report says `cancelled`, and then the run rejects with the CancelledError.
 */
export async function runAutofix(deps: AutofixDeps): Promise<void> {
  if (deps.settings.task === 'issue') return runFeatureTask(deps)
  const {io, cancel} = deps
  const journal = new RunJournal()
  const startedAt = deps.clock()

  await io.group('Preconditions', async () => {
    await requireCleanCheckout(deps.git, 'autofix')
    await requireHeadAt(deps.git, deps.settings.headSha)
  })
  throwIfCancelled(cancel)
  const project = await io.group('Detect the checks', () => detectTheChecks(deps))
  throwIfCancelled(cancel)
  const ledger = await io.group('Read the ledger (known flakes)', () =>
    readTheLedger(deps, journal)
  )
  if (deps.settings.runId) {
    await io.group('Describe the dispatching run', () => describeDispatchingRun(deps, journal))
  }
  noteUnwrittenLedger(deps, journal)
  throwIfCancelled(cancel)
  if (deps.settings.stage !== 'all') {
    // A fan-out on matrix jobs: this job runs one stage of it (fanout/).
    await runFanoutStage(deps, {project, ledger, startedAt}, journal)
    throwIfCancelled(cancel)
    return
  }
  const fixed = await io.group('Fix the failures', () =>
    fixFailures(
      deps,
      {project, knownFlakes: ledger.knownFlakes, failedTwice: ledger.failedTwice, startedAt},
      journal
    )
  )
  const {run, published} = cancel.aborted
    ? notPublished(deps, fixed, journal)
    : {run: fixed, published: await io.group('Publish', () => publishFixes(deps, fixed, journal))}
  await io.group('Report', async () => {
    // The ledger first, so a failed write is among the run's warnings.
    if (!cancel.aborted) await writeTheLedger(deps, {run, published, ledger}, journal)
    await reportRun(deps, run, published, journal)
  })
  if (!cancel.aborted) await uploadFixingRunFiles('autofix', deps)

  throwIfCancelled(cancel)
  // The verified work and the report are kept; the step still fails, with the reason.
  if (published.error !== undefined) throw published.error
}
