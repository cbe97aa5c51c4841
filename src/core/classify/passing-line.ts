// A line that only reports a test that passed: a runner's tick (vitest, jest, mocha, node:test,
// pytest's verbose marks), `PASS`/`PASSED`, Go's and TAP's `ok`, Go's `--- PASS` and `=== RUN`,
// cargo's `test name ... ok`. Its words are a test's name, never the failure: "retries after
// ECONNRESET" names a test that passed.

/** Matches a passing-test line (after normalising: runner timestamps and colours stripped). */
export const PASSING_TEST_LINE = /^\s*(?:✓|✔|√|PASS(?:ED)?\b|ok\b|--- PASS|=== RUN|test \S+ \.\.\. ok$)/
