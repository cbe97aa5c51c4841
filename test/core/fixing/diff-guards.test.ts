import {describe, expect, it} from 'vitest'
import {
  checkDiff,
  describeVerdict,
  type FileChange,
  type GuardContext,
  type GuardRule
} from '../../../src/core/fixing/diff-guards.js'

const context: GuardContext = {
  protectedPaths: ['src/auth/**', '**/migrations/**', 'package-lock.json'],
  maxFilesChanged: 3
}

function modified(path: string, before: string, after: string): FileChange {
  return {path, status: 'modified', before, after}
}
function added(path: string, after: string): FileChange {
  return {path, status: 'added', before: null, after}
}
function deleted(path: string, before: string): FileChange {
  return {path, status: 'deleted', before, after: null}
}
function rules(diff: FileChange[], ctx: GuardContext = context): GuardRule[] {
  return checkDiff(diff, ctx).violations.map(v => v.rule)
}

// The ts-vitest fixture's planted off-by-one and its real fix.
const DISCOUNTS_BEFORE = `export function bulkDiscountRate(quantity: number): number {
  for (const tier of TIERS) {
    if (quantity > tier.minQuantity) return tier.rate
  }
  return 0
}
`
const DISCOUNTS_AFTER = DISCOUNTS_BEFORE.replace('quantity > tier', 'quantity >= tier')
const SOURCE_FIX = modified('src/discounts.ts', DISCOUNTS_BEFORE, DISCOUNTS_AFTER)

const DISCOUNT_TEST = `import {describe, expect, it} from 'vitest'
import {bulkDiscountRate} from '../src/discounts.js'

describe('bulkDiscountRate', () => {
  it('applies each tier from its minimum quantity', () => {
    expect(bulkDiscountRate(10)).toBe(0.05)
    expect(bulkDiscountRate(50)).toBe(0.1)
  })

  it('gives no discount below the first tier', () => {
    expect(bulkDiscountRate(9)).toBe(0)
  })
})
`

