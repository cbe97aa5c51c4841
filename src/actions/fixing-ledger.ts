// The ledger as both fixing actions (autofix, self-heal) use it: read once
// before fixing (known flakes, and the outcomes behind "never the same failed
// fix a third time"), written once at the end (one outcome record per failure
// or group handled). A ledger that cannot be read or written is a journal
// entry naming what is missing, never a failed run.
import type {RunJournal} from '../core/journal.js'
import type {ParsedLedger} from '../core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../core/ledger/outcome-record.js'
import {
  blockedFingerprints,
  failedTwiceReason,
  retryDecision,
  retryOverrideOf,
  runLinks
} from '../core/ledger/retry-policy.js'
import {describeGitHubError, missingPermission} from '../edges/github/errors.js'
import {corruptWarning, emptyLedger, type LedgerStore} from '../edges/ledger/store.js'
import {touchedSince} from '../edges/workspace/git-workspace.js'
import {readLearnings} from '../edges/workspace/learnings-reader.js'
import type {Logger} from '../logger.js'
import type {LedgerKind} from '../settings/ledger-fields.js'

/** What a failed read or write of this kind of ledger lacks. */
export function ledgerNeeds(kind: LedgerKind, write: boolean): string {
  if (kind === 'file') return 'ledger-path'
  if (kind === 'artifact') return 'actions: read'
  return write ? 'issues: write' : 'issues: read'
}

/** Reads the ledger into the journal; an unreadable one is an empty ledger and a could-not entry. */
export async function readFixingLedger(
  store: LedgerStore,
  kind: LedgerKind,
  journal: RunJournal,
  logger: Logger
): Promise<ParsedLedger | undefined> {
  try {
    const ledger = await store.read()
    const corrupt = corruptWarning(ledger, kind)
    if (corrupt) logger.warning(corrupt)
    return ledger
  } catch (error) {
    const needs = ledgerNeeds(kind, false)
    journal.couldNot(
      'ledger-read',
      `The ledger could not be read (${describeGitHubError(error, needs)}): known flakes and failed fixes are not skipped.`,
      missingPermission(error) ?? (kind === 'file' ? needs : undefined)
    )
    return undefined
  }
}

export {emptyLedger}

/** Why a fixing job with publish: separate-job and ledger: issue writes no outcome records (it holds no write token). */
export const UNWRITTEN_LEDGER_NOTE =
  'Outcome records are not written to the ledger issue: with publish: separate-job this job has no write token. ledger: file with a ledger-path (uploaded by a later step) or ledger: artifact keeps them.'

export interface GateInput {
  /** The outcomes of the fingerprints this action works on (CI failures, or `sentry:` groups). */
  outcomes: readonly OutcomeRecord[]
  /** The retry-fingerprints input. */
  retry: readonly string[]
  workspace: string
  /** GITHUB_SERVER_URL and owner/repo: the earlier runs' links. */
  serverUrl: string
  repository: string
  logger: Logger
  /** learnings-path: a pattern doc about a blocked fingerprint that changed since its last failed fix lifts the block. */
  learningsPath?: string
}

/**
 * Fingerprints not to attempt in this run, each with the reason and links to
 * the runs whose fixes failed. A blocked fingerprint is let through when a
 * commit since its last failed fix touched its files (git in the checkout,
 * read before any check runs) or retry-fingerprints names it.
 */
export async function failedTwiceGate(input: GateInput): Promise<Map<string, string>> {
  const override = retryOverrideOf(input.retry)
  const out = new Map<string, string>()
  const docsAbout = learningsAbout(input)
  for (const history of blockedFingerprints(input.outcomes).values()) {
    const filesTouched = await touchedSince(input.workspace, history.last.sha, history.files).catch(
      () => 'unknown' as const
    )
    const docs = await docsAbout(history.fingerprint)
    const learningChanged =
      (await touchedSince(input.workspace, history.last.sha, docs).catch(() => false)) === true
    const decision = retryDecision(history, {override, filesTouched, learningChanged})
    if (decision.attempt) {
      input.logger.info(
        `Failed fixes of ${history.fingerprint} before, tried again: ${decision.because}.`
      )
      continue
    }
    const links = runLinks(input.serverUrl, input.repository, decision.runIds)
    out.set(history.fingerprint, failedTwiceReason(links, decision.reason))
  }
  return out
}

/**
 * The tracked pattern docs (learnings-path) whose front matter names a
 * fingerprint (a self-heal group's with or without its `sentry:` prefix),
 * read once and only when a fingerprint is blocked. A doc added or edited in a
 * commit since the last failed fix is the "new signal" that lifts the block.
 */
function learningsAbout(input: GateInput): (fingerprint: string) => Promise<string[]> {
  let docs: Promise<{path: string; fingerprints: string[]}[]> | undefined
  return async fingerprint => {
    if (!input.learningsPath) return []
    docs ??= readLearnings(input.workspace, input.learningsPath).then(
      read => read.docs,
      () => []
    )
    const bare = fingerprint.replace(/^sentry:/, '')
    return (await docs)
      .filter(d => d.fingerprints.some(f => f === fingerprint || f === bare))
      .map(d => d.path)
  }
}

/**
 * Appends the records. Where they went is a log line (the report is rendered
 * before this step, at publishing); a failure is a could-not entry, so the
 * run's warnings name what would allow it.
 */
export async function writeOutcomes(
  store: LedgerStore,
  records: readonly OutcomeRecord[],
  kind: LedgerKind,
  to: {journal: RunJournal; logger: Logger}
): Promise<void> {
  const {journal, logger} = to
  if (records.length === 0) {
    logger.info('No outcome record to write: no failure was handled.')
    return
  }
  try {
    const {location} = await store.append(records)
    const upload =
      kind === 'artifact' ? ": upload it with actions/upload-artifact as 'ci-medic-ledger'" : ''
    logger.info(`Wrote ${records.length} outcome record(s) to the ledger: ${location}${upload}.`)
  } catch (error) {
    const needs = ledgerNeeds(kind, true)
    journal.couldNot(
      'ledger-written',
      `The outcome records could not be written to the ledger (${describeGitHubError(error, needs)}).`,
      missingPermission(error) ?? needs
    )
  }
}
