// independentGroups: the file-set rule (own files, excerpt neighbours, one hop, barrels, count lines),
// ids, the cap and the partition property, on failures classify reads from real vitest, tsc and pytest output.
import {describe, expect, it} from 'vitest'
import type {Failure} from '../../../src/core/classify/types.js'
import {
  clampGroups,
  groupId,
  independentGroups,
  type FanoutGroup
} from '../../../src/core/fanout/groups.js'
import {barrelFiles, buildImportGraph} from '../../../src/core/fanout/import-graph.js'
import {
  failure,
  failuresIn,
  planOf,
  PY_SHOP,
  PYTEST_LOG,
  SHOP,
  vitestBlock,
  vitestLog
} from './fixtures.js'

const graph = buildImportGraph(SHOP, Object.keys(SHOP))
const equality = (a: string, b: string): string => `expected ${a} to be ${b} // Object.is equality`

function testFailures(
  specs: ReadonlyArray<{file: string; name: string; frames?: string[]}>
): Failure[] {
  const blocks = specs.map((s, i) =>
    vitestBlock(
      s.file,
      s.name,
      equality(String(i), String(i + 1)),
      [...(s.frames ?? []), `${s.file}:5:17`],
      i + 1,
      specs.length
    )
  )
  const failures = failuresIn(vitestLog(blocks))
  expect(failures.map(f => f.file)).toEqual(specs.map(s => s.file))
  return failures
}

const fileSetsOf = (groups: readonly FanoutGroup[]): string[][] => groups.map(g => g.files)