describe('checkDiff: a legitimate fix passes', () => {
  it('passes the fixture fix in the source', () => {
    const v = checkDiff([SOURCE_FIX], context)
    expect(v).toEqual({ok: true, violations: [], sourceChanged: true})
  })

  it('passes a fix that also adds a new test case and a new test file', () => {
    const withNewCase = DISCOUNT_TEST.replace(
      "  it('gives no discount below the first tier'",
      "  it('treats the minimum itself as inside the tier', () => {\n    expect(bulkDiscountRate(50)).toBe(0.1)\n  })\n\n  it('gives no discount below the first tier'"
    )
    const v = checkDiff(
      [
        SOURCE_FIX,
        modified('test/discounts.test.ts', DISCOUNT_TEST, withNewCase),
        added(
          'test/tiers.test.ts',
          "import {it, expect} from 'vitest'\nit('x', () => { expect(1).toBe(1) })\n"
        )
      ],
      context
    )
    expect(v.violations).toEqual([])
    expect(v.ok).toBe(true)
  })

  it('passes a test-only fix of a broken import path (no expectation changed)', () => {
    const broken = DISCOUNT_TEST.replace("'../src/discounts.js'", "'../src/discount.js'")
    expect(rules([modified('test/discounts.test.ts', broken, DISCOUNT_TEST)])).toEqual([])
  })

  it('passes a test that moved to another file under the same name', () => {
    const without = DISCOUNT_TEST.replace(
      /\n {2}it\('gives no discount below[\s\S]*?\n {2}\}\)\n/,
      '\n'
    )
    const moved =
      "import {expect, it} from 'vitest'\nimport {bulkDiscountRate} from '../src/discounts.js'\nit('gives no discount below the first tier', () => {\n  expect(bulkDiscountRate(9)).toBe(0)\n})\n"
    expect(without).not.toBe(DISCOUNT_TEST)
    const v = checkDiff(
      [
        modified('test/discounts.test.ts', DISCOUNT_TEST, without),
        added('test/below.test.ts', moved)
      ],
      context
    )
    expect(v.violations).toEqual([])
  })

  it('still rejects a "move" that drops the moved assertions', () => {
    const without = DISCOUNT_TEST.replace(
      /\n {2}it\('gives no discount below[\s\S]*?\n {2}\}\)\n/,
      '\n'
    )
    const hollow =
      "import {it} from 'vitest'\nit('gives no discount below the first tier', () => {})\n"
    const v = checkDiff(
      [
        modified('test/discounts.test.ts', DISCOUNT_TEST, without),
        added('test/below.test.ts', hollow)
      ],
      context
    )
    expect(v.violations.map(x => x.rule)).toEqual(['assertion-removed'])
  })

  it('ignores patterns that only appear in strings and comments', () => {
    const after = DISCOUNT_TEST.replace(
      "  it('gives no discount below",
      "  // it.skip would hide this; eslint-disable is not allowed either\n  it('does not skip the @ts-ignore case', () => {\n    expect(label('it.skip() || true')).toBe('eslint-disable')\n  })\n\n  it('gives no discount below"
    )
    expect(rules([SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)])).toEqual(
      []
    )
  })

  it('lets existing skips and suppressions stay (only added ones count)', () => {
    const before =
      "// eslint-disable-next-line no-console\nconsole.log(1)\nit.skip('old', () => {})\nit('a', () => { expect(1).toBe(1) })\n"
    const after = before.replace("it('a'", "it('a renamed'")
    expect(rules([modified('test/a.test.ts', before, after)])).toEqual([])
  })
})

describe('protected paths', () => {
  it('rejects a change under a configured glob and names the glob', () => {
    const v = checkDiff([modified('src/auth/session.ts', 'a', 'b')], context)
    expect(v.ok).toBe(false)
    expect(v.violations[0]).toMatchObject({rule: 'protected-path', path: 'src/auth/session.ts'})
    expect(v.violations[0]?.message).toContain('src/auth/**')
  })

  it('always protects .github/workflows, even with no globs configured', () => {
    expect(
      rules([modified('.github/workflows/ci.yml', 'a: 1', 'a: 2')], {
        protectedPaths: [],
        maxFilesChanged: 10
      })
    ).toEqual(['protected-path'])
  })

  it('checks both sides of a rename', () => {
    const v = checkDiff(
      [
        {
          path: 'src/session.ts',
          oldPath: 'src/auth/session.ts',
          status: 'renamed',
          before: 'x',
          after: 'x'
        }
      ],
      context
    )
    expect(v.violations.map(x => x.path)).toEqual(['src/auth/session.ts'])
  })

  it('matches dotfiles and lockfiles', () => {
    expect(rules([modified('package-lock.json', '{}', '{"a":1}')])).toEqual(['protected-path'])
    expect(rules([modified('db/migrations/001.sql', 'a', 'b')])).toEqual(['protected-path'])
  })

  it('allows paths that only look similar', () => {
    expect(
      rules([modified('src/authors.ts', 'a', 'b'), modified('docs/github-workflows.md', 'a', 'b')])
    ).toEqual([])
  })

  it('rejects paths outside the workspace or inside .git', () => {
    expect(rules([modified('../other/x.ts', 'a', 'b')])).toEqual(['outside-workspace'])
    expect(rules([modified('.git/hooks/pre-commit', 'a', 'b')])).toEqual(['outside-workspace'])
  })
})

describe('max files changed', () => {
  it('rejects one file more than the limit', () => {
    const diff = ['a', 'b', 'c', 'd'].map(n => modified(`src/${n}.ts`, 'x', 'y'))
    const v = checkDiff(diff, context)
    expect(v.violations.map(x => x.rule)).toEqual(['too-many-files'])
    expect(v.violations[0]?.message).toContain('4 files')
  })

  it('allows exactly the limit', () => {
    expect(rules(['a', 'b', 'c'].map(n => modified(`src/${n}.ts`, 'x', 'y')))).toEqual([])
  })
})

describe('deleted tests', () => {
  it('rejects deleting a test file', () => {
    expect(rules([deleted('test/discounts.test.ts', DISCOUNT_TEST)])).toEqual(['test-deleted'])
    expect(rules([deleted('pkg/money/money_test.go', 'package money\n')])).toEqual(['test-deleted'])
    expect(rules([deleted('tests/test_split.py', 'def test_x():\n    assert 1\n')])).toEqual([
      'test-deleted'
    ])
  })

  it('rejects renaming a test file to a name no runner collects', () => {
    const v = rules([
      {
        path: 'test/discounts.ts.bak',
        oldPath: 'test/discounts.test.ts',
        status: 'renamed',
        before: DISCOUNT_TEST,
        after: DISCOUNT_TEST
      }
    ])
    // test/ is still a test folder, so use a path outside it.
    expect(v).toEqual([])
    expect(
      rules([
        {
          path: 'src/discounts.bak',
          oldPath: 'src/discounts.test.ts',
          status: 'renamed',
          before: DISCOUNT_TEST,
          after: DISCOUNT_TEST
        }
      ])
    ).toEqual(['test-deleted'])
  })

  it('allows deleting a source file', () => {
    expect(rules([deleted('src/legacy.ts', 'export const x = 1\n')])).toEqual([])
  })
})

describe('removed test cases', () => {
  it('rejects a removed vitest case', () => {
    const after = DISCOUNT_TEST.replace(
      /\n {2}it\('gives no discount below[\s\S]*?\n {2}\}\)\n/,
      '\n'
    )
    const v = checkDiff(
      [SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)],
      context
    )
    expect(v.violations.map(x => x.rule)).toContain('test-removed')
    expect(v.violations.find(x => x.rule === 'test-removed')?.message).toContain(
      'gives no discount below the first tier'
    )
  })

  it('rejects a test commented out', () => {
    const after = DISCOUNT_TEST.replace(
      "  it('gives no discount below the first tier', () => {\n    expect(bulkDiscountRate(9)).toBe(0)\n  })",
      "  // it('gives no discount below the first tier', () => {\n  //   expect(bulkDiscountRate(9)).toBe(0)\n  // })"
    )
    expect(after).not.toBe(DISCOUNT_TEST)
    expect(rules([modified('test/discounts.test.ts', DISCOUNT_TEST, after)])).toEqual(
      expect.arrayContaining(['test-removed', 'assertion-removed'])
    )
  })

  it('rejects removed pytest, go and rust tests', () => {
    const py = 'def test_a():\n    assert f(1) == 2\n\ndef test_b():\n    assert f(2) == 3\n'
    expect(
      rules([modified('tests/test_f.py', py, 'def test_a():\n    assert f(1) == 2\n')])
    ).toContain('test-removed')
    const go =
      'package m\n\nfunc TestA(t *testing.T) {\n\tif f() != 1 {\n\t\tt.Errorf("bad")\n\t}\n}\n\nfunc TestB(t *testing.T) {}\n'
    expect(
      rules([modified('m_test.go', go, go.replace('\nfunc TestB(t *testing.T) {}\n', ''))])
    ).toContain('test-removed')
    const rs =
      'fn add(a: i32) -> i32 { a }\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn a() { assert_eq!(add(1), 1); }\n    #[test]\n    fn b() { assert_eq!(add(2), 2); }\n}\n'
    expect(
      rules([
        modified(
          'src/lib.rs',
          rs,
          rs.replace('    #[test]\n    fn b() { assert_eq!(add(2), 2); }\n', '')
        )
      ])
    ).toEqual(expect.arrayContaining(['test-removed', 'assertion-removed']))
  })

  it('allows renaming a test case', () => {
    expect(
      rules([
        modified(
          'test/discounts.test.ts',
          DISCOUNT_TEST,
          DISCOUNT_TEST.replace('gives no discount below', 'has no discount under')
        )
      ])
    ).toEqual([])
  })
})

describe('added skips', () => {
  const cases: [string, string, string][] = [
    ['test/discounts.test.ts', "  it('gives no discount", "  it.skip('gives no discount"],
    ['test/discounts.test.ts', "  it('gives no discount", "  xit('gives no discount"],
    ['test/discounts.test.ts', "describe('bulkDiscountRate'", "xdescribe('bulkDiscountRate'"],
    ['test/discounts.test.ts', "  it('gives no discount", "  it.only('gives no discount"],
    [
      'test/discounts.test.ts',
      "  it('applies each tier",
      "  it.todo('x')\n  it('applies each tier"
    ],
    [
      'test/discounts.test.ts',
      "  it('applies each tier",
      "  test.todo('x')\n  it('applies each tier"
    ],
    ['test/discounts.test.ts', "describe('bulkDiscountRate'", "describe.skip('bulkDiscountRate'"]
  ]
  it.each(cases)('rejects %s: %s → %s', (path, from, to) => {
    const after = DISCOUNT_TEST.replace(from, to)
    expect(after).not.toBe(DISCOUNT_TEST)
    expect(rules([SOURCE_FIX, modified(path, DISCOUNT_TEST, after)])).toContain('skip-added')
  })

  it('rejects python, go, rust and java skips', () => {
    const py = 'import pytest\n\ndef test_a():\n    assert f() == 1\n'
    expect(
      rules([
        modified(
          'tests/test_a.py',
          py,
          py.replace('def test_a', '@pytest.mark.skip(reason="flaky")\ndef test_a')
        )
      ])
    ).toEqual(['skip-added'])
    expect(
      rules([
        modified(
          'tests/test_a.py',
          py,
          py.replace('    assert', '    pytest.skip("later")\n    assert')
        )
      ])
    ).toEqual(['skip-added'])
    const go =
      'package m\n\nfunc TestA(t *testing.T) {\n\tif f() != 1 {\n\t\tt.Fatal("x")\n\t}\n}\n'
    expect(
      rules([modified('m_test.go', go, go.replace('{\n\tif', '{\n\tt.Skip("later")\n\tif'))])
    ).toEqual(['skip-added'])
    const rs = '#[test]\nfn a() { assert!(f()); }\n'
    expect(
      rules([modified('tests/a.rs', rs, rs.replace('#[test]', '#[test]\n#[ignore]'))])
    ).toEqual(['skip-added'])
    const java = 'class ATest {\n  @Test\n  void a() { assertEquals(1, f()); }\n}\n'
    expect(
      rules([
        modified('src/test/java/ATest.java', java, java.replace('@Test', '@Disabled\n  @Test'))
      ])
    ).toEqual(['skip-added'])
  })

  it('allows skip-like words that are not skips', () => {
    const after = DISCOUNT_TEST.replace(
      "  it('gives",
      "  it('skips empty carts', () => {\n    expect(items.skip).toBe(undefined)\n  })\n\n  it('gives"
    )
    expect(rules([SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)])).toEqual(
      []
    )
  })
})

