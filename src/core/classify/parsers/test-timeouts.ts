// Test runners' words for a test, or a test program, that ran out of its time (issue #11,
// tenth round), for the runners signatures.ts's own test.timeout entries do not cover:
// Playwright, NUnit, ExUnit, Kotest, Jasmine's newer wording, cargo-nextest and the
// pytest-timeout header per test; CTest and Bazel per test program. signatures.ts places them
// after its own. rules.ts decides: a per-test timeout (`test.timeout`) among tests that failed
// on their own is their symptom; a test program's (`test.target-timeout`) always decides.
import type {Signature} from './signatures.js'

/** One test ran out of its own time limit. */
export const PER_TEST_TIMEOUT: Signature = {
  rule: 'test.timeout',
  needles: [
    'est timeout of ',
    'Test exceeded Timeout value of ',
    'ExUnit.TimeoutError',
    'did not complete within ',
    'TIMEOUT [',
    ' Timeout +'
  ],
  tool: 'test',
  category: 'timeout',
  confidence: 0.6,
  source: String.raw`\b[Tt]est timeout of \d+ ?ms exceeded|\bTest exceeded Timeout value of \d+ ?ms|\(ExUnit\.TimeoutError\) test timed out after \d+|\b(?:Test|Async function) did not complete within \d+ ?ms|^\s*TIMEOUT \[\s*[\d.]+s\] \S|^\+{5,} Timeout \+{5,}$`
}

/**
 * A test program killed at its time limit: CTest's `Test #3: io_test ....***Timeout 1500.05
 * sec`, Bazel's `//pkg:client_test   TIMEOUT in 300.0s`.
 */
export const TEST_TARGET_TIMEOUT: Signature = {
  rule: 'test.target-timeout',
  needles: ['***Timeout ', 'TIMEOUT in '],
  tool: 'test',
  category: 'timeout',
  confidence: 0.7,
  source: String.raw`\*\*\*Timeout [\d.]+ sec\b|^\s*\/\/\S+\s+TIMEOUT in [\d.]+s\b`
}

/** In the order signatures.ts tries them. */
export const TEST_TIMEOUTS: readonly Signature[] = [PER_TEST_TIMEOUT, TEST_TARGET_TIMEOUT]
