// Ledger files for the mode: patterns tests: verdict records in the real
// schema, A seen three times, B twice, C once, in the days before now.
import {writeFile} from 'node:fs/promises'
import {ledgerRecordSchema, type LedgerRecord} from '../../src/core/ledger/ledger-record.js'

export const FP_A = '3f2a9c1d7e8b6a50'
export const FP_B = '9d1e0c2b3a4f5e67'
export const FP_C = '0a1b2c3d4e5f6a7b'

const HOUR = 3_600_000

export function verdictLine(fingerprint: string, hoursAgo: number, runId: number): LedgerRecord {
  return ledgerRecordSchema.parse({
    v: 1,
    time: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    runId,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['typecheck'],
    sha: 'c'.repeat(40),
    branch: 'main',
    category: fingerprint === FP_A ? 'compile_error' : 'test_fail',
    confidence: 0.9,
    fingerprint,
    nextAction: 'autofix',
    actions: ['autofix-dispatched'],
    outcome: '',
    failureCount: 2,
    rule: fingerprint === FP_A ? 'tsc-error' : 'vitest-failure'
  })
}

/** The week's ledger: A three times, B twice, C once (runs 501…506). */
export function firstWeek(): LedgerRecord[] {
  return [
    verdictLine(FP_A, 60, 501),
    verdictLine(FP_B, 50, 502),
    verdictLine(FP_A, 40, 503),
    verdictLine(FP_C, 30, 504),
    verdictLine(FP_B, 20, 505),
    verdictLine(FP_A, 10, 506)
  ]
}

export async function writeLedger(path: string, records: LedgerRecord[]): Promise<void> {
  // A line another tool broke is skipped and counted, never the whole ledger.
  await writeFile(path, [...records.map(r => JSON.stringify(r)), '{"not": "a record"'].join('\n'))
}
