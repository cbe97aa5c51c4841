// The failure ledger: read before deciding (a known flake is alerted, not
// autofixed), written after acting, and told when a rerun passed. A ledger
// that cannot be read or written is a warning naming the permission, never a
// lost classification.
import type {RunJournal} from '../../core/journal.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import {failuresPassedOnCommit} from '../../core/ledger/record-history.js'
import {
  linkWithLedger,
  passedOnRetryFingerprints,
  recordLinks
} from '../../core/ledger/retry-links.js'
import type {Classification} from '../../core/classify/types.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import type {ClassifyOutcome} from '../../core/report/classify-summary.js'
import {corruptWarning, type LedgerStore} from '../../edges/ledger/store.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {errorMessage} from '../../errors.js'
import {codeRunOf} from './code-run.js'
import {couldNot} from './could-not.js'
import type {ClassifyDeps} from './deps.js'
import {runFacts} from './report.js'

/** How many failure fingerprints a verdict keeps (a page of the issue ledger holds about 60 KB). */
const MAX_FAILURE_FINGERPRINTS = 20

export interface Ledger {
  /** Where this run's record goes; undefined when there is no ledger to write. */
  store?: LedgerStore
  records: LedgerRecord[]
  /** autofix's and self-heal's outcomes: a fingerprint they failed to fix twice is alerted, not dispatched. */
  outcomes: OutcomeRecord[]
}

/** Where the settings keep the ledger, for its messages. */
function ledgerWhere(settings: ClassifyDeps['settings']): string {
  if (settings.ledger === 'file') return settings.ledgerPath
  return settings.ledger === 'issue' ? `issue '${settings.ledgerIssueTitle}'` : 'artifact'
}

/** What a failed read or write of this kind of ledger lacks. */
function permissionFor(kind: ClassifyDeps['settings']['ledger']): {read: string; write: string} {
  if (kind === 'file') return {read: 'ledger-path', write: 'ledger-path'}
  if (kind === 'artifact') return {read: 'actions: read', write: 'actions: read'}
  return {read: 'issues: read', write: 'issues: write'}
}

export async function readLedger(deps: ClassifyDeps, journal: RunJournal): Promise<Ledger> {
  const {settings} = deps
  if (settings.ledger === 'issue' && !settings.githubToken) {
    journal.couldNot('ledger-read', "Keep the ledger: no 'github-token' was given.", 'github-token')
    return {records: [], outcomes: []}
  }
  const store = await deps.ledger()
  if (!store) return {records: [], outcomes: []}
  try {
    const parsed = await store.read()
    const corrupt = corruptWarning(parsed, ledgerWhere(settings))
    if (corrupt) deps.io.logger.warning(corrupt)
    return {store, records: parsed.verdicts, outcomes: parsed.outcomes}
  } catch (error) {
    const permission = permissionFor(settings.ledger).read
    couldNot(journal, 'ledger-read', 'Read the ledger', {error, permission})
    // An issue ledger that cannot be read is not written either (it would start a second page).
    return {store: settings.ledger === 'issue' ? undefined : store, records: [], outcomes: []}
  }
}

/** Appends this run's record; its `actions` are the codes of what the journal says was done. */
export async function writeLedger(
  deps: ClassifyDeps,
  ledger: Ledger,
  outcome: ClassifyOutcome,
  journal: RunJournal
): Promise<void> {
  if (!ledger.store) return
  try {
    const record = ledgerRecordOf(deps, outcome, journal, ledger.records)
    const {location} = await ledger.store.append([record])
    journal.done(
      'ledger-written',
      deps.settings.ledger !== 'artifact'
        ? `Ledger updated: ${location}`
        : deps.settings.uploadArtifacts
          ? `Ledger written to ${location}: this run's artifact carries it to the next run.`
          : `Ledger written to ${location}: upload it with actions/upload-artifact as 'ci-medic-ledger' (upload-artifacts is false).`
    )
  } catch (error) {
    couldNot(journal, 'ledger-written', 'Write the ledger', {
      error,
      permission: permissionFor(deps.settings.ledger).write
    })
  }
}

