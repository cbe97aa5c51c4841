// The failure ledger: read before deciding (a known flake is alerted, not
// autofixed), written after acting, and told when a rerun passed. A ledger
// that cannot be read or written is a warning naming the permission, never a
// lost classification.
import type {RunJournal} from '../../core/journal.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import type {ClassifyOutcome} from '../../core/report/classify-summary.js'
import {corruptWarning, type LedgerStore} from '../../edges/ledger/store.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {couldNot} from './could-not.js'
import type {ClassifyDeps} from './deps.js'

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
    const record = ledgerRecordOf(deps, outcome, journal)
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
  journal: RunJournal
): LedgerRecord {
  return {
    v: 1,
    time: new Date().toISOString(),
    runId: run?.id ?? context.runId,
    runAttempt: run?.attempt ?? context.runAttempt,
    workflow: run?.workflow ?? context.workflow,
    workflowPath: run?.path ?? '',
    jobs: sources,
    sha: run?.sha ?? context.sha,
    branch: run?.branch ?? '',
    category: classification.category,
    confidence: classification.confidence,
    fingerprint: classification.fingerprint,
    nextAction: decision.action,
    actions: journal.doneCodes(),
    outcome: '',
    failureCount: classification.failures.length,
    rule: classification.rule
  }
}

/**
 * A run that passed on a later attempt: its earlier failure was flaky, and
 * the ledger says so. Returns what to tell the person.
 */
export async function recordRerunOutcome(
  deps: ClassifyDeps,
  run: WorkflowRunInfo,
  journal: RunJournal
): Promise<string> {
  const message = `Run ${run.id} passed on attempt ${run.runAttempt}: nothing to classify.`
  const store = run.runAttempt < 2 ? undefined : await deps.ledger()
  if (!store) return message
  try {
    const earlier = (await store.read()).verdicts
      .filter(r => r.runId === run.id)
      .sort((a, b) => b.runAttempt - a.runAttempt)[0]
    if (!earlier) return message
    await store.append([
      {
        ...earlier,
        time: new Date().toISOString(),
        runAttempt: run.runAttempt,
        actions: [],
        outcome: 'rerun-passed'
      }
    ])
    const note = `${message} The failure \`${earlier.fingerprint}\` (${earlier.category}) of attempt ${earlier.runAttempt} went away on the rerun: the ledger now marks it flaky on this commit.`
    journal.done('rerun-recorded', note)
    return note
  } catch (error) {
    couldNot(journal, 'rerun-recorded', "Could not record the rerun's outcome in the ledger", {
      error,
      permission: permissionFor(deps.settings.ledger).write
    })
    return message
  }
}
