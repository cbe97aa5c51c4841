// The pull-request edge: autofix and self-heal end by opening (or updating) one
// PR per fix branch. Idempotent like peter-evans/create-pull-request: a rerun
// for the same branch updates the open PR instead of opening a second one, a
// create that loses a race to another run falls back to the update, and a
// branch that no longer differs from its base gets its PR closed.
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {statusOf, type GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

/** GitHub rejects PR and comment bodies longer than this (422 "body is too long"). */
export const GITHUB_BODY_LIMIT = 65_536
/** What a body is cut to: well below the limit, so any counting of characters fits. */
export const PR_BODY_MAX = 65_000
export const TRUNCATION_NOTE = '_…report truncated; the full report is in the job summary._'

export interface PullRequestRequest {
  /** The fix branch, without `owner:`. */
  head: string
  /** The branch the fix is for. */
  base: string
  title: string
  body: string
  /** Used when the PR is created; an existing PR keeps its draft state. */
  draft: boolean
  /** Added when missing (GitHub creates labels that do not exist yet); never removed. */
  labels: string[]
  maintainerCanModify?: boolean
}

export interface PullRequestResult {
  action: 'created' | 'updated' | 'unchanged'
  number: number
  /** The PR's page (html_url). */
  url: string
  nodeId?: string
  /** Labels this call added; empty when they were there already or labelling failed. */
  labelsAdded: string[]
}

export interface OpenPullRequest {
  number: number
  url: string
  nodeId?: string
  title: string
  body: string
  draft: boolean
  labels: string[]
}

export type PullRequestPermissionReason =
  'actions-cannot-create-pull-requests' | 'missing-permission'

/**
 * The token may not open or change the PR. A configuration mistake (no stack
 * trace, one clear line): `hint` says what to change.
 */
export class PullRequestPermissionError extends ConfigurationError {
  readonly reason: PullRequestPermissionReason
  readonly hint: string
  readonly status = 403

  constructor(
    reason: PullRequestPermissionReason,
    what: string,
    hint: string,
    options?: {cause?: unknown}
  ) {
    super(`Could not ${what}: ${hint}`, options)
    this.reason = reason
    this.hint = hint
  }
}

export function isPullRequestPermissionError(error: unknown): error is PullRequestPermissionError {
  return error instanceof PullRequestPermissionError
}

const SETTINGS_HINT =
  'GitHub Actions is not permitted to create or approve pull requests in this repository. ' +
  'Enable Settings → Actions → General → Workflow permissions → ' +
  '"Allow GitHub Actions to create and approve pull requests" (an organisation admin may have to allow it ' +
  'at the organisation level first), or pass a GitHub App installation token or a PAT with ' +
  "`contents: write` and `pull-requests: write` as the action's token."

const PERMISSION_HINT =
  'the workflow token lacks `pull-requests: write`. Add `permissions: {contents: write, pull-requests: write}` ' +
  'to the job (repositories created after February 2023 default to a read-only token), ' +
  'or pass a token that has both.'

/** The open PR from `owner:head` into `base`, if there is one. */
export async function findOpenPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  head: string,
  base: string
): Promise<OpenPullRequest | undefined> {
  try {
    return await findOpen(client, repo, {head, base}, false)
  } catch (error) {
    throw explainWriteError(error, `look up the pull request for ${head}`)
  }
}

/**
 * Opens the PR for `request.head`, or updates the open one. Title and body are
 * written only when they changed (`unchanged` otherwise); labels are added when
 * missing, and a labelling failure is a warning. Permission problems throw
 * PullRequestPermissionError; everything else propagates.
 */
export async function upsertPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  request: PullRequestRequest,
  logger: Logger
): Promise<PullRequestResult> {
  const head = branchOf(request.head)
  const body = capBody(request.body)
  if (body !== request.body) {
    logger.warning(
      `The pull request body was ${request.body.length} characters; it was cut to ${body.length} ` +
        `(GitHub's limit is ${GITHUB_BODY_LIMIT}).`
    )
  }
  const wanted = {...request, head, body}

  let existing = await findOpenPullRequest(client, repo, head, request.base)
  if (!existing) {
    try {
      const data = await createPull(client, repo, wanted, logger)
      logger.info(`Opened pull request #${data.number}: ${data.html_url}`)
      const created: OpenPullRequest = {
        number: data.number,
        url: data.html_url,
        nodeId: data.node_id,
        title: data.title,
        body: data.body ?? '',
        draft: data.draft ?? false,
        labels: (data.labels ?? []).map(l => l.name)
      }
      return {
        action: 'created',
        ...refOf(created),
        labelsAdded: await ensureLabels({client, repo, logger}, created, wanted.labels)
      }
    } catch (error) {
      if (!isAlreadyExists(error))
        throw explainWriteError(error, `open a pull request from ${head} into ${request.base}`)
      // Another run opened it between the lookup and the create.
      logger.info(
        `A pull request for ${repo.owner}:${head} appeared meanwhile; updating it instead.`
      )
      try {
        existing = await findOpen(client, repo, {head, base: request.base}, true)
      } catch (lookupError) {
        throw explainWriteError(lookupError, `look up the pull request for ${head}`)
      }
      if (!existing) throw error
    }
  }
  return updateExisting({client, repo, logger}, existing, wanted)
}