describe('loosened assertions', () => {
  it('rejects a removed expect call', () => {
    const after = DISCOUNT_TEST.replace('    expect(bulkDiscountRate(50)).toBe(0.1)\n', '')
    const v = checkDiff(
      [SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)],
      context
    )
    expect(v.violations.map(x => x.rule)).toEqual(['assertion-removed'])
    expect(v.violations[0]?.message).toContain('test/discounts.test.ts')
  })

  it('rejects a removed python assert and go t.Error', () => {
    const py = 'def test_a():\n    assert f(1) == 2\n    assert f(2) == 3\n'
    expect(
      rules([modified('tests/test_a.py', py, 'def test_a():\n    assert f(1) == 2\n')])
    ).toEqual(['assertion-removed'])
    const go =
      'package m\n\nfunc TestA(t *testing.T) {\n\tif f() != 1 {\n\t\tt.Errorf("bad %d", f())\n\t}\n}\n'
    expect(
      rules([modified('m_test.go', go, 'package m\n\nfunc TestA(t *testing.T) {\n\t_ = f()\n}\n')])
    ).toEqual(['assertion-removed'])
  })

  it('rejects an expected literal edited to the actual value with no source change', () => {
    const after = DISCOUNT_TEST.replace(
      'expect(bulkDiscountRate(10)).toBe(0.05)',
      'expect(bulkDiscountRate(10)).toBe(0)'
    )
    const v = checkDiff([modified('test/discounts.test.ts', DISCOUNT_TEST, after)], context)
    expect(v.violations.map(x => x.rule)).toEqual(['expectation-changed'])
    expect(v.violations[0]?.message).toContain('toBe(0.05)')
  })

  it('rejects the pytest fixture expectation rewritten (list literal)', () => {
    const before =
      'def test_split_evenly_keeps_every_cent():\n    assert split_evenly(1000, 3) == [334, 333, 333]\n'
    const after = before.replace('[334, 333, 333]', '[333, 333, 333]')
    expect(rules([modified('tests/test_split.py', before, after)])).toEqual(['expectation-changed'])
  })

  it('rejects a go want value rewritten', () => {
    const before =
      'package m\n\nfunc TestA(t *testing.T) {\n\twant := 334\n\tif got := f(); got != want {\n\t\tt.Errorf("got %d", got)\n\t}\n}\n'
    expect(
      rules([modified('m_test.go', before, before.replace('want := 334', 'want := 333'))])
    ).toEqual(['expectation-changed'])
  })

  it('allows an expectation change together with a real source change', () => {
    const after = DISCOUNT_TEST.replace('toBe(0.1)', 'toBe(0.12)')
    expect(rules([SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)])).toEqual(
      []
    )
  })

  it('does not count a comment-only source edit as a source change', () => {
    const after = DISCOUNT_TEST.replace('toBe(0.05)', 'toBe(0)')
    const commentOnly = modified(
      'src/discounts.ts',
      DISCOUNTS_BEFORE,
      `// tiers are inclusive\n${DISCOUNTS_BEFORE}`
    )
    const v = checkDiff(
      [commentOnly, modified('test/discounts.test.ts', DISCOUNT_TEST, after)],
      context
    )
    expect(v.sourceChanged).toBe(false)
    expect(v.violations.map(x => x.rule)).toEqual(['expectation-changed'])
  })

  it('allows fixing a typo in an identifier inside an assertion', () => {
    const broken = DISCOUNT_TEST.replace(
      'expect(bulkDiscountRate(9))',
      'expect(bulkDiscountRat(9))'
    )
    expect(rules([modified('test/discounts.test.ts', broken, DISCOUNT_TEST)])).toEqual([])
  })
})

