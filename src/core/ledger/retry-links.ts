// The ledger's side of the retry links (classify/retry-links.ts): a record keeps the link keys
// of its run's test failures and retried passes, and a later run ON THE SAME COMMIT reads them
// back, so a test that passed on a retry there and failed on every try here (or the other way
// round) is one flaky test with the failure's stable fingerprint. Records of other commits are
// never read for it: a later, real failure of the test elsewhere is tied to the flake only by
// its fingerprint (the known-flake gate), never by its location.
import {
  failedButRetriedElsewhere,
  isRetriedPass,
  linkRetriedPasses,
  retryLinksOf,
  type RetryLinks
} from '../classify/retry-links.js'
import type {Classification, Failure} from '../classify/types.js'
import type {LedgerRecord} from './ledger-record.js'

/** How many link keys of each kind a record keeps (as its fingerprint lists). */
const MAX_LINKS = 20

/** The link keys the records of commit `sha` hold; none without a sha. */
export function retryLinksOnCommit(records: readonly LedgerRecord[], sha: string): RetryLinks {
  const failed = new Map<string, string>()
  const retried = new Set<string>()
  if (!sha) return {failed, retried}
  for (const r of records.filter(r => r.sha === sha)) {
    for (const [key, fingerprint] of Object.entries(r.failureLinks ?? {}))
      if (!failed.has(key)) failed.set(key, fingerprint)
    for (const key of r.retriedLinks ?? []) retried.add(key)
  }
  return {failed, retried}
}

/** The classification, its retried passes joined with the failures of this run and of commit `sha`. */
export function linkWithLedger(
  classification: Classification,
  records: readonly LedgerRecord[],
  sha: string
): Classification {
  const failures = linkRetriedPasses(classification.failures, retryLinksOnCommit(records, sha))
  return failures.every((f, i) => f === classification.failures[i])
    ? classification
    : {...classification, failures}
}

/**
 * A record's `passedOnRetry`: the fingerprints of the tests that passed on a retry in this run
 * (joined ones carry their failure's fingerprint: linkWithLedger), then those of the test
 * failures here whose test passed on a retry in another run of commit `sha`.
 */
export function passedOnRetryFingerprints(
  failures: readonly Failure[],
  records: readonly LedgerRecord[],
  sha: string
): string[] {
  const elsewhere = failedButRetriedElsewhere(failures, retryLinksOnCommit(records, sha))
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
