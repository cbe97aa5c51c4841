// Who did what to an issue: its events (`labeled` and `unlabeled`, with their
// actor). A person's label is seeded with `fake.timeline.label(issue, name,
// login)`, which adds the label as GitHub does and records the event;
// `fake.timeline.setPermission` gives a login its role on the repository
// (served by routes/collaborators.ts, the one permission route).
import {notFound} from '../errors.js'
import type {Need} from '../server.js'
import {isoNow, type IssueRecord} from '../state.js'
import {setRepoRole, type RepoRole} from './collaborators.js'
import {docs, pagedArray, type RouteContext} from './context.js'

const TIMELINE_DOCS = {
  events: docs('issues/events#list-issue-events'),
}


interface IssueEventRecord {
  id: number
  issue: number
  event: 'labeled' | 'unlabeled'
  actor: string
  label: string
  created_at: string
}

export interface IssueTimeline {
  /** A person adds a label (created when unknown) to an issue: the label and a `labeled` event by `actor`. */
  label(issueNumber: number, name: string, actor: string, at?: Date | string): void
  /** A person removes a label: an `unlabeled` event by `actor`. */
  unlabel(issueNumber: number, name: string, actor: string, at?: Date | string): void
  /** A login's role in the repository. */
  setPermission(login: string, role: RepoRole): void
}

const READ: Need = {area: 'issues', level: 'read'}

export function registerTimelineRoutes(ctx: RouteContext): IssueTimeline {
  const {server, state, shapes} = ctx
  const base = '/repos/:owner/:repo'
  const events: IssueEventRecord[] = []

  const issueOrThrow = (n: number): IssueRecord => {
    const issue = state.issue(String(n))
    if (!issue) throw new Error(`fake GitHub: no issue #${n}`)
    return issue
  }
  const when = (at?: Date | string): string =>
    typeof at === 'string' ? at : isoNow(at ?? new Date())
  const record = (
    issue: number,
    event: IssueEventRecord['event'],
    name: string,
    actor: string,
    at?: Date | string
  ) =>
    events.push({
      id: state.nextId('comment'),
      issue,
      event,
      actor,
      label: name,
      created_at: when(at)
    })

  const eventJson = (e: IssueEventRecord): unknown => {
    const label = state.label(e.label)
    return {
      id: e.id,
      node_id: `LE_kwDO${Buffer.from(String(e.id)).toString('base64url')}`,
      url: `${shapes.repoApi}/issues/events/${e.id}`,
      actor: shapes.user(state.user(e.actor)),
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.created_at,
      performed_via_github_app: null,
      label: {name: label?.name ?? e.label, color: label?.color ?? 'ededed'}
    }
  }

  server.api(
    'GET',
    `${base}/issues/:issue_number/events`,
    {needs: READ, docs: TIMELINE_DOCS.events},
    req => {
      const issue = state.issue(req.params.issue_number ?? '')
      if (!issue) return notFound(TIMELINE_DOCS.events)
      return pagedArray(
        req,
        events.filter(e => e.issue === issue.number),
        eventJson
      )
    }
  )

  return {
    label(issueNumber, name, actor, at) {
      const issue = issueOrThrow(issueNumber)
      state.addIssueLabels(issue, [name])
      record(issue.number, 'labeled', name, actor, at)
    },
    unlabel(issueNumber, name, actor, at) {
      const issue = issueOrThrow(issueNumber)
      issue.labels = issue.labels.filter(l => l.toLowerCase() !== name.toLowerCase())
      record(issue.number, 'unlabeled', name, actor, at)
    },
    setPermission(login, role) {
      setRepoRole(state, login, role)
    }
  }
}
