// The ledger's side of the retry links (classify/retry-links.ts): a record keeps the link keys
// of its run's test failures and retried passes, and a later run OF THE SAME CODE reads them
// back (the same commit: another attempt of the run, or another run whose event tests the
// commit itself, as record-history.ts tells a flake on a commit), so a test that passed on a
// retry there and failed on every try here (or the other way round) is one flaky test with the
// failure's stable fingerprint. Records of other commits are never read for it: a later, real
// failure of the test elsewhere is tied to the flake only by its fingerprint (the known-flake
// gate), never by its location, which may name another example by then.
import {
  failedButRetriedElsewhere,
  isRetriedPass,
  linkRetriedPasses,
  retryLinksOf,
  type RetryLinks
} from '../classify/retry-links.js'
import type {Classification, Failure} from '../classify/types.js'
import type {LedgerRecord} from './ledger-record.js'
import {testedSameCode, type CodeRun} from './record-history.js'

/** How many link keys of each kind a record keeps (as its fingerprint lists). */
const MAX_LINKS = 20

/** The link keys the records of runs that tested the same code as `run` hold; none without a sha. */
export function retryLinksOnCommit(records: readonly LedgerRecord[], run: CodeRun): RetryLinks {
  const failed = new Map<string, string>()
  const retried = new Set<string>()
  for (const r of records.filter(r => testedSameCode(r, run))) {
    for (const [key, fingerprint] of Object.entries(r.failureLinks ?? {}))
      if (!failed.has(key)) failed.set(key, fingerprint)
    for (const key of r.retriedLinks ?? []) retried.add(key)
  }
  return {failed, retried}
}

/** The classification, its retried passes joined with the failures of this run and of the same code's runs. */
export function linkWithLedger(
  classification: Classification,
  records: readonly LedgerRecord[],
  run: CodeRun
): Classification {
  const failures = linkRetriedPasses(classification.failures, retryLinksOnCommit(records, run))
  return failures.every((f, i) => f === classification.failures[i])
    ? classification
    : {...classification, failures}
}

/**
 * A record's `passedOnRetry`: the fingerprints of the tests that passed on a retry in this run
 * (joined ones carry their failure's fingerprint: linkWithLedger), then those of the test
 * failures here whose test passed on a retry in another run of the same code (`run`'s commit).
 */
export function passedOnRetryFingerprints(
  failures: readonly Failure[],
  records: readonly LedgerRecord[],
  run: CodeRun
): string[] {
  const elsewhere = failedButRetriedElsewhere(failures, retryLinksOnCommit(records, run))
  const prints = [...failures.filter(isRetriedPass), ...elsewhere].map(f => f.fingerprint)
  return [...new Set(prints)].slice(0, MAX_LINKS)
}

/** The link fields of a record: only those with something in them (no key: no field). */
export function recordLinks(
  failures: readonly Failure[]
): Pick<LedgerRecord, 'failureLinks' | 'retriedLinks'> {
  const {failed, retried} = retryLinksOf(failures)
  const out: Pick<LedgerRecord, 'failureLinks' | 'retriedLinks'> = {}
  if (failed.size) out.failureLinks = Object.fromEntries([...failed].slice(0, MAX_LINKS))
  if (retried.size) out.retriedLinks = [...retried].slice(0, MAX_LINKS)
  return out
}

/**
 * The fingerprints that records of runs that tested the same code as `run` name as passed on a
 * retry (`passedOnRetry`), each with the earliest such record: the run where its test passed
 * (a later record of the code repeats it for a failure there: passedOnRetryFingerprints).
 * Scoped as the link keys are (testedSameCode), and for the same reason: a test that passed on
 * a retry on ANOTHER commit ran other code, and a change since may have broken it for real; a
 * pass there is no evidence here, or classify would rerun a real break instead of having it
 * fixed or looked at.
 */
export function passedOnRetryOnCode(
  records: readonly LedgerRecord[],
  run: CodeRun
): Map<string, LedgerRecord> {
  const first = new Map<string, LedgerRecord>()
  for (const r of records.filter(r => testedSameCode(r, run))) {
    for (const fingerprint of r.passedOnRetry ?? []) {
      const seen = first.get(fingerprint)
      if (!seen || r.time < seen.time) first.set(fingerprint, r)
    }
  }
  return first
}
