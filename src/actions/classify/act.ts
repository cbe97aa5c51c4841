// Step 7, act on the decision: rerun the failed jobs, dispatch autofix, or
// open (or update) the alert issue for this fingerprint. Runs after the
// outputs are set; a refused call goes to the journal with the permission it
// needs.
import type {RunJournal} from '../../core/journal.js'
import {renderClassifySummary, type ClassifyOutcome} from '../../core/report/classify-summary.js'
import {couldNot} from './could-not.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'

type RunFacts = NonNullable<ClassifyOutcome['run']>

export async function act(
  deps: ClassifyDeps,
  outcome: ClassifyOutcome,
  journal: RunJournal
): Promise<void> {
  const {settings} = deps
  const {decision, run} = outcome
  if (!decision.act) return
  const gh = await deps.github()
  if (!gh) return
  if (!settings.logPath && run) {
    if (decision.action === 'rerun') await rerun(gh, run, journal)
    else if (decision.action === 'autofix') {
      const {fingerprint} = outcome.classification
      await dispatchAutofix(gh, {workflow: settings.dispatchAutofix, run, fingerprint}, journal)
    } else if (decision.action === 'alert') await alert(gh, outcome, journal)
  } else if (decision.action === 'alert' && settings.ledger !== 'none') {
    // A local log with a token: there is no run to rerun, but a person can be told.
    await alert(gh, outcome, journal)
  }
}

async function rerun(gh: GitHubAccess, run: RunFacts, journal: RunJournal): Promise<void> {
  try {
    await gh.api.rerunFailedJobs(gh.client, gh.repo, run.id)
    journal.done('rerun-requested', `Rerun of the failed jobs of run ${run.id} requested.`)
  } catch (error) {
    couldNot(journal, 'rerun-requested', 'Rerun the failed jobs', {
      error,
      permission: 'actions: write'
    })
  }
}

/**
 * Dispatches the autofix workflow (its file from the default branch), with
 * the run id and fingerprint; for a failure on another branch of this
 * repository (a pull request's), also that branch and the failed commit, so
 * autofix checks out what failed and its PR goes into that branch.
 */
async function dispatchAutofix(
  gh: GitHubAccess,
  {workflow, run, fingerprint}: {workflow: string; run: RunFacts; fingerprint: string},
  journal: RunJournal
): Promise<void> {
  let onBranch = false
  try {
    const {data} = await gh.client.rest.repos.get({...gh.repo})
    onBranch = run.branch !== '' && run.branch !== data.default_branch
    const dispatched = await gh.api.dispatchWorkflow(gh.client, gh.repo, {
      workflow,
      ref: data.default_branch,
      inputs: {
        'run-id': String(run.id),
        fingerprint,
        ...(onBranch ? {'base-branch': run.branch, 'head-sha': run.sha} : {})
      }
    })
    const target = onBranch ? ` to fix ${run.branch} at ${run.sha.slice(0, 7)}` : ''
    journal.done(
      'autofix-dispatched',
      `Dispatched ${workflow} on ${data.default_branch}${target}${dispatched.htmlUrl ? `: ${dispatched.htmlUrl}` : ''}.`
    )
  } catch (error) {
    // GitHub refuses inputs the workflow does not declare (422 "Unexpected inputs provided").
    const inputs = onBranch
      ? ' for a pull request branch (its workflow_dispatch must declare the inputs base-branch and head-sha, as the example workflow does)'
      : ''
    couldNot(journal, 'autofix-dispatched', `Dispatch ${workflow}${inputs}`, {
      error,
      permission: 'actions: write'
    })
  }
}

const ALERT_CODES = {
  opened: 'alert-opened',
  updated: 'alert-updated',
  reopened: 'alert-reopened'
} as const

async function alert(
  gh: GitHubAccess,
  {classification, decision, run, drift}: ClassifyOutcome,
  journal: RunJournal
): Promise<void> {
  const where = run ? `${run.workflow} #${run.id}` : 'a local log'
  // The issue shows the verdict, what changed since the last green run and the failures, not this run's journal.
  const details = renderClassifySummary({
    classification,
    decision,
    sources: [],
    run,
    journal: [],
    drift
  })
  try {
    const result = await gh.api.raiseAlert(gh.client, gh.repo, await gh.botLogin(), {
      fingerprint: classification.fingerprint,
      title: `ci-medic: ${classification.category} in ${run?.workflow ?? 'CI'} (${classification.fingerprint.slice(0, 8)})`,
      details,
      failures: [...new Set(classification.failures.map(f => f.fingerprint))],
      occurrence: `Seen again in ${run ? `[${where}](${run.url})` : where}`
    })
    journal.done(
      ALERT_CODES[result.action],
      `Alert issue #${result.number} ${result.action} (occurrence ${result.occurrences}): ${result.url}`
    )
  } catch (error) {
    couldNot(journal, 'alert-opened', 'Open or update the alert issue', {
      error,
      permission: 'issues: write'
    })
  }
}
