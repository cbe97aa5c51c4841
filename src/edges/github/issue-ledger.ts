// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login; writes update the newest page until it is
// full, then start a new one.
import {
  fitsInOneComment,
  LEDGER_MARKER,
  parseLedgerComment,
  renderLedgerComment
} from '../../core/ledger/ledger-comment.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export const LEDGER_LABEL = 'ci-medic-ledger'

export interface LedgerStore {
  read(): Promise<LedgerRecord[]>
  append(record: LedgerRecord): Promise<{location: string}>
}

interface Page {
  commentId: number
  records: LedgerRecord[]
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
      if (parsed) pages.push({commentId: comment.id, records: parsed.records})
    }
    return pages
  }

  return {
    async read() {
      return (await loadPages()).flatMap(p => p.records)
    },

    async append(record) {
      const loaded = await loadPages()
      let number = await findIssue()
      if (!number) {
        const {data} = await client.rest.issues.create({
          ...repo,
          title,
          labels: [LEDGER_LABEL],
          body: [
            'This issue is the failure ledger of [ci-medic](https://github.com/ci-medic/ci-medic) classify:',
            'one record per classified run, kept in the comments below (records are JSON Lines inside a hidden block).',
            'Keep it open; ci-medic reads it to tell flaky failures from real ones. Only comments written by',
            `\`${botLogin}\` are read.`
          ].join(' ')
        })
        number = issueNumber = data.number
        issueUrl = data.html_url
      }
      const last = loaded[loaded.length - 1]
      if (last && fitsInOneComment([...last.records, record])) {
        last.records.push(record)
        await client.rest.issues.updateComment({
          ...repo,
          comment_id: last.commentId,
          body: renderLedgerComment(last.records)
        })
      } else {
        const {data} = await client.rest.issues.createComment({
          ...repo,
          issue_number: number,
          body: renderLedgerComment([record])
        })
        loaded.push({commentId: data.id, records: [record]})
      }
      return {location: issueUrl}
    }
  }
}
