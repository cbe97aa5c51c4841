// The PRs a fixing action opened lately: what a daily cap counts. Pull
// requests are listed newest first and the listing stops at the first one
// older than the window, so a repository with years of PRs costs one page.
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export interface RecentPullsQuery {
  /** Only PRs this login opened (the token's own). */
  author: string
  /** Only PRs whose head branch starts with this, e.g. `fix/sentry-`. */
  branchPrefix: string
  /** Epoch ms: PRs created at or after this count, whatever their state now. */
  since: number
}

export interface RecentPull {
  number: number
  url: string
  head: string
  createdAt: string
}

/** The PRs `author` opened from `branchPrefix` branches since `since` (open, merged or closed). */
export async function recentPulls(
  client: GitHubClient,
  repo: RepoRef,
  query: RecentPullsQuery
): Promise<RecentPull[]> {
  const found: RecentPull[] = []
  const pages = client.paginate.iterator(client.rest.pulls.list, {
    ...repo,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100
  })
  for await (const {data} of pages) {
    for (const pull of data) {
      if (Date.parse(pull.created_at) < query.since) return found
      if (pull.user?.login !== query.author || !pull.head.ref.startsWith(query.branchPrefix))
        continue
      found.push({
        number: pull.number,
        url: pull.html_url,
        head: pull.head.ref,
        createdAt: pull.created_at
      })
    }
  }
  return found
}
