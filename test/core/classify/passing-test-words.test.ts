// A passing test's name is not evidence: "retries after ECONNRESET" near the runner's closing
// `##[error]` line was read as a network failure (network.reset, 0.8: a rerun), and without
// that signature the window's words still scored transient. The same words on a failure line
// keep their meaning.
import {describe, expect, it} from 'vitest'
import {failuresOf, verdict as verdictOf} from './helpers.js'

const passing = [
  ' ✓ src/http/client.test.ts > client > retries after ECONNRESET (12 ms)',
  ' ✓ src/http/client.test.ts > client > gives up after 3 tries (3 ms)',
  '--- PASS: TestTimeoutWhenHostUnreachable (0.00s)',
  '##[error]Process completed with exit code 1.'
].join('\n')

describe('words in the names of passing tests', () => {
  it('are not read as the failure', () => {
    expect(failuresOf(passing)).toEqual([])
    expect(verdictOf(passing).category).not.toBe('transient')
  })

  it('still count on a line that reports the failure', () => {
    const failed = 'npm ERR! network read ECONNRESET\n##[error]Process completed with exit code 1.'
    expect(verdictOf(failed).category).toBe('transient')
  })
})
