// Review requests on a fix PR (POST /repos/{owner}/{repo}/pulls/{n}/requested_reviewers).
// Asking for review is a courtesy on top of the PR, so it never fails a run:
// a 403 (the token lacks `pull-requests: write`) or a 422 (GitHub requests
// review only from collaborators, and teams with access) is one warning
// naming the cause, and the PR stays open without it. GitHub refuses the
// whole request when one name is not a collaborator; the others are then
// asked one by one, so one typo does not cost every review.
import {errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {statusOf, type GitHubClient} from './client.js'
import {describeGitHubError, isGitHubApiError} from './errors.js'
import type {RepoRef} from './workflow-runs.js'

export interface ReviewNames {
  /** Logins, without `@`. */
  reviewers: string[]
  /** Team slugs of the repository's organization. */
  teamReviewers: string[]
}

export interface PullReviewState {
  /** Who opened the PR (GitHub refuses to request the author's review). */
  author: string
  /** Who is asked already (a rerun does not ask again). */
  requested: ReviewNames
}

export interface ReviewRequestResult {
  /** Who was asked by this call. */
  requested: ReviewNames
  /** Who could not be asked (the warning says why). */
  refused: ReviewNames
}

/** Who to ask for review on which PR. */
export interface ReviewAsk {
  pullNumber: number
  names: ReviewNames
}

/** Lots of names make lots of single requests after a 422; past this, the warning is enough. */
const MAX_SINGLE_RETRIES = 15

/** The PR's author and the reviews it has requested already. */
export async function pullReviewState(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number
): Promise<PullReviewState> {
  const {data} = await client.rest.pulls.get({...repo, pull_number: pullNumber})
  return {
    author: data.user.login,
    requested: {
      reviewers: (data.requested_reviewers ?? []).map(u => u.login),
      teamReviewers: (data.requested_teams ?? []).map(t => t.slug)
    }
  }
}

/**
 * Requests `names` on PR `pullNumber`. Never throws for GitHub's refusals:
 * a 403 or 422 is a warning through `logger` naming the permission or the
 * collaborator rule; other failures are a warning with GitHub's message.
 */
export async function requestReviewers(
  client: GitHubClient,
  repo: RepoRef,
  ask: ReviewAsk,
  logger: Logger
): Promise<ReviewRequestResult> {
  const {pullNumber, names} = ask
  const none: ReviewNames = {reviewers: [], teamReviewers: []}
  try {
    await post(client, repo, pullNumber, names)
    logger.info(`Requested review of PR #${pullNumber} from ${listOf(names)}.`)
    return {requested: names, refused: none}
  } catch (error) {
    const total = names.reviewers.length + names.teamReviewers.length
    if (statusOf(error) !== 422 || total < 2 || total > MAX_SINGLE_RETRIES) {
      logger.warning(refusal(repo, pullNumber, names, error))
      return {requested: none, refused: names}
    }
  }
  return oneByOne(client, repo, ask, logger)
}

async function oneByOne(
  client: GitHubClient,
  repo: RepoRef,
  {pullNumber, names}: ReviewAsk,
  logger: Logger
): Promise<ReviewRequestResult> {
  const requested: ReviewNames = {reviewers: [], teamReviewers: []}
  const refused: ReviewNames = {reviewers: [], teamReviewers: []}
  let lastError: unknown
  const singles = [
    ...names.reviewers.map(r => ['reviewers', r] as const),
    ...names.teamReviewers.map(t => ['teamReviewers', t] as const)
  ]
  for (const [kind, name] of singles) {
    const one: ReviewNames = {reviewers: [], teamReviewers: []}
    one[kind].push(name)
    try {
      await post(client, repo, pullNumber, one)
      requested[kind].push(name)
    } catch (error) {
      refused[kind].push(name)
      lastError = error
    }
  }
  if (requested.reviewers.length + requested.teamReviewers.length > 0)
    logger.info(`Requested review of PR #${pullNumber} from ${listOf(requested)}.`)
  if (lastError !== undefined) logger.warning(refusal(repo, pullNumber, refused, lastError))
  return {requested, refused}
}

async function post(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  names: ReviewNames
): Promise<void> {
  await client.rest.pulls.requestReviewers({
    ...repo,
    pull_number: pullNumber,
    reviewers: names.reviewers,
    team_reviewers: names.teamReviewers
  })
}

/** `@alice, @bob and team @org/backend`, for log lines. */
function listOf(names: ReviewNames, org?: string): string {
  const all = [
    ...names.reviewers.map(r => `@${r}`),
    ...names.teamReviewers.map(t => `team ${org ? `${org}/` : ''}${t}`)
  ]
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1)}` : (all[0] ?? 'no one')
}

/** One warning line: who was not asked, and what to change. */
function refusal(repo: RepoRef, pullNumber: number, names: ReviewNames, error: unknown): string {
  const who = `Review of PR #${pullNumber} was not requested from ${listOf(names, repo.owner)}`
  const status = statusOf(error)
  const said = isGitHubApiError(error) ? error.githubMessage : errorMessage(error)
  if (status === 422)
    return `${who}: reviewers must be collaborators of ${repo.owner}/${repo.repo} (a team needs access to it), and GitHub refused (422: ${said}). Fix the reviewers or team-reviewers input, or the CODEOWNERS entry. The PR is open without the request.`
  if (status === 401 || status === 403) {
    const described = describeGitHubError(error, 'pull-requests: write')
    const needs = /pull-requests: write/.test(described)
      ? ''
      : " Requesting reviewers needs 'pull-requests: write'."
    return `${who}: ${described}${needs} The PR is open without the request.`
  }
  return `${who} (${describeGitHubError(error)}). The PR is open without the request.`
}
