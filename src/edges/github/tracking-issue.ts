// self-heal's tracking issue: its body holds the state (which group got which
// PR and what became of it, see core/self-heal/heal-state.ts) under a table
// for humans; each run's incident report is one comment, updated in place
// when the same workflow run is re-run. Only the token's own writing is
// trusted as state (./own-issues.ts): anyone can paste a marker into an issue
// of their own.
import {
  EMPTY_STATE,
  parseHealState,
  withHealState,
  type HealState
} from '../../core/self-heal/heal-state.js'
import type {GitHubClient} from './client.js'
import {
  ownLabelledIssues,
  upsertOwnComment,
  type CommentWritten,
  type OwnIssueSite
} from './own-issues.js'
import {capBody} from './pull-requests.js'
import type {RepoRef} from './workflow-runs.js'

export const TRACKING_LABEL = 'ci-medic-self-heal'
const TRACKING_MARKER = '<!-- ci-medic:self-heal-tracking -->'
const runMarker = (runId: string): string => `<!-- ci-medic:self-heal-run id=${runId} -->`

export interface TrackingIssue {
  number: number
  url: string
  state: HealState
}

export interface TrackingStore {
  /** The state, EMPTY_STATE when there is no tracking issue yet. Throws HealStateError for a broken block. */
  read(): Promise<HealState>
  /** Writes the state (creating the issue, reopening it when closed) with `summary` above it. */
  write(state: HealState, summary: string): Promise<{number: number; url: string}>
  /** The run's report as one comment: updated on a re-run of the same run, never duplicated. */
  comment(runId: string, markdown: string): Promise<{url: string; action: 'created' | 'updated'}>
}

type FoundIssue = {number: number; url: string; body: string; open: boolean} | null

/** The tracking issue as this run found or wrote it (undefined: not looked for yet). */
interface TrackingState extends OwnIssueSite {
  title: string
  found: FoundIssue | undefined
}

export function trackingIssue(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): TrackingStore {
  const state: TrackingState = {client, repo, botLogin, title, found: undefined}
  return {
    async read() {
      const issue = await find(state)
      return issue ? parseHealState(issue.body) : {...EMPTY_STATE, fixes: []}
    },
    write: (heal, summary) => writeState(state, heal, summary),
    comment: (runId, markdown) => commentRun(state, runId, markdown)
  }
}

async function find(state: TrackingState): Promise<FoundIssue> {
  if (state.found !== undefined) return state.found
  const mine = (await ownLabelledIssues(state, TRACKING_LABEL))
    .filter(i => (i.body ?? '').includes(TRACKING_MARKER))
    .sort((a, b) => a.number - b.number)[0]
  state.found = mine
    ? {
        number: mine.number,
        url: mine.html_url,
        body: mine.body ?? '',
        open: mine.state === 'open'
      }
    : null
  return state.found
}

async function writeState(
  state: TrackingState,
  heal: HealState,
  summary: string
): Promise<{number: number; url: string}> {
  const {client, repo, title} = state
  const issue = await find(state)
  // The summary is capped, never the state block (settled records are pruned by the core).
  const body = withHealState(`${TRACKING_MARKER}\n${capBody(summary.trim(), 20_000)}\n`, heal)
  if (!issue) {
    const {data} = await client.rest.issues.create({
      ...repo,
      title,
      body,
      labels: [TRACKING_LABEL]
    })
    state.found = {number: data.number, url: data.html_url, body, open: true}
    return {number: data.number, url: data.html_url}
  }
  await client.rest.issues.update({
    ...repo,
    issue_number: issue.number,
    body,
    ...(issue.open ? {} : {state: 'open' as const})
  })
  state.found = {...issue, body, open: true}
  return {number: issue.number, url: issue.url}
}

async function commentRun(
  state: TrackingState,
  runId: string,
  markdown: string
): Promise<CommentWritten> {
  const issue = await find(state)
  if (!issue) throw new Error('the tracking issue must be written before it is commented on')
  const marker = runMarker(runId)
  const body = capBody(`${marker}\n${markdown}`)
  return upsertOwnComment(state, issue.number, marker, body)
}