describe('independentGroups: the file-set rule', () => {
  it('three failures in three different modules are three groups, each with its one hop', () => {
    const items = planOf(
      testFailures([
        {file: 'test/cart.test.ts', name: 'cart > totals'},
        {file: 'test/money.test.ts', name: 'money > price', frames: ['src/money.ts:1:30']},
        {file: 'test/tax.test.ts', name: 'tax > vat'}
      ])
    )
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(groups.map(g => g.keys)).toEqual(items.map(i => [i.key]))
    expect(fileSetsOf(groups)).toEqual([
      ['src/cart.ts', 'test/cart.test.ts'],
      ['src/money.ts', 'test/money.test.ts'],
      ['src/tax.ts', 'test/tax.test.ts']
    ])
    expect(groups.map(g => g.failures)).toEqual([1, 1, 1])
  })

  it('two failures whose tests both import src/shared.ts are one group', () => {
    const items = planOf(
      testFailures([
        {file: 'test/shared-a.test.ts', name: 'round > halves'},
        {file: 'test/shared-b.test.ts', name: 'round > negatives'},
        {file: 'test/tax.test.ts', name: 'tax > vat'}
      ])
    )
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(groups.map(g => g.keys)).toEqual([[items[0]!.key, items[1]!.key], [items[2]!.key]])
    expect(groups[0]!.files).toEqual([
      'src/shared.ts',
      'test/shared-a.test.ts',
      'test/shared-b.test.ts'
    ])
    expect(groups[0]!.failures).toBe(2)
    // Without the graph nothing links them: the graph is what merged them.
    expect(independentGroups(items, {maxGroups: 10})).toHaveLength(3)
  })

  it('a test helper every test imports (a test file) does not chain the tests into one group', () => {
    // test/cart, money and tax all import test/helpers.ts.
    expect(graph['test/cart.test.ts']).toContain('test/helpers.ts')
    const items = planOf(
      testFailures([
        {file: 'test/cart.test.ts', name: 'cart > totals'},
        {file: 'test/tax.test.ts', name: 'tax > vat'}
      ])
    )
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(groups).toHaveLength(2)
    expect(groups.flatMap(g => g.files)).not.toContain('test/helpers.ts')
  })

  it('a barrel every test imports ties them together, unless it is named as a barrel', () => {
    const items = planOf(
      testFailures([
        {file: 'test/api-cart.test.ts', name: 'api > total'},
        {file: 'test/api-tax.test.ts', name: 'api > vat'}
      ])
    )
    expect(barrelFiles(SHOP)).toEqual(['src/index.ts'])
    expect(independentGroups(items, {importGraph: graph, maxGroups: 10})).toHaveLength(1)
    const groups = independentGroups(items, {
      importGraph: graph,
      barrels: barrelFiles(SHOP),
      maxGroups: 10
    })
    expect(fileSetsOf(groups)).toEqual([['test/api-cart.test.ts'], ['test/api-tax.test.ts']])
  })

  it('the hop is one hop: a stack frame in a module reaches what that module imports', () => {
    // cart.ts imports money.ts. From the test alone, money.ts is two hops away: apart.
    const apart = planOf(
      testFailures([
        {file: 'test/cart.test.ts', name: 'cart > totals'},
        {file: 'test/money.test.ts', name: 'money > price'}
      ])
    )
    expect(independentGroups(apart, {importGraph: graph, maxGroups: 10})).toHaveLength(2)
    // A frame in src/cart.ts makes cart.ts the item's own file: money.ts is one hop: together.
    const together = planOf(
      testFailures([
        {file: 'test/cart.test.ts', name: 'cart > totals', frames: ['src/cart.ts:2:35']},
        {file: 'test/money.test.ts', name: 'money > price'}
      ])
    )
    const groups = independentGroups(together, {importGraph: graph, maxGroups: 10})
    expect(groups).toHaveLength(1)
    expect(groups[0]!.files).toEqual([
      'src/cart.ts',
      'src/money.ts',
      'test/cart.test.ts',
      'test/money.test.ts'
    ])
  })

  it("a compiler's neighbouring diagnostics in the excerpt do not tie unrelated files together", () => {
    const log = [
      '> tsc --noEmit',
      '',
      "src/tax.ts(1,40): error TS2322: Type 'string' is not assignable to type 'number'.",
      "src/report.ts(2,30): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
      "src/money.ts(1,14): error TS7006: Parameter 'n' implicitly has an 'any' type.",
      '',
      'Found 3 errors in 3 files.'
    ].join('\n')
    const items = planOf(failuresIn(log))
    expect(items).toHaveLength(3)
    // The plan's own files come from the shared excerpt: every item names all three.
    expect(items.every(i => i.files.length === 3)).toBe(true)
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(fileSetsOf(groups).sort()).toEqual([
      ['src/money.ts'],
      ['src/report.ts', 'src/shared.ts'],
      ['src/tax.ts']
    ])
  })

  it("another failure's test file in a failure's excerpt is not that failure's file", () => {
    const cart = failure({
      category: 'test_fail',
      file: 'test/cart.test.ts',
      test: 'cart > totals',
      message: equality('10', '11'),
      excerpt: ' ❯ test/cart.test.ts:5:17\n FAIL  test/tax.test.ts > tax > vat'
    })
    const tax = failure({
      category: 'test_fail',
      file: 'test/tax.test.ts',
      test: 'tax > vat',
      message: equality('2', '2.2')
    })
    expect(planOf([cart, tax])[0]!.files).toContain('test/tax.test.ts')
    expect(independentGroups(planOf([cart, tax]), {maxGroups: 10})).toHaveLength(2)
  })

  it('failures of one cause are one item, hence one group, whatever their files', () => {
    const missing = (file: string): Failure =>
      failure({
        category: 'test_fail',
        file,
        test: `${file} > loads`,
        message: "Error: Cannot find module '../src/discounts.js' imported from " + file
      })
    const items = planOf([missing('test/cart.test.ts'), missing('test/tax.test.ts')])
    expect(items).toHaveLength(1)
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(groups).toHaveLength(1)
    expect(groups[0]!.failures).toBe(2)
    expect(groups[0]!.files).toEqual([
      'src/cart.ts',
      'src/tax.ts',
      'test/cart.test.ts',
      'test/tax.test.ts'
    ])
  })

  it('pytest: two failing tests of two modules are two groups; the count line joins the first', () => {
    const failures = failuresIn(PYTEST_LOG)
    // classify also reads the count line `2 failed, 10 passed` as a failure (no file).
    expect(failures.map(f => [f.file, f.rule])).toEqual([
      ['tests/test_billing.py', 'pytest.failed'],
      ['tests/test_tax.py', 'pytest.failed'],
      [undefined, 'test.summary']
    ])
    const items = planOf(failures)
    const pyGraph = buildImportGraph(PY_SHOP, Object.keys(PY_SHOP))
    const groups = independentGroups(items, {importGraph: pyGraph, maxGroups: 10})
    expect(groups.map(g => ({files: g.files, failures: g.failures}))).toEqual([
      {files: ['app/billing.py', 'tests/test_billing.py'], failures: 2},
      {files: ['app/tax.py', 'tests/test_tax.py'], failures: 1}
    ])
    expect(groups[0]!.keys).toEqual([items[0]!.key, items[2]!.key])
    // Alone, a count line has nothing to join: it is a group of its own.
    expect(independentGroups(items.slice(2), {maxGroups: 10})).toHaveLength(1)
  })

  it('failures with no file at all share one group (they could touch anything)', () => {
    const items = planOf([
      failure({category: 'dependency_missing', tool: 'npm', message: 'npm ERR! code ERESOLVE'}),
      failure({category: 'unknown', tool: 'runner', message: 'Segmentation fault (core dumped)'}),
      failure({
        category: 'test_fail',
        file: 'test/tax.test.ts',
        test: 'tax > vat',
        message: equality('2', '2.2')
      })
    ])
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(groups.map(g => g.keys.length)).toEqual([2, 1])
    expect(groups[0]!.files).toEqual([])
  })

  it('never lets two groups share a file, and is deterministic', () => {
    const items = planOf(
      testFailures([
        {file: 'test/shared-a.test.ts', name: 'a'},
        {file: 'test/cart.test.ts', name: 'cart', frames: ['src/cart.ts:2:35']},
        {file: 'test/money.test.ts', name: 'money'},
        {file: 'test/tax.test.ts', name: 'tax'},
        {file: 'test/shared-b.test.ts', name: 'b'}
      ])
    )
    const groups = independentGroups(items, {importGraph: graph, maxGroups: 10})
    const all = groups.flatMap(g => g.files)
    expect(new Set(all).size).toBe(all.length)
    expect(groups).toHaveLength(3)
    expect(independentGroups(items, {importGraph: graph, maxGroups: 10})).toEqual(groups)
  })
})

