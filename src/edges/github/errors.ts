// GitHub's error answers as one typed error. createGitHubClient converts
// every failed request (after plugin-retry and plugin-throttling had their
// turn) into a GitHubApiError, or a NetworkError when no answer came, so
// every caller can name the permission a request needs, tell a 404 from an
// outage, and keep reading `status` (statusOf) as before.
// No octokit value imports: the run wrapper loads this module at start-up.
import {errorMessage, NetworkError, toNetworkError} from '../../errors.js'
import {statusOf} from './http-status.js'

/** What kind of answer it was, from the status (and, for 403, the rate-limit signs). */
export type GitHubErrorKind =
  'auth' | 'permission' | 'not-found' | 'validation' | 'rate-limit' | 'server' | 'other'

export interface GitHubApiErrorInit {
  status: number
  method: string
  /** The request URL (absolute, values filled in). */
  url: string
  /** The route as octokit knew it, e.g. `/repos/{owner}/{repo}/pulls`; defaults to the URL's path. */
  route?: string
  /** GitHub's JSON body (or text), as octokit parsed it. */
  data?: unknown
  headers?: Record<string, string | number | undefined>
  /** The original error (octokit's RequestError), kept as `cause`, `request` and `response`. */
  cause?: unknown
}

/** A GitHub REST answer with a 4xx or 5xx status. `status` is a number, so statusOf keeps working. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  readonly status: number
  readonly kind: GitHubErrorKind
  readonly method: string
  readonly url: string
  /** The path with its values and without the query, e.g. `/repos/acme/widgets/pulls`. */
  readonly path: string
  /** The route template when octokit knew one (`/repos/{owner}/{repo}/pulls`), else `path`. */
  readonly route: string
  /** GitHub's own message (with its `errors` details), one line. */
  readonly githubMessage: string
  readonly documentationUrl: string | undefined
  /** The workflow permission the request needs, e.g. `pull-requests: write`; undefined when none can grant it. */
  readonly needs: string | undefined
  /** What to do about it: the sentence after the colon of `message`. */
  readonly hint: string
  /** octokit's request (token redacted) and response, for callers that read them as before. */
  readonly request: unknown
  readonly response: {status: number; url: string; headers: object; data: unknown} | undefined

  constructor(init: GitHubApiErrorInit) {
    const method = init.method.toUpperCase()
    const path = pathOf(init.url)
    const route = init.route ? pathOf(init.route) : path
    const githubMessage = messageOfBody(init.data)
    const kind = kindOf(init.status, githubMessage, init.headers ?? {})
    const needs = permissionNeeded(method, route)
    const hint = hintFor(kind, needs, githubMessage)
    const said = `${init.status}: ${githubMessage || 'no message'}`
    const opening =
      kind === 'auth' || kind === 'permission'
        ? `GitHub refused ${method} ${path} (${said})`
        : `GitHub answered ${init.status} to ${method} ${path} (${githubMessage || 'no message'})`
    super(hint ? `${opening}: ${hint}` : `${opening}.`, {cause: init.cause})
    this.status = init.status
    this.kind = kind
    this.method = method
    this.url = init.url
    this.path = path
    this.route = route
    this.githubMessage = githubMessage
    this.documentationUrl = documentationUrlOf(init.data)
    this.needs = needs
    this.hint = hint
    this.request = (init.cause as {request?: unknown} | undefined)?.request
    this.response = {
      status: init.status,
      url: init.url,
      headers: init.headers ?? {},
      data: init.data
    }
  }
}

export function isGitHubApiError(error: unknown): error is GitHubApiError {
  return error instanceof GitHubApiError
}

// ---------------------------------------------------------------- permissions

const REPO = String.raw`^/repos/[^/]+/[^/]+`

/**
 * THE table: which workflow permission a REST route needs (`read` for GET
 * and HEAD, `write` otherwise). Routes are matched on their path, template
 * (`{owner}`) or filled in alike; the first row that matches wins.
 */
const PERMISSION_TABLE: readonly {path: RegExp; permission: string; readOnly?: true}[] = [
  {path: new RegExp(`${REPO}/commits/[^/]+/(check-runs|check-suites)(/|$)`), permission: 'checks'},
  {path: new RegExp(`${REPO}/commits/[^/]+/status(es)?(/|$)`), permission: 'statuses'},
  {path: new RegExp(`${REPO}/(check-runs|check-suites)(/|$)`), permission: 'checks'},
  {path: new RegExp(`${REPO}/statuses(/|$)`), permission: 'statuses'},
  {path: new RegExp(`${REPO}/pulls(/|$)`), permission: 'pull-requests'},
  {path: new RegExp(`${REPO}/(issues|labels|milestones)(/|$)`), permission: 'issues'},
  {path: new RegExp(`${REPO}/actions(/|$)`), permission: 'actions'},
  {path: new RegExp(`${REPO}/deployments(/|$)`), permission: 'deployments'},
  {
    path: new RegExp(
      `${REPO}/(contents|git|branches|commits|compare|merges|releases|tarball|zipball|readme)(/|$)`
    ),
    permission: 'contents'
  },
  {path: new RegExp(`${REPO}/?$`), permission: 'metadata', readOnly: true}
]

/**
 * The workflow permission `method route` needs, e.g. `pull-requests: write`
 * for `POST /repos/{owner}/{repo}/pulls`; undefined for routes no workflow
 * permission grants (`GET /user`). GitHub Enterprise's `/api/v3` prefix and
 * absolute URLs are fine.
 */
