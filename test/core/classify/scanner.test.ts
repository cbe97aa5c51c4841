import {describe, expect, it} from 'vitest'
import {LogScanner, classifyLog, scanLog, scanText} from '../../../src/core/classify/index.js'
import {withTimestamps} from './helpers.js'

const LOG = withTimestamps(
  [
    '##[group]Run npm test',
    'npm test',
    '##[endgroup]',
    ' ❯ src/eval.test.ts (5 tests | 1 failed) 18ms',
    '   ✓ evaluates literals 1ms',
    '   × handles operator précédence 6ms',
    ' FAIL  src/eval.test.ts > evaluate > handles operator précédence',
    'AssertionError: expected 9 to be 7 // Object.is equality',
    ' ❯ src/eval.test.ts:14:33',
    "src/routes/orders.ts(41,9): error TS2322: Type 'string | undefined' is not assignable to type 'string'.",
    '--- FAIL: TestCheckoutTotals (0.00s)',
    '    checkout_test.go:54: total = 1999, want 2099',
    '##[error]Process completed with exit code 1.'
  ].join('\n')
)

function summary(
  failures: {
    tool: string
    file?: string
    line?: number
    test?: string
    message: string
    fingerprint: string
  }[]
): string[] {
  return failures.map(f => [f.tool, f.file, f.line, f.test, f.message, f.fingerprint].join('|'))
}

describe('streaming scanner', () => {
  const whole = scanText(LOG)

  it('finds the failures of a whole log', () => {
    expect(whole.failures.map(f => f.tool).sort()).toEqual(['go', 'tsc', 'vitest'])
    expect(whole.signals.exitCodes).toEqual([1])
    expect(whole.signals.failedSteps).toEqual(['npm test'])
  })

  it('gives the same result for every split point, including inside multi-byte characters', () => {
    const bytes = Buffer.from(LOG, 'utf8')
    const expected = summary(whole.failures)
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const s = new LogScanner()
      s.push(bytes.subarray(0, cut))
      s.push(bytes.subarray(cut))
      expect(summary(s.finish().failures), `split at ${cut}`).toEqual(expected)
    }
  })

  it('gives the same result for tiny chunks from an async source', async () => {
    const bytes = Buffer.from(LOG, 'utf8')
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3)
    }
    const r = await scanLog(chunks())
    expect(summary(r.failures)).toEqual(summary(whole.failures))
  })

  it('finds failures far apart in a long log, with bounded context', async () => {
    const noise =
      '2026-11-23T10:00:00.1234567Z   ✓ handles error responses from the API (4 ms)\n'.repeat(20000)
    const c = await classifyLog([
      noise,
      "src/a.ts(1,1): error TS2322: Type 'a' is not assignable to type 'b'.\n",
      noise,
      '--- FAIL: TestX (0.00s)\n    x_test.go:3: boom\n',
      noise
    ])
    expect(c.failures.map(f => f.tool).sort()).toEqual(['go', 'tsc'])
    expect(c.stats.regions).toBeLessThanOrEqual(3)
    for (const f of c.failures) expect(f.excerpt.length).toBeLessThanOrEqual(2000)
  })

  it('caps stored failures per category and counts the rest', () => {
    const lines: string[] = []
    for (let i = 0; i < 300; i++)
      lines.push(`src/f${i}.ts(1,1): error TS2322: Type 'a${i}' is not assignable to type 'b'.`)
    const r = scanText(lines.join('\n'), {maxFailures: 50})
    expect(r.failures).toHaveLength(50)
    expect(r.stats.failuresDropped).toBe(250)
  })

  it('cuts an endless line instead of holding it', () => {
    const r = scanText('x'.repeat(3 * 1024 * 1024) + '\nnpm error code E404\n')
    expect(r.failures.map(f => f.category)).toEqual(['dependency_missing'])
  })

  it('rejects push after finish', () => {
    const s = new LogScanner()
    s.finish()
    expect(() => s.push('x')).toThrow(/after finish/)
  })
})
