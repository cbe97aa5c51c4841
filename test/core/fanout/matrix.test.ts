// matrixOf, groupLabel and inertLabel: the matrix output and its untrusted labels.
import {describe, expect, it} from 'vitest'
import {independentGroups} from '../../../src/core/fanout/groups.js'
import {groupLabel, inertLabel, matrixOf, MAX_LABEL} from '../../../src/core/fanout/matrix.js'
import {inert} from '../../../src/runtime/inert-text.js'
import {failure, failuresIn, planOf, vitestBlock, vitestLog} from './fixtures.js'

describe('matrixOf', () => {
  it('is JSON for strategy.matrix: one include entry per group, in order', () => {
    const log = vitestLog([
      vitestBlock(
        'test/cart.test.ts',
        'cart > totals',
        'expected 10 to be 11',
        ['test/cart.test.ts:5:17'],
        1,
        2
      ),
      vitestBlock(
        'test/tax.test.ts',
        'tax > vat',
        'expected 2 to be 2.2',
        ['test/tax.test.ts:5:17'],
        2,
        2
      )
    ])
    const items = planOf(failuresIn(log))
    const groups = independentGroups(items, {maxGroups: 10})
    const matrix = JSON.parse(matrixOf(groups, g => groupLabel(g, items))) as unknown
    expect(matrix).toEqual({
      include: [
        {group: groups[0]!.id, failures: 1, label: 'test/cart.test.ts:5 cart > totals'},
        {group: groups[1]!.id, failures: 1, label: 'test/tax.test.ts:5 tax > vat'}
      ]
    })
    expect(matrixOf([], () => 'x')).toBe('{"include":[]}')
  })

  it('labels a group of several failures with their count', () => {
    const missing = (file: string) =>
      failure({
        category: 'test_fail',
        file,
        test: 'loads',
        message: "Error: Cannot find module './gone.js'"
      })
    const items = planOf([missing('test/a.test.ts'), missing('test/b.test.ts')])
    const [group] = independentGroups(items, {maxGroups: 10})
    // The lead is the plan's choice (by fingerprint among equals).
    expect(groupLabel(group!, items)).toBe(`2 failures: ${items[0]!.lead.file} loads`)
    expect(items[0]!.lead.file).toMatch(/^test\/[ab]\.test\.ts$/)
    expect(groupLabel({...group!, keys: ['not-in-plan']}, items)).toBe('2 failures: ' + group!.id)
  })
})

describe('inertLabel: untrusted failure text', () => {
  const hostile = [
    '::set-output name=x::owned',
    '  ::add-mask::secret',
    ':\u200b:error::zero width',
    'build ##[error]fake annotation',
    'line one\n::warning::line two',
    'line one\r::warning::lone CR',
    'Closes #12 and GH-34, see https://github.com/o/r/issues/1 @octocat',
    'x'.repeat(200)
  ]

  it('is one line of at most 60 characters', () => {
    for (const text of hostile) {
      const label = inertLabel(text)
      expect(label.length).toBeLessThanOrEqual(MAX_LABEL)
      expect(label).not.toMatch(/[\r\n\u0085\u2028\u2029]/)
    }
    expect(inertLabel('x'.repeat(200))).toBe(`${'x'.repeat(59)}…`)
  })

  it('holds no workflow command, reference or mention, and says the rest as it was', () => {
    for (const text of hostile) {
      const label = inertLabel(text)
      // What the runtime's inert() would change is already neutral.
      expect(inert(label)).toBe(label)
      expect(label).not.toMatch(/::|##\[|#\d|GH-\d|:\/\/|@\w/)
    }
    expect(inertLabel('test/cart.test.ts:5 cart > totals')).toBe(
      'test/cart.test.ts:5 cart > totals'
    )
    expect(inertLabel('a::b')).toBe('a: :b')
  })

  it('is applied by matrixOf to every label', () => {
    const matrix = matrixOf([{id: 'g-1', keys: ['1'], files: [], failures: 1}], () => '::error::x')
    expect(matrix).not.toContain('::')
  })
})
