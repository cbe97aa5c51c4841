// Pull requests: created against real branches of the bare repository.
import {bodyTooLong, errorResponse, invalidRequest, notFound, validationFailed} from '../errors.js'
import type {ApiRequest, Need} from '../server.js'
import {isoNow, type PullRecord} from '../state.js'
import {bodyOf, docs, json, pagedArray, type RouteContext} from './context.js'
import {applyState} from './issues.js'

const DOCS = {
  list: docs('pulls/pulls#list-pull-requests'),
  create: docs('pulls/pulls#create-a-pull-request'),
  get: docs('pulls/pulls#get-a-pull-request'),
  update: docs('pulls/pulls#update-a-pull-request'),
  requestReviewers: docs('pulls/review-requests#request-reviewers-for-a-pull-request')
}

const READ: Need = {area: 'pullRequests', level: 'read'}
const WRITE: Need = {area: 'pullRequests', level: 'write'}

export function registerPullRoutes(ctx: RouteContext): void {
  const {server, state, shapes, git} = ctx
  const base = '/repos/:owner/:repo'

  const issueOf = (pull: PullRecord) => state.issue(pull.number)

  server.api('GET', `${base}/pulls`, {needs: READ, docs: DOCS.list}, req => {
    const q = req.query
    const wanted = q.get('state') ?? 'open'
    if (!['open', 'closed', 'all'].includes(wanted)) {
      return invalidRequest(`For 'state', "${wanted}" is not one of: open, closed, all.`, DOCS.list)
    }
    let pulls = state.pulls.filter(p => wanted === 'all' || issueOf(p)?.state === wanted)
    const head = q.get('head')
    // Like GitHub, a head filter without `owner:` is ignored.
    if (head?.includes(':')) {
      const [owner, branch] = head.split(':', 2) as [string, string]
      pulls = pulls.filter(
        p => p.head_owner.toLowerCase() === owner.toLowerCase() && p.head === branch
      )
    }
    const baseBranch = q.get('base')
    if (baseBranch) pulls = pulls.filter(p => p.base === baseBranch)
    const sort = q.get('sort') ?? 'created'
    const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
    const sign = direction === 'asc' ? 1 : -1
    const key = (p: PullRecord): string =>
      (sort === 'updated' ? issueOf(p)?.updated_at : issueOf(p)?.created_at) ?? ''
    pulls = [...pulls].sort((a, b) =>
      key(a) < key(b) ? -sign : key(a) > key(b) ? sign : (a.number - b.number) * sign
    )
    return pagedArray(req, pulls, p => shapes.pull(p, false))
  })

  server.api('POST', `${base}/pulls`, {needs: WRITE, docs: DOCS.create}, (req: ApiRequest) => {
    const body = bodyOf(req)
    const missing: string[] = []
    if (typeof body.title !== 'string' && body.issue === undefined) missing.push('title')
    for (const field of ['head', 'base']) {
      if (typeof body[field] !== 'string' || body[field] === '') missing.push(field)
    }
    if (missing.length) {
      return validationFailed(
        missing.map(field => ({resource: 'PullRequest', code: 'missing_field', field})),
        DOCS.create
      )
    }
    const tooLong = bodyTooLong('PullRequest', body.body, DOCS.create)
    if (tooLong) return tooLong
    const headSpec = String(body.head)
    const [headOwner, headBranch] = headSpec.includes(':')
      ? (headSpec.split(':', 2) as [string, string])
      : [state.owner, headSpec]
    const baseBranch = String(body.base)
    if (!git.branchSha(baseBranch)) {
      return validationFailed(
        [{resource: 'PullRequest', field: 'base', code: 'invalid'}],
        DOCS.create
      )
    }
    const headSha =
      headOwner.toLowerCase() === state.owner.toLowerCase() ? git.branchSha(headBranch) : undefined
    if (!headSha) {
      return validationFailed(
        [{resource: 'PullRequest', field: 'head', code: 'invalid'}],
        DOCS.create
      )
    }
    const duplicate = state.pulls.find(
      p => p.head === headBranch && p.base === baseBranch && issueOf(p)?.state === 'open'
    )
    if (duplicate) {
      return validationFailed(
        [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${state.owner}:${headBranch}.`
          }
        ],
        DOCS.create
      )
    }
    if (body.draft === true && !state.draftPullRequests) {
      // GitHub's answer in a private repository on GitHub Free or Pro: a top-level
      // message, no `errors` list (as quoted in SWE-agent/SWE-agent#179).
      return errorResponse(
        422,
        'Draft pull requests are not supported in this repository.',
        DOCS.create
      )
    }
    const baseSha = git.branchSha(baseBranch) as string
    if (git.isAncestor(headSha, baseSha)) {
      return validationFailed(
        [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `No commits between ${baseBranch} and ${headBranch}`
          }
        ],
        DOCS.create
      )
    }
    const {pull} = state.addPullRequest({
      title: String(body.title ?? ''),
      head: `${state.owner}:${headBranch}`,
      base: baseBranch,
      body: typeof body.body === 'string' ? body.body : null,
      draft: body.draft === true,
      user: state.authorOf(req.token)
    })
    pull.maintainer_can_modify = body.maintainer_can_modify === true
    return json(201, shapes.pull(pull, true), {location: `${shapes.repoApi}/pulls/${pull.number}`})
  })

  server.api('GET', `${base}/pulls/:pull_number`, {needs: READ, docs: DOCS.get}, req => {
    const pull = state.pull(req.params.pull_number ?? '')
    return pull ? json(200, shapes.pull(pull, true)) : notFound(DOCS.get)
  })

  // Review requests: only collaborators (and teams with access) may be asked, never the author;
  // GitHub refuses the whole request when one name is not allowed, and asks nobody.
  server.api(
    'POST',
    `${base}/pulls/:pull_number/requested_reviewers`,
    {needs: WRITE, docs: DOCS.requestReviewers},
    req => {
      const pull = state.pull(req.params.pull_number ?? '')
      const issue = pull ? issueOf(pull) : undefined
      if (!pull || !issue) return notFound(DOCS.requestReviewers)
      const body = bodyOf(req)
      const names = (field: string): string[] | undefined => {
        const value = body[field]
        if (value === undefined) return []
        return Array.isArray(value) && value.every(v => typeof v === 'string') ? value : undefined
      }
      const reviewers = names('reviewers')
      const teams = names('team_reviewers')
      if (!reviewers || !teams) {
        return invalidRequest(
          "For 'properties/reviewers' and 'properties/team_reviewers', expected arrays of strings.",
          DOCS.requestReviewers
        )
      }
      if (reviewers.some(r => r.toLowerCase() === issue.user.login.toLowerCase())) {
        return validationFailed(
          [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'Review cannot be requested from pull request author.'
            }
          ],
          DOCS.requestReviewers
        )
      }
      const strangers =
        reviewers.some(r => !state.collaborators.has(r.toLowerCase())) ||
        teams.some(t => !state.teams.has(t.toLowerCase()))
      if (strangers) {
        return errorResponse(
          422,
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${state.owner}/${state.repo} repository.`,
          DOCS.requestReviewers
        )
      }
      const add = (list: string[], items: string[]): void => {
        for (const item of items)
          if (!list.some(l => l.toLowerCase() === item.toLowerCase())) list.push(item)
      }
      add(pull.requested_reviewers, reviewers)
      add(
        pull.requested_teams,
        teams.map(t => state.teams.get(t.toLowerCase())!.slug)
      )
      issue.updated_at = isoNow()
      return json(201, shapes.pull(pull, false))
    }
  )

  server.api('PATCH', `${base}/pulls/:pull_number`, {needs: WRITE, docs: DOCS.update}, req => {
    const pull = state.pull(req.params.pull_number ?? '')
    const issue = pull ? issueOf(pull) : undefined
    if (!pull || !issue) return notFound(DOCS.update)
    const body = bodyOf(req)
    const tooLong = bodyTooLong('PullRequest', body.body, DOCS.update)
    if (tooLong) return tooLong
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
      return invalidRequest(
        `For 'properties/state', ${JSON.stringify(body.state)} is not one of: open, closed.`,
        DOCS.update
      )
    }
    if (body.base !== undefined) {
      if (typeof body.base !== 'string' || !git.branchSha(body.base)) {
        return validationFailed(
          [{resource: 'PullRequest', field: 'base', code: 'invalid'}],
          DOCS.update
        )
      }
      pull.base = body.base
    }
    if (body.state === 'open' && issue.state === 'closed') {
      const clash = state.pulls.find(
        p =>
          p !== pull && p.head === pull.head && p.base === pull.base && issueOf(p)?.state === 'open'
      )
      if (clash) {
        return validationFailed(
          [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${state.owner}:${pull.head}.`
            }
          ],
          DOCS.update
        )
      }
    }
    if (typeof body.title === 'string') issue.title = body.title
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body
    if (typeof body.maintainer_can_modify === 'boolean')
      pull.maintainer_can_modify = body.maintainer_can_modify
    applyState(issue, body.state as 'open' | 'closed' | undefined, undefined)
    if (issue.state === 'closed') issue.state_reason = null
    issue.updated_at = isoNow()
    return json(200, shapes.pull(pull, true))
  })
}