describe('snapshots', () => {
  const snap = '// Vitest Snapshot v1\n\nexports[`receipt 1`] = `"total: 10.00"`;\n'
  it('rejects rewriting a stored snapshot with no source change', () => {
    expect(
      rules([
        modified('test/__snapshots__/receipt.test.ts.snap', snap, snap.replace('10.00', '9.99'))
      ])
    ).toEqual(['snapshot-updated'])
    expect(rules([deleted('test/__snapshots__/receipt.test.ts.snap', snap)])).toEqual([
      'snapshot-updated'
    ])
  })

  const receiptFix = modified('src/receipt.ts', 'export const fmt = 1\n', 'export const fmt = 2\n')
  const rewritten = modified(
    'test/__snapshots__/receipt.test.ts.snap',
    snap,
    snap.replace('10.00', '9.99')
  )

  it('allows a snapshot rewrite together with a change to the code it records, and new snapshots', () => {
    expect(rules([receiptFix, rewritten])).toEqual([])
    expect(rules([added('test/__snapshots__/new.test.ts.snap', snap)])).toEqual([])
    expect(
      rules([
        modified(
          'test/__snapshots__/receipt.test.ts.snap',
          snap,
          `${snap}\nexports[\`receipt 2\`] = \`"x"\`;\n`
        )
      ])
    ).toEqual([])
  })

  it('rejects an inline snapshot rewritten with no source change, allows a new one', () => {
    const before =
      "import {expect, it} from 'vitest'\nit('r', () => {\n  expect(receipt()).toMatchInlineSnapshot(`\"total: 10.00\"`)\n})\n"
    expect(rules([modified('test/r.test.ts', before, before.replace('10.00', '9.99'))])).toContain(
      'snapshot-updated'
    )
    const fresh = before.replace(
      'toMatchInlineSnapshot(`"total: 10.00"`)',
      'toMatchInlineSnapshot()'
    )
    expect(rules([modified('test/r.test.ts', fresh, before)])).toEqual([])
  })
})

