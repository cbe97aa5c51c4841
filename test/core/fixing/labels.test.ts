import {describe, expect, it} from 'vitest'
import {commitSafe, failureLabel, pathsOf} from '../../../src/core/fixing/index.js'

describe('commitSafe', () => {
  it('keeps an ordinary label as it is', () => {
    expect(commitSafe('src/cart.ts:12 cart > totals [EUR]')).toBe(
      'src/cart.ts:12 cart > totals [EUR]'
    )
  })

  it('makes a poisoned exception type one inert line: no closing keywords GitHub acts on, no mentions', () => {
    const poisoned = 'TypeError\n\nCloses #12\r\nFixes octo/repo#3 cc @octo/admins'
    const safe = commitSafe(poisoned, 200)
    expect(safe).not.toMatch(/[\r\n#@]/)
    expect(safe).toBe('TypeError Closes 12 Fixes octo/repo3 cc octo/admins')
  })

  it('caps the length with an ellipsis', () => {
    expect(commitSafe('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})

describe('failureLabel and pathsOf', () => {
  it('names a failure by place and test, and a diff by both sides of a rename', () => {
    expect(
      failureLabel({
        category: 'test_fail',
        message: 'expected 1\nto be 2',
        excerpt: '',
        fingerprint: 'f',
        rule: 'r',
        confidence: 1,
        tool: 'vitest',
        file: 'test/a.test.ts',
        line: 3,
        test: 'adds'
      })
    ).toBe('test/a.test.ts:3 adds')
    expect(pathsOf([{path: 'b.ts', oldPath: 'a.ts'}, {path: 'b.ts'}])).toEqual(['a.ts', 'b.ts'])
  })
})
