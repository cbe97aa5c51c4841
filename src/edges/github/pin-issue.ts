// Pinning an issue to the top of the repository's issue list. GitHub offers
// it in GraphQL only (`pinIssue`, input {issueId}: the issue's REST node_id);
// octokit's `graphql` posts to <api url>/graphql, or <host>/api/graphql for a
// GitHub Enterprise Server API url ending in /api/v3. A GraphQL refusal comes
// back with HTTP 200 and an `errors` list (octokit throws it as a
// GraphqlResponseError); an HTTP refusal (401, 403, 5xx) is the client's
// GitHubApiError. `pinRefusal` turns either into one sentence that names the
// cause and what to do.
import {errorMessage} from '../../errors.js'
import type {GitHubClient} from './client.js'
import {describeGitHubError} from './errors.js'

const IS_PINNED = `query ciMedicIsPinned($id: ID!) {
  node(id: $id) { ... on Issue { isPinned } }
}`

const PIN = `mutation ciMedicPinIssue($id: ID!) {
  pinIssue(input: {issueId: $id}) { issue { isPinned } }
}`

/** Whether the issue (by node id) is pinned already. */
export async function isIssuePinned(client: GitHubClient, nodeId: string): Promise<boolean> {
  const data = await client.graphql<{node: {isPinned?: boolean} | null}>(IS_PINNED, {id: nodeId})
  return data.node?.isPinned === true
}

/** Pins the issue (by node id); rejects with GitHub's refusal. */
export async function pinIssue(client: GitHubClient, nodeId: string): Promise<void> {
  await client.graphql(PIN, {id: nodeId})
}

/** One GraphQL error as GitHub sends it (`type` is absent for some errors). */
export interface GraphqlError {
  type?: string
  message: string
}

/** The errors of a GraphQL answer octokit threw (GraphqlResponseError), else undefined. */
export function graphqlErrorsOf(error: unknown): GraphqlError[] | undefined {
  if (!(error instanceof Error) || error.name !== 'GraphqlResponseError') return undefined
  const errors = (error as Error & {errors?: unknown}).errors
  if (!Array.isArray(errors)) return undefined
  return errors.map(e => {
    const item = (e ?? {}) as {type?: unknown; message?: unknown}
    return {
      ...(typeof item.type === 'string' ? {type: item.type} : {}),
      message: typeof item.message === 'string' ? item.message : 'no message'
    }
  })
}

const AGAIN =
  'The next weekly run tries again, and stops trying once the issue is pinned (by hand too).'

/** The warning for an issue that could not be pinned: what GitHub said, and what to do. */
export function pinRefusal(error: unknown, issue?: {number: number; url: string}): string {
  const name = issue ? `The learnings issue #${issue.number}` : 'The learnings issue'
  const byHand = `pin it by hand ("Pin issue" on ${issue?.url ?? 'its page'})`
  const errors = graphqlErrorsOf(error)
  if (errors?.some(e => e.type === 'FORBIDDEN'))
    return `${name} was not pinned: GitHub refused the token (${said(errors)}). Pinning needs issues: write, and GitHub may refuse it to a workflow's GITHUB_TOKEN: ${byHand}, or give github-token a token that may pin (a GitHub App's, or a fine-grained token with Issues: write). ${AGAIN}`
  if (errors)
    return `${name} was not pinned: GitHub said ${said(errors)}. A repository pins at most 3 issues: unpin one, or ${byHand}. ${AGAIN}`
  const why = describeGitHubError(error, 'issues: write') || errorMessage(error)
  return `${name} was not pinned (${why.replace(/\.$/, '')}): ${byHand}. ${AGAIN}`
}

function said(errors: readonly GraphqlError[]): string {
  return errors.map(e => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ')
}
