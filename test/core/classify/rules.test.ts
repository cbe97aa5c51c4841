import {describe, expect, it} from 'vitest'
import {classify, classifyText} from '../../../src/core/classify/index.js'
import {verdict, withTimestamps} from './helpers.js'

describe('root cause', () => {
  it('a missing module behind twenty type errors is dependency_missing', () => {
    const lines = [
      "src/db/client.ts(1,24): error TS2307: Cannot find module '@prisma/client' or its corresponding type declarations."
    ]
    for (let i = 0; i < 20; i++)
      lines.push(
        `src/db/m${i}.ts(2,10): error TS2305: Module '"@prisma/client"' has no exported member 'M${i}'.`
      )
    lines.push(
      "src/x.ts(8,3): error TS2339: Property 'a' does not exist on type 'B'.",
      '##[error]Process completed with exit code 2.'
    )
    const c = verdict(withTimestamps(lines.join('\n')))
    expect(c.category).toBe('dependency_missing')
    expect(c.rule).toBe('root.dependency')
    expect(c.failures[0].errorCode).toBe('TS2307')
    expect(c.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('a timeout with partial test output is timeout', () => {
    const c = verdict(
      [
        ' FAIL  src/e2e/sync.test.ts > sync > handles 10k files',
        'Error: expected 10000 files, got 8121',
        '##[error]The job running on runner GitHub Actions 2 has exceeded the maximum execution time of 60 minutes.',
        '##[error]The operation was canceled.'
      ].join('\n')
    )
    expect(c.category).toBe('timeout')
    expect(c.reason).toMatch(/partial output/)
  })

  it('an OOM-killed test runner is resource_exhausted', () => {
    const c = verdict(
      [
        ' FAIL  src/big.test.ts > graph > builds',
        'Error: worker exited unexpectedly',
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
        '##[error]Process completed with exit code 134.'
      ].join('\n')
    )
    expect(c.category).toBe('resource_exhausted')
  })

  it('tests failing only with ECONNRESET are transient', () => {
    const c = verdict(
      [
        ' FAIL  src/gh.test.ts > fetchRelease > returns the latest release',
        'FetchError: request to https://api.github.com/repos/a/b/releases/latest failed, reason: read ECONNRESET',
        ' Test Files  1 failed | 14 passed (15)',
        '      Tests  1 failed | 131 passed (132)'
      ].join('\n')
    )
    expect(c.category).toBe('transient')
    expect(c.rule).toBe('root.network-flake')
  })

  it('a real test failure next to a retried network warning is test_fail', () => {
    const c = verdict(
      [
        'npm WARN retrying request after ECONNRESET',
        ' FAIL  src/a.test.ts > math > adds',
        'AssertionError: expected 3 to be 4'
      ].join('\n')
    )
    expect(c.category).toBe('test_fail')
  })

  it('compile errors outrank the test failures they cause', () => {
    const c = verdict(
      [
        "src/a.ts(3,5): error TS2322: Type 'number' is not assignable to type 'string'.",
        ' FAIL  src/a.test.ts > a > works',
        'TypeError: x is not a function'
      ].join('\n')
    )
    expect(c.category).toBe('compile_error')
  })

  it('the operation canceled alone is transient with low confidence', () => {
    const c = verdict(
      '##[group]Run npm test\nnpm test\n##[endgroup]\n##[error]The operation was canceled.'
    )
    expect(c.category).toBe('transient')
    expect(c.confidence).toBeLessThan(0.7)
  })

  it('a bare exit code is unknown at 0.3, or the failing step hints at a family', () => {
    const bare = verdict('manifest mismatch\n##[error]Process completed with exit code 1.')
    expect(bare).toMatchObject({category: 'unknown', confidence: 0.3, rule: 'root.generic'})
    const hinted = verdict(
      '##[group]Run npm run lint\nnpm run lint\n##[endgroup]\nsomething odd\n##[error]Process completed with exit code 1.'
    )
    expect(hinted).toMatchObject({category: 'lint_error', rule: 'root.step-hint'})
    expect(hinted.confidence).toBeLessThan(0.5)
  })

  it('an exact tool signature is confident', () => {
    expect(
      verdict("src/a.ts(1,1): error TS2322: Type 'a' is not assignable to type 'b'.").confidence
    ).toBeGreaterThanOrEqual(0.9)
  })

  it('ci-medic budget messages are budget_exceeded', () => {
    expect(verdict('ci-medic: budget exceeded (tokens): stopping').category).toBe('budget_exceeded')
  })

  it('orchestration errors before any code failure win', () => {
    expect(
      verdict(
        'Error: Input required and not supplied: token\n##[error]Process completed with exit code 1.'
      ).category
    ).toBe('orchestration_error')
  })

  it('every verdict names its rule and gives a reason', () => {
    const c = verdict('--- FAIL: TestX (0.00s)\n    x_test.go:3: boom\nFAIL')
    expect(c.rule).toBe('root.test')
    expect(c.reason).toMatch(/TestX/)
  })
})

describe('bad input', () => {
  it('empty and noise-only input is unknown with confidence 0', () => {
    for (const text of [
      '',
      '\n\n',
      '\u001b[0m\u001b[2K\u001b[1G\u001b[32m\u001b[0m\n\u001b[0m',
      withTimestamps('##[group]Run echo hi\necho hi\n##[endgroup]\nhi')
    ]) {
      const c = classifyText(text)
      expect(c).toMatchObject({category: 'unknown', confidence: 0, failures: []})
      expect(c.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    }
  })

  it('binary input is unknown and says so', () => {
    const bytes = Buffer.alloc(20000)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256
    const c = classifyText(bytes)
    expect(c.category).toBe('unknown')
    expect(c.stats.binary).toBe(true)
    expect(c.confidence).toBe(0)
  })

  it('classify() with no failures and no signals is unknown', () => {
    expect(classify([]).category).toBe('unknown')
  })
})
