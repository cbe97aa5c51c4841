// What a feature build asks GitHub about the issue: the issue itself (its
// text is the spec, its author_association says whether that text is
// trusted), the labeler's repository permission, and the one comment a
// refused build leaves on the issue.
import type {GateIssue, IssueSpec} from '../../../core/feature/index.js'
import {resolveBotLogin} from '../../../edges/github/bot-identity.js'
import {commentOnce} from '../../../edges/github/pull-comments.js'
import type {GitHubSide} from '../deps.js'

export type FeatureIssue = IssueSpec & GateIssue

export async function readIssue(github: GitHubSide, number: number): Promise<FeatureIssue> {
  const {data} = await github.client.rest.issues.get({...github.repo, issue_number: number})
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state,
    authorAssociation: data.author_association ?? 'NONE',
    author: data.user?.login ?? 'ghost',
    isPullRequest: data.pull_request !== undefined && data.pull_request !== null
  }
}

/** The user's permission on the repository: admin, maintain, write, triage, read or none. */
export async function permissionOf(github: GitHubSide, username: string): Promise<string> {
  const {data} = await github.client.rest.repos.getCollaboratorPermissionLevel({
    ...github.repo,
    username
  })
  // role_name carries `maintain` and `triage`, which the legacy `permission` folds into write/read.
  return data.role_name === 'maintain' ? 'maintain' : data.permission
}

const MARKER = (what: string): string => `<!-- ci-medic:feature ${what} -->`

/** One comment on the issue (a rerun with the same reason does not repeat it). */
export async function commentOnIssue(
  github: GitHubSide,
  number: number,
  comment: {what: string; body: string}
): Promise<'commented' | 'present'> {
  const marker = MARKER(comment.what)
  return commentOnce(github.client, github.repo, number, {
    marker,
    body: `${comment.body}\n\n${marker}`,
    author: await resolveBotLogin(github.client)
  })
}
