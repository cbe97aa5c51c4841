import {describe, expect, it} from 'vitest'
import {failureFingerprint} from '../../../src/core/classify/fingerprint.js'
import type {Category, Failure} from '../../../src/core/classify/types.js'
import {causeOf, filesInText, planFailures} from '../../../src/core/autofix/failure-plan.js'

function failure(f: Partial<Failure> & {category: Category; message: string}): Failure {
  const base = {excerpt: '', rule: 'test', confidence: 0.9, tool: 'vitest', ...f}
  return {...base, fingerprint: f.fingerprint ?? failureFingerprint(base)}
}

const tsc = failure({
  category: 'compile_error',
  tool: 'tsc',
  file: 'src/tax.ts',
  line: 13,
  errorCode: 'TS2322',
  message: "Type 'number | undefined' is not assignable to type 'number'."
})
const vitestFail = failure({
  category: 'test_fail',
  file: 'test/discounts.test.ts',
  test: 'bulkDiscountRate > applies each tier from its minimum quantity',
  message: 'AssertionError: expected +0 to be 0.05 // Object.is equality',
  excerpt:
    ' ❯ test/discounts.test.ts:11:33\n ❯ src/discounts.ts:17:5\n ❯ node_modules/vitest/dist/index.js:10:1'
})
const lint = failure({
  category: 'lint_error',
  tool: 'eslint',
  file: 'src/cart.ts',
  line: 31,
  errorCode: 'prefer-const',
  message: "'subtotal' is never reassigned. Use 'const' instead"
})
const dep = failure({
  category: 'dependency_missing',
  tool: 'npm',
  message: 'npm ERR! code ERESOLVE unable to resolve dependency tree'
})

describe('planFailures: order', () => {
  it('puts dependency and compile problems before tests and lint last', () => {
    const plan = planFailures([lint, vitestFail, tsc, dep], {maxFailures: 10})
    expect(plan.items.map(i => i.phase)).toEqual(['dependency', 'compile', 'test', 'lint'])
    expect(plan.items.map(i => i.key)).toEqual([
      dep.fingerprint,
      tsc.fingerprint,
      vitestFail.fingerprint,
      lint.fingerprint
    ])
  })

  it('puts utilities before features using the import graph', () => {
    const cart = failure({
      category: 'test_fail',
      file: 'test/cart.test.ts',
      test: 'cart > totals',
      message: 'expected 10 to be 11'
    })
    const money = failure({
      category: 'test_fail',
      file: 'test/money.test.ts',
      test: 'money > formats',
      message: 'expected "1.0" to be "1.00"'
    })
    const graph = {
      'test/cart.test.ts': ['src/cart.ts'],
      'test/money.test.ts': ['src/money.ts'],
      'src/cart.ts': ['src/money.ts', 'src/discounts.ts', 'src/tax.ts'],
      'src/discounts.ts': ['src/money.ts'],
      'src/money.ts': []
    }
    expect(
      planFailures([cart, money], {maxFailures: 10, importGraph: graph}).items.map(i => i.lead.test)
    ).toEqual(['money > formats', 'cart > totals'])
    // Without the graph, the input order stands for paths of equal depth.
    expect(planFailures([cart, money], {maxFailures: 10}).items.map(i => i.lead.test)).toEqual([
      'cart > totals',
      'money > formats'
    ])
  })

  it('survives import cycles', () => {
    const a = failure({
      category: 'compile_error',
      file: 'src/a.ts',
      errorCode: 'TS2304',
      message: 'x'
    })
    const b = failure({
      category: 'compile_error',
      file: 'src/b.ts',
      errorCode: 'TS2304',
      message: 'y'
    })
    const plan = planFailures([a, b], {
      maxFailures: 5,
      importGraph: {'src/a.ts': ['src/b.ts'], 'src/b.ts': ['src/a.ts']}
    })
    expect(plan.items).toHaveLength(2)
  })

  it('without a graph, prefers shallow paths and utility folders', () => {
    const feature = failure({
      category: 'compile_error',
      file: 'src/features/checkout/page.ts',
      errorCode: 'TS2322',
      message: 'a'
    })
    const util = failure({
      category: 'compile_error',
      file: 'src/utils/format.ts',
      errorCode: 'TS2322',
      message: 'b'
    })
    expect(planFailures([feature, util], {maxFailures: 5}).items.map(i => i.lead.file)).toEqual([
      'src/utils/format.ts',
      'src/features/checkout/page.ts'
    ])
  })
})

