// Which ledger artifacts a read walks through, newest first: back to a
// snapshot's boundary (or an older whole ledger's, with an overlap), to the
// window, or to a cap; and when the run uploads a snapshot instead of a delta.
import {describe, expect, it} from 'vitest'
import {
  afterRead,
  cappedNote,
  COMPACT_AFTER,
  LEDGER_WINDOW_DAYS,
  ledgerWindowDays,
  nextStep,
  OVERLAP_MS,
  snapshotThrough,
  startWalk,
  type LedgerReadLimits,
  type LedgerWalk
} from '../../../src/core/ledger/ledger-walk.js'

const now = Date.parse('2026-12-05T00:00:00Z')
const limits: LedgerReadLimits = {now, windowDays: 90, maxArtifacts: 100, maxBytes: 1000}
const at = (iso: string, size = 10) => ({createdAt: iso, size})
const delta = {kind: {kind: 'delta' as const}, bytes: 10}

describe('the window', () => {
  it('is 90 days, or a longer patterns period', () => {
    expect(ledgerWindowDays()).toBe(LEDGER_WINDOW_DAYS)
    expect(ledgerWindowDays(7)).toBe(90)
    expect(ledgerWindowDays(120)).toBe(120)
  })

  it('stops at the first artifact older than the window', () => {
    expect(nextStep(startWalk(), at('2026-09-07T00:00:00Z'), limits)).toEqual({read: true})
    expect(nextStep(startWalk(), at('2026-09-05T00:00:00Z'), limits)).toEqual({
      read: false,
      stop: 'window'
    })
  })
})

describe('boundaries', () => {
  it('a snapshot covers what was created before its through', () => {
    const walk = afterRead(startWalk(), at('2026-12-04T12:00:00Z'), {
      kind: {kind: 'snapshot', through: '2026-12-04T10:00:00Z'},
      bytes: 100
    })
    expect(nextStep(walk, at('2026-12-04T10:30:00Z'), limits).read).toBe(true)
    expect(nextStep(walk, at('2026-12-04T09:59:59Z'), limits)).toEqual({
      read: false,
      stop: 'covered'
    })
  })

  it('an older whole ledger covers what was created an overlap before it', () => {
    const walk = afterRead(startWalk(), at('2026-12-04T12:00:00Z'), {
      kind: {kind: 'whole'},
      bytes: 100
    })
    expect(nextStep(walk, at('2026-12-04T11:30:00Z'), limits).read).toBe(true)
    expect(nextStep(walk, at('2026-12-04T10:59:00Z'), limits)).toEqual({
      read: false,
      stop: 'covered'
    })
  })

  it('a delta covers nothing but itself', () => {
    const walk = afterRead(startWalk(), at('2026-12-04T12:00:00Z'), delta)
    expect(nextStep(walk, at('2026-11-01T00:00:00Z'), limits).read).toBe(true)
  })

  it('the latest boundary of several wins', () => {
    let walk = afterRead(startWalk(), at('2026-12-04T12:00:00Z'), {
      kind: {kind: 'snapshot', through: '2026-12-01T00:00:00Z'},
      bytes: 1
    })
    walk = afterRead(walk, at('2026-12-04T11:00:00Z'), {
      kind: {kind: 'snapshot', through: '2026-12-03T00:00:00Z'},
      bytes: 1
    })
    expect(nextStep(walk, at('2026-12-02T00:00:00Z'), limits).read).toBe(false)
  })
})

describe('caps', () => {
  it('stops at the count of artifacts and at the bytes, and says so', () => {
    let walk: LedgerWalk = startWalk()
    const small = {...limits, maxArtifacts: 2}
    walk = afterRead(walk, at('2026-12-04T12:00:00Z'), delta)
    walk = afterRead(walk, at('2026-12-04T11:00:00Z'), delta)
    expect(nextStep(walk, at('2026-12-04T10:00:00Z'), small)).toEqual({
      read: false,
      stop: 'artifacts'
    })
    expect(nextStep(walk, at('2026-12-04T10:00:00Z', 981), limits)).toEqual({
      read: false,
      stop: 'bytes'
    })
    expect(cappedNote(walk, 'artifacts', small, 1)).toMatch(
      /newest 2 ledger artifact\(s\) only: the cap of 2 ledger artifacts/
    )
    expect(cappedNote(walk, 'bytes', limits, 1)).toMatch(/the cap of 1000 bytes of ledger/)
    expect(cappedNote(walk, 'pages', small, 20)).toMatch(/the cap of 2000 listed artifacts/)
    expect(cappedNote(walk, 'window', small, 1)).toBeUndefined()
    expect(cappedNote(walk, undefined, small, 1)).toBeUndefined()
  })
})

describe('compaction', () => {
  function deltas(n: number): LedgerWalk {
    let walk = startWalk()
    for (let i = 0; i < n; i++)
      walk = afterRead(walk, at(new Date(now - (i + 1) * 60_000).toISOString()), delta)
    return walk
  }

  it(`uploads a snapshot after ${COMPACT_AFTER} deltas, claiming an overlap less than it read`, () => {
    expect(snapshotThrough(deltas(COMPACT_AFTER - 1), undefined)).toBeUndefined()
    expect(snapshotThrough(deltas(COMPACT_AFTER), 'covered')).toBe(
      new Date(now - 60_000 - OVERLAP_MS).toISOString()
    )
    expect(snapshotThrough(deltas(COMPACT_AFTER), 'window')).toBeDefined()
  })

  it('never after a capped walk, whose snapshot would hide what it did not read', () => {
    for (const stop of ['artifacts', 'bytes', 'pages'] as const)
      expect(snapshotThrough(deltas(COMPACT_AFTER + 5), stop)).toBeUndefined()
  })
})
