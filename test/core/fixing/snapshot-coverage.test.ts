import {describe, expect, it} from 'vitest'
import {
  coveringSources,
  importedNames,
  snapshotOwner
} from '../../../src/core/fixing/snapshot-coverage.js'
import {isSnapshotFile} from '../../../src/core/fixing/source-text.js'

const none = new Map<string, string>()

describe('coveringSources: which changed source a snapshot may go with', () => {
  it('matches the snapshot or its test file by name', () => {
    const snapshot = 'test/__snapshots__/receipt.test.ts.snap'
    expect(snapshotOwner(snapshot)).toEqual(['test/receipt.test.ts'])
    expect(
      coveringSources({snapshot, sources: ['src/receipt.ts', 'src/discounts.ts'], tests: none})
    ).toEqual(['src/receipt.ts'])
    expect(coveringSources({snapshot, sources: ['src/discounts.ts'], tests: none})).toEqual([])
    // an index file goes by its folder's name
    expect(coveringSources({snapshot, sources: ['src/receipt/index.ts'], tests: none})).toEqual([
      'src/receipt/index.ts'
    ])
  })

  it('matches a source the test file imports, when the test file is in the change', () => {
    const snapshot = 'test/__snapshots__/receipt.test.ts.snap'
    const tests = new Map([
      [
        'test/receipt.test.ts',
        "import {expect, it} from 'vitest'\nimport {money} from '../src/format/money.js'\n"
      ]
    ])
    expect(coveringSources({snapshot, sources: ['src/format/money.ts'], tests})).toEqual([
      'src/format/money.ts'
    ])
    expect(coveringSources({snapshot, sources: ['src/tax.ts'], tests})).toEqual([])
  })

  it('knows syrupy, insta, approvals and Go golden files', () => {
    expect(
      coveringSources({
        snapshot: 'tests/__snapshots__/test_receipt.ambr',
        sources: ['src/shop/receipt.py'],
        tests: none
      })
    ).toEqual(['src/shop/receipt.py'])
    expect(
      coveringSources({
        snapshot: 'tests/snapshots/shop__parser__parses_totals.snap',
        sources: ['src/parser.rs', 'src/main.rs'],
        tests: none
      })
    ).toEqual(['src/parser.rs'])
    expect(
      coveringSources({
        snapshot: 'src/test/java/ReceiptTest.printsTotal.approved.txt',
        sources: ['src/main/java/Receipt.java'],
        tests: none
      })
    ).toEqual(['src/main/java/Receipt.java'])
    const golden = 'render/testdata/page.golden'
    expect(
      coveringSources({
        snapshot: golden,
        sources: ['render/layout.go', 'api/server.go'],
        tests: none
      })
    ).toEqual(['render/layout.go'])
  })

  it('reads python and JS imports', () => {
    expect(
      importedNames(
        "from shop.receipt import render, total\nimport os\nconst x = require('./lib/tax/index.js')\n"
      )
    ).toEqual(expect.arrayContaining(['receipt', 'render', 'total', 'os', 'tax']))
  })

  it('counts approved and golden files as stored snapshots', () => {
    expect(isSnapshotFile('test/Receipt.total.approved.txt')).toBe(true)
    expect(isSnapshotFile('testdata/page.golden.html')).toBe(true)
    expect(isSnapshotFile('src/approved.ts')).toBe(false)
  })
})
