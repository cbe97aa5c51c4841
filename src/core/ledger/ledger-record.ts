// One line of the failure ledger: what classify saw on one run, and what it
// did about it. Later runs read these back: classify's next-action decision
// (a fingerprint that passed on a rerun of the same commit is a flake: alert,
// not autofix) and autofix's known-flake gate (flaky or transient history:
// skipped, never "fixed"). Records stay in the tracking issue or artifact
// longer than the code that wrote them, so every field is kept even when
// empty and the format is versioned (`v`). Nothing else reads them yet: there
// is no pattern analysis over the ledger.
import {z} from 'zod'

export const ledgerRecordSchema = z.object({
  v: z.literal(1),
  /** ISO time the record was written. */
  time: z.string(),
  runId: z.number(),
  runAttempt: z.number(),
  workflow: z.string(),
  /** `.github/workflows/ci.yml` */
  workflowPath: z.string(),
  /** Names of the failed jobs that were read. */
  jobs: z.array(z.string()),
  sha: z.string(),
  branch: z.string(),
  category: z.string(),
  confidence: z.number(),
  fingerprint: z.string(),
  nextAction: z.enum(['rerun', 'autofix', 'alert', 'none']),
  /** What was actually done: `rerun-requested`, `autofix-dispatched`, `alert-opened`, `alert-updated`, `rerun-passed`… */
  actions: z.array(z.string()),
  /** Filled in when a rerun of this run finished: did the failure go away? */
  outcome: z.enum(['rerun-passed', 'rerun-failed', '']).default(''),
  failureCount: z.number(),
  /** The rule that decided the category. */
  rule: z.string()
})

export type LedgerRecord = z.infer<typeof ledgerRecordSchema>

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