export function permissionNeeded(method: string, route: string): string | undefined {
  const path = pathOf(route)
  const row = PERMISSION_TABLE.find(r => r.path.test(path))
  if (!row) return undefined
  const read = row.readOnly || ['GET', 'HEAD'].includes(method.toUpperCase())
  return `${row.permission}: ${read ? 'read' : 'write'}`
}

/** `https://ghe.example/api/v3/repos/o/r/pulls?x=1` → `/repos/o/r/pulls`. */
function pathOf(url: string): string {
  const path = url
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/api\/v3(?=\/)/, '')
  return path.startsWith('/') ? path : `/${path}`
}

// ---------------------------------------------------------------- messages

const ACTIONS_CANNOT_CREATE_PRS =
  'allow it under Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App or personal access token.'

function kindOf(
  status: number,
  message: string,
  headers: Record<string, string | number | undefined>
): GitHubErrorKind {
  if (status === 429) return 'rate-limit'
  if (
    status === 403 &&
    (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message))
  )
    return 'rate-limit'
  if (status === 401) return 'auth'
  if (status === 403) return 'permission'
  if (status === 404) return 'not-found'
  if (status === 422) return 'validation'
  if (status >= 500) return 'server'
  return 'other'
}

function hintFor(kind: GitHubErrorKind, needs: string | undefined, message: string): string {
  switch (kind) {
    case 'auth':
      return 'the token was not accepted (missing, expired or revoked): check the github-token input.'
    case 'permission':
      if (/not permitted to create or approve pull requests/i.test(message))
        return ACTIONS_CANNOT_CREATE_PRS
      return needs
        ? `the token needs '${needs}'. Add it under permissions: in the workflow.`
        : 'the token may not do this: check its permissions and the repository settings.'
    case 'not-found':
      return `it does not exist, or the token cannot see it${needs ? ` (seeing it takes '${needs}')` : ''}.`
    case 'rate-limit':
      return "GitHub's rate limit was reached and the wait would be too long: try again later."
    case 'server':
      return 'GitHub had a problem answering: try again later.'
    default:
      return ''
  }
}

/** GitHub's `message` plus the messages of its `errors`, on one line (HTML pages flattened and cut). */
export function messageOfBody(data: unknown): string {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const {message, errors} = data as {message?: unknown; errors?: unknown}
    const details = Array.isArray(errors)
      ? errors.map(e =>
          e && typeof e === 'object' && 'message' in e
            ? String((e as {message: unknown}).message)
            : typeof e === 'string'
              ? e
              : JSON.stringify(e)
        )
      : []
    const text = [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ')
    return oneLine(text)
  }
  if (typeof data === 'string') return oneLine(data.replace(/<[^>]*>/g, ' '))
  return ''
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

function documentationUrlOf(data: unknown): string | undefined {
  const url = (data as {documentation_url?: unknown} | undefined)?.documentation_url
  return typeof url === 'string' ? url : undefined
}

// ---------------------------------------------------------------- conversion

interface OctokitRequestError {
  status: number
  request: {method: string; url: string}
  response?: {status: number; url: string; headers: Record<string, string>; data: unknown}
}

function isOctokitRequestError(error: unknown): error is OctokitRequestError {
  const request = (error as {request?: {method?: unknown; url?: unknown}} | null)?.request
  return (
    typeof statusOf(error) === 'number' &&
    typeof request?.method === 'string' &&
    typeof request.url === 'string'
  )
}

/**
 * A failed octokit request as a GitHubApiError (an answer with status ≥ 400)
 * or a NetworkError (no answer), naming GITHUB_API_URL; anything else, and
 * errors already converted, are returned unchanged. `route` is the request's
 * options as octokit's hooks see them (method and route template).
 */
export function toGitHubError(error: unknown, route?: {method?: string; url?: string}): unknown {
  if (error instanceof GitHubApiError || error instanceof NetworkError) return error
  if (!isOctokitRequestError(error)) return error
  const {request, response} = error
  if (!response) {
    return (
      toNetworkError(error, {service: 'GitHub API', url: request.url, input: 'GITHUB_API_URL'}) ??
      error
    )
  }
  if (response.status < 400) return error
  return new GitHubApiError({
    status: response.status,
    method: request.method,
    url: request.url,
    route: route?.url,
    data: response.data,
    headers: response.headers,
    cause: error
  })
}

/**
 * One line for a warning about a failed GitHub request: the permission to
 * add (401/403), what a 404 means, that GitHub or the network failed, or the
 * message. `needs` names the permission when the error does not know it
 * (an error from elsewhere with a 401/403 status).
 */
export function describeGitHubError(error: unknown, needs?: string): string {
  if (error instanceof GitHubApiError || error instanceof NetworkError) return error.message
  const status = statusOf(error)
  if ((status === 401 || status === 403) && needs)
    return `the token lacks '${needs}' (GitHub answered ${status}). Add it under permissions: in the workflow.`
  if (status === 404)
    return 'GitHub answered 404 (the token may not see this repository, or the resource does not exist).'
  return errorMessage(error)
}

/** The permission a failed request needs, when it was a GitHub refusal (401/403). */
export function missingPermission(error: unknown): string | undefined {
  return error instanceof GitHubApiError && error.kind === 'permission' ? error.needs : undefined
}
