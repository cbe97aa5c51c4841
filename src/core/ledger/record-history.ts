// What classify's verdict records say about a fingerprint's history: known
// flakes and an earlier attempt of the same run. Apart from the record schema
// (ledger-record.ts), so that classify's decision, which loads at start-up,
// does not load zod with it.
import type {LedgerRecord} from './ledger-record.js'

/**
 * A fingerprint is flaky on a commit when a rerun of a run that failed with it
 * passed: fixing it would "fix" nothing, so it is alerted instead.
 */
export function isKnownFlake(records: LedgerRecord[], fingerprint: string, sha: string): boolean {
  return records.some(
    r =>
      r.fingerprint === fingerprint && r.outcome === 'rerun-passed' && (sha === '' || r.sha === sha)
  )
}

/** Any flaky or transient history for a fingerprint, on any commit (autofix's known-flake gate). */
export function flakyFingerprints(records: LedgerRecord[]): Set<string> {
  return new Set(
    records
      .filter(r => r.outcome === 'rerun-passed' || r.category === 'transient')
      .map(r => r.fingerprint)
  )
}

/** The record of an earlier attempt of the same run, if classify saw one. */
export function recordOfRun(records: LedgerRecord[], runId: number): LedgerRecord | undefined {
  return records.filter(r => r.runId === runId).sort((a, b) => b.runAttempt - a.runAttempt)[0]
}
