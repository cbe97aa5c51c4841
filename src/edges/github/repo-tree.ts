// The files of the repository at a commit, from GitHub's git trees API in one
// request (recursive): classify has no checkout, and this is how it tells
// whether a JVM stack frame's `Invoice.java` is one of the repository's files.
// GitHub lists at most 100,000 entries (7 MB) and says so with `truncated`.
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export interface RepositoryTree {
  /** The files' paths (blobs only). */
  paths: string[]
  /** True when GitHub listed only part of the tree. */
  truncated: boolean
}

/** The repository's files at `ref` (a commit SHA or a branch). Errors are thrown. */
export async function repositoryTree(
  client: GitHubClient,
  repo: RepoRef,
  ref: string
): Promise<RepositoryTree> {
  const {data} = await client.rest.git.getTree({...repo, tree_sha: ref, recursive: 'true'})
  return {
    paths: data.tree.flatMap(e => (e.type === 'blob' && e.path ? [e.path] : [])),
    truncated: data.truncated
  }
}
