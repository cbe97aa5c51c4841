// What the ledger says about a fingerprint's history: known flakes and an
// earlier attempt of the same run. Apart from the record schema
// (ledger-record.ts), so that classify's decision, which loads at start-up,
// does not load zod with it (the outcome type below is erased).
import {FLAKY_EVIDENCE_RULE} from '../classify/flake-evidence.js'
import type {LedgerRecord} from './ledger-record.js'
import type {OutcomeRecord} from './outcome-record.js'

/**
 * autofix's own evidence (flaky-check.ts in core/autofix): a failure it skipped
 * as a known flake, because the ledger said so or because it passed when
 * re-run unchanged on that commit.
 */
function isFlakyOutcome(o: OutcomeRecord): boolean {
  return o.source === 'autofix' && o.actions.includes('skipped-known-flake')
}

/**
 * A fingerprint is flaky on a commit when it failed and passed on that
 * commit: a rerun of its run passed, another run of its workflow passed
 * (classify's `rerun-passed` records), or autofix saw it pass when re-run
 * unchanged (its outcome records). Fixing it would "fix" nothing, so it is
 * alerted instead.
 */
export function isKnownFlake(
  records: readonly LedgerRecord[],
  fingerprint: string,
  sha: string,
  outcomes: readonly OutcomeRecord[] = []
): boolean {
  const onCommit = (r: {sha: string}): boolean => sha === '' || r.sha === sha
  return (
    records.some(r => r.outcome === 'rerun-passed' && marks(r, fingerprint) && onCommit(r)) ||
    outcomes.some(o => o.fingerprint === fingerprint && isFlakyOutcome(o) && onCommit(o))
  )
}

/** A verdict's run fingerprint, or one of its failures' (autofix's fingerprints are per failure). */
function marks(r: LedgerRecord, fingerprint: string): boolean {
  return r.fingerprint === fingerprint || (r.failureFingerprints?.includes(fingerprint) ?? false)
}

/**
 * A record whose failures are flaky one by one: they passed on the commit (`rerun-passed`), or
 * their own log showed it (a pass of the same test later in the run, a timing assertion:
 * classify's in-log flake rules).
 */
function flakyFailures(r: LedgerRecord): boolean {
  return r.outcome === 'rerun-passed' || r.rule === 'root.flaky' || r.rule === FLAKY_EVIDENCE_RULE
}

/**
 * Any flaky or transient history for a fingerprint, on any commit (autofix's known-flake gate):
 * including a failure that passed on a retry inside a run that failed for another reason.
 */
export function flakyFingerprints(
  records: readonly LedgerRecord[],
  outcomes: readonly OutcomeRecord[] = []
): Set<string> {
  return new Set([
    ...records
      .filter(r => r.outcome === 'rerun-passed' || r.category === 'transient')
      .map(r => r.fingerprint),
    ...records.filter(flakyFailures).flatMap(r => r.failureFingerprints ?? []),
    ...records.flatMap(r => r.passedOnRetry ?? []),
    ...outcomes.filter(isFlakyOutcome).map(o => o.fingerprint)
  ])
}

/** The record of an earlier attempt of the same run, if classify saw one. */
export function recordOfRun(records: LedgerRecord[], runId: number): LedgerRecord | undefined {
  return records.filter(r => r.runId === runId).sort((a, b) => b.runAttempt - a.runAttempt)[0]
}

/** A workflow run that passed: which run, which attempt, which workflow file, which commit. */
export interface PassingRun {
  id: number
  attempt: number
  /** `.github/workflows/ci.yml` */
  path: string
  sha: string
  /** The event that started it (`push`, `pull_request`…). */
  event: string
}

/**
 * Events whose runs test a merge of the head commit into the base branch, not
 * the commit alone: two such runs (or one of them and a push) on the same head
 * sha may have tested different code, so only another attempt of the same run
 * tells a flake there.
 */
const MERGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group'])

/** Whether two runs on one head sha tested the same code: both known events that test the commit itself. */
function sameCodeTested(failedEvent: string | undefined, passedEvent: string): boolean {
  return (
    failedEvent !== undefined &&
    failedEvent !== '' &&
    passedEvent !== '' &&
    !MERGE_EVENTS.has(failedEvent) &&
    !MERGE_EVENTS.has(passedEvent)
  )
}

/** A run as the records of the same code are told from others: its id, head sha and event. */
export interface CodeRun {
  id: number
  sha: string
  /** The event that started it (`push`, `pull_request`…). */
  event: string
}

/**
 * A record of a run that tested the same code as `run`: the same head sha, and another attempt
 * of that run, or two events that both test the commit itself (not a merge into the base).
 */
export function testedSameCode(r: LedgerRecord, run: CodeRun): boolean {
  return (
    run.sha !== '' &&
    r.sha === run.sha &&
    (r.runId === run.id || sameCodeTested(r.event, run.event))
  )
}

/**
 * The failures a passing run shows to be flaky, one verdict per fingerprint
 * (the newest): those classify recorded on the same commit for an earlier
 * attempt of this run, or for another run of the same workflow (a re-push, a
 * dispatch, a schedule, the push and pull_request runs of one commit).
 * Fingerprints the ledger already marks flaky on that commit are left out,
 * so classifying the passing run again records nothing twice.
 */
export function failuresPassedOnCommit(
  records: readonly LedgerRecord[],
  run: PassingRun
): LedgerRecord[] {
  if (!run.sha) return []
  const failedHere = (r: LedgerRecord): boolean =>
    r.outcome === '' &&
    r.fingerprint !== '' &&
    r.sha === run.sha &&
    (r.runId === run.id
      ? r.runAttempt < run.attempt
      : r.workflowPath === run.path && run.path !== '' && sameCodeTested(r.event, run.event))
  const newest = new Map<string, LedgerRecord>()
  for (const r of records.filter(failedHere)) {
    const seen = newest.get(r.fingerprint)
    if (!seen || seen.time <= r.time) newest.set(r.fingerprint, r)
  }
  return [...newest.values()].filter(r => !isKnownFlake(records, r.fingerprint, run.sha))
}
