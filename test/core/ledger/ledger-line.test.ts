import {describe, expect, it} from 'vitest'
import {parseLedgerLine, parseLedgerText} from '../../../src/core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../../../src/core/ledger/outcome-record.js'

const verdict = {
  v: 1,
  time: '2026-12-01T10:00:00Z',
  runId: 7,
  runAttempt: 1,
  workflow: 'CI',
  workflowPath: '.github/workflows/ci.yml',
  jobs: ['test'],
  sha: 'a'.repeat(40),
  branch: 'main',
  category: 'test_fail',
  confidence: 0.9,
  fingerprint: 'fp1',
  nextAction: 'autofix',
  actions: ['autofix-dispatched'],
  outcome: '',
  failureCount: 1,
  rule: 'vitest'
}

const outcome: OutcomeRecord = {
  v: 1,
  kind: 'outcome',
  time: '2026-12-01T11:00:00Z',
  source: 'autofix',
  runId: 8,
  runAttempt: 1,
  sha: 'a'.repeat(40),
  fingerprint: 'fp1',
  category: 'test_fail',
  title: 'adds numbers',
  files: ['src/add.ts'],
  command: 'npx vitest run',
  resolution: 'not-fixed',
  reason: 'every attempt failed verification',
  actions: ['model-fix', 'reverted'],
  attempts: 2,
  tokens: 1200,
  costUsd: 0.01,
  seconds: 40,
  pr: '',
  commit: '',
  learnings: []
}

describe('ledger lines', () => {
  it('tells verdicts from outcomes', () => {
    expect(parseLedgerLine(JSON.stringify(verdict)).kind).toBe('verdict')
    expect(parseLedgerLine(JSON.stringify(outcome)).kind).toBe('outcome')
  })

  it('keeps a future version verbatim and skips corrupt lines, counting them', () => {
    const future = JSON.stringify({v: 2, kind: 'outcome', something: 'new'})
    const text = [
      JSON.stringify(verdict),
      '{not json',
      future,
      JSON.stringify({...outcome, resolution: 'maybe'}),
      '',
      JSON.stringify(outcome)
    ].join('\n')
    const parsed = parseLedgerText(text)
    expect(parsed.verdicts).toHaveLength(1)
    expect(parsed.outcomes).toHaveLength(1)
    expect(parsed.future).toEqual([future])
    expect(parsed.corrupt).toBe(2)
  })

  it('refuses an outcome action that is not a known code', () => {
    expect(parseLedgerLine(JSON.stringify({...outcome, actions: ['did a thing']})).kind).toBe(
      'corrupt'
    )
  })
})
