// The ledger store the fixing actions (autofix, self-heal) use, as their
// `ledger` input asks: the tracking issue (only the token's own comments are
// trusted), the workflow artifact (read back from the newest trusted one,
// written for upload), a local file, or none.
import {resolve, join} from 'node:path'
import type {Logger} from '../../logger.js'
import {artifactLedger, LEDGER_FILE} from '../github/artifact-ledger.js'
import {resolveBotLogin} from '../github/bot-identity.js'
import type {GitHubClient} from '../github/client.js'
import {issueLedger} from '../github/issue-ledger.js'
import type {RepoRef} from '../github/workflow-runs.js'
import {fileLedger} from './file-ledger.js'
import type {LedgerStore} from './store.js'

export interface LedgerPlace {
  ledger: 'issue' | 'artifact' | 'file' | 'none'
  ledgerPath: string
  ledgerIssueTitle: string
}

export interface LedgerContext {
  github?: {client: GitHubClient; repo: RepoRef}
  workspace: string
  tempDir: string
  runId: number
  logger: Logger
}

/** Where `ledger: artifact` writes the ledger for upload (as classify does). */
export function artifactLedgerFile(tempDir: string): string {
  return join(tempDir, 'ci-medic', 'ledger', LEDGER_FILE)
}

/** The store, or undefined when there is none to use (`none`, or `issue`/`artifact` with no token). */
export async function openLedger(
  place: LedgerPlace,
  context: LedgerContext
): Promise<LedgerStore | undefined> {
  const {github} = context
  switch (place.ledger) {
    case 'file':
      return fileLedger(resolve(context.workspace, place.ledgerPath))
    case 'artifact':
      return artifactLedger(
        github?.client,
        github?.repo ?? {owner: '', repo: ''},
        artifactLedgerFile(context.tempDir),
        {currentRunId: context.runId, logger: context.logger}
      )
    case 'issue':
      if (!github) return undefined
      return issueLedger(
        github.client,
        github.repo,
        place.ledgerIssueTitle,
        await resolveBotLogin(github.client)
      )
    default:
      return undefined
  }
}
