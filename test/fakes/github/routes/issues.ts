// Issues, issue comments and labels. Pull requests are issues too here.
import {bodyTooLong, errorResponse, invalidRequest, notFound, validationFailed} from '../errors.js'
import type {ApiRequest, Need} from '../server.js'
import {BOT_USER, isoNow, type IssueRecord} from '../state.js'
import {bodyOf, docs, json, pagedArray, type RouteContext} from './context.js'

const ISSUES_DOCS = {
  list: docs('issues/issues#list-repository-issues'),
  create: docs('issues/issues#create-an-issue'),
  get: docs('issues/issues#get-an-issue'),
  update: docs('issues/issues#update-an-issue'),
  comments: docs('issues/comments#list-issue-comments'),
  createComment: docs('issues/comments#create-an-issue-comment'),
  getComment: docs('issues/comments#get-an-issue-comment'),
  updateComment: docs('issues/comments#update-an-issue-comment'),
  deleteComment: docs('issues/comments#delete-an-issue-comment'),
  labels: docs('issues/labels#list-labels-for-a-repository'),
  createLabel: docs('issues/labels#create-a-label'),
  getLabel: docs('issues/labels#get-a-label'),
  issueLabels: docs('issues/labels#list-labels-for-an-issue'),
  addLabels: docs('issues/labels#add-labels-to-an-issue'),
  setLabels: docs('issues/labels#set-labels-for-an-issue'),
  removeLabel: docs('issues/labels#remove-a-label-from-an-issue')
}

const READ: Need = {area: 'issues', level: 'read'}
const WRITE: Need = {area: 'issues', level: 'write'}

/** Writing to a PR's issue side is allowed with issues or pull-requests write. */
function writeOn(ctx: RouteContext, number: string | undefined): Need[] {
  const issue = ctx.state.issue(number ?? '')
  return issue?.is_pull_request ? [WRITE, {area: 'pullRequests', level: 'write'}] : [WRITE]
}

function readOn(ctx: RouteContext, number: string | undefined): Need[] {
  const issue = ctx.state.issue(number ?? '')
  return issue?.is_pull_request ? [READ, {area: 'pullRequests', level: 'read'}] : [READ]
}

function labelNames(value: unknown): string[] | undefined {
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as {labels?: unknown}).labels)
      ? (value as {labels: unknown[]}).labels
      : undefined
  if (!list) return undefined
  const names: string[] = []
  for (const item of list) {
    if (typeof item === 'string') names.push(item)
    else if (
      item &&
      typeof item === 'object' &&
      typeof (item as {name?: unknown}).name === 'string'
    ) {
      names.push((item as {name: string}).name)
    } else return undefined
  }
  return names
}