describe('suppressions', () => {
  const cases: [string, string, string][] = [
    [
      'src/tax.ts',
      'const rate: number = TAX_RATES[region]\n',
      '// @ts-ignore\nconst rate: number = TAX_RATES[region]\n'
    ],
    [
      'src/tax.ts',
      'const rate: number = TAX_RATES[region]\n',
      '// @ts-expect-error possibly undefined\nconst rate: number = TAX_RATES[region]\n'
    ],
    [
      'src/cart.ts',
      'let subtotal = 1\n',
      '// eslint-disable-next-line prefer-const\nlet subtotal = 1\n'
    ],
    ['src/cart.ts', 'let subtotal = 1\n', '/* eslint-disable */\nlet subtotal = 1\n'],
    ['src/m.py', 'x: int = f()\n', 'x: int = f()  # type: ignore[assignment]\n'],
    ['src/m.py', 'import os\n', 'import os  # noqa: F401\n'],
    ['m.go', 'x := f()\n', 'x := f() //nolint:errcheck\n'],
    ['src/lib.rs', 'fn f() {}\n', '#[allow(dead_code)]\nfn f() {}\n'],
    ['scripts/check.sh', 'npm test\n', 'npm test || true\n'],
    [
      'package.json',
      '{"scripts": {"test": "vitest run"}}',
      '{"scripts": {"test": "vitest run || true"}}'
    ],
    [
      'ci/pipeline.yml',
      'steps:\n  - run: npm test\n',
      'steps:\n  - run: npm test\n    continue-on-error: true\n'
    ]
  ]
  it.each(cases)('rejects an added suppression in %s', (path, before, after) => {
    const v = checkDiff([modified(path, before, after)], context)
    // (package.json's test script is also a check's configuration and a script:
    // config-changed and scripts-changed fire there too)
    expect(
      v.violations.map(x => x.rule).filter(r => r !== 'config-changed' && r !== 'scripts-changed')
    ).toEqual(['suppression-added'])
    expect(v.violations[0]?.message).toContain(path)
  })

  it('allows || in code and suppression words in strings and comments', () => {
    expect(rules([modified('src/flags.ts', 'const a = b\n', 'const a = b || true\n')])).toEqual([])
    expect(
      rules([
        modified(
          'src/docs.ts',
          'const a = 1\n',
          "const a = 1\nconst help = 'add // eslint-disable to silence'\n"
        )
      ])
    ).toEqual([])
    expect(
      rules([modified('scripts/check.sh', 'npm test\n', '# never use || true here\nnpm test\n')])
    ).toEqual([])
    expect(rules([modified('src/m.py', 'x = 1\n', 'x = 1\nmsg = "# noqa is banned"\n')])).toEqual(
      []
    )
  })
})

