// P0 = fix + alert: after the heal step, each P0 group (a crash, data loss
// or an auth bypass) gets an alert issue for a human, the same
// one-issue-per-key alert issue as rate storms, linking the fix PR this run
// opened or saying why there is none. A re-run of the same workflow run
// raises nothing new; a later run comments on the same issue. Groups already
// alerted as rate storms are left to that alert. A dry run says what it
// would have raised.
import {
  alertRaisedBy,
  p0Alert,
  p0AlertKey,
  recordAlert,
  type TriageGroup,
  type TriagedIssue
} from '../../core/self-heal/index.js'
import {p0PullLink} from '../../core/self-heal/p0-link.js'
import {raiseAlert} from '../../edges/github/alert-issues.js'
import {commentOnce} from '../../edges/github/pull-comments.js'
import {describeGitHubError, missingPermission} from '../../edges/github/errors.js'
import type {SelfHealDeps} from './deps.js'
import {proposes, runUrlOf, writes, type SelfHealRun} from './run-state.js'

interface P0Group {
  group: TriageGroup
  members: TriagedIssue[]
}

/** The P0 groups that are not rate storms (those have their alert already), members best first. */
export function p0Groups(run: SelfHealRun): P0Group[] {
  const byId = new Map(run.triage.issues.map(i => [i.id, i]))
  return run.triage.groups
    .filter(g => g.severity === 'P0' && g.decision !== 'alert')
    .map(group => ({
      group,
      members: group.issueIds
        .flatMap(id => byId.get(id) ?? [])
        .filter(m => m.severity === 'P0')
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    }))
}

export async function raiseP0Alerts(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const runId = String(deps.context.runId)
  for (const p0 of p0Groups(run)) {
    const shortIds = p0.members.map(m => m.shortId).join(', ')
    const content = p0Alert({
      ...p0,
      result: run.results.find(r => r.group === p0.group.id),
      org: deps.settings.sentryOrg,
      runId,
      runUrl: runUrlOf(deps.context),
      dryRun: deps.settings.dryRun
    })
    const key = p0AlertKey(p0.group.id)
    if (proposes(deps, run)) {
      // The publish job opens it, and links the PR it opens for the group's branch.
      const result = run.results.find(r => r.group === p0.group.id)
      const branch = result?.verdict === 'fixed' ? result.branch : undefined
      if (!alertRaisedBy(run.state, key, runId))
        run.proposed.alerts.push({key, ...content, ...(branch ? {branch} : {})})
      run.journal.fact(
        'publish',
        `The P0 alert issue for ${shortIds} is proposed to the publish job.`
      )
      continue
    }
    if (!writes(deps, run)) {
      run.journal.fact('dry-run', `Would open (or comment on) the P0 alert issue for ${shortIds}.`)
      continue
    }
    const known = alertRaisedBy(run.state, key, runId)
    if (known) {
      run.alerts.push({shortId: shortIds, url: known.url, action: 'unchanged'})
      await linkFromPull(deps, run, p0, known.number)
      continue
    }
    try {
      const github = deps.github!
      const raised = await raiseAlert(github.client, github.repo, github.botLogin, content)
      run.journal.done(`alert-${raised.action}`, `P0 alert issue for ${shortIds}: ${raised.url}.`)
      run.alerts.push({shortId: shortIds, url: raised.url, action: raised.action})
      run.state = recordAlert(run.state, {
        issueId: key,
        number: raised.number,
        url: raised.url,
        runId
      })
      await linkFromPull(deps, run, p0, raised.number)
    } catch (error) {
      run.journal.couldNot(
        'alert-opened',
        `The P0 alert issue for ${shortIds} could not be written (${describeGitHubError(error, 'issues: write')}).`,
        missingPermission(error)
      )
    }
  }
}

/** The group's fix PR (opened or updated by this run) links its alert issue, once (core/self-heal/p0-link.ts). */
async function linkFromPull(
  deps: SelfHealDeps,
  run: SelfHealRun,
  p0: P0Group,
  alertNumber: number
): Promise<void> {
  const pr = run.results.find(r => r.group === p0.group.id)?.prNumber
  if (pr === undefined) return
  const github = deps.github!
  const link = p0PullLink({alertNumber, shortIds: p0.members.map(m => m.shortId)})
  try {
    const done = await commentOnce(github.client, github.repo, pr, {
      ...link,
      author: github.botLogin
    })
    if (done === 'commented') deps.io.logger.info(`PR #${pr} links the P0 alert #${alertNumber}.`)
  } catch (error) {
    run.journal.couldNot(
      'alert-opened',
      `PR #${pr} could not be linked to its P0 alert #${alertNumber} (${describeGitHubError(error, 'pull-requests: write')}).`,
      missingPermission(error)
    )
  }
}
