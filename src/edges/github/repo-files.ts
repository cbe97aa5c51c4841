// Text files of one directory of the repository at a ref, through the
// contents API: how mode: patterns reads the docs an open learnings PR holds
// but the default branch does not have yet.
import type {GitHubClient} from './client.js'
import {statusOf} from './http-status.js'
import type {RepoRef} from './workflow-runs.js'

export interface RepoFile {
  path: string
  text: string
}

/**
 * The files of `dir` at `ref` whose names end with `suffix` (not recursive);
 * [] when the directory or the ref does not exist. At most `max` files.
 */
export async function readRepoDirectory(
  client: GitHubClient,
  repo: RepoRef,
  where: {dir: string; ref: string; suffix: string; max?: number}
): Promise<RepoFile[]> {
  let listing: unknown
  try {
    ;({data: listing} = await client.rest.repos.getContent({
      ...repo,
      path: where.dir,
      ref: where.ref
    }))
  } catch (error) {
    if (statusOf(error) === 404) return []
    throw error
  }
  if (!Array.isArray(listing)) return []
  const names = (listing as Array<{type?: string; path?: string; name?: string}>)
    .filter(e => e.type === 'file' && typeof e.path === 'string' && e.name?.endsWith(where.suffix))
    .map(e => e.path as string)
    .slice(0, where.max ?? 200)
  const files: RepoFile[] = []
  for (const path of names) {
    const {data} = await client.rest.repos.getContent({...repo, path, ref: where.ref})
    const file = data as {content?: string; encoding?: string}
    if (typeof file.content === 'string' && file.encoding === 'base64')
      files.push({path, text: Buffer.from(file.content, 'base64').toString('utf8')})
  }
  return files
}
