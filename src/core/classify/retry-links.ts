// Link keys: a second name of a test failure, apart from its fingerprint, by which a test a
// retry plugin re-ran to a pass is joined with the failures of the same test in the same run
// or on the same commit (#11). Some runners name a retried test otherwise than their failure
// report does: rspec-retry prints a retried example only by its location
// (`RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14`) and its try's error as the bare
// exception text, while rspec's report names a failed example by its description, with the
// `Failure/Error:` source line (and lists it as `rspec ./spec/models/cart_spec.rb:14 # …`).
// The location is the one name both print, but it is no part of the fingerprint: it moves
// whenever a line above the example changes, and it would tie a later, real failure of the
// example to the flake. So the location only joins a retried pass with a failure of the same
// log, run or commit, and the pass then carries that failure's own (stable) fingerprint.
import {FLAKY_REPORT_RULE} from './parsers/retry-passes.js'
import type {Failure} from './types.js'

/** The rules whose rspec findings carry an example's location (its `it` line). */
const RSPEC_LOCATED = new Set(['rspec.failed-example', FLAKY_REPORT_RULE])

/** The longest spec path a link key keeps (the ledger record's bound on a key: MAX_LINK_KEY). */
const MAX_LINK_PATH = 256
/** The longest link key a ledger record holds: `rspec:`, the path, `:` and a line number. */
export const MAX_LINK_KEY = MAX_LINK_PATH + 32

/** What a link key is read from. */
export type Linkable = Pick<Failure, 'tool' | 'rule' | 'file' | 'line' | 'test'>

/**
 * A failure's link keys: for an rspec example, its location (`rspec:spec/x_spec.rb:14`), read
 * from rspec's `rspec ./spec/x_spec.rb:14 # …` line or rspec-retry's try line (never a
 * backtrace's line). Others have none: their retried tests already get the fingerprint the
 * same test gets failing (fingerprint.ts).
 */
export function linkKeysOf(f: Linkable): string[] {
  if (f.tool !== 'rspec' || !RSPEC_LOCATED.has(f.rule) || f.line === undefined || !f.test) return []
  const file = f.file?.replace(/\\/g, '/').replace(/^\.\//, '')
  // A path is log text: one longer than any spec path is no name to keep in the ledger.
  if (!file?.endsWith('.rb') || file.length > MAX_LINK_PATH) return []
  return [`rspec:${file}:${f.line}`]
}

/** A test that failed, then passed on a retry (the flake signal retry-passes.ts gives it). */
export function isRetriedPass(f: Pick<Failure, 'flake'>): boolean {
  return f.flake?.kind === 'passed-on-retry' && f.flake.strong
}

/** Which failures the link keys name: the fingerprints of those that failed, the keys of retried passes. */
export interface RetryLinks {
  /** Link key → the fingerprint of a test failure there (the first one seen). */
  failed: ReadonlyMap<string, string>
  /** The link keys of the tests that passed on a retry. */
  retried: ReadonlySet<string>
}

export const NO_RETRY_LINKS: RetryLinks = {failed: new Map(), retried: new Set()}

/** The link keys of one classification's failures. */
export function retryLinksOf(failures: readonly Failure[]): RetryLinks {
  const failed = new Map<string, string>()
  const retried = new Set<string>()
  for (const f of failures) {
    for (const key of linkKeysOf(f)) {
      if (isRetriedPass(f)) retried.add(key)
      else if (f.category === 'test_fail' && !failed.has(key)) failed.set(key, f.fingerprint)
    }
  }
  return {failed, retried}
}

/** Two sets of links as one; the first's fingerprint wins for a key both hold. */
export function mergeRetryLinks(first: RetryLinks, second: RetryLinks): RetryLinks {
  return {
    failed: new Map([...second.failed, ...first.failed]),
    retried: new Set([...first.retried, ...second.retried])
  }
}

/**
 * The failures, each test that passed on a retry carrying the fingerprint of the failure its
 * link key names: one of these failures (another log of the run), else one of `earlier` (the
 * same commit's ledger records; the caller scopes them). A retried pass no key joins is kept
 * as it is, and so is every other failure.
 */
export function linkRetriedPasses<F extends Failure>(
  failures: readonly F[],
  earlier: RetryLinks = NO_RETRY_LINKS
): F[] {
  const links = mergeRetryLinks(retryLinksOf(failures), earlier)
  if (links.failed.size === 0) return [...failures]
  return failures.map(f => {
    if (!isRetriedPass(f)) return f
    const fingerprint = linkKeysOf(f)
      .map(key => links.failed.get(key))
      .find(p => p !== undefined)
    return fingerprint === undefined || fingerprint === f.fingerprint ? f : {...f, fingerprint}
  })
}

/**
 * The test failures whose test passed on a retry elsewhere on the commit (`earlier`: the same
 * commit's ledger records): failed here on every try, passed there, so flaky on that commit.
 */
export function failedButRetriedElsewhere<F extends Failure>(
  failures: readonly F[],
  earlier: RetryLinks
): F[] {
  if (earlier.retried.size === 0) return []
  return failures.filter(
    f =>
      !isRetriedPass(f) &&
      f.category === 'test_fail' &&
      linkKeysOf(f).some(key => earlier.retried.has(key))
  )
}
