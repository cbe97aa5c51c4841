// node:test's spec reporter (Node 20 and later) prints the failed test twice
// (in the tree, without a location, then in the `✖ failing tests:` summary
// under its `test at` line) and marks every suite around it failed: one
// failing test is one failure, located. Output as `node --test` (Node 24)
// printed it for the ts-node-test fixture.
import {describe, expect, it} from 'vitest'
import {failuresOf} from './helpers.js'

const RUN = [
  '▶ lineTotal',
  '  ✔ multiplies the unit price by the quantity (1.464546ms)',
  '✔ lineTotal (17.798058ms)',
  '▶ bulkDiscountRate',
  '  ✔ gives no discount below 10 units (0.417615ms)',
  '  ✖ applies each tier from its minimum quantity (5.24603ms)',
  '  ✔ gives the highest tier that applies (0.257761ms)',
  '✖ bulkDiscountRate (8.759604ms)',
  'ℹ tests 17',
  'ℹ suites 9',
  'ℹ pass 16',
  'ℹ fail 1',
  'ℹ duration_ms 400.025552',
  '',
  '✖ failing tests:',
  '',
  'test at test/discounts.test.ts:11:3',
  '✖ applies each tier from its minimum quantity (5.24603ms)',
  '  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
  '  ',
  '  0 !== 0.05',
  '  ',
  '      at TestContext.<anonymous> (file:///tmp/ci-medic-ts-node-test-x/test/discounts.test.ts:12:12)'
]

describe('node:test spec reporter', () => {
  it('reads one failing test as one failure, from the summary, with its location', () => {
    const fs = failuresOf(RUN.join('\n')).filter(f => f.tool === 'node:test')
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      category: 'test_fail',
      test: 'applies each tier from its minimum quantity',
      file: 'test/discounts.test.ts',
      line: 11
    })
  })

  it('still reads the tree when there is no summary (a run cut short)', () => {
    const fs = failuresOf(RUN.slice(0, 8).join('\n')).filter(f => f.tool === 'node:test')
    expect(fs.map(f => f.test)).toEqual([
      'applies each tier from its minimum quantity',
      'bulkDiscountRate'
    ])
  })

  it("leaves gotestsum's package lines alone (two spaces after the mark, a Go package)", () => {
    const log = [
      '✖  github.com/acme/shop/cart (412ms)',
      '✓  github.com/acme/shop/tax (cached)',
      '',
      'DONE 14 tests, 1 failure in 3.201s'
    ].join('\n')
    expect(failuresOf(log).filter(f => f.tool === 'node:test')).toEqual([])
  })
})
