// self-heal's PR for one verified group, once its branch is pushed: the same
// code whether the heal job pushes (publish: same-job) or the publish
// command does (separate-job), so both open or update the PR the same way
// (a diverted push says why in the body), and both count the daily cap the
// same way.
import {divertedNote} from '../core/fixing/index.js'
import {DAY_MS, SENTRY_BRANCH_PREFIX} from '../core/self-heal/index.js'
import type {GitHubClient} from '../edges/github/client.js'
import {
  upsertPullRequest,
  type PullRequestRequest,
  type PullRequestResult
} from '../edges/github/pull-requests.js'
import {recentPulls} from '../edges/github/recent-pulls.js'
import type {RepoRef} from '../edges/github/workflow-runs.js'
import type {Logger} from '../logger.js'
import type {Pushed} from './push-branch.js'

export interface HealPullRequest {
  pr: PullRequestResult
  /** Set when the group's branch had commits ci-medic did not push: why the fix went elsewhere. */
  diverted?: string
}

/** Opens (or updates) the PR of the pushed branch; everything but its head comes from `request`. */
export async function openHealPullRequest(
  github: {client: GitHubClient; repo: RepoRef},
  pushed: Pushed,
  request: Omit<PullRequestRequest, 'head'>,
  logger: Logger
): Promise<HealPullRequest> {
  const diverted = pushed.diverted
    ? divertedNote(pushed.diverted.from, pushed.diverted.theirs, pushed.branch)
    : undefined
  if (diverted) logger.warning(diverted)
  const body = diverted ? `> ${diverted}\n\n${request.body}` : request.body
  const pr = await upsertPullRequest(
    github.client,
    github.repo,
    {...request, head: pushed.branch, body},
    logger
  )
  return diverted ? {pr, diverted} : {pr}
}

/** The fix/sentry-* PRs `botLogin` opened in the 24 hours before `now` (open, merged or closed). */
export async function healPullsToday(
  github: {client: GitHubClient; repo: RepoRef},
  botLogin: string,
  now: number
): Promise<number> {
  const pulls = await recentPulls(github.client, github.repo, {
    author: botLogin,
    branchPrefix: SENTRY_BRANCH_PREFIX,
    since: now - DAY_MS
  })
  return pulls.length
}
