// The fixing job's outcome records (publish: separate-job with ledger: issue): that job holds no
// write token, so it hands its records over in the proposal (ledger.jsonl, checked in verify.ts
// as records of its own run only) and this job, which holds the write token, appends them to the
// ledger issue, after the PRs, with the PR each proposed fix went to. A record already in the
// ledger (a re-run of this job) is not appended again. A ledger that cannot be written is a
// warning naming the permission, never a failed publish: the PRs are out already. What became of
// the records is one line of the job summary (ledgerLine).
import {notYetIn, withPublishedPr, type PublishedPr} from '../../core/proposal/proposal-ledger.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {describeGitHubError} from '../../edges/github/errors.js'
import {issueLedger} from '../../edges/github/issue-ledger.js'
import type {PublishDeps} from './deps.js'

/** What appendOutcomes did with the proposal's records. */
export type LedgerAppend =
  | {kind: 'no-records'}
  | {kind: 'appended'; count: number; title: string; location: string}
  | {kind: 'already'; count: number; title: string}
  | {kind: 'failed'; count: number; title: string; reason: string}

export async function appendOutcomes(
  deps: PublishDeps,
  records: readonly OutcomeRecord[] | undefined,
  prOf: (r: OutcomeRecord) => PublishedPr | undefined
): Promise<LedgerAppend> {
  const {logger} = deps.io
  if (!records?.length) return {kind: 'no-records'}
  const title = deps.settings.ledgerIssueTitle
  const count = records.length
  try {
    const store = issueLedger(deps.client, deps.repo, title, await resolveBotLogin(deps.client))
    const fresh = notYetIn((await store.read()).outcomes, withPublishedPr(records, prOf))
    if (fresh.length === 0) {
      logger.info(`The proposal's ${count} outcome record(s) are in the ledger already.`)
      return {kind: 'already', count, title}
    }
    const {location} = await store.append(fresh)
    logger.info(
      `Appended the fixing job's ${fresh.length} outcome record(s) to the ledger: ${location}.`
    )
    return {kind: 'appended', count: fresh.length, title, location}
  } catch (error) {
    const reason = describeGitHubError(error, 'issues: write')
    logger.warning(
      `The fixing job's outcome records could not be written to the ledger issue '${title}' (${reason}).`
    )
    return {kind: 'failed', count, title, reason}
  }
}

/** The job summary's line about the ledger. */
export function ledgerLine(done: LedgerAppend): string {
  switch (done.kind) {
    case 'no-records':
      return 'Ledger: nothing appended: the proposal carries no outcome records (the fixing job puts them there only with `ledger: issue` and `publish: separate-job`; any other ledger it writes itself).'
    case 'appended':
      return `Ledger: appended the fixing job's ${done.count} outcome record(s) to the ledger issue '${done.title}': ${done.location}.`
    case 'already':
      return `Ledger: nothing appended: the proposal's ${done.count} outcome record(s) are in the ledger issue '${done.title}' already.`
    case 'failed':
      return `Ledger: not appended: the fixing job's ${done.count} outcome record(s) could not be written to the ledger issue '${done.title}' (${done.reason}).`
  }
}
