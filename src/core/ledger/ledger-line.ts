// Reading one JSON line of the ledger, which holds two kinds of record:
// classify's verdicts (ledger-record.ts, no `kind`) and the fixing actions'
// outcomes (outcome-record.ts, `kind: 'outcome'`). A line that is neither is
// corrupt and counted; a line of a newer version is kept as `future` and
// ignored by this version's readers, so an older ci-medic never drops what a
// newer one wrote. The header line of a delta or snapshot file (v 2,
// ledger-delta.ts) is neither: parseLedgerText leaves it out.
import {parseLedgerHeader} from './ledger-delta.js'
import {ledgerRecordSchema, type LedgerRecord} from './ledger-record.js'
import {outcomeRecordSchema, type OutcomeRecord} from './outcome-record.js'

export type LedgerLine =
  | {kind: 'verdict'; record: LedgerRecord}
  | {kind: 'outcome'; record: OutcomeRecord}
  | {kind: 'future'; raw: string}
  | {kind: 'corrupt'}

export function parseLedgerLine(line: string): LedgerLine {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return {kind: 'corrupt'}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {kind: 'corrupt'}
  const v = (value as {v?: unknown}).v
  if (typeof v === 'number' && Number.isInteger(v) && v > 1) return {kind: 'future', raw: line}
  if ((value as {kind?: unknown}).kind === 'outcome') {
    const parsed = outcomeRecordSchema.safeParse(value)
    return parsed.success ? {kind: 'outcome', record: parsed.data} : {kind: 'corrupt'}
  }
  const parsed = ledgerRecordSchema.safeParse(value)
  return parsed.success ? {kind: 'verdict', record: parsed.data} : {kind: 'corrupt'}
}

export interface ParsedLedger {
  verdicts: LedgerRecord[]
  outcomes: OutcomeRecord[]
  /** Lines of a newer format, kept verbatim so a rewrite does not lose them. */
  future: string[]
  /** Lines that were neither: skipped and counted for a warning. */
  corrupt: number
}

/** JSON Lines text → records by kind; blank lines and delta/snapshot headers are ignored. */
export function parseLedgerText(text: string): ParsedLedger {
  const out: ParsedLedger = {verdicts: [], outcomes: [], future: [], corrupt: 0}
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const parsed = parseLedgerLine(line)
    if (parsed.kind === 'future' && parseLedgerHeader(line)) continue
    if (parsed.kind === 'verdict') out.verdicts.push(parsed.record)
    else if (parsed.kind === 'outcome') out.outcomes.push(parsed.record)
    else if (parsed.kind === 'future') out.future.push(parsed.raw)
    else out.corrupt += 1
  }
  return out
}
