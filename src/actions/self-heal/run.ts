// self-heal: read unresolved Sentry errors, triage and group them; in fix
// mode also check the fixes of earlier runs (merged? did the error stop?),
// raise alerts for rate storms, and for each group to fix: reproduce it with
// a failing test, fix it, verify both in code, and open `fix/sentry-<id>`.
// State lives in a tracking issue; the report goes to the job summary and a
// comment on that issue. With publish: separate-job this job writes nothing
// to GitHub: the branches, PRs, alert issues and state update go into a
// proposal (propose.ts) for the publish command of a later job.
//
// The run is a pipeline of named steps, each in its own log group, all
// writing one journal (run-state.ts); the report, outputs and summary are
// rendered once from it (report-step.ts), and its skips and could-nots are
// the run's warnings, logged once at the end (only the could-nots when a
// step fails: the error is what matters then).
import {journalNotes} from '../../core/self-heal/index.js'
import {cancelReason} from '../../errors.js'
import type {InputSource} from '../../settings/input-source.js'
import {requireCleanCheckout} from '../../engine/workspace-checks.js'
import {uploadFixingRunFiles} from '../artifact-step.js'
import {runnerDeps, type SelfHealDeps} from './deps.js'
import {healAll} from './heal-step.js'
import {readTheLedger, writeTheLedger} from './ledger-step.js'
import {p0Groups, raiseP0Alerts} from './p0-alerts.js'
import {report} from './report-step.js'
import {writeHealProposal} from './propose.js'
import {noteCancelled, proposes, startRun, writes, type SelfHealRun} from './run-state.js'
import {
  checkEarlierFixes,
  checksEarlierFixes,
  readState,
  writeTrackingIssue
} from './state-steps.js'
import {raiseAlerts, readAndTriage} from './triage-steps.js'

import {SELF_HEAL_FAILURE_OUTPUTS} from '../failure-outputs.js'
export {SELF_HEAL_FAILURE_OUTPUTS}

/** The action on a runner: deps from this step's inputs and environment. */
export async function selfHeal(inputs: InputSource, cancel?: AbortSignal): Promise<void> {
  await runSelfHeal(await runnerDeps(inputs, cancel))
}

/**
 * One self-heal run on the given deps. Outputs are set once the report is
 * rendered; a publishing failure is thrown only after the report, outputs,
 * summary and tracking issue are written, so they are kept.
 */
export async function runSelfHeal(deps: SelfHealDeps): Promise<void> {
  const run = startRun(deps)
  const warn = (lines: string[]) => lines.forEach(line => deps.io.logger.warning(line))
  try {
    await pipeline(deps, run)
  } catch (error) {
    // A run that stops early says what went wrong on the way; its skips no longer matter.
    warn(run.journal.warnings())
    throw error
  }
  warn(journalNotes(run.journal.entries))
  if (!deps.cancel.aborted) await uploadFixingRunFiles('self-heal', deps)
  // A cancelled run fails as cancelled, after its report (run-wrapper.ts words it).
  if (run.cancelled !== undefined) throw cancelReason(deps.cancel)
  if (run.publishError !== undefined) throw run.publishError
}

async function pipeline(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {io} = deps
  // Once cancelled, every step is skipped but the report.
  const step = async (
    name: string,
    body: (d: SelfHealDeps, r: SelfHealRun) => Promise<void>
  ): Promise<void> => {
    if (deps.cancel.aborted) noteCancelled(deps, run)
    else await io.group(name, () => body(deps, run))
  }
  // Nothing is read from Sentry or the state before the checkout is known to be clean.
  if (run.fixMode) await step('Preconditions', d => requireCleanCheckout(d.git, 'self-heal'))
  await step('Read the self-heal state', readState)
  if (checksEarlierFixes(deps, run)) await step('Check earlier fixes', checkEarlierFixes)
  await step('Read and triage Sentry errors', readAndTriage)
  const alerting = writes(deps, run) || proposes(deps, run)
  if (alerting && run.triage.alerts.length) await step('Raise alerts', raiseAlerts)
  // Before any check runs: the ledger's failed fixes, and git's word on commits since.
  if (run.fixMode) await step('Read the ledger', readTheLedger)
  // One log group per error group (and one for the checks on the base commit).
  if (run.fixMode && !deps.cancel.aborted) await healAll(deps, run)
  if (deps.cancel.aborted) noteCancelled(deps, run)
  // P0 = fix + alert: after the heal, so the alert links the fix PR (skipped once cancelled).
  if (run.fixMode && p0Groups(run).length) await step('Raise P0 alerts', raiseP0Alerts)
  if (run.fixMode && run.ledger?.store) await step('Write the ledger', writeTheLedger)
  await io.group('Report', () => report(deps, run))
  if (writes(deps, run) && run.stateRead) await step('Write the tracking issue', writeTrackingIssue)
  // publish: separate-job: the PRs, alert issues and state go to the publish job instead.
  if (proposes(deps, run)) await step('Write the proposal', writeHealProposal)
}