describe('independentGroups: ids and order', () => {
  it('ids are g- and the first 10 characters of the lead key; the lead is first in plan order', () => {
    const items = planOf(
      testFailures([
        {file: 'test/shared-b.test.ts', name: 'b'},
        {file: 'test/shared-a.test.ts', name: 'a'}
      ])
    )
    const [group] = independentGroups(items, {importGraph: graph, maxGroups: 10})
    expect(group!.id).toBe(`g-${items[0]!.key.slice(0, 10)}`)
    expect(group!.keys).toEqual(items.map(i => i.key))
  })

  it('groupId keeps only safe characters, and equal prefixes get -2', () => {
    expect(groupId('ab/cd ef:0123456789')).toBe('g-abcdef0123')
    expect(groupId('///')).toBe('g-x')
    const a = failure({
      category: 'lint_error',
      file: 'src/a.ts',
      message: 'x',
      fingerprint: 'abcdefghij1'
    })
    const b = failure({
      category: 'lint_error',
      file: 'src/b.ts',
      message: 'y',
      fingerprint: 'abcdefghij2'
    })
    expect(independentGroups(planOf([a, b]), {maxGroups: 10}).map(g => g.id)).toEqual([
      'g-abcdefghij',
      'g-abcdefghij-2'
    ])
  })
})

