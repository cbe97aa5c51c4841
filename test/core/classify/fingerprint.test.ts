import {describe, expect, it} from 'vitest'
import {failureFingerprint, messageShape, runFingerprint} from '../../../src/core/classify/index.js'
import {verdict, withTimestamps} from './helpers.js'

const base = {
  category: 'test_fail',
  file: 'src/a.test.ts',
  test: 'math > adds',
  message: 'expected 3 to be 4'
}

describe('failure fingerprints', () => {
  it('ignore timestamps, durations, temp paths, hashes, uuids, ids and line numbers', () => {
    const a = messageShape(
      '2026-11-23T10:00:00Z failed in 3.2s (12 ms) at /tmp/abc123/x.js:12:5 sha 4f2b8d7c1e0a id 9c1b2f3d-41c2-4a1b-84a2-b367a1c2d3e4 pid 4121'
    )
    const b = messageShape(
      '2026-12-01T08:30:11Z failed in 0.4s (7 ms) at /tmp/zz9/x.js:80:1 sha a1b2c3d4e5f6 id 11111111-2222-4333-8444-555555555555 pid 77'
    )
    expect(a).toBe(b)
  })

  it('are the same for the same failure under another checkout path', () => {
    const a = failureFingerprint({...base, message: 'ENOENT /home/runner/work/a/a/src/x.ts'})
    const b = failureFingerprint({...base, message: 'ENOENT /__w/a/a/src/x.ts'})
    expect(a).toBe(b)
  })

  it('differ for a different test, file, error code or message shape', () => {
    const f = failureFingerprint(base)
    expect(failureFingerprint({...base, test: 'math > subtracts'})).not.toBe(f)
    expect(failureFingerprint({...base, file: 'src/b.test.ts'})).not.toBe(f)
    expect(failureFingerprint({...base, errorCode: 'TS2322'})).not.toBe(f)
    expect(failureFingerprint({...base, message: 'Cannot read properties of undefined'})).not.toBe(
      f
    )
    expect(f).toMatch(/^[0-9a-f]{16}$/)
  })

  it('of a test that passed on a retry are those of the test failing (its category aside)', () => {
    const flaky = {...base, category: 'transient', flake: {kind: 'passed-on-retry'}}
    expect(failureFingerprint(flaky)).toBe(failureFingerprint(base))
    // other flake evidence, and a transient finding without it, keep their category
    expect(failureFingerprint({...flaky, flake: {kind: 'timing'}})).not.toBe(
      failureFingerprint(base)
    )
    expect(failureFingerprint({...base, category: 'transient'})).not.toBe(failureFingerprint(base))
  })

  it("key jest's test names by their words: its retry log joins the titles with spaces", () => {
    const failure = {...base, tool: 'jest', test: 'cart totals > sums the line items'}
    expect(failureFingerprint({...failure, test: 'cart totals sums the line items'})).toBe(
      failureFingerprint(failure)
    )
    // other tools' separators still tell tests apart
    expect(failureFingerprint({...base, test: 'math adds'})).not.toBe(failureFingerprint(base))
  })

  it('run fingerprints ignore order and repeats', () => {
    expect(runFingerprint('test_fail', ['b', 'a', 'a'])).toBe(
      runFingerprint('test_fail', ['a', 'b'])
    )
    expect(runFingerprint('test_fail', ['a'])).not.toBe(runFingerprint('test_fail', ['a', 'b']))
  })
})

describe('run fingerprints through the classifier', () => {
  const run = (line: number, ms: number, root: string): string =>
    [
      `${root}/src/routes/orders.ts(${line},9): error TS2322: Type 'string | undefined' is not assignable to type 'string'.`,
      `Found 1 error. Watching for file changes in ${ms}ms.`,
      '##[error]Process completed with exit code 2.'
    ].join('\n')

  it('are stable across runs with other timestamps, paths, durations and line numbers', () => {
    const a = verdict(withTimestamps(run(41, 812, '/home/runner/work/shop/shop')))
    const b = verdict(run(44, 97, '/__w/shop/shop'))
    expect(a.category).toBe('compile_error')
    expect(a.fingerprint).toBe(b.fingerprint)
  })

  it('change when the failure changes', () => {
    const a = verdict(run(41, 812, '/home/runner/work/shop/shop'))
    const c = verdict(run(41, 812, '/home/runner/work/shop/shop').replace('orders.ts', 'users.ts'))
    expect(c.fingerprint).not.toBe(a.fingerprint)
  })
})
