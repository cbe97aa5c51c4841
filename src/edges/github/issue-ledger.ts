// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login; writes update the newest page until it is
// full, then start a new one. A page holds verdicts and outcomes, and keeps
// the lines of a future version when it is rewritten.
import {
  fitsInOneComment,
  LEDGER_MARKER,
  parseLedgerComment,
  renderLedgerComment
} from '../../core/ledger/ledger-comment.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {isOutcome, type AnyLedgerRecord, type LedgerStore} from '../ledger/store.js'
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export type {LedgerStore} from '../ledger/store.js'

export const LEDGER_LABEL = 'ci-medic-ledger'

interface Page {
  commentId: number
  records: LedgerRecord[]
  outcomes: OutcomeRecord[]
  future: string[]
}

function render(page: Omit<Page, 'commentId'>): string {
  return renderLedgerComment(page.records, page)
}

function fits(page: Omit<Page, 'commentId'>, record: AnyLedgerRecord): boolean {
  const more = isOutcome(record)
    ? {outcomes: [...page.outcomes, record], future: page.future}
    : {outcomes: page.outcomes, future: page.future}
  return fitsInOneComment(isOutcome(record) ? page.records : [...page.records, record], more)
}

function add(page: Omit<Page, 'commentId'>, record: AnyLedgerRecord): void {
  if (isOutcome(record)) page.outcomes.push(record)
  else page.records.push(record)
}

export function issueLedger(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): LedgerStore {
  let issueNumber: number | undefined
  let issueUrl = ''
  let pages: Page[] | undefined
  let corrupt = 0

  async function findIssue(): Promise<number | undefined> {
    if (issueNumber) return issueNumber
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      labels: LEDGER_LABEL,
      per_page: 100
    })
    const found = issues.find(
      i => i.title === title && !i.pull_request && i.user?.login === botLogin
    )
    if (found) {
      issueNumber = found.number
      issueUrl = found.html_url
    }
    return issueNumber
  }

  async function loadPages(): Promise<Page[]> {
    if (pages) return pages
    const number = await findIssue()
    if (!number) return (pages = [])
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 100
    })
    pages = []
    for (const comment of comments) {
      if (comment.user?.login !== botLogin || !comment.body?.startsWith(LEDGER_MARKER)) continue
      const parsed = parseLedgerComment(comment.body)
      if (!parsed) continue
      const {records, outcomes, future, rejected} = parsed
      corrupt += rejected
      pages.push({commentId: comment.id, records, outcomes, future})
    }
    return pages
  }

  async function ensureIssue(): Promise<number> {
    const found = await findIssue()
    if (found) return found
    const {data} = await client.rest.issues.create({
      ...repo,
      title,
      labels: [LEDGER_LABEL],
      body: [
        'This issue is the failure ledger of [ci-medic](https://github.com/ci-medic/ci-medic):',
        'one record per classified run and per failure autofix or self-heal handled, kept in the comments below (records are JSON Lines inside a hidden block).',
        'Keep it open; ci-medic reads it to tell flaky failures from real ones, and not to try a failed fix a third time. Only comments written by',
        `\`${botLogin}\` are read.`
      ].join(' ')
    })
    issueUrl = data.html_url
    return (issueNumber = data.number)
  }

  return {
    async read() {
      const loaded = await loadPages()
      return {
        verdicts: loaded.flatMap(p => p.records),
        outcomes: loaded.flatMap(p => p.outcomes),
        future: loaded.flatMap(p => p.future),
        corrupt
      }
    },

    async append(records) {
      const loaded = await loadPages()
      const number = await ensureIssue()
      // The newest page takes what fits; the rest go to new pages, one comment each.
      const last = loaded[loaded.length - 1]
      let i = 0
      if (last) {
        while (i < records.length && fits(last, records[i]!)) add(last, records[i++]!)
        if (i > 0)
          await client.rest.issues.updateComment({
            ...repo,
            comment_id: last.commentId,
            body: render(last)
          })
      }
      while (i < records.length) {
        const page: Omit<Page, 'commentId'> = {records: [], outcomes: [], future: []}
        add(page, records[i++]!)
        while (i < records.length && fits(page, records[i]!)) add(page, records[i++]!)
        const {data} = await client.rest.issues.createComment({
          ...repo,
          issue_number: number,
          body: render(page)
        })
        loaded.push({commentId: data.id, ...page})
      }
      return {location: issueUrl}
    }
  }
}
