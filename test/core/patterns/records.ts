// Hand-written ledger records for the pattern tests, in the real schemas
// (parsed by them, so a schema change breaks these builders, not the tests' meaning).
import {ledgerRecordSchema, type LedgerRecord} from '../../../src/core/ledger/ledger-record.js'
import {outcomeRecordSchema, type OutcomeRecord} from '../../../src/core/ledger/outcome-record.js'

export const NOW = new Date('2026-06-15T12:00:00.000Z')
const HOUR = 3_600_000

/** ISO time `hours` before NOW. */
export function hoursAgo(hours: number): string {
  return new Date(NOW.getTime() - hours * HOUR).toISOString()
}

let nextRun = 1000

export function verdict(
  fingerprint: string,
  time: string,
  extra: Partial<LedgerRecord> = {}
): LedgerRecord {
  return ledgerRecordSchema.parse({
    v: 1,
    time,
    runId: nextRun++,
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
    actions: ['autofix-dispatched'],
    outcome: '',
    failureCount: 1,
    rule: 'vitest-failure',
    ...extra
  })
}

export function outcome(
  fingerprint: string,
  time: string,
  extra: Partial<OutcomeRecord> = {}
): OutcomeRecord {
  return outcomeRecordSchema.parse({
    v: 1,
    kind: 'outcome',
    time,
    source: 'autofix',
    runId: nextRun++,
    runAttempt: 1,
    sha: 'b'.repeat(40),
    fingerprint,
    category: 'test_fail',
    title: 'cart > adds tax',
    files: ['src/cart.ts'],
    command: 'npx vitest run',
    resolution: 'fixed',
    reason: '',
    actions: ['model-fix', 'pr-opened'],
    attempts: 1,
    tokens: 1000,
    costUsd: 0.1,
    seconds: 60,
    pr: '',
    commit: '',
    learnings: [],
    ...extra
  })
}