describe('weakened assertions', () => {
  const weaken = (from: string, to: string): GuardRule[] => {
    const after = DISCOUNT_TEST.replace(from, to)
    expect(after).not.toBe(DISCOUNT_TEST)
    return rules([SOURCE_FIX, modified('test/discounts.test.ts', DISCOUNT_TEST, after)])
  }

  it('rejects an exact matcher swapped for a loose one, even with a source fix', () => {
    expect(weaken('toBe(0.05)', 'toBeTruthy()')).toEqual(['assertion-weakened'])
    expect(weaken('toBe(0)', 'toBeDefined()')).toEqual(['assertion-weakened'])
    expect(weaken('toBe(0)', 'toBeFalsy()')).toEqual(['assertion-weakened'])
    expect(weaken('toBe(0.1)', 'toEqual(expect.any(Number))')).toEqual(['assertion-weakened'])
    expect(weaken('toBe(0.1)', 'not.toBeNull()')).toEqual(['assertion-weakened'])
  })

  it('rejects a vacuous assertion in place of a real one', () => {
    expect(
      weaken(
        'expect(bulkDiscountRate(9)).toBe(0)',
        'expect(bulkDiscountRate(9) || true).toBeTruthy()'
      )
    ).toEqual(['assertion-weakened'])
    expect(weaken('expect(bulkDiscountRate(9)).toBe(0)', 'expect(0).toBe(0)')).toEqual([
      'assertion-weakened'
    ])
  })

  it('rejects a weakened assertion hidden behind a new exact one', () => {
    expect(
      weaken(
        '    expect(bulkDiscountRate(50)).toBe(0.1)\n',
        '    expect(bulkDiscountRate(50)).toBeTruthy()\n    expect(bulkDiscountRate(1)).toBe(0)\n'
      )
    ).toEqual(['assertion-weakened'])
  })

  it('rejects weakening in python, node:assert, go and java', () => {
    const py = 'def test_a():\n    assert total([1, 2]) == 3\n'
    expect(rules([modified('tests/test_a.py', py, py.replace(' == 3', ''))])).toEqual([
      'assertion-weakened'
    ])
    expect(rules([modified('tests/test_a.py', py, py.replace(' == 3', ' is not None'))])).toEqual([
      'assertion-weakened'
    ])
    const ut = 'class T(TestCase):\n    def test_a(self):\n        self.assertEqual(f(), 3)\n'
    expect(
      rules([
        modified('tests/test_t.py', ut, ut.replace('assertEqual(f(), 3)', 'assertIsNotNone(f())'))
      ])
    ).toEqual(['assertion-weakened'])
    const node = "test('a', () => {\n  assert.deepEqual(f(), [1])\n})\n"
    expect(
      rules([modified('test/a.test.js', node, node.replace('deepEqual(f(), [1])', 'ok(f())'))])
    ).toEqual(['assertion-weakened'])
    const go = 'package m\n\nfunc TestA(t *testing.T) {\n\tassert.Equal(t, 3, F())\n}\n'
    expect(
      rules([modified('m_test.go', go, go.replace('Equal(t, 3, F())', 'NotNil(t, F())'))])
    ).toEqual(['assertion-weakened'])
    const java = 'class ATest {\n  @Test\n  void a() { assertEquals(3, f()); }\n}\n'
    expect(
      rules([
        modified(
          'src/test/java/ATest.java',
          java,
          java.replace('assertEquals(3, f())', 'assertNotNull(f())')
        )
      ])
    ).toEqual(['assertion-weakened'])
  })

  it('allows new loose checks next to the old ones, and stronger ones', () => {
    expect(
      weaken(
        "  it('gives no discount below",
        "  it('returns a rate', () => {\n    expect(bulkDiscountRate(3)).toBeDefined()\n  })\n\n  it('gives no discount below"
      )
    ).toEqual([])
    const loose = DISCOUNT_TEST.replace('toBe(0.05)', 'toBeTruthy()')
    expect(rules([SOURCE_FIX, modified('test/discounts.test.ts', loose, DISCOUNT_TEST)])).toEqual(
      []
    )
    expect(weaken('toBe(0.1)', 'toBe(0.12)')).toEqual([])
    // literals as subjects that still check the code
    expect(
      weaken('expect(bulkDiscountRate(9)).toBe(0)', 'expect(0).toBe(bulkDiscountRate(9))')
    ).toEqual([])
    expect(
      weaken('expect(bulkDiscountRate(9)).toBe(0)', 'expect(`${bulkDiscountRate(9)}`).toBe("0")')
    ).toEqual([])
    const py = 'def test_a():\n    assert len(items()) == 1\n'
    expect(
      rules([modified('tests/test_a.py', py, py.replace('len(items()) == 1', '1 == len(items())'))])
    ).toEqual([])
  })
})

describe('early returns', () => {
  const returning = (from: string, to: string, path = 'test/discounts.test.ts'): GuardRule[] => {
    const after = DISCOUNT_TEST.replace(from, to)
    expect(after).not.toBe(DISCOUNT_TEST)
    return rules([SOURCE_FIX, modified(path, DISCOUNT_TEST, after)])
  }

  it('rejects a bare return ahead of the assertions, however it is guarded', () => {
    const first = '    expect(bulkDiscountRate(10))'
    expect(returning(first, `    return\n${first}`)).toEqual(['early-return'])
    expect(returning(first, `    if (process.env.CI) return;\n${first}`)).toEqual(['early-return'])
    expect(
      returning(first, `    if (bulkDiscountRate(10) > 0) {\n      return\n    }\n${first}`)
    ).toEqual(['early-return'])
    expect(
      returning(
        "describe('bulkDiscountRate', () => {\n",
        "describe('bulkDiscountRate', () => {\n  return\n"
      )
    ).toEqual(['early-return'])
  })

  it('rejects it in go and python tests', () => {
    const go =
      'package m\n\nfunc TestA(t *testing.T) {\n\tgot := F()\n\tif got != 3 {\n\t\tt.Errorf("got %d", got)\n\t}\n}\n'
    expect(
      rules([modified('m_test.go', go, go.replace('\tif got', '\treturn\n\tif got'))])
    ).toEqual(['early-return'])
    const py = 'def test_a():\n    got = f()\n    assert got == 3\n'
    expect(
      rules([
        modified(
          'tests/test_a.py',
          py,
          py.replace('    assert', '    if got:\n        return\n    assert')
        )
      ])
    ).toEqual(['early-return'])
  })

  it('allows returning a promise assertion, returns after the assertions and in helpers', () => {
    const test =
      "it('a', () => {\n  const x = f()\n  expect(x).toBe(1)\n})\n\nfunction helper(x) {\n  if (!x) return\n  return x + 1\n}\n"
    const withPromise = test.replace(
      '  expect(x).toBe(1)\n',
      '  expect(x).toBe(1)\n  return expect(g()).resolves.toBe(2)\n'
    )
    expect(rules([modified('test/a.test.ts', test, withPromise)])).toEqual([])
    const atEnd = test.replace('  expect(x).toBe(1)\n', '  expect(x).toBe(1)\n  return\n')
    expect(rules([modified('test/a.test.ts', test, atEnd)])).toEqual([])
    const inHelper = test.replace('  return x + 1\n', '  if (x > 9) return\n  return x + 1\n')
    expect(rules([modified('test/a.test.ts', test, inHelper)])).toEqual([])
    const inCallback = test.replace(
      '  expect(x).toBe(1)\n',
      '  expect(x).toBe(1)\n  ;[1, 2].forEach(n => {\n    if (n > 1) return\n    expect(n).toBe(1)\n  })\n'
    )
    expect(rules([modified('test/a.test.ts', test, inCallback)])).toEqual([])
    const py = 'def check(x):\n    assert x\n\n\ndef test_a():\n    check(f())\n'
    const pyHelper = py.replace('    assert x', '    if x is None:\n        return\n    assert x')
    expect(rules([modified('tests/test_a.py', py, pyHelper)])).toEqual([])
  })
})

