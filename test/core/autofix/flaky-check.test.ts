// The flaky pre-check's decisions, on plain values: which failures get a
// re-run of their one test, and what a pass alone plus a second full run say.
import {describe, expect, it} from 'vitest'
import {planFailures} from '../../../src/core/autofix/failure-plan.js'
import {
  isolationCommand,
  judgeIsolation,
  withUnstable
} from '../../../src/core/autofix/flaky-check.js'
import {failureFingerprint} from '../../../src/core/classify/fingerprint.js'
import type {Category, Failure} from '../../../src/core/classify/types.js'

function failure(f: Partial<Failure> & {category: Category; message: string}): Failure {
  const base = {excerpt: '', rule: 'test', confidence: 0.9, tool: 'vitest', ...f}
  return {...base, fingerprint: f.fingerprint ?? failureFingerprint(base)}
}

const project = {
  testCommand: 'npx vitest run',
  reporter: {tool: 'vitest' as const, format: 'text' as const},
  packageManager: 'npm' as const,
  localTools: ['vitest']
}
const flaky = failure({
  category: 'test_fail',
  file: 'test/rates.test.ts',
  test: 'rates > converts with the cached rate',
  message: 'AssertionError: expected false to be true'
})
const ordered = failure({
  category: 'test_fail',
  file: 'test/registry.test.ts',
  test: 'registry > starts empty',
  message: 'AssertionError: expected [ "EUR" ] to deeply equal []'
})
const lint = failure({
  category: 'lint_error',
  tool: 'eslint',
  file: 'src/a.ts',
  message: 'prefer-const'
})
const items = planFailures([flaky, ordered, lint], {maxFailures: 5}).items
const item = (f: Failure) => items.find(i => i.key === f.fingerprint)!

describe('isolationCommand', () => {
  it('targets the one test of a test failure, and nothing else', () => {
    expect(isolationCommand(item(flaky), project)).toMatch(/vitest run test\/rates\.test\.ts -t /)
    expect(isolationCommand(item(lint), project)).toBe('')
    const noFile = planFailures([failure({category: 'test_fail', message: 'boom'})], {
      maxFailures: 5
    }).items[0]!
    expect(isolationCommand(noFile, project)).toBe('')
  })
})

describe('judgeIsolation', () => {
  const passedAlone = [
    {item: item(flaky), command: 'vitest run a'},
    {item: item(ordered), command: 'vitest run b'}
  ]
  it('calls flaky what is gone from a second full run, order-dependent what is back', () => {
    const verdicts = judgeIsolation(passedAlone, {failures: [ordered], conclusive: true})
    expect([...verdicts.flaky.keys()]).toEqual([flaky.fingerprint])
    expect(verdicts.flaky.get(flaky.fingerprint)).toMatch(/^flaky: passed when re-run unchanged/)
    expect([...verdicts.isolated.keys()]).toEqual([ordered.fingerprint])
    expect(verdicts.isolated.get(ordered.fingerprint)).toMatch(/order of the tests/)
  })
  it('calls nothing flaky when the second run says nothing (timed out, unreadable)', () => {
    const verdicts = judgeIsolation(passedAlone, {failures: [], conclusive: false})
    expect(verdicts.flaky.size).toBe(0)
    expect(verdicts.isolated.size).toBe(2)
  })
})

describe('withUnstable', () => {
  it('keeps a flaky failure of the baseline among the current ones, once', () => {
    const unstable = new Set([flaky.fingerprint])
    expect(withUnstable([ordered], [flaky, ordered, lint], unstable)).toEqual([ordered, flaky])
    expect(withUnstable([flaky], [flaky], unstable)).toEqual([flaky])
  })
})
