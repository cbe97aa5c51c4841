// The fixing job's outcome records (publish: separate-job with ledger: issue): that job holds no
// write token, so it hands its records over in the proposal (ledger.jsonl, checked in verify.ts
// as records of its own run only) and this job, which holds the write token, appends them to the
// ledger issue, after the PRs, with the PR each proposed fix went to. A record already in the
// ledger (a re-run of this job) is not appended again. A ledger that cannot be written is a
// warning naming the permission, never a failed publish: the PRs are out already.
import {notYetIn, withPublishedPr, type PublishedPr} from '../../core/proposal/proposal-ledger.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {describeGitHubError} from '../../edges/github/errors.js'
import {issueLedger} from '../../edges/github/issue-ledger.js'
import type {PublishDeps} from './deps.js'

export async function appendOutcomes(
  deps: PublishDeps,
  records: readonly OutcomeRecord[] | undefined,
  prOf: (r: OutcomeRecord) => PublishedPr | undefined
): Promise<void> {
  const {logger} = deps.io
  if (!records?.length) return
  const title = deps.settings.ledgerIssueTitle
  try {
    const store = issueLedger(deps.client, deps.repo, title, await resolveBotLogin(deps.client))
    const fresh = notYetIn((await store.read()).outcomes, withPublishedPr(records, prOf))
    if (fresh.length === 0) {
      logger.info(`The proposal's ${records.length} outcome record(s) are in the ledger already.`)
      return
    }
    const {location} = await store.append(fresh)
    logger.info(
      `Appended the fixing job's ${fresh.length} outcome record(s) to the ledger: ${location}.`
    )
  } catch (error) {
    logger.warning(
      `The fixing job's outcome records could not be written to the ledger issue '${title}' (${describeGitHubError(error, 'issues: write')}).`
    )
  }
}
