// After a fix PR is opened or updated: ask for its review. The `reviewers`
// and `team-reviewers` inputs, plus, with `request-codeowners: true`, the
// CODEOWNERS owners of the files the fix touches (read from the checkout).
// Both fixing actions call this once per PR, and a publish job can too (it
// needs no checkout when CODEOWNERS is not asked for). Nothing here fails a
// run: a refusal, an unreadable CODEOWNERS line or a failed lookup is a
// warning, and the PR stays as it is.
import {ownersOf, parseCodeowners} from '../core/fixing/codeowners.js'
import {
  isEmptyRequest,
  planReviewRequest,
  type ReviewSettings
} from '../core/fixing/review-request.js'
import {readCodeownersFile} from '../edges/files/codeowners-file.js'
import type {GitHubClient} from '../edges/github/client.js'
import {describeGitHubError} from '../edges/github/errors.js'
import {
  pullReviewState,
  requestReviewers,
  type ReviewRequestResult
} from '../edges/github/review-requests.js'
import type {RepoRef} from '../edges/github/workflow-runs.js'
import type {Logger} from '../logger.js'

export interface FixReviewRequest {
  settings: ReviewSettings
  /** The checkout CODEOWNERS is read from (only with requestCodeowners). */
  root?: string
  /** Repository-relative paths the PR changes (for CODEOWNERS). */
  files: readonly string[]
}

export interface FixPull {
  client: GitHubClient
  repo: RepoRef
  /** The PR's number. */
  number: number
}

/** Requests the review of the PR; undefined when there was no one to ask (or no way to). */
export async function requestReviews(
  pull: FixPull,
  request: FixReviewRequest,
  logger: Logger
): Promise<ReviewRequestResult | undefined> {
  const {client, repo, number: pullNumber} = pull
  const owners = await codeownersOf(request, logger)
  const {reviewers, teamReviewers} = request.settings
  // The common case (no reviewers asked for) makes no request at all.
  if (!reviewers.length && !teamReviewers.length && !owners.length) return undefined
  let state
  try {
    state = await pullReviewState(client, repo, pullNumber)
  } catch (error) {
    logger.warning(
      `No review was requested on PR #${pullNumber}: the PR could not be read (${describeGitHubError(error, 'pull-requests: read')}).`
    )
    return undefined
  }
  const plan = planReviewRequest({
    settings: request.settings,
    owners,
    repoOwner: repo.owner,
    author: state.author
  })
  if (plan.leftOut.length)
    logger.info(`Not asked for review of PR #${pullNumber}: ${plan.leftOut.join(', ')}.`)
  // A rerun asks only those not asked yet (GitHub would notify them again).
  const asked = (list: string[]) => new Set(list.map(n => n.toLowerCase()))
  const askedUsers = asked(state.requested.reviewers)
  const askedTeams = asked(state.requested.teamReviewers)
  const names = {
    reviewers: plan.request.reviewers.filter(r => !askedUsers.has(r.toLowerCase())),
    teamReviewers: plan.request.teamReviewers.filter(t => !askedTeams.has(t.toLowerCase()))
  }
  if (isEmptyRequest(names)) return undefined
  return requestReviewers(client, repo, {pullNumber, names}, logger)
}

/** The CODEOWNERS owners of the files, when asked for; a skipped line is a warning. */
async function codeownersOf(request: FixReviewRequest, logger: Logger): Promise<string[]> {
  if (!request.settings.requestCodeowners || request.root === undefined) return []
  const file = await readCodeownersFile(request.root)
  if (!file) {
    logger.info(
      'request-codeowners is on, but the checkout has no CODEOWNERS (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).'
    )
    return []
  }
  const codeowners = parseCodeowners(file.text, file.path)
  for (const problem of codeowners.problems) logger.warning(problem)
  return ownersOf(codeowners, request.files)
}
