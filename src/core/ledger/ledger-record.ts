// One line of the failure ledger: what classify saw on one run, and what it
// did about it. Later runs read these back: classify's next-action decision
// (a fingerprint that passed on a rerun of the same commit is a flake: alert,
// not autofix; one that passed on a retry in a run of the same code, its
// `passedOnRetry`: rerun) and autofix's known-flake gate (flaky or transient history:
// skipped, never "fixed"). Records stay in the tracking issue or artifact
// longer than the code that wrote them, so every field is kept even when
// empty and the format is versioned (`v`). Nothing else reads them yet: there
// is no pattern analysis over the ledger.
import {z} from 'zod'
import {MAX_LINK_KEY} from '../classify/retry-links.js'

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
  rule: z.string(),
  /**
   * The fingerprints of the run's failures (the run's own fingerprint is
   * another hash): what autofix, which works per failure, matches a flake
   * mark against. Absent in records written before it existed.
   */
  failureFingerprints: z.array(z.string()).max(100).optional(),
  /**
   * The fingerprints of the failures that passed on a retry in the same run (jest's
   * retryTimes, rspec-retry, pytest-rerunfailures, surefire's reruns, Playwright's retries):
   * flaky whatever the run's verdict. Absent in records written before it existed.
   */
  passedOnRetry: z.array(z.string()).max(100).optional(),
  /**
   * Link key → fingerprint of the run's test failures that have a second name (an rspec
   * example's location, `rspec:spec/x_spec.rb:14`: classify/retry-links.ts), so a retry pass
   * of the same test on the same commit, named only by that key, gets the failure's stable
   * fingerprint. Absent in records written before it existed, and when no failure has one.
   */
  failureLinks: z
    .record(z.string().max(MAX_LINK_KEY), z.string().max(100))
    .refine(links => Object.keys(links).length <= 100, 'at most 100 links')
    .optional(),
  /** The link keys of the run's tests that passed on a retry (as failureLinks). Absent likewise. */
  retriedLinks: z.array(z.string().max(MAX_LINK_KEY)).max(100).optional(),
  /** The event that started the run (`push`, `pull_request`…). Absent in records written before it existed. */
  event: z.string().optional()
})

export type LedgerRecord = z.infer<typeof ledgerRecordSchema>

// What the records say about a fingerprint's history (no zod: classify's decision reads them at start-up).
export {flakyFingerprints, isKnownFlake, recordOfRun} from './record-history.js'
