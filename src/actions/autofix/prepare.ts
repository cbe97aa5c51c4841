// autofix's steps before any fix: the project's checks, the known flakes from
// classify's ledger, and the failed run classify dispatched us for. Each
// writes what it did, skipped or could not do to the run journal.
import type {DetectedProject} from '../../core/fixing/index.js'
import type {RunJournal} from '../../core/journal.js'
import {flakyFingerprints} from '../../core/ledger/ledger-record.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {GitHubApiError} from '../../edges/github/errors.js'
import {issueLedger} from '../../edges/github/issue-ledger.js'
import {getWorkflowRun, type WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {detectChecks} from '../../engine/workspace-checks.js'
import {errorMessage} from '../../errors.js'
import type {AutofixDeps} from './deps.js'

/** The project's test, lint and typecheck commands and its fixers: given or detected. */
export async function detectTheChecks(deps: AutofixDeps): Promise<DetectedProject> {
  const {context, settings, reportDir, log, io} = deps
  const project = await detectChecks(context.workspace, settings, reportDir)
  log.record('detected', {...project})
  io.logger.info(
    `Checks: ${[project.testCommand, project.lintCommand, project.typecheckCommand].filter(Boolean).join(' | ')}`
  )
  return project
}

/**
 * Fingerprints classify's ledger marks flaky or transient: skipped, never
 * "fixed". Read in a dry run too (reading is not writing), so a dry run
 * attempts what a real run would.
 */
export async function readKnownFlakes(
  deps: AutofixDeps,
  journal: RunJournal
): Promise<ReadonlySet<string>> {
  const {github, settings, io} = deps
  if (!github) {
    journal.skipped(
      'ledger-read',
      'The ledger was not read (no github-token): known flakes are not skipped.'
    )
    return new Set()
  }
  try {
    const botLogin = await resolveBotLogin(github.client)
    const ledger = issueLedger(github.client, github.repo, settings.ledgerIssueTitle, botLogin)
    const flakes = flakyFingerprints(await ledger.read())
    journal.done('ledger-read', `Read the ledger: ${flakes.size} known flake(s) to skip.`)
    io.logger.info(`Known flakes in the ledger: ${flakes.size}.`)
    return flakes
  } catch (error) {
    journal.couldNot(
      'ledger-read',
      `The ledger could not be read (${errorMessage(error)}): known flakes are not skipped.`,
      permissionFor(error)
    )
    return new Set()
  }
}

/** The failed run classify dispatched us for: named in the report, so a reviewer can compare. */
export async function describeDispatchingRun(
  deps: AutofixDeps,
  journal: RunJournal
): Promise<void> {
  const {settings, github, git} = deps
  if (!settings.runId) return
  if (!github) {
    journal.fact('run-context', `Dispatched for the failed run ${settings.runId}.`)
    return
  }
  try {
    const run = await getWorkflowRun(github.client, github.repo, settings.runId)
    journal.fact('run-context', dispatchedFor(run, settings.fingerprint, await git.head()))
  } catch (error) {
    journal.couldNot(
      'run-context',
      `The failed run ${settings.runId} could not be read (${errorMessage(error)}).`,
      permissionFor(error)
    )
  }
}

function dispatchedFor(run: WorkflowRunInfo, fingerprint: string, head: string | null): string {
  const print = fingerprint ? ` (failure fingerprint \`${fingerprint}\`)` : ''
  const moved =
    head && run.headSha && head !== run.headSha
      ? `; that run tested ${run.headSha.slice(0, 7)}, this checkout is ${head.slice(0, 7)}`
      : ''
  return `Dispatched for the failed run [${run.name} #${run.id}](${run.htmlUrl})${print}${moved}.`
}

/** The workflow permission a GitHub request was refused for lacking, if that is what happened. */
export function permissionFor(error: unknown): string | undefined {
  return error instanceof GitHubApiError && error.kind === 'permission' ? error.needs : undefined
}
