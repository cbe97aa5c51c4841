// Publishing verified fixes: one branch per failure fingerprint (or per day
// for scheduled runs), pushed with a lease so a branch that moved is never
// overwritten blindly, and one PR, updated on reruns instead of duplicated,
// and closed when a rerun finds nothing left to fix.
import type {GitHubClient} from '../../edges/github/client.js'
import {closeStalePullRequest, upsertPullRequest} from '../../edges/github/pull-requests.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import type {GitWorkspace} from '../../edges/workspace/index.js'
import type {Logger} from '../../logger.js'
import type {AutofixSettings} from '../../settings/autofix-settings.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import {pushWithLease} from '../../engine/push-branch.js'

export interface Publication {
  branch: string
  prUrl: string
  prNumber: number
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none'
}

export function branchName(
  settings: Pick<AutofixSettings, 'branchPrefix' | 'fingerprint'>,
  now: Date
): string {
  const suffix = settings.fingerprint || now.toISOString().slice(0, 10)
  return `${settings.branchPrefix}${suffix}`.replace(/[^\w./-]+/g, '-')
}

export interface PublishRequest {
  client: GitHubClient
  repo: RepoRef
  git: GitWorkspace
  settings: AutofixSettings
  branch: string
  base: string
  title: string
  body: string
  /** Verified fixes were committed in this run. */
  hasFixes: boolean
  logger: Logger
  log: DecisionLog
}

export async function publish(request: PublishRequest): Promise<Publication> {
  const {client, repo, git, settings, branch, base, logger, log} = request
  if (!request.hasFixes) {
    const closed = await closeStalePullRequest(
      client,
      repo,
      branch,
      base,
      'ci-medic autofix ran again and found nothing left to fix on this branch’s failure, so this PR is closed.',
      logger
    )
    if (closed.closed) log.record('published', {action: 'closed', number: closed.number})
    return {
      branch: '',
      prUrl: '',
      prNumber: closed.number ?? 0,
      action: closed.closed ? 'closed' : 'none'
    }
  }

  const expected = await pushWithLease(git, branch, settings.githubToken, 'autofix')
  log.record('published', {branch, replaced: expected})
  const pr = await upsertPullRequest(
    client,
    repo,
    {
      head: branch,
      base,
      title: request.title,
      body: request.body,
      draft: settings.draft,
      labels: settings.labels
    },
    logger
  )
  log.record('published', {action: pr.action, number: pr.number, url: pr.url})
  return {branch, prUrl: pr.url, prNumber: pr.number, action: pr.action}
}
