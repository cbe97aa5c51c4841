// The issues and comments ci-medic keeps its state in (the ledger, the
// learnings issue, self-heal's tracking issue), read the one way they may be
// trusted: written by the token's own login. Anyone can open an issue with the
// same title and label, or paste a marker into a comment of their own. A
// comment ci-medic keeps is rewritten in place, never duplicated.
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

/** Where ci-medic's own issues are: the repository, and the login its token writes as. */
export interface OwnIssueSite {
  client: GitHubClient
  repo: RepoRef
  botLogin: string
}

type IssueItem = Awaited<ReturnType<GitHubClient['rest']['issues']['listForRepo']>>['data'][number]
type CommentItem = Awaited<
  ReturnType<GitHubClient['rest']['issues']['listComments']>
>['data'][number]

/** The issues (open or closed, never pull requests) with `label` that the token's login opened, in the API's order. */
export async function ownLabelledIssues(site: OwnIssueSite, label: string): Promise<IssueItem[]> {
  const {client, repo, botLogin} = site
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    labels: label,
    per_page: 100
  })
  return issues.filter(i => !i.pull_request && i.user?.login === botLogin)
}

/** The token's login's comments on an issue whose body starts with `marker`, oldest first. */
export async function ownMarkedComments(
  site: OwnIssueSite,
  issueNumber: number,
  marker: string
): Promise<CommentItem[]> {
  const {client, repo, botLogin} = site
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100
  })
  return comments.filter(c => c.user?.login === botLogin && (c.body ?? '').startsWith(marker))
}

/** What writing a comment did, and where it is. */
export interface CommentWritten {
  url: string
  action: 'created' | 'updated'
}

/** Rewrites ci-medic's own comment `existingId` when there is one, else comments on the issue. */
export async function writeOwnComment(
  site: OwnIssueSite,
  issueNumber: number,
  existingId: number | undefined,
  body: string
): Promise<CommentWritten & {id: number}> {
  const {client, repo} = site
  if (existingId !== undefined) {
    const {data} = await client.rest.issues.updateComment({
      ...repo,
      comment_id: existingId,
      body
    })
    return {id: existingId, url: data.html_url, action: 'updated'}
  }
  const {data} = await client.rest.issues.createComment({
    ...repo,
    issue_number: issueNumber,
    body
  })
  return {id: data.id, url: data.html_url, action: 'created'}
}

/** ci-medic's one comment starting with `marker` (`body` starts with it too), rewritten, or created. */
export async function upsertOwnComment(
  site: OwnIssueSite,
  issueNumber: number,
  marker: string,
  body: string
): Promise<CommentWritten> {
  const [existing] = await ownMarkedComments(site, issueNumber, marker)
  const {url, action} = await writeOwnComment(site, issueNumber, existing?.id, body)
  return {url, action}
}