function ledgerRecordOf(
  {context}: ClassifyDeps,
  {classification, decision, run, sources}: ClassifyOutcome,
  journal: RunJournal,
  earlier: readonly LedgerRecord[]
): LedgerRecord {
  const code = codeRunOf(context, run)
  return {
    v: 1,
    time: new Date().toISOString(),
    runId: code.id,
    runAttempt: run?.attempt ?? context.runAttempt,
    workflow: run?.workflow ?? context.workflow,
    workflowPath: run?.path ?? '',
    jobs: sources,
    sha: code.sha,
    branch: run?.branch ?? '',
    category: classification.category,
    confidence: classification.confidence,
    fingerprint: classification.fingerprint,
    nextAction: decision.action,
    actions: journal.doneCodes(),
    outcome: '',
    failureCount: classification.failures.length,
    rule: classification.rule,
    event: code.event,
    failureFingerprints: [...new Set(classification.failures.map(f => f.fingerprint))].slice(
      0,
      MAX_FAILURE_FINGERPRINTS
    ),
    passedOnRetry: passedOnRetryFingerprints(classification.failures, earlier, code),
    ...recordLinks(classification.failures)
  }
}

/**
 * The classification, each test that passed on a retry under another name than its failure
 * (rspec-retry's location) carrying the fingerprint of that failure in an earlier record of
 * the same code (core/ledger/retry-links.ts).
 */
export function linkRetries(
  {context}: ClassifyDeps,
  classification: Classification,
  ledger: Ledger,
  run: WorkflowRunInfo | undefined
): Classification {
  return linkWithLedger(classification, ledger.records, codeRunOf(context, run && runFacts(run)))
}

/**
 * A run that passed: a failure the ledger holds for the same commit, from an
 * earlier attempt of this run or another run of the same workflow, did not
 * reproduce there, so it is flaky; the ledger marks it once. A first attempt
 * with no other failed run of its workflow on the commit stops after one
 * request, without reading the ledger. Returns what to tell the person.
 */
export async function recordPassingRun(
  deps: ClassifyDeps,
  run: WorkflowRunInfo,
  journal: RunJournal
): Promise<string> {
  const passed = `Run ${run.id} passed${run.runAttempt > 1 ? ` on attempt ${run.runAttempt}` : ''}: nothing to classify.`
  if (run.runAttempt < 2 && !(await otherRunFailed(deps, run)))
    return `${passed} No other run of ${run.path || run.name} failed on commit ${run.headSha.slice(0, 7)}.`
  const store = await deps.ledger()
  if (!store) return passed
  try {
    const flaky = failuresPassedOnCommit((await store.read()).verdicts, {
      id: run.id,
      attempt: run.runAttempt,
      path: run.path,
      sha: run.headSha,
      event: run.event
    })
    if (flaky.length === 0) return passed
    const time = new Date().toISOString()
    await store.append(flaky.map(r => flakeRecord(r, run, time)))
    const note = `${passed} ${flaky.map(r => flakeNote(r, run)).join(' ')} The ledger now marks ${flaky.length === 1 ? 'it' : 'them'} flaky on this commit: a human is alerted instead of autofix.`
    journal.done('rerun-recorded', note)
    return note
  } catch (error) {
    couldNot(
      journal,
      'rerun-recorded',
      "Could not record the passing run's outcome in the ledger",
      {
        error,
        permission: permissionFor(deps.settings.ledger).write
      }
    )
    return passed
  }
}

/** Whether another run of the workflow failed on the commit; true when GitHub cannot say (the ledger decides). */
async function otherRunFailed(deps: ClassifyDeps, run: WorkflowRunInfo): Promise<boolean> {
  const gh = await deps.github()
  if (!gh) return true
  try {
    return await gh.api.otherRunFailedOnCommit(gh.client, gh.repo, run)
  } catch (error) {
    deps.io.logger.debug(
      `The runs of commit ${run.headSha} could not be listed: ${errorMessage(error)}`
    )
    return true
  }
}

/** The failure's verdict, marked: an earlier attempt of this run keeps the passing attempt, as before. */
function flakeRecord(failed: LedgerRecord, run: WorkflowRunInfo, time: string): LedgerRecord {
  const attempt = failed.runId === run.id ? run.runAttempt : failed.runAttempt
  return {...failed, time, runAttempt: attempt, actions: [], outcome: 'rerun-passed'}
}

function flakeNote(failed: LedgerRecord, run: WorkflowRunInfo): string {
  const what = `The failure \`${failed.fingerprint}\` (${failed.category})`
  return failed.runId === run.id
    ? `${what} of attempt ${failed.runAttempt} went away on the rerun.`
    : `${what} of run ${failed.runId} on the same commit (${run.headSha.slice(0, 7)}) did not happen in this ${run.event || 'workflow'} run.`
}