describe('the assertion library replaced', () => {
  it.each([
    ['vitest.setup.ts', 'globalThis.expect = () => ({toBe: () => {}})\n'],
    ['test/setup.js', "global['expect'] = fake\n"],
    ['src/setupTests.ts', "Object.defineProperty(globalThis, 'expect', {value: fake})\n"],
    ['test/a.test.ts', "vi.mock('vitest', () => ({expect: () => ({toBe() {}})}))\n"],
    ['jest.setup.js', 'expect.extend({toEqual: () => ({pass: true, message: () => ""})})\n'],
    [
      'tests/conftest.py',
      'def pytest_configure(config):\n    unittest.TestCase.assertEqual = lambda *a: None\n'
    ],
    [
      'tests/conftest.py',
      "import pytest\n\n@pytest.fixture(autouse=True)\ndef calm(monkeypatch):\n    monkeypatch.setattr(TestCase, 'assertEqual', lambda *a: None)\n"
    ]
  ])('rejects %s', (path, text) => {
    expect(rules([added(path, text)])).toContain('assertion-replaced')
  })

  it('allows custom matchers and other globals', () => {
    expect(
      rules([
        added(
          'test/setup.ts',
          'expect.extend({toBeWithinRange(x, a, b) { return {pass: x >= a && x <= b, message: () => ""} }})\nglobalThis.fetch = fakeFetch\n'
        )
      ])
    ).toEqual([])
  })
})

describe('more skips', () => {
  const py = 'import pytest\n\ndef test_a():\n    assert f() == 1\n'
  it.each([
    ['tests/test_a.py', `${py}\npytestmark = pytest.mark.skip\n`],
    ['tests/test_a.py', `${py}\npytestmark = [pytest.mark.xfail(strict=False)]\n`],
    ['tests/test_a.py', py.replace('def test_a', '@mark.skipif(True, reason="x")\ndef test_a')],
    ['tests/test_a.py', py.replace('    assert', '    raise unittest.SkipTest("x")\n    assert')],
    ['tests/test_a.py', `${py}\nsys.exit(0)\n`],
    ['tests/conftest.py', `${py}\ncollect_ignore = ["test_a.py"]\n`],
    [
      'tests/conftest.py',
      `${py}\ndef pytest_collection_modifyitems(config, items):\n    items.clear()\n`
    ],
    [
      'tests/conftest.py',
      `${py}\ndef pytest_sessionfinish(session):\n    session.exitstatus = 0\n`
    ],
    ['test/a.test.ts', "it('a', () => { expect(f()).toBe(1) })\nprocess.exit(0)\n"],
    ['m_test.go', 'package m\n\nfunc TestMain(m *testing.M) {\n\tos.Exit(0)\n}\n']
  ])('rejects an added skip in %s', (path, after) => {
    const before = path.endsWith('.py')
      ? py
      : path.endsWith('.go')
        ? 'package m\n'
        : "it('a', () => { expect(f()).toBe(1) })\n"
    expect(rules([modified(path, before, after)])).toContain('skip-added')
  })
})

