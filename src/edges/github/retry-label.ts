// A person's "try once more": the `ci-medic:retry` label on an alert issue.
// Only a label put on by someone with write access counts (the issue's
// events say who; the collaborator permission says what they may do), and
// only alerts ci-medic opened (their author is a bot, their body carries the
// alert marker). The label is taken off after the attempt, so it means one
// more try, not forever.
import type {RetryAsk} from '../../core/ledger/retry-policy.js'
import {errorMessage} from '../../errors.js'
import {alertFingerprintsOf, ALERT_LABEL} from './alert-issues.js'
import type {GitHubClient} from './client.js'
import {statusOf} from './http-status.js'
import type {RepoRef} from './workflow-runs.js'

export const RETRY_LABEL = 'ci-medic:retry'

/** Roles (legacy `permission` names) that may ask for a retry. */
const MAY_ASK = new Set(['admin', 'write'])

export interface RetryLabels {
  asks: RetryAsk[]
  /** Labels that do not count, in plain words (put on by someone without write access). */
  ignored: string[]
}

/** The retry labels on ci-medic's alert issues, each with who put it on and when. */
export async function findRetryLabels(
  client: GitHubClient,
  repo: RepoRef,
  botLogin: string
): Promise<RetryLabels> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    labels: `${ALERT_LABEL},${RETRY_LABEL}`,
    per_page: 100
  })
  const out: RetryLabels = {asks: [], ignored: []}
  for (const issue of issues) {
    const author = issue.user
    const ours = author?.login === botLogin || author?.type === 'Bot'
    const fingerprints = alertFingerprintsOf(issue.body ?? '')
    if (issue.pull_request || !ours || fingerprints.length === 0) continue
    const labelled = await lastLabelled(client, repo, issue.number)
    if (!labelled) continue
    if (!(await mayWrite(client, repo, labelled.by))) {
      out.ignored.push(
        `the ${RETRY_LABEL} label on #${issue.number} was put on by @${labelled.by}, who has no write access to the repository`
      )
      continue
    }
    out.asks.push({fingerprints, issue: issue.number, ...labelled})
  }
  return out
}

/** Who put the retry label on last, and when. */
async function lastLabelled(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number
): Promise<{by: string; at: string} | undefined> {
  const events = await client.paginate(client.rest.issues.listEvents, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100
  })
  const labelled = events.filter(
    e =>
      e.event === 'labeled' &&
      'label' in e &&
      e.label.name.toLowerCase() === RETRY_LABEL &&
      e.actor?.login
  )
  const last = labelled.at(-1)
  return last?.actor ? {by: last.actor.login, at: last.created_at} : undefined
}

async function mayWrite(client: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  try {
    const {data} = await client.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: login
    })
    return MAY_ASK.has(data.permission)
  } catch (error) {
    // 404: not a collaborator at all.
    if (statusOf(error) === 404) return false
    throw error
  }
}

/**
 * Takes the label off after the attempt. Already gone (404) is fine; any
 * other refusal is returned as plain words for one warning.
 */
export async function removeRetryLabel(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number
): Promise<string | undefined> {
  try {
    await client.rest.issues.removeLabel({...repo, issue_number: issueNumber, name: RETRY_LABEL})
    return undefined
  } catch (error) {
    const status = statusOf(error)
    if (status === 404) return undefined
    const why =
      status === 403 ? "GitHub answered 403: the token lacks 'issues: write'" : errorMessage(error)
    return `The ${RETRY_LABEL} label could not be taken off #${issueNumber} (${why}); take it off by hand (this attempt spent it).`
  }
}
