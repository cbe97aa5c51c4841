import {describe, expect, it} from 'vitest'
import {
  checkReproductionDiff,
  reproductionVerdict
} from '../../../src/core/self-heal/reproduction.js'

describe('what a reproduction step may change', () => {
  it('accepts new test files only', () => {
    expect(checkReproductionDiff([{path: 'test/sentry-tax.test.ts', status: 'added'}])).toEqual({
      ok: true,
      testFiles: ['test/sentry-tax.test.ts']
    })
    expect(checkReproductionDiff([{path: 'tests/test_tax.py', status: 'added'}]).ok).toBe(true)
  })

  it('refuses source changes, edits of existing tests, snapshots and nothing at all', () => {
    expect(checkReproductionDiff([]).reason).toMatch(/no test was written/)
    expect(
      checkReproductionDiff([
        {path: 'test/new.test.ts', status: 'added'},
        {path: 'src/tax.ts', status: 'added'}
      ]).reason
    ).toMatch(/src\/tax.ts is not/)
    expect(checkReproductionDiff([{path: 'test/tax.test.ts', status: 'modified'}]).reason).toMatch(
      /only add new test files, but it modified test\/tax.test.ts/
    )
    expect(
      checkReproductionDiff([{path: 'test/__snapshots__/a.test.ts.snap', status: 'added'}]).ok
    ).toBe(false)
  })
})

describe('whether the new test reproduces the production error', () => {
  const type = 'TypeError'
  const value = "Cannot read properties of undefined (reading 'rate')"

  it('needs a failing run that shows the production exception type', () => {
    const v = reproductionVerdict(
      {
        passed: false,
        output:
          "FAIL test/x.test.ts\nTypeError: Cannot read properties of undefined (reading 'rate')\n at taxFor"
      },
      type,
      value
    )
    expect(v).toMatchObject({reproduced: true, sameMessage: true})
  })

  it('a passing test or another failure is not a reproduction', () => {
    expect(reproductionVerdict({passed: true, output: 'TypeError'}, type, value).reproduced).toBe(
      false
    )
    const assertion = reproductionVerdict(
      {passed: false, output: 'AssertionError: expected 0 to be 0.5'},
      type,
      value
    )
    expect(assertion.reproduced).toBe(false)
    expect(assertion.reason).toMatch(/not with TypeError/)
    // A longer name that contains the type is not the type.
    expect(
      reproductionVerdict({passed: false, output: 'MyTypeError: x'}, type, value).reproduced
    ).toBe(false)
  })

  it('another error of the same type is not this error', () => {
    const v = reproductionVerdict(
      {passed: false, output: 'TypeError: x is not a function'},
      type,
      value
    )
    expect(v).toMatchObject({reproduced: false, sameMessage: false})
    expect(v.reason).toContain(
      'not with the production message ("Cannot read properties of undefined (reading…")'
    )
  })

  it('needs only the type when the message has no stable head', () => {
    // Python's KeyError message is the key itself.
    expect(
      reproductionVerdict({passed: false, output: "E   KeyError: 'XX'"}, 'KeyError', "'XX'")
        .reproduced
    ).toBe(true)
    expect(
      reproductionVerdict({passed: false, output: 'NotFound: order 42'}, 'NotFound', 'order 9')
        .reproduced
    ).toBe(true)
  })
})
