// A comment made once on an issue or PR: found again by a hidden marker, so
// a rerun (or a later run) does not repeat it.
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

/** Posts `body` on issue or PR `number` unless a comment by `author` already carries `marker`. */
export async function commentOnce(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  comment: {marker: string; body: string; author: string}
): Promise<'commented' | 'present'> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100
  })
  if (
    comments.some(c => c.user?.login === comment.author && (c.body ?? '').includes(comment.marker))
  )
    return 'present'
  await client.rest.issues.createComment({...repo, issue_number: number, body: comment.body})
  return 'commented'
}
