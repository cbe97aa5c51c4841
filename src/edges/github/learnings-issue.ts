// The learnings issue (the seeds' "#dev channel"): one issue, found by its
// title, its label and the token's own login like the ledger issue, holding
// ONE comment by ci-medic that each weekly run of mode: patterns rewrites
// with the summary and the metrics dashboard. The comment also keeps the sha
// ci-medic pushed last to the learnings branch (the push's lease), which
// outlives the learnings PR once it is merged. Only the token's own comment
// is trusted (./own-issues.ts): anyone can paste a marker into a comment of
// their own.
//
// The issue is pinned once (GraphQL, ./pin-issue.ts): when ci-medic's
// comment carries the pinned marker, it is never asked again, so a person who
// unpins it later is not overruled; without the marker, isPinned is asked
// first (someone may have pinned it by hand) and pinIssue only when it is not.
import type {GitHubClient} from './client.js'
import {
  ownLabelledIssues,
  ownMarkedComments,
  writeOwnComment,
  type CommentWritten,
  type OwnIssueSite
} from './own-issues.js'
import {isIssuePinned, pinIssue} from './pin-issue.js'
import {capBody} from './pull-requests.js'
import type {RepoRef} from './workflow-runs.js'

export const LEARNINGS_LABEL = 'ci-medic-learnings'
const COMMENT_MARKER = '<!-- ci-medic:learnings-summary -->'
/** In ci-medic's comment once the issue was found pinned or pinned by ci-medic. */
const PINNED_MARKER = '<!-- ci-medic:learnings-pinned -->'

/** What pin() did: nothing (the comment remembers a pin), found it pinned, or pinned it. */
export type PinOutcome = 'remembered' | 'already-pinned' | 'pinned'

export interface LearningsIssue {
  /** The body of ci-medic's summary comment ('' when there is none yet). */
  readComment(): Promise<string>
  /** Creates the issue when missing, then creates or rewrites the one summary comment. */
  writeComment(markdown: string): Promise<{url: string; action: 'created' | 'updated'}>
  /**
   * Pins the issue unless the comment remembers a pin or it is pinned already; once
   * pinned, the comment written last is rewritten with the marker. Call after
   * writeComment; rejects with GitHub's refusal.
   */
  pin(): Promise<{outcome: PinOutcome; number: number; url: string}>
  /** The issue's number and web address, once it was found or created. */
  location(): {number: number; url: string} | undefined
}

/** The learnings issue as this run found or created it, and what it knows of ci-medic's comment. */
interface LearningsState extends OwnIssueSite {
  title: string
  /** null: there is none; undefined: not looked for yet. */
  issue: {number: number; open: boolean; nodeId: string; url: string} | null | undefined
  /** ci-medic's summary comment; null: there is none; undefined: not looked for yet. */
  comment: {id: number; body: string} | null | undefined
  /** The markdown of the comment written last (rewritten with the marker after a pin). */
  written: string | undefined
  /** Pinned by this run, or found pinned: the comment carries the marker from now on. */
  pinKnown: boolean
}

export function learningsIssue(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): LearningsIssue {
  const state: LearningsState = {
    client,
    repo,
    botLogin,
    title,
    issue: undefined,
    comment: undefined,
    written: undefined,
    pinKnown: false
  }
  return {
    async readComment() {
      return (await findComment(state))?.body ?? ''
    },

    async writeComment(markdown) {
      return upsertComment(state, await ensureIssue(state), markdown)
    },

    pin: () => pin(state),

    location() {
      return state.issue ? {number: state.issue.number, url: state.issue.url} : undefined
    }
  }
}

async function findIssue(state: LearningsState): Promise<LearningsState['issue']> {
  if (state.issue !== undefined) return state.issue
  const mine = (await ownLabelledIssues(state, LEARNINGS_LABEL))
    .filter(i => i.title === state.title)
    .sort((a, b) => a.number - b.number)[0]
  state.issue = mine
    ? {number: mine.number, open: mine.state === 'open', nodeId: mine.node_id, url: mine.html_url}
    : null
  return state.issue
}

async function findComment(state: LearningsState): Promise<LearningsState['comment']> {
  if (state.comment !== undefined) return state.comment
  const found = await findIssue(state)
  if (!found) return (state.comment = null)
  const [mine] = await ownMarkedComments(state, found.number, COMMENT_MARKER)
  state.comment = mine ? {id: mine.id, body: mine.body ?? ''} : null
  return state.comment
}

async function ensureIssue(state: LearningsState): Promise<number> {
  const {client, repo, title} = state
  const found = await findIssue(state)
  if (found) {
    if (!found.open)
      await client.rest.issues.update({...repo, issue_number: found.number, state: 'open'})
    return found.number
  }
  const {data} = await client.rest.issues.create({
    ...repo,
    title,
    labels: [LEARNINGS_LABEL],
    body: [
      'ci-medic posts what it learns from the failure ledger here each week: the recurring failures',
      '(patterns, with their docs in the learnings pull request) and how well fixing works.',
      'Keep this issue open; ci-medic pins it once (when its token may) and rewrites its one comment below every week.'
    ].join(' ')
  })
  state.issue = {number: data.number, open: true, nodeId: data.node_id, url: data.html_url}
  return data.number
}

async function upsertComment(
  state: LearningsState,
  number: number,
  markdown: string
): Promise<CommentWritten> {
  const existing = await findComment(state)
  const marked = state.pinKnown || existing?.body.includes(PINNED_MARKER) === true
  const body = capBody(`${COMMENT_MARKER}\n${marked ? `${PINNED_MARKER}\n` : ''}${markdown}`)
  state.written = markdown
  const {id, url, action} = await writeOwnComment(state, number, existing?.id, body)
  state.comment = {id, body}
  return {url, action}
}

async function pin(
  state: LearningsState
): Promise<{outcome: PinOutcome; number: number; url: string}> {
  const number = await ensureIssue(state)
  const found = (await findIssue(state))!
  const at = {number, url: found.url}
  if ((await findComment(state))?.body.includes(PINNED_MARKER))
    return {outcome: 'remembered', ...at}
  const already = await isIssuePinned(state.client, found.nodeId)
  if (!already) await pinIssue(state.client, found.nodeId)
  // Remembered in the comment, so later weeks ask GitHub nothing. It is pinned either way:
  // if this rewrite fails, the next week's isPinned finds that and tries the marker again.
  state.pinKnown = true
  if (state.written !== undefined)
    await upsertComment(state, number, state.written).catch(() => undefined)
  return {outcome: already ? 'already-pinned' : 'pinned', ...at}
}