describe('planFailures: grouping', () => {
  it('groups twenty tests failing on one missing export with the compile error, which leads', () => {
    const tests = Array.from({length: 20}, (_, k) =>
      failure({
        category: 'test_fail',
        file: `test/t${k}.test.ts`,
        test: `t${k}`,
        message:
          "SyntaxError: The requested module '../src/money.js' does not provide an export named 'formatCents'"
      })
    )
    const compile = failure({
      category: 'compile_error',
      tool: 'tsc',
      file: 'test/t0.test.ts',
      errorCode: 'TS2305',
      message: "Module '\"../src/money.js\"' has no exported member 'formatCents'."
    })
    const plan = planFailures([...tests, compile], {maxFailures: 10})
    expect(plan.items).toHaveLength(1)
    const [item] = plan.items
    expect(item?.lead).toBe(compile)
    expect(item?.key).toBe(compile.fingerprint)
    expect(item?.members).toHaveLength(21)
    expect(item?.groupReason).toContain('missing export: formatCents')
  })

  it('groups tests failing with the same non-assertion error', () => {
    const mk = (k: number): Failure =>
      failure({
        category: 'test_fail',
        file: `test/x${k}.test.ts`,
        test: `x${k}`,
        message: "TypeError: Cannot read properties of undefined (reading 'rate')"
      })
    const plan = planFailures([mk(1), mk(2), mk(3)], {maxFailures: 10})
    expect(plan.items).toHaveLength(1)
    expect(plan.items[0]?.groupReason).toBe('3 failures share the same error message')
  })

  it('never groups assertion failures that merely look alike', () => {
    const a = failure({
      category: 'test_fail',
      file: 'test/a.test.ts',
      test: 'a',
      message: 'AssertionError: expected 5 to be 6'
    })
    const b = failure({
      category: 'test_fail',
      file: 'test/b.test.ts',
      test: 'b',
      message: 'AssertionError: expected 7 to be 8'
    })
    expect(planFailures([a, b], {maxFailures: 10}).items).toHaveLength(2)
  })

  it('keeps the lead and key stable when the input order changes', () => {
    const mk = (k: number): Failure =>
      failure({
        category: 'test_fail',
        file: `test/y${k}.test.ts`,
        test: `y${k}`,
        message: 'ReferenceError: computeTax is not defined'
      })
    const one = planFailures([mk(1), mk(2), mk(3)], {maxFailures: 10}).items[0]
    const two = planFailures([mk(3), mk(1), mk(2)], {maxFailures: 10}).items[0]
    expect(one?.key).toBe(two?.key)
  })

  it('drops repeated fingerprints', () => {
    expect(planFailures([tsc, tsc, {...tsc}], {maxFailures: 10}).items).toHaveLength(1)
  })
})

describe('planFailures: cap and skips', () => {
  it('caps at maxFailures and defers the rest in order', () => {
    const types = ['Order', 'Cart', 'Money', 'Tax', 'Coupon']
    const many = types.map((t, k) =>
      failure({
        category: 'compile_error',
        file: `src/f${k}.ts`,
        errorCode: 'TS2322',
        message: `Type '${t}' is not assignable to type 'Line'.`
      })
    )
    const plan = planFailures(many, {maxFailures: 3})
    expect(plan.items).toHaveLength(3)
    expect(plan.deferred.map(d => d.lead.file)).toEqual(['src/f3.ts', 'src/f4.ts'])
  })

  it('skips known flakes and problems no code change fixes, with reasons', () => {
    const flake = failure({
      category: 'test_fail',
      file: 'test/net.test.ts',
      test: 'fetches',
      message: 'ECONNRESET'
    })
    const outage = failure({category: 'transient', message: '503 Service Unavailable'})
    const oom = failure({category: 'resource_exhausted', message: 'JavaScript heap out of memory'})
    const plan = planFailures([flake, outage, oom, vitestFail], {
      maxFailures: 10,
      knownFlakes: new Set([flake.fingerprint])
    })
    expect(plan.items.map(i => i.key)).toEqual([vitestFail.fingerprint])
    expect(plan.skipped.map(s => s.failure)).toEqual([flake, outage, oom])
    expect(plan.skipped[0]?.reason).toContain('known flake')
    expect(plan.skipped[1]?.reason).toContain('transient')
  })

  it('keeps unknown failures (a check no parser understood), after the rest', () => {
    const unknown = failure({
      category: 'unknown',
      tool: 'runner',
      message: 'make: *** [check] Error 2'
    })
    const plan = planFailures([unknown, lint], {maxFailures: 10})
    expect(plan.items.map(i => i.phase)).toEqual(['lint', 'other'])
  })
})

describe('files of a failure', () => {
  it('lists the source in the stack before the test, without library frames', () => {
    const [item] = planFailures([vitestFail], {maxFailures: 1}).items
    expect(item?.files).toEqual(['src/discounts.ts', 'test/discounts.test.ts'])
  })

  it('reads python, go and runner-rooted paths and skips absolute and library ones', () => {
    const text = [
      '  File "/usr/lib/python3.12/site-packages/_pytest/python.py", line 1',
      'tests/test_split.py:12: in test_split_evenly_keeps_every_cent',
      'src/splitbill/split.py:9: AssertionError',
      '    /home/runner/work/app/app/pkg/money/money_test.go:14 +0x1d',
      'at Object.<anonymous> (/home/runner/work/app/app/src/index.ts:3:4)',
      'see https://example.com/docs/guide.js'
    ].join('\n')
    expect(filesInText(text)).toEqual([
      'tests/test_split.py',
      'src/splitbill/split.py',
      'pkg/money/money_test.go',
      'src/index.ts'
    ])
  })
})

describe('causeOf', () => {
  it.each([
    ["Module '\"./money\"' has no exported member 'formatCents'.", 'missing export: formatCents'],
    [
      "Cannot find module './tax.js' or its corresponding type declarations.",
      'missing module: ./tax.js'
    ],
    [
      "ImportError: cannot import name 'split_evenly' from 'splitbill'",
      'missing export: split_evenly'
    ],
    ["ModuleNotFoundError: No module named 'requests'", 'missing module: requests'],
    ['./main.go:5:2: undefined: Split', 'undefined name: Split'],
    ["Property 'total' does not exist on type 'Order'.", 'missing property: total on Order']
  ])('%s → %s', (message, cause) => {
    expect(causeOf({message})).toBe(cause)
  })

  it('has no cause for an assertion message', () => {
    expect(causeOf({message: 'expected 1 to be 2'})).toBeUndefined()
  })
})