describe('independentGroups: the cap', () => {
  const lint = (file: string, count: number): Failure[] =>
    Array.from({length: count}, (_, i) =>
      failure({
        category: 'lint_error',
        tool: 'eslint',
        file,
        line: i + 1,
        errorCode: 'prefer-const',
        message: `'v${i}' is never reassigned. Use 'const' instead`,
        fingerprint: `${file.replace(/\W/g, '')}${i}`
      })
    )

  it('merges the two smallest groups until maxGroups holds, ties by id', () => {
    // One item per lint failure: a.ts 1, b.ts 1, c.ts 1 (each its own group),
    // d.ts and e.ts two failures each (one file: one group each).
    const failures = [
      ...lint('src/d.ts', 2),
      ...lint('src/c.ts', 1),
      ...lint('src/a.ts', 1),
      ...lint('src/e.ts', 2),
      ...lint('src/b.ts', 1)
    ]
    const items = planOf(failures)
    const all = independentGroups(items, {maxGroups: 10})
    expect(all.map(g => g.files)).toEqual([
      ['src/d.ts'],
      ['src/c.ts'],
      ['src/a.ts'],
      ['src/e.ts'],
      ['src/b.ts']
    ])
    // 5 → 4: the two one-failure groups with the smallest ids (srca… and srcb…) merge.
    const four = independentGroups(items, {maxGroups: 4})
    expect(four.map(g => g.files)).toEqual([
      ['src/d.ts'],
      ['src/c.ts'],
      ['src/a.ts', 'src/b.ts'],
      ['src/e.ts']
    ])
    expect(four[2]!.id).toBe(all[2]!.id)
    expect(four[2]!.failures).toBe(2)
    // 5 → 3: then c (1 failure) joins the 2-failure group with the smallest id (a+b's, srca…).
    const three = independentGroups(items, {maxGroups: 3})
    expect(three.map(g => g.files)).toEqual([
      ['src/d.ts'],
      ['src/a.ts', 'src/b.ts', 'src/c.ts'],
      ['src/e.ts']
    ])
    expect(three.map(g => g.failures)).toEqual([2, 3, 2])
    expect(three[1]!.id).toBe(all[1]!.id)
    expect(three[1]!.keys).toEqual([...all[1]!.keys, ...all[2]!.keys, ...all[4]!.keys])
    expect(independentGroups(items, {maxGroups: 1}).map(g => g.failures)).toEqual([7])
  })

  it('clamps maxGroups to [1, 256]', () => {
    expect([0, -3, 0.5, Number.NaN, 1.9, 300, Number.POSITIVE_INFINITY].map(clampGroups)).toEqual([
      1, 1, 1, 1, 1, 256, 256
    ])
    const items = planOf(Array.from({length: 300}, (_, i) => lint(`src/m${i}.ts`, 1)).flat())
    expect(independentGroups(items, {maxGroups: 1000})).toHaveLength(256)
    expect(independentGroups(items, {maxGroups: 0})).toHaveLength(1)
  })
})

describe('independentGroups: a partition, whatever the input', () => {
  /** A small deterministic PRNG (mulberry32), so a failure names its seed. */
  function random(seed: number): () => number {
    let a = seed
    return () => {
      a = (a + 0x6d2b79f5) | 0
      let t = Math.imul(a ^ (a >>> 15), 1 | a)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }

  it('every key in exactly one group, no file in two, failures add up, at most maxGroups', () => {
    const modules = Object.keys(SHOP)
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed)
      const pick = (): string => modules[Math.floor(next() * modules.length)]!
      const failures = Array.from({length: 1 + Math.floor(next() * 12)}, (_, i) =>
        failure({
          category: next() < 0.7 ? 'test_fail' : 'compile_error',
          file: next() < 0.9 ? pick() : undefined,
          test: `case ${i}`,
          message: `expected ${i} to be ${i + 1}`,
          excerpt: ` ❯ ${pick()}:1:1\n ❯ ${pick()}:2:2`,
          fingerprint: `${seed.toString(16)}f${i}`
        })
      )
      const items = planOf(failures)
      const maxGroups = 1 + Math.floor(next() * 6)
      const groups = independentGroups(items, {importGraph: graph, maxGroups})
      const keys = groups.flatMap(g => g.keys)
      const files = groups.flatMap(g => g.files)
      expect(keys.sort(), `seed ${seed}`).toEqual(items.map(i => i.key).sort())
      expect(new Set(files).size, `seed ${seed}`).toBe(files.length)
      expect(
        groups.reduce((n, g) => n + g.failures, 0),
        `seed ${seed}`
      ).toBe(failures.length)
      expect(groups.length, `seed ${seed}`).toBeLessThanOrEqual(maxGroups)
      expect(new Set(groups.map(g => g.id)).size, `seed ${seed}`).toBe(groups.length)
    }
  })
})
