// The fixing job's outcome records in a proposal (publish: separate-job, ledger: issue): what
// the publish job accepts from an untrusted artifact, and what it appends.
import {describe, expect, it} from 'vitest'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {
  checkProposalLedger,
  MAX_PROPOSAL_LEDGER_BYTES,
  notYetIn,
  withPublishedPr
} from '../../src/core/proposal/proposal-ledger.js'

const proposal = {kind: 'self-heal' as const, runId: 42, runAttempt: 2}
/** A record as self-heal's heal job wrote it in a test run (run and attempt changed). */
const record: OutcomeRecord = {
  v: 1,
  kind: 'outcome',
  time: '2026-12-06T08:36:27.294Z',
  source: 'self-heal',
  runId: 42,
  runAttempt: 2,
  sha: 'baa250e6b64649ef2a69fb9fe5acde0902afd96f',
  fingerprint: 'sentry:g-627953527c',
  category: 'production_error',
  title: "WEB-API-1 TypeError: Cannot read properties of undefined (reading 'rate')",
  files: ['src/tax.ts'],
  command: '',
  resolution: 'fixed',
  reason: '',
  actions: ['reproduced', 'model-fix', 'verified-full'],
  attempts: 2,
  tokens: 23754,
  costUsd: 0.0343617,
  seconds: 32,
  pr: '',
  commit: 'c44a0227689a679ee76cd2a9741d9d87d021d5fb',
  learnings: []
}
const line = (r: object) => JSON.stringify(r)

describe('checkProposalLedger', () => {
  it("accepts the proposal's own run's records, as the ledger's schema reads them", () => {
    expect(checkProposalLedger(`${line(record)}\n\n`, proposal)).toEqual({
      ok: true,
      records: [record]
    })
    expect(checkProposalLedger('', proposal)).toEqual({ok: true, records: []})
  })

  it('refuses another attempt, unbounded text and fields that could break the ledger table', () => {
    const refused = (r: object) => {
      const checked = checkProposalLedger(line(r), proposal)
      expect(checked.ok).toBe(false)
      return checked.ok ? '' : checked.reason
    }
    expect(refused({...record, runAttempt: 1})).toMatch(/attempt 1\), not of this proposal/)
    expect(refused({...record, reason: 'x'.repeat(4001)})).toMatch(/reason/)
    expect(refused({...record, fingerprint: 'a | b'})).toMatch(/fingerprint/)
    expect(refused({...record, category: '`x` @octocat'})).toMatch(/category/)
    expect(refused({...record, actions: ['deleted-everything']})).toMatch(/actions/)
    expect(refused({...record, costUsd: -1})).toMatch(/costUsd/)
    const big = `${line(record)}\n`.repeat(Math.ceil(MAX_PROPOSAL_LEDGER_BYTES / 500))
    expect(checkProposalLedger(big, proposal)).toMatchObject({ok: false})
  })
})

describe('what the publish job appends', () => {
  it('names the PR of a fix it published; other records and unpublished fixes stay as they were', () => {
    const skipped: OutcomeRecord = {...record, fingerprint: 'sentry:other', resolution: 'skipped'}
    const pr = {url: 'https://github.com/o/r/pull/7', action: 'created' as const}
    const [fixed, other] = withPublishedPr([record, skipped], () => pr)
    expect(fixed).toEqual({...record, pr: pr.url, actions: [...record.actions, 'pr-opened']})
    expect(other).toEqual(skipped)
    expect(withPublishedPr([record], () => undefined)).toEqual([record])
    expect(withPublishedPr([record], () => ({url: '', action: 'none'}))).toEqual([record])
    const updated = withPublishedPr([record], () => ({...pr, action: 'updated'}))[0]!
    expect(updated.actions.at(-1)).toBe('pr-updated')
  })

  it('leaves out what the ledger holds already, whatever PR action a re-run saw', () => {
    const inLedger = withPublishedPr([record], () => ({url: 'u', action: 'created'}))
    const rerun = withPublishedPr([record], () => ({url: 'u', action: 'unchanged'}))
    expect(notYetIn(inLedger, rerun)).toEqual([])
    const next = {...record, runAttempt: 3}
    expect(notYetIn(inLedger, [next, next])).toEqual([next])
  })
})
