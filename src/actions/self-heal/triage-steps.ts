// Reading and triage (every unresolved Sentry issue and its latest event,
// mapped onto the repository's files, grouped and decided), then alerts for
// a human on rate storms, once per workflow run.
import {
  alertRaisedBy,
  alreadyHandledFrom,
  attachToKnownGroups,
  handledGroupsFrom,
  recordAlert,
  stormAlert,
  triage,
  triageOptionsFrom,
  type TriagedIssue
} from '../../core/self-heal/index.js'
import {raiseAlert} from '../../edges/github/alert-issues.js'
import {listTrackedFiles} from '../../edges/workspace/index.js'
import {describeGitHubError, missingPermission} from '../../edges/github/errors.js'
import type {SelfHealDeps} from './deps.js'
import {readCandidates} from './read-errors.js'
import {proposes, runUrlOf, type SelfHealRun} from './run-state.js'

export async function readAndTriage(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {settings} = deps
  run.tracked = await listTrackedFiles(deps.context.workspace)
  if (!run.tracked) {
    run.journal.couldNot(
      'frames-mapped',
      'The workspace is not a git checkout, so frames are not mapped to repository files.'
    )
  }
  run.candidates = await readCandidates({
    sentry: deps.sentry,
    settings,
    logger: deps.io.logger,
    journal: run.journal
  })
  run.triage = triage(
    run.candidates,
    triageOptionsFrom(settings, {
      now: run.now,
      repoFiles: run.tracked,
      alreadyHandled: alreadyHandledFrom(run.state),
      handledGroups: handledGroupsFrom(run.state)
    })
  )
  // New Sentry issues of a bug that already has a fix join that fix's record.
  run.state = attachToKnownGroups(run.state, run.triage.issues)
}

export async function raiseAlerts(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const runId = String(deps.context.runId)
  for (const issue of run.triage.alerts) {
    if (proposes(deps, run)) {
      proposeStormAlert(deps, run, issue)
      continue
    }
    let raised
    try {
      raised = await raiseStormAlert(deps, run, issue)
    } catch (error) {
      run.journal.couldNot(
        'alert-opened',
        `The alert issue for ${issue.shortId} could not be written (${describeGitHubError(error, 'issues: write')}).`,
        missingPermission(error)
      )
      continue
    }
    run.alerts.push({shortId: issue.shortId, url: raised.url, action: raised.action})
    const {number, url} = raised
    run.state = recordAlert(run.state, {issueId: issue.id, number, url, runId})
  }
}

/** publish: separate-job: the publish job raises it (and a re-run of this run raises nothing new). */
function proposeStormAlert(deps: SelfHealDeps, run: SelfHealRun, issue: TriagedIssue): void {
  const runId = String(deps.context.runId)
  if (alertRaisedBy(run.state, issue.id, runId)) return
  const content = stormAlert({
    issue,
    org: deps.settings.sentryOrg,
    runId,
    runUrl: runUrlOf(deps.context)
  })
  run.proposed.alerts.push({key: issue.id, ...content})
  run.journal.fact(
    'publish',
    `The alert issue for ${issue.shortId} is proposed to the publish job.`
  )
}

/** One alert issue per storming Sentry issue; a re-run of the same workflow run raises nothing new. */
async function raiseStormAlert(
  deps: SelfHealDeps,
  run: SelfHealRun,
  issue: TriagedIssue
): Promise<{url: string; number: number; action: string}> {
  const github = deps.github!
  const runId = String(deps.context.runId)
  const known = alertRaisedBy(run.state, issue.id, runId)
  if (known) return {url: known.url, number: known.number, action: 'unchanged'}
  const raised = await raiseAlert(
    github.client,
    github.repo,
    github.botLogin,
    stormAlert({issue, org: deps.settings.sentryOrg, runId, runUrl: runUrlOf(deps.context)})
  )
  run.journal.done(`alert-${raised.action}`, `Alert issue for ${issue.shortId}: ${raised.url}.`)
  return raised
}
