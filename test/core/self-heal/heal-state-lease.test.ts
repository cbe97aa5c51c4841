// The fix record keeps the sha self-heal pushed last (the lease of its next
// push to that branch); states written before it existed still read.
import {describe, expect, it} from 'vitest'
import {
  parseHealState,
  upsertFixRecord,
  withHealState,
  EMPTY_STATE,
  type FixRecord
} from '../../../src/core/self-heal/index.js'

const record: FixRecord = {
  group: 'g1',
  lead: 'API-1',
  issueIds: ['1'],
  shortIds: ['API-1'],
  title: 'fix',
  branch: 'fix/sentry-API-1',
  head: 'd'.repeat(40),
  prNumber: 3,
  prUrl: 'https://example.invalid/pull/3',
  status: 'open',
  openedAt: '2026-12-01T00:00:00.000Z'
}

describe('the pushed head in the fix record', () => {
  it('round-trips through the tracking issue body', () => {
    const body = withHealState('', upsertFixRecord(EMPTY_STATE, record))
    expect(parseHealState(body).fixes[0]?.head).toBe('d'.repeat(40))
  })
  it('is optional: a record from before it existed still reads', () => {
    const {head: _head, ...old} = record
    const body = withHealState('', upsertFixRecord(EMPTY_STATE, old))
    expect(parseHealState(body).fixes[0]).not.toHaveProperty('head')
  })
})
