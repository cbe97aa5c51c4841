// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login (./own-issues.ts); writes update the newest
// page until it is full, then start a new one. A page holds verdicts and
// outcomes, and keeps the lines of a future version when it is rewritten.
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
import {ownLabelledIssues, ownMarkedComments, type OwnIssueSite} from './own-issues.js'
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

/** Adds the records from `start` on while they fit; the index of the first one left. */
function fill(
  page: Omit<Page, 'commentId'>,
  records: readonly AnyLedgerRecord[],
  start: number
): number {
  let i = start
  while (i < records.length && fits(page, records[i]!)) add(page, records[i++]!)
  return i
}

/** The ledger issue as this run found or created it, and its pages once read. */
interface LedgerIssue extends OwnIssueSite {
  title: string
  number: number | undefined
  url: string
  pages: Page[] | undefined
  /** Lines of the pages read that are not a valid record. */
  corrupt: number
}

export function issueLedger(
  client: GitHubClient,
  repo: RepoRef,
  title: string,
  botLogin: string
): LedgerStore {
  const ledger: LedgerIssue = {
    client,
    repo,
    botLogin,
    title,
    number: undefined,
    url: '',
    pages: undefined,
    corrupt: 0
  }
  return {
    async read() {
      const loaded = await loadPages(ledger)
      return {
        verdicts: loaded.flatMap(p => p.records),
        outcomes: loaded.flatMap(p => p.outcomes),
        future: loaded.flatMap(p => p.future),
        corrupt: ledger.corrupt
      }
    },
    append: records => appendRecords(ledger, records)
  }
}

async function findIssue(ledger: LedgerIssue): Promise<number | undefined> {
  if (ledger.number) return ledger.number
  const found = (await ownLabelledIssues(ledger, LEDGER_LABEL)).find(i => i.title === ledger.title)
  if (found) {
    ledger.number = found.number
    ledger.url = found.html_url
  }
  return ledger.number
}

/** The pages: ci-medic's own ledger comments, in order. */
async function loadPages(ledger: LedgerIssue): Promise<Page[]> {
  if (ledger.pages) return ledger.pages
  const number = await findIssue(ledger)
  if (!number) return (ledger.pages = [])
  const comments = await ownMarkedComments(ledger, number, LEDGER_MARKER)
  const pages: Page[] = (ledger.pages = [])
  for (const comment of comments) {
    const parsed = parseLedgerComment(comment.body ?? '')
    if (!parsed) continue
    const {records, outcomes, future, rejected} = parsed
    ledger.corrupt += rejected
    pages.push({commentId: comment.id, records, outcomes, future})
  }
  return pages
}

async function ensureIssue(ledger: LedgerIssue): Promise<number> {
  const found = await findIssue(ledger)
  if (found) return found
  const {client, repo, title, botLogin} = ledger
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
  ledger.url = data.html_url
  return (ledger.number = data.number)
}

async function appendRecords(
  ledger: LedgerIssue,
  records: readonly AnyLedgerRecord[]
): Promise<{location: string}> {
  const {client, repo} = ledger
  const loaded = await loadPages(ledger)
  const number = await ensureIssue(ledger)
  // The newest page takes what fits; the rest go to new pages, one comment each.
  const last = loaded[loaded.length - 1]
  let i = 0
  if (last) {
    i = fill(last, records, 0)
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
    i = fill(page, records, i)
    const {data} = await client.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: render(page)
    })
    loaded.push({commentId: data.id, ...page})
  }
  return {location: ledger.url}
}
