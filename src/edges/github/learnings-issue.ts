// The learnings issue (the seeds' "#dev channel"): one issue, found by its
// title, its label and the token's own login like the ledger issue, holding
// ONE comment by ci-medic that each weekly run of mode: patterns rewrites
// with the summary and the metrics dashboard. The comment also keeps the sha
// ci-medic pushed last to the learnings branch (the push's lease), which
// outlives the learnings PR once it is merged. Only the token's own comment
// is trusted: anyone can paste a marker into a comment of their own.
import type {GitHubClient} from './client.js'
import {capBody} from './pull-requests.js'
import type {RepoRef} from './workflow-runs.js'

export const LEARNINGS_LABEL = 'ci-medic-learnings'
const COMMENT_MARKER = '<!-- ci-medic:learnings-summary -->'

export interface LearningsIssue {
  /** The body of ci-medic's summary comment ('' when there is none yet). */
  readComment(): Promise<string>
  /** Creates the issue when missing, then creates or rewrites the one summary comment. */
  writeComment(markdown: string): Promise<{url: string; action: 'created' | 'updated'}>
}

export function learningsIssue(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): LearningsIssue {
  let issue: {number: number; open: boolean} | null | undefined
  let comment: {id: number; body: string} | null | undefined

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
    issue = mine ? {number: mine.number, open: mine.state === 'open'} : null
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
        'Keep this issue open (pin it to find it); ci-medic rewrites its one comment below every week.'
      ].join(' ')
    })
    issue = {number: data.number, open: true}
    return data.number
  }

  return {
    async readComment() {
      return (await findComment())?.body ?? ''
    },

    async writeComment(markdown) {
      const number = await ensureIssue()
      const existing = await findComment()
      const body = capBody(`${COMMENT_MARKER}\n${markdown}`)
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
  }
}
