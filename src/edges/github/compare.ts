// Which files changed on a branch since a commit, as GitHub's compare API
// says (three-dot: since their merge base). Classify has no checkout, so this
// is how it sees "a commit since the last failed fix touched its files", and
// whether the repository's code changed between the last green run and a
// failed one.
import type {CommitComparison} from '../../core/classify/code-change.js'
import type {GitHubClient} from './client.js'
import {describeGitHubError} from './errors.js'
import {statusOf} from './http-status.js'
import type {RepoRef} from './workflow-runs.js'

export type {CommitComparison}

/** GitHub lists at most this many files in one comparison. */
export const COMPARE_FILE_CAP = 300

export interface ChangedSince {
  /** Paths changed (a rename counts as both names). */
  files: string[]
  /** False when GitHub's file cap was reached: more may have changed. */
  complete: boolean
}

/**
 * How `head` differs from `base` (from their merge base), in one request: the
 * status, the commit count, and the files (the first page holds them all, up to
 * GitHub's cap). Errors are thrown (a 404 for an unknown commit).
 */
export async function compareCommits(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string
): Promise<CommitComparison> {
  const {data} = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1
  })
  const files = (data.files ?? []).map(f => ({
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename ? {previous: f.previous_filename} : {})
  }))
  return {
    status: data.status,
    totalCommits: data.total_commits,
    behindBy: data.behind_by,
    files,
    complete: files.length < COMPARE_FILE_CAP
  }
}

/**
 * The files changed from `base` to `head`, or undefined when GitHub cannot
 * compare them (an unknown commit: force-pushed away, or another repository's;
 * no common ancestor). Other errors are thrown.
 */
export async function filesChangedSince(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string
): Promise<ChangedSince | undefined> {
  try {
    const data = await compareCommits(client, repo, base, head)
    if (data.status === 'behind' || data.status === 'identical') return {files: [], complete: true}
    const files = data.files.flatMap(f => (f.previous ? [f.filename, f.previous] : [f.filename]))
    return {files, complete: data.complete}
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** Why a comparison failed, in words that name the fix. */
export function describeCompareError(error: unknown): string {
  const status = statusOf(error)
  if (status === 404)
    return 'GitHub answered 404: a commit is gone (force-pushed away) or the token cannot see it'
  if (status === 410) return 'GitHub answered 410: the comparison is no longer available'
  return describeGitHubError(error, 'contents: read')
}
