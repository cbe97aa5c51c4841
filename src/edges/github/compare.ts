// Which files changed on a branch since a commit, as GitHub's compare API
// says (three-dot: since their merge base). Classify has no checkout, so this
// is how it sees "a commit since the last failed fix touched its files".
import type {GitHubClient} from './client.js'
import {statusOf} from './http-status.js'
import type {RepoRef} from './workflow-runs.js'

/** GitHub lists at most this many files in one comparison. */
export const COMPARE_FILE_CAP = 300

export interface ChangedSince {
  /** Paths changed (a rename counts as both names). */
  files: string[]
  /** False when GitHub's file cap was reached: more may have changed. */
  complete: boolean
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
    const {data} = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1
    })
    if (data.status === 'behind' || data.status === 'identical') return {files: [], complete: true}
    const files = (data.files ?? []).flatMap(f =>
      f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]
    )
    return {files, complete: (data.files ?? []).length < COMPARE_FILE_CAP}
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}