describe('shell scripts that end early', () => {
  const script = '#!/bin/bash\nset -euo pipefail\nnpm ci\nnpm test\n'
  it.each([
    ['ci/test.sh', script.replace('set -euo', 'exit 0\nset -euo')],
    ['ci/test.sh', script.replace('npm ci\n', 'npm ci\nexit\n')],
    ['ci/test.sh', `${script}exit 0\n`],
    ['ci/run-tests', script.replace('npm test', 'npm test; exit 0')],
    ['ci/test.sh', script.replace('set -euo pipefail', 'set +e')],
    ['Makefile', 'test:\n\tnpm test\n'.replace('\tnpm', '\t-npm')]
  ])('rejects %s', (path, after) => {
    const before = path === 'Makefile' ? 'test:\n\tnpm test\n' : script
    expect(rules([modified(path, before, after)])).toEqual(['suppression-added'])
  })

  it('allows failing exits and exits that were there', () => {
    const withExits = `${script}if [ -z "$CI" ]; then\n  exit 1\nfi\nexit "$rc"\n`
    expect(rules([modified('ci/test.sh', script, withExits)])).toEqual([])
    const old = `${script}exit 0\n`
    expect(rules([modified('ci/test.sh', old, old.replace('npm ci', 'npm ci --silent'))])).toEqual(
      []
    )
    expect(
      rules([
        modified('src/exits.ts', 'const a = 1\n', 'const a = 1\nfunction exit() {}\nexit()\n')
      ])
    ).toEqual([])
  })
})

describe('scripts the checks run', () => {
  it('rejects an edit to a file the check commands run, only when the caller names it', () => {
    const change = modified(
      'scripts/test.sh',
      '#!/bin/sh\nvitest run\n',
      '#!/bin/sh\nvitest run test/ok.test.ts\n'
    )
    expect(rules([change], {...context, checkScripts: ['scripts/test.sh']})).toEqual([
      'config-changed'
    ])
    expect(rules([change])).toEqual([])
    const v = checkDiff([change], {...context, checkScripts: ['./scripts/test.sh']})
    expect(v.violations[0]?.message).toContain('the check commands run this file')
  })

  it('counts renaming a config file away as changing it', () => {
    const verdict = checkDiff(
      [
        {
          path: 'old/vitest.config.ts.bak',
          oldPath: 'vitest.config.ts',
          status: 'renamed',
          before: 'export default {}',
          after: 'export default {}'
        }
      ],
      {protectedPaths: [], maxFilesChanged: 5}
    )
    expect(verdict.violations.map(v => [v.rule, v.path])).toEqual([
      ['config-changed', 'vitest.config.ts']
    ])
  })
})

describe('snapshots and the source they record', () => {
  const snap = '// Vitest Snapshot v1\n\nexports[`receipt 1`] = `"total: 10.00"`;\n'
  const rewritten = modified(
    'test/__snapshots__/receipt.test.ts.snap',
    snap,
    snap.replace('10.00', '9.99')
  )

  it('rejects a rewrite next to an unrelated source change, naming that source', () => {
    const v = checkDiff([SOURCE_FIX, rewritten], context)
    expect(v.violations.map(x => x.rule)).toEqual(['snapshot-updated'])
    expect(v.violations[0]?.message).toContain('src/discounts.ts')
  })

  it('allows it with a source the snapshot test imports', () => {
    const test =
      "import {expect, it} from 'vitest'\nimport {print} from '../src/printer.js'\nit('receipt', () => {\n  expect(print()).toMatchSnapshot()\n})\n"
    const printer = modified('src/printer.ts', 'export const w = 1\n', 'export const w = 2\n')
    const withCase = test.replace(
      "it('receipt'",
      "it('empty', () => {\n  expect(print()).toMatchSnapshot()\n})\nit('receipt'"
    )
    expect(rules([printer, rewritten, modified('test/receipt.test.ts', test, withCase)])).toEqual(
      []
    )
    expect(rules([printer, rewritten])).toEqual(['snapshot-updated'])
  })

  it('holds inline snapshots to the same rule', () => {
    const before =
      "import {expect, it} from 'vitest'\nimport {receipt} from '../src/receipt.js'\nit('r', () => {\n  expect(receipt()).toMatchInlineSnapshot(`\"total: 10.00\"`)\n})\n"
    const after = before.replace('10.00', '9.99')
    expect(rules([SOURCE_FIX, modified('test/r.test.ts', before, after)])).toEqual([
      'snapshot-updated'
    ])
    const receipt = modified('src/receipt.ts', 'export const a = 1\n', 'export const a = 2\n')
    expect(rules([receipt, modified('test/r.test.ts', before, after)])).toEqual([])
  })
})

describe('describeVerdict', () => {
  it('lists every violation for the model feedback', () => {
    const v = checkDiff(
      [
        deleted('test/discounts.test.ts', DISCOUNT_TEST),
        modified('.github/workflows/ci.yml', 'a', 'b')
      ],
      context
    )
    const text = describeVerdict(v)
    expect(text).toContain('test/discounts.test.ts: deletes a test file [test-deleted]')
    expect(text).toContain('.github/workflows/ci.yml')
    expect(describeVerdict(checkDiff([SOURCE_FIX], context))).toBe('The change passed every guard.')
  })
})
