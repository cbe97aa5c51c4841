// The ledger as it is kept in a tracking issue: each comment holds a page of
// records as JSON Lines inside a hidden HTML comment, with a short table for
// people above it. A page is closed before GitHub's 65,536-character limit.
import {ledgerRecordSchema, type LedgerRecord} from './ledger-record.js'

export const LEDGER_MARKER = '<!-- ci-medic:ledger v1 -->'
const RECORDS_START = '<!-- ci-medic:records'
const RECORDS_END = '-->'
/** Below GitHub's 65,536 limit with room for the table. */
export const MAX_COMMENT_CHARS = 60_000
const TABLE_ROWS = 15

/** JSON that cannot end an HTML comment early: `--` never appears outside strings, so escape it inside them. */
function encodeRecord(record: LedgerRecord): string {
  return JSON.stringify(record).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e')
}

export function renderLedgerComment(records: LedgerRecord[]): string {
  const recent = records.slice(-TABLE_ROWS).reverse()
  const rows = recent.map(
    r =>
      `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.workflow.replace(/\|/g, '\\|')} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category}\` | \`${r.fingerprint}\` | ${r.nextAction} | ${r.actions.join(', ') || '—'}${r.outcome ? ` (${r.outcome})` : ''} |`
  )
  return [
    LEDGER_MARKER,
    `**ci-medic failure ledger**: ${records.length} record${records.length === 1 ? '' : 's'} on this page, newest first.`,
    '',
    '| time (UTC) | run | category | fingerprint | next action | done |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    RECORDS_START,
    ...records.map(encodeRecord),
    RECORDS_END,
    ''
  ].join('\n')
}

export interface ParsedLedgerPage {
  records: LedgerRecord[]
  /** Lines that were not valid records (kept out, counted for a warning). */
  rejected: number
}

export function parseLedgerComment(body: string): ParsedLedgerPage | undefined {
  if (!body.startsWith(LEDGER_MARKER)) return undefined
  const start = body.indexOf(RECORDS_START)
  if (start < 0) return {records: [], rejected: 0}
  const end = body.indexOf(RECORDS_END, start + RECORDS_START.length)
  const block = body.slice(start + RECORDS_START.length, end < 0 ? undefined : end)
  const records: LedgerRecord[] = []
  let rejected = 0
  for (const line of block.split('\n')) {
    if (!line.trim()) continue
    try {
      const parsed = ledgerRecordSchema.safeParse(JSON.parse(line))
      if (parsed.success) records.push(parsed.data)
      else rejected += 1
    } catch {
      rejected += 1
    }
  }
  return {records, rejected}
}

/** Whether a page with these records still fits in one comment. */
export function fitsInOneComment(records: LedgerRecord[]): boolean {
  return renderLedgerComment(records).length <= MAX_COMMENT_CHARS
}
