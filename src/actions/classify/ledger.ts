// The failure ledger: read before deciding (a known flake is alerted, not
// autofixed), written after acting, and told when a rerun passed. A ledger
// that cannot be read or written is a warning naming the permission, never a
// lost classification.
import type {RunJournal} from '../../core/journal.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {ClassifyOutcome} from '../../core/report/classify-summary.js'
import type {LedgerStore} from '../../edges/github/issue-ledger.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {couldNot} from './could-not.js'
import type {ClassifyDeps} from './deps.js'

export interface Ledger {
  /** Where this run's record goes; undefined when there is no ledger to write. */
  store?: LedgerStore
  records: LedgerRecord[]
}

export async function readLedger(deps: ClassifyDeps, journal: RunJournal): Promise<Ledger> {
  const {settings} = deps
  if (settings.ledger === 'issue' && !settings.githubToken) {
    journal.couldNot('ledger-read', "Keep the ledger: no 'github-token' was given.", 'github-token')
    return {records: []}
  }
  const store = await deps.ledger()
  if (!store) return {records: []}
  try {
    return {store, records: await store.read()}
  } catch (error) {
    const permission = settings.ledger === 'issue' ? 'issues: read' : 'actions: read'
    couldNot(journal, 'ledger-read', 'Read the ledger', {error, permission})
    // An issue ledger that cannot be read is not written either (it would start a second page).
    return {store: settings.ledger === 'issue' ? undefined : store, records: []}
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
    const {location} = await ledger.store.append(record)
    journal.done(
      'ledger-written',
      deps.settings.ledger !== 'artifact'
        ? `Ledger updated: ${location}`
        : deps.settings.uploadArtifacts
          ? `Ledger written to ${location}: this run's artifact carries it to the next run.`
          : `Ledger written to ${location}: upload it with actions/upload-artifact as 'ci-medic-ledger' (upload-artifacts is false).`
    )
  } catch (error) {
    couldNot(journal, 'ledger-written', 'Write the ledger', {error, permission: 'issues: write'})
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
    const earlier = (await store.read())
      .filter(r => r.runId === run.id)
      .sort((a, b) => b.runAttempt - a.runAttempt)[0]
    if (!earlier) return message
    await store.append({
      ...earlier,
      time: new Date().toISOString(),
      runAttempt: run.runAttempt,
      actions: [],
      outcome: 'rerun-passed'
    })
    const note = `${message} The failure \`${earlier.fingerprint}\` (${earlier.category}) of attempt ${earlier.runAttempt} went away on the rerun: the ledger now marks it flaky on this commit.`
    journal.done('rerun-recorded', note)
    return note
  } catch (error) {
    couldNot(journal, 'rerun-recorded', "Could not record the rerun's outcome in the ledger", {
      error,
      permission: 'issues: write'
    })
    return message
  }
}