export function registerIssueRoutes(ctx: RouteContext): void {
  const {server, state, shapes} = ctx
  const base = '/repos/:owner/:repo'

  const sortIssues = (req: ApiRequest, issues: IssueRecord[]): IssueRecord[] => {
    const sort = req.query.get('sort') ?? 'created'
    const direction = req.query.get('direction') ?? 'desc'
    const key = (i: IssueRecord): string | number =>
      sort === 'updated'
        ? i.updated_at
        : sort === 'comments'
          ? state.commentsOn(i.number).length
          : i.created_at
    const sign = direction === 'asc' ? 1 : -1
    return [...issues].sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      if (ka < kb) return -sign
      if (ka > kb) return sign
      return (a.number - b.number) * sign
    })
  }

  // ---- issues ----
  server.api('GET', `${base}/issues`, {needs: READ, docs: ISSUES_DOCS.list}, req => {
    const q = req.query
    const wanted = q.get('state') ?? 'open'
    if (!['open', 'closed', 'all'].includes(wanted)) {
      return invalidRequest(
        `For 'state', "${wanted}" is not one of: open, closed, all.`,
        ISSUES_DOCS.list
      )
    }
    let issues = state.issues.filter(i => wanted === 'all' || i.state === wanted)
    const labels = q.get('labels')
    if (labels) {
      const names = labels
        .split(',')
        .map(l => l.trim().toLowerCase())
        .filter(Boolean)
      issues = issues.filter(i => names.every(n => i.labels.some(l => l.toLowerCase() === n)))
    }
    const creator = q.get('creator')
    if (creator) issues = issues.filter(i => i.user.login.toLowerCase() === creator.toLowerCase())
    const since = q.get('since')
    if (since) issues = issues.filter(i => i.updated_at >= since)
    return pagedArray(req, sortIssues(req, issues), i => shapes.issue(i))
  })

  server.api('POST', `${base}/issues`, {needs: WRITE, docs: ISSUES_DOCS.create}, req => {
    const body = bodyOf(req)
    if (typeof body.title !== 'string' && typeof body.title !== 'number') {
      return invalidRequest(`"title" wasn't supplied.`, ISSUES_DOCS.create)
    }
    if (body.body !== undefined && body.body !== null && typeof body.body !== 'string') {
      return invalidRequest(
        `For 'properties/body', ${JSON.stringify(body.body)} is not a string or null.`,
        ISSUES_DOCS.create
      )
    }
    const tooLong = bodyTooLong('Issue', body.body, ISSUES_DOCS.create)
    if (tooLong) return tooLong
    const labels = body.labels === undefined ? [] : labelNames(body.labels)
    if (!labels)
      return invalidRequest(
        `For 'properties/labels', ${JSON.stringify(body.labels)} is not an array.`,
        ISSUES_DOCS.create
      )
    const issue = state.addIssue({
      title: String(body.title),
      body: (body.body as string | null | undefined) ?? null,
      labels,
      user: state.authorOf(req.token)
    })
    return json(201, shapes.issue(issue, true), {
      location: `${shapes.repoApi}/issues/${issue.number}`
    })
  })

  server.api(
    'GET',
    `${base}/issues/:issue_number`,
    {needs: req => readOn(ctx, req.params.issue_number)},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      return issue ? json(200, shapes.issue(issue, true)) : notFound(ISSUES_DOCS.get)
    }
  )

  server.api(
    'PATCH',
    `${base}/issues/:issue_number`,
    {needs: req => writeOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.update},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(ISSUES_DOCS.update)
      const body = bodyOf(req)
      const tooLong = bodyTooLong(
        issue.is_pull_request ? 'PullRequest' : 'Issue',
        body.body,
        ISSUES_DOCS.update
      )
      if (tooLong) return tooLong
      if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
        return invalidRequest(
          `For 'properties/state', ${JSON.stringify(body.state)} is not one of: open, closed.`,
          ISSUES_DOCS.update
        )
      }
      let labels: string[] | undefined
      if (body.labels !== undefined) {
        labels = labelNames(body.labels)
        if (!labels)
          return invalidRequest(
            `For 'properties/labels', ${JSON.stringify(body.labels)} is not an array.`,
            ISSUES_DOCS.update
          )
      }
      if (typeof body.title === 'string') issue.title = body.title
      if (typeof body.body === 'string' || body.body === null) issue.body = body.body
      if (labels) state.setIssueLabels(issue, labels)
      applyState(issue, body.state as 'open' | 'closed' | undefined, body.state_reason)
      issue.updated_at = isoNow()
      return json(200, shapes.issue(issue, true))
    }
  )

  // ---- comments ----
  server.api(
    'GET',
    `${base}/issues/:issue_number/comments`,
    {needs: req => readOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.comments},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(ISSUES_DOCS.comments)
      const since = req.query.get('since')
      const comments = state
        .commentsOn(issue.number)
        .filter(c => !since || c.updated_at >= since)
        .sort((a, b) => a.id - b.id)
      return pagedArray(req, comments, c => shapes.comment(c))
    }
  )

  server.api(
    'POST',
    `${base}/issues/:issue_number/comments`,
    {needs: req => writeOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.createComment},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(ISSUES_DOCS.createComment)
      const body = bodyOf(req)
      if (typeof body.body !== 'string')
        return invalidRequest(`"body" wasn't supplied.`, ISSUES_DOCS.createComment)
      const tooLong = bodyTooLong('IssueComment', body.body, ISSUES_DOCS.createComment)
      if (tooLong) return tooLong
      if (issue.locked)
        return errorResponse(
          403,
          'Unable to create comment because issue is locked.',
          ISSUES_DOCS.createComment
        )
      const comment = state.addComment(issue.number, {
        body: body.body,
        user: state.authorOf(req.token)
      })
      return json(201, shapes.comment(comment), {
        location: `${shapes.repoApi}/issues/comments/${comment.id}`
      })
    }
  )

  const commentIssue = (req: ApiRequest): string | undefined => {
    const comment = state.comments.find(c => String(c.id) === req.params.comment_id)
    return comment ? String(comment.issue_number) : undefined
  }

  server.api(
    'GET',
    `${base}/issues/comments/:comment_id`,
    {needs: req => readOn(ctx, commentIssue(req)), docs: ISSUES_DOCS.getComment},
    req => {
      const comment = state.comments.find(c => String(c.id) === req.params.comment_id)
      return comment ? json(200, shapes.comment(comment)) : notFound(ISSUES_DOCS.getComment)
    }
  )

  server.api(
    'PATCH',
    `${base}/issues/comments/:comment_id`,
    {needs: req => writeOn(ctx, commentIssue(req)), docs: ISSUES_DOCS.updateComment},
    req => {
      const comment = state.comments.find(c => String(c.id) === req.params.comment_id)
      if (!comment) return notFound(ISSUES_DOCS.updateComment)
      const body = bodyOf(req)
      if (typeof body.body !== 'string')
        return invalidRequest(`"body" wasn't supplied.`, ISSUES_DOCS.updateComment)
      const tooLong = bodyTooLong('IssueComment', body.body, ISSUES_DOCS.updateComment)
      if (tooLong) return tooLong
      comment.body = body.body
      comment.updated_at = isoNow()
      return json(200, shapes.comment(comment))
    }
  )

  server.api(
    'DELETE',
    `${base}/issues/comments/:comment_id`,
    {needs: req => writeOn(ctx, commentIssue(req)), docs: ISSUES_DOCS.deleteComment},
    req => {
      const index = state.comments.findIndex(c => String(c.id) === req.params.comment_id)
      if (index < 0) return notFound(ISSUES_DOCS.deleteComment)
      state.comments.splice(index, 1)
      return {status: 204}
    }
  )

  // ---- labels ----
  server.api('GET', `${base}/labels`, {needs: READ, docs: ISSUES_DOCS.labels}, req =>
    pagedArray(req, state.labels, l => shapes.label(l))
  )

  server.api('POST', `${base}/labels`, {needs: WRITE, docs: ISSUES_DOCS.createLabel}, req => {
    const body = bodyOf(req)
    if (typeof body.name !== 'string' || !body.name) {
      return invalidRequest(`"name" wasn't supplied.`, ISSUES_DOCS.createLabel)
    }
    const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed'
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
      return validationFailed(
        [{resource: 'Label', code: 'invalid', field: 'color'}],
        ISSUES_DOCS.createLabel
      )
    }
    if (state.label(body.name)) {
      return validationFailed(
        [{resource: 'Label', code: 'already_exists', field: 'name'}],
        ISSUES_DOCS.createLabel
      )
    }
    const label = state.addLabel(
      body.name,
      color.toLowerCase(),
      typeof body.description === 'string' ? body.description : null
    )
    return json(201, shapes.label(label))
  })

  server.api('GET', `${base}/labels/:name`, {needs: READ, docs: ISSUES_DOCS.getLabel}, req => {
    const label = state.label(req.params.name ?? '')
    return label ? json(200, shapes.label(label)) : notFound(ISSUES_DOCS.getLabel)
  })

  const issueLabelsJson = (issue: IssueRecord): unknown[] =>
    issue.labels.map(name => state.label(name)).flatMap(l => (l ? [shapes.label(l)] : []))

  server.api(
    'GET',
    `${base}/issues/:issue_number/labels`,
    {needs: req => readOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.issueLabels},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(ISSUES_DOCS.issueLabels)
      return pagedArray(req, issueLabelsJson(issue), l => l)
    }
  )

  const changeLabels = (mode: 'add' | 'set', docsUrl: string) => (req: ApiRequest) => {
    const issue = state.issue(req.params.issue_number ?? '')
    if (!issue) return notFound(docsUrl)
    const names = labelNames(req.body)
    if (!names) return invalidRequest(`For 'items', the labels are not strings.`, docsUrl)
    if (mode === 'set') state.setIssueLabels(issue, names)
    else state.addIssueLabels(issue, names)
    issue.updated_at = isoNow()
    return json(200, issueLabelsJson(issue))
  }
  server.api(
    'POST',
    `${base}/issues/:issue_number/labels`,
    {needs: req => writeOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.addLabels},
    changeLabels('add', ISSUES_DOCS.addLabels)
  )
  server.api(
    'PUT',
    `${base}/issues/:issue_number/labels`,
    {needs: req => writeOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.setLabels},
    changeLabels('set', ISSUES_DOCS.setLabels)
  )
  server.api(
    'DELETE',
    `${base}/issues/:issue_number/labels/:name`,
    {needs: req => writeOn(ctx, req.params.issue_number), docs: ISSUES_DOCS.removeLabel},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(ISSUES_DOCS.removeLabel)
      const name = (req.params.name ?? '').toLowerCase()
      const index = issue.labels.findIndex(l => l.toLowerCase() === name)
      if (index < 0) return errorResponse(404, 'Label does not exist', ISSUES_DOCS.removeLabel)
      issue.labels.splice(index, 1)
      issue.updated_at = isoNow()
      return json(200, issueLabelsJson(issue))
    }
  )
}

/** Opens or closes an issue the way GitHub records it. */
export function applyState(
  issue: IssueRecord,
  next: 'open' | 'closed' | undefined,
  reason: unknown
): void {
  if (next === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed'
    issue.closed_at = isoNow()
    issue.closed_by = BOT_USER
    issue.state_reason = reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed'
  } else if (next === 'open' && issue.state !== 'open') {
    issue.state = 'open'
    issue.closed_at = null
    issue.closed_by = null
    issue.state_reason = 'reopened'
  }
}