/** A PR that no longer has anything to show: its branch, its base, and the comment saying why. */
export interface StalePullRequest {
  head: string
  base: string
  comment: string
}

/**
 * Closes the open PR for `head` (when a rerun finds the branch no longer
 * differs from its base) with a comment saying why. Deleting the branch is the
 * caller's business (it owns the push).
 */
export async function closeStalePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  {head, base, comment}: StalePullRequest,
  logger: Logger
): Promise<{closed: boolean; number?: number}> {
  const open = await findOpenPullRequest(client, repo, branchOf(head), base)
  if (!open) return {closed: false}
  try {
    await client.rest.issues.createComment({
      ...repo,
      issue_number: open.number,
      body: capBody(comment)
    })
  } catch (error) {
    // The comment explains the close; failing to post it must not keep a stale PR open.
    const explained = explainWriteError(error, `comment on pull request #${open.number}`)
    logger.warning(`${errorMessage(explained)} Closing it without the comment.`)
  }
  try {
    await client.rest.pulls.update({...repo, pull_number: open.number, state: 'closed'})
  } catch (error) {
    throw explainWriteError(error, `close pull request #${open.number}`)
  }
  logger.info(`Closed pull request #${open.number}: ${head} no longer differs from ${base}.`)
  return {closed: true, number: open.number}
}

/**
 * Cuts a body to PR_BODY_MAX characters (UTF-16 units, which are never fewer
 * than the code points GitHub counts), at a line end where one is near,
 * closing a code fence left open, and ends it with TRUNCATION_NOTE.
 */
export function capBody(body: string, max = PR_BODY_MAX): string {
  if (body.length <= max) return body
  const tail = (fence: string | undefined): string =>
    `\n${fence ? `${fence}\n` : ''}\n${TRUNCATION_NOTE}`
  let cut = fitCut(body, max - tail(undefined).length)
  const lineEnd = cut.lastIndexOf('\n')
  if (lineEnd >= 0 && cut.length - lineEnd < 2_000) cut = cut.slice(0, lineEnd)
  const fence = openFence(cut)
  // Closing a fence left open costs a line; make room for it when the cut was tight.
  cut = fitCut(cut, max - tail(fence).length)
  return `${cut}${tail(fence)}`
}

// ---- internals ----

/** Where the internals below work: the client, the repository, and the log. */
interface PullSite {
  client: GitHubClient
  repo: RepoRef
  logger: Logger
}

type CreatedPull = Awaited<ReturnType<GitHubClient['rest']['pulls']['create']>>['data']

/**
 * POST /pulls. A repository without draft PRs (private, on GitHub Free or
 * Pro) refuses `draft: true` with 422 "Draft pull requests are not supported
 * in this repository."; the PR is then opened ready for review, with a warning.
 */
async function createPull(
  client: GitHubClient,
  repo: RepoRef,
  wanted: PullRequestRequest,
  logger: Logger
): Promise<CreatedPull> {
  const create = async (draft: boolean): Promise<CreatedPull> =>
    (
      await client.rest.pulls.create({
        ...repo,
        head: `${repo.owner}:${wanted.head}`,
        base: wanted.base,
        title: wanted.title,
        body: wanted.body,
        draft,
        maintainer_can_modify: wanted.maintainerCanModify ?? false
      })
    ).data
  try {
    return await create(wanted.draft)
  } catch (error) {
    if (!wanted.draft || !isDraftUnsupported(error)) throw error
    logger.warning(
      `${repo.owner}/${repo.repo} does not support draft pull requests (GitHub answered 422: drafts need a public repository, or GitHub Team or Enterprise); the pull request is opened ready for review instead. Set draft: false to skip the first try.`
    )
    return create(false)
  }
}

async function updateExisting(
  site: PullSite,
  existing: OpenPullRequest,
  wanted: PullRequestRequest
): Promise<PullRequestResult> {
  const {client, repo, logger} = site
  const changed =
    existing.title !== wanted.title || normalise(existing.body) !== normalise(wanted.body)
  let current = existing
  if (changed) {
    try {
      const {data} = await client.rest.pulls.update({
        ...repo,
        pull_number: existing.number,
        title: wanted.title,
        body: wanted.body
      })
      current = {...existing, url: data.html_url, nodeId: data.node_id}
    } catch (error) {
      throw explainWriteError(error, `update pull request #${existing.number}`)
    }
    logger.info(`Updated pull request #${existing.number}: ${current.url}`)
  } else {
    logger.info(`Pull request #${existing.number} is up to date: ${existing.url}`)
  }
  const labelsAdded = await ensureLabels(site, current, wanted.labels)
  return {action: changed ? 'updated' : 'unchanged', ...refOf(current), labelsAdded}
}

