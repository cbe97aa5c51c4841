// Merging the ledger files of several artifacts: each record once, by time;
// corrupt lines counted over all files; lines of a newer format kept once.
import {describe, expect, it} from 'vitest'
import {
  headerLine,
  ledgerFileKind,
  parseLedgerHeader
} from '../../../src/core/ledger/ledger-delta.js'
import {parseLedgerText} from '../../../src/core/ledger/ledger-line.js'
import {mergeLedgers, recordIdentity, recordsSince} from '../../../src/core/ledger/ledger-merge.js'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'

function verdict(
  fingerprint: string,
  time: string,
  extra: Partial<LedgerRecord> = {}
): LedgerRecord {
  return {
    v: 1,
    time,
    runId: 1,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['test'],
    sha: 'a'.repeat(40),
    branch: 'main',
    category: 'test_fail',
    confidence: 0.9,
    fingerprint,
    nextAction: 'autofix',
    actions: [],
    outcome: '',
    failureCount: 1,
    rule: 'vitest',
    ...extra
  }
}

const lines = (...values: unknown[]) =>
  values.map(v => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n'
const future = JSON.stringify({v: 3, kind: 'something-new', time: '2026-12-01T00:00:00Z'})

describe('merging ledger files', () => {
  it('keeps each record once, sorted by time, whichever file it came from', () => {
    const a = verdict('a', '2026-12-01T10:00:00Z')
    const b = verdict('b', '2026-12-01T09:00:00.000Z')
    const c = verdict('c', '2026-12-01T11:00:00Z')
    // An older whole ledger and a newer one that repeats it; a delta with one more.
    const merged = mergeLedgers([
      parseLedgerText(lines(a, b)),
      parseLedgerText(lines(a, b, c)),
      parseLedgerText(lines(headerLine({v: 2, kind: 'ledger-delta', time: 'x'}), c))
    ])
    expect(merged.verdicts.map(r => r.fingerprint)).toEqual(['b', 'a', 'c'])
  })

  it('tells apart records that differ in any field (a rerun, the same run again)', () => {
    const first = verdict('a', '2026-12-01T10:00:00Z')
    const rerun = verdict('a', '2026-12-01T10:00:00Z', {runAttempt: 2, outcome: 'rerun-passed'})
    expect(recordIdentity(first)).not.toBe(recordIdentity(rerun))
    const merged = mergeLedgers([
      parseLedgerText(lines(first)),
      parseLedgerText(lines(rerun, first))
    ])
    expect(merged.verdicts).toEqual([first, rerun])
  })

  it('the same record with its fields in another order is one record', () => {
    const record = verdict('a', '2026-12-01T10:00:00Z')
    const shuffled = Object.fromEntries(Object.entries(record).reverse())
    const merged = mergeLedgers([parseLedgerText(lines(record)), parseLedgerText(lines(shuffled))])
    expect(merged.verdicts).toHaveLength(1)
  })

  it('counts corrupt lines over all files, and keeps a newer-format line once', () => {
    const merged = mergeLedgers([
      parseLedgerText(lines('{not json', future, verdict('a', '2026-12-01T10:00:00Z'))),
      parseLedgerText(lines({v: 1, fingerprint: 'half a record'}, future))
    ])
    expect(merged.corrupt).toBe(2)
    expect(merged.future).toEqual([future])
    expect(merged.verdicts).toHaveLength(1)
  })

  it('keeps only the records of the window in a snapshot, and lines it cannot date', () => {
    const now = Date.parse('2026-12-05T00:00:00Z')
    const ledger = parseLedgerText(
      lines(
        verdict('old', '2026-08-01T00:00:00Z'),
        verdict('new', '2026-12-01T00:00:00Z'),
        verdict('?', 'yesterday'),
        future
      )
    )
    const kept = recordsSince(ledger, now, 90)
    expect(kept.verdicts.map(r => r.fingerprint)).toEqual(['new', '?'])
    expect(kept.future).toEqual([future])
  })
})

describe('a ledger file says what it is in its first line', () => {
  it('a delta, a snapshot with its boundary, or a whole ledger without a header', () => {
    const delta = headerLine({v: 2, kind: 'ledger-delta', time: '2026-12-01T00:00:00.000Z'})
    const snapshot = headerLine({
      v: 2,
      kind: 'ledger-snapshot',
      time: '2026-12-02T00:00:00.000Z',
      through: '2026-12-01T23:00:00.000Z'
    })
    const record = JSON.stringify(verdict('a', '2026-12-01T10:00:00Z'))
    expect(ledgerFileKind(`${delta}\n${record}\n`)).toEqual({kind: 'delta'})
    expect(ledgerFileKind(`\n${snapshot}\n${record}\n`)).toEqual({
      kind: 'snapshot',
      through: '2026-12-01T23:00:00.000Z'
    })
    expect(ledgerFileKind(`${record}\n${delta}\n`)).toEqual({kind: 'whole'})
    expect(ledgerFileKind('')).toEqual({kind: 'whole'})
  })

  it('a header is neither a record, a corrupt line nor a newer-format line to the reader', () => {
    const header = headerLine({v: 2, kind: 'ledger-delta', time: '2026-12-01T00:00:00.000Z'})
    const parsed = parseLedgerText(lines(header, verdict('a', '2026-12-01T10:00:00Z')))
    expect(parsed).toMatchObject({corrupt: 0, future: []})
    expect(parsed.verdicts).toHaveLength(1)
  })

  it('a snapshot header without a readable boundary is no header', () => {
    expect(
      parseLedgerHeader(JSON.stringify({v: 2, kind: 'ledger-snapshot', time: 't', through: 'soon'}))
    ).toBeUndefined()
    expect(
      parseLedgerHeader(JSON.stringify({v: 1, kind: 'ledger-delta', time: 't'}))
    ).toBeUndefined()
  })
})
