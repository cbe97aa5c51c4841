// autofix's steps before any fix: the project's checks, the ledger (classify's
// known flakes, and the failures autofix or self-heal failed to fix twice),
// and the failed run classify dispatched us for. Each
// writes what it did, skipped or could not do to the run journal.
import type {DetectedProject} from '../../core/fixing/index.js'
import type {RunJournal} from '../../core/journal.js'
import {isSentryFingerprint} from '../../core/ledger/heal-outcome-of.js'
import {flakyFingerprints} from '../../core/ledger/ledger-record.js'
import {GitHubApiError} from '../../edges/github/errors.js'
import type {LedgerStore} from '../../edges/ledger/store.js'
import {getWorkflowRun, type WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {detectChecks} from '../../engine/workspace-checks.js'
import {errorMessage} from '../../errors.js'
import {
  failedTwiceGate,
  gateInputOfRun,
  openRunLedger,
  readFixingLedger,
  retryLabelsVia,
  type FailedTwiceGate
} from '../fixing-ledger.js'
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

/** What the ledger tells the fix loop, and where this run's outcome records go. */
export interface LedgerView {
  /** Where the outcome records are written; undefined when there is no ledger to write. */
  store?: LedgerStore
  /** Fingerprints classify's ledger marks flaky or transient: skipped, never "fixed". */
  knownFlakes: ReadonlySet<string>
  /** Fingerprints autofix or self-heal failed to fix twice: skipped, with the reason. */
  failedTwice: ReadonlyMap<string, string>
  /** Failed-twice fingerprints a person's ci-medic:retry label lets through (the label comes off after the attempt). */
  retried: FailedTwiceGate['retried']
  /** The commit the run started from (the outcome records' `sha`). */
  startSha: string
}

/**
 * The ledger's known flakes and failed fixes. Read in a dry run too (reading
 * is not writing), so a dry run attempts what a real run would.
 */
export async function readTheLedger(deps: AutofixDeps, journal: RunJournal): Promise<LedgerView> {
  const {github, settings, io} = deps
  const startSha = (await deps.git.head()) ?? ''
  const none: LedgerView = {knownFlakes: new Set(), failedTwice: new Map(), retried: [], startSha}
  if (settings.ledger === 'none') return none
  if (!github && settings.ledger === 'issue') {
    journal.skipped(
      'ledger-read',
      'The ledger was not read (no github-token): known flakes and failed fixes are not skipped.'
    )
    return none
  }
  const store = await openRunLedger(deps).catch((error: unknown) => {
    journal.couldNot(
      'ledger-read',
      `The ledger could not be opened (${errorMessage(error)}).`,
      permissionFor(error)
    )
    return undefined
  })
  if (!store) return none
  const ledger = await readFixingLedger(store, settings.ledger, journal, io.logger)
  // An issue ledger that cannot be read is not written either (it would start a second page).
  if (!ledger) return {...none, store: settings.ledger === 'issue' ? undefined : store}
  const knownFlakes = flakyFingerprints(ledger.verdicts, ledger.outcomes)
  const {skip: failedTwice, retried} = await failedTwiceGate({
    ...gateInputOfRun(deps),
    outcomes: ledger.outcomes.filter(o => !isSentryFingerprint(o.fingerprint)),
    retryLabels: retryLabelsVia(github),
    dispatchedFor: settings.fingerprint,
    journal
  })
  const twice = failedTwice.size ? `, ${failedTwice.size} failed twice before` : ''
  journal.done(
    'ledger-read',
    `Read the ledger: ${knownFlakes.size} known flake(s)${twice} to skip.`
  )
  io.logger.info(
    `Known flakes in the ledger: ${knownFlakes.size}.${twice ? ` Failed fixes${twice}.` : ''}`
  )
  return {
    store: ledgerWritable(deps) ? store : undefined,
    knownFlakes,
    failedTwice,
    retried,
    startSha
  }
}

/** Whether this job may write the ledger: not the issue one without a write token (publish: separate-job). */
export function ledgerWritable({settings}: Pick<AutofixDeps, 'settings'>): boolean {
  return settings.publish !== 'separate-job' || settings.ledger !== 'issue'
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