async function ensureLabels(
  {client, repo, logger}: PullSite,
  pull: OpenPullRequest,
  labels: string[]
): Promise<string[]> {
  const have = new Set(pull.labels.map(l => l.toLowerCase()))
  const missing = [...new Set(labels.map(l => l.trim()).filter(l => l !== ''))].filter(
    l => !have.has(l.toLowerCase())
  )
  if (!missing.length) return []
  try {
    await client.rest.issues.addLabels({...repo, issue_number: pull.number, labels: missing})
    return missing
  } catch (error) {
    const explained = explainWriteError(error, `label pull request #${pull.number}`)
    logger.warning(
      `${errorMessage(explained)} The pull request is open without the labels ${missing.join(', ')}.`
    )
    return []
  }
}

async function findOpen(
  client: GitHubClient,
  repo: RepoRef,
  {head, base}: {head: string; base: string},
  scan: boolean
): Promise<OpenPullRequest | undefined> {
  const branch = branchOf(head)
  const {data} = await client.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${repo.owner}:${branch}`,
    base,
    per_page: 100
  })
  const sameHead = (p: (typeof data)[number]): boolean =>
    p.head.ref === branch &&
    p.base.ref === base &&
    (p.head.repo?.full_name ?? `${repo.owner}/${repo.repo}`).toLowerCase() ===
      `${repo.owner}/${repo.repo}`.toLowerCase()
  let found = data.find(sameHead)
  if (!found && scan) {
    // The head filter can miss (owner spelled differently, eventual consistency): scan every open PR into base.
    const all = await client.paginate(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      base,
      per_page: 100
    })
    found = all.find(sameHead)
  }
  if (!found) return undefined
  return {
    number: found.number,
    url: found.html_url,
    nodeId: found.node_id,
    title: found.title,
    body: found.body ?? '',
    draft: found.draft ?? false,
    labels: found.labels.map(l => l.name)
  }
}

function refOf(pull: OpenPullRequest): {number: number; url: string; nodeId?: string} {
  return {number: pull.number, url: pull.url, ...(pull.nodeId ? {nodeId: pull.nodeId} : {})}
}

/** The first `length` UTF-16 units of text, without a half surrogate pair at the end. */
function fitCut(text: string, length: number): string {
  const cut = text.slice(0, Math.max(0, length))
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

function branchOf(head: string): string {
  const colon = head.indexOf(':')
  return colon >= 0 ? head.slice(colon + 1) : head
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd()
}

/** The fence (``` or ~~~ run) a Markdown text leaves open at its end, if any. */
function openFence(text: string): string | undefined {
  let open: string | undefined
  for (const line of text.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (!match) continue
    const run = match[1] as string
    if (!open) {
      // A backtick fence's info string cannot contain backticks.
      if (run[0] === '`' && (match[2] ?? '').includes('`')) continue
      open = run
    } else if (run[0] === open[0] && run.length >= open.length && (match[2] ?? '').trim() === '') {
      open = undefined
    }
  }
  return open
}

/** GitHub's own message of an octokit error (without the documentation link), or the error's message. */
function apiMessage(error: unknown): string {
  const data = (error as {response?: {data?: unknown}} | undefined)?.response?.data
  if (data && typeof data === 'object') {
    const {message, errors} = data as {message?: unknown; errors?: unknown}
    const details = Array.isArray(errors)
      ? errors
          .map(e =>
            e && typeof e === 'object' && 'message' in e
              ? String((e as {message: unknown}).message)
              : ''
          )
          .filter(Boolean)
      : []
    if (typeof message === 'string') return [message, ...details].join(': ')
  }
  return errorMessage(error)
}

function isDraftUnsupported(error: unknown): boolean {
  return (
    statusOf(error) === 422 &&
    /draft pull requests are not supported/i.test(`${apiMessage(error)} ${errorMessage(error)}`)
  )
}

function isAlreadyExists(error: unknown): boolean {
  return (
    statusOf(error) === 422 &&
    /a pull request already exists/i.test(`${apiMessage(error)} ${errorMessage(error)}`)
  )
}

/** Turns the two 403s a workflow token meets into PullRequestPermissionError; anything else is returned as is. */
function explainWriteError(error: unknown, what: string): unknown {
  if (error instanceof PullRequestPermissionError || statusOf(error) !== 403) return error
  const message = `${apiMessage(error)} ${errorMessage(error)}`
  if (/not permitted to create or approve pull requests/i.test(message)) {
    return new PullRequestPermissionError(
      'actions-cannot-create-pull-requests',
      what,
      SETTINGS_HINT,
      {cause: error}
    )
  }
  if (/resource not accessible by integration/i.test(message)) {
    return new PullRequestPermissionError('missing-permission', what, PERMISSION_HINT, {
      cause: error
    })
  }
  return error
}
