// The learnings issue (the seeds' "#dev channel"): one issue, found by its
// title, its label and the token's own login like the ledger issue, holding
// ONE comment by ci-medic that each weekly run of mode: patterns rewrites
// with the summary and the metrics dashboard. The comment also keeps the sha
// ci-medic pushed last to the learnings branch (the push's lease), which
// outlives the learnings PR once it is merged. Only the token's own comment
// is trusted: anyone can paste a marker into a comment of their own.
//
// The issue is pinned once (GraphQL, ./pin-issue.ts): when ci-medic's
// comment carries the pinned marker, it is never asked again, so a person who
// unpins it later is not overruled; without the marker, isPinned is asked
// first (someone may have pinned it by hand) and pinIssue only when it is not.
import type {GitHubClient} from './client.js'
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

export function learningsIssue(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): LearningsIssue {
  let issue: {number: number; open: boolean; nodeId: string; url: string} | null | undefined
  let comment: {id: number; body: string} | null | undefined
  /** The markdown of the comment written last (rewritten with the marker after a pin). */
  let written: string | undefined
  /** Pinned by this run, or found pinned: the comment carries the marker from now on. */
  let pinKnown = false

  async function findIssue(): Promise<typeof issue> {
    if (issue !== undefined) return issue
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      labels: LEARNINGS_LABEL,
      per_page: 100
    })
    const mine = issues
      .filter(i => i.title === title && !i.pull_request && i.user?.login === botLogin)
      .sort((a, b) => a.number - b.number)[0]
    issue = mine
      ? {number: mine.number, open: mine.state === 'open', nodeId: mine.node_id, url: mine.html_url}
      : null
    return issue
  }

  async function findComment(): Promise<typeof comment> {
    if (comment !== undefined) return comment
    const found = await findIssue()
    if (!found) return (comment = null)
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: found.number,
      per_page: 100
    })
    const mine = comments.find(
      c => c.user?.login === botLogin && (c.body ?? '').startsWith(COMMENT_MARKER)
    )
    comment = mine ? {id: mine.id, body: mine.body ?? ''} : null
    return comment
  }

  async function ensureIssue(): Promise<number> {
    const found = await findIssue()
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
    issue = {number: data.number, open: true, nodeId: data.node_id, url: data.html_url}
    return data.number
  }

  async function upsertComment(
    number: number,
    markdown: string
  ): Promise<{url: string; action: 'created' | 'updated'}> {
    const existing = await findComment()
    const marked = pinKnown || existing?.body.includes(PINNED_MARKER) === true
    const body = capBody(`${COMMENT_MARKER}\n${marked ? `${PINNED_MARKER}\n` : ''}${markdown}`)
    written = markdown
    if (existing) {
      const {data} = await client.rest.issues.updateComment({
        ...repo,
        comment_id: existing.id,
        body
      })
      comment = {id: existing.id, body}
      return {url: data.html_url, action: 'updated'}
    }
    const {data} = await client.rest.issues.createComment({...repo, issue_number: number, body})
    comment = {id: data.id, body}
    return {url: data.html_url, action: 'created'}
  }

  return {
    async readComment() {
      return (await findComment())?.body ?? ''
    },

    async writeComment(markdown) {
      return upsertComment(await ensureIssue(), markdown)
    },

    async pin() {
      const number = await ensureIssue()
      const found = (await findIssue())!
      const at = {number, url: found.url}
      if ((await findComment())?.body.includes(PINNED_MARKER)) return {outcome: 'remembered', ...at}
      const already = await isIssuePinned(client, found.nodeId)
      if (!already) await pinIssue(client, found.nodeId)
      // Remembered in the comment, so later weeks ask GitHub nothing. It is pinned either way:
      // if this rewrite fails, the next week's isPinned finds that and tries the marker again.
      pinKnown = true
      if (written !== undefined) await upsertComment(number, written).catch(() => undefined)
      return {outcome: already ? 'already-pinned' : 'pinned', ...at}
    },

    location() {
      return issue ? {number: issue.number, url: issue.url} : undefined
    }
  }
}
