// Where the ledger lives, behind one interface: classify's verdicts and the
// fixing actions' outcomes, read back as one ParsedLedger (corrupt lines
// skipped and counted, lines of a future version kept and ignored) and
// appended in batches. The backends: the tracking issue
// (edges/github/issue-ledger.ts), the workflow artifact
// (edges/github/artifact-ledger.ts) and a local JSON Lines file
// (file-ledger.ts, for offline use and the upload/download-artifact steps).
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {ParsedLedger} from '../../core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'

/** One record of either kind. */
export type AnyLedgerRecord = LedgerRecord | OutcomeRecord

export interface LedgerStore {
  read(): Promise<ParsedLedger>
  /** Appends the records in order; `location` is where a person finds them (an issue URL, a path). */
  append(records: readonly AnyLedgerRecord[]): Promise<{location: string}>
}

export function emptyLedger(): ParsedLedger {
  return {verdicts: [], outcomes: [], future: [], corrupt: 0}
}

export function isOutcome(record: AnyLedgerRecord): record is OutcomeRecord {
  return (record as {kind?: unknown}).kind === 'outcome'
}

/** The ledger with records appended (what a store that rewrites keeps: future lines too). */
export function withRecords(
  ledger: ParsedLedger,
  records: readonly AnyLedgerRecord[]
): ParsedLedger {
  return {
    verdicts: [...ledger.verdicts, ...records.filter((r): r is LedgerRecord => !isOutcome(r))],
    outcomes: [...ledger.outcomes, ...records.filter(isOutcome)],
    future: [...ledger.future],
    corrupt: ledger.corrupt
  }
}

/** JSON Lines of a whole ledger: verdicts, outcomes, then the future lines verbatim. */
export function ledgerJsonLines(ledger: ParsedLedger): string {
  const lines = [
    ...ledger.verdicts.map(r => JSON.stringify(r)),
    ...ledger.outcomes.map(r => JSON.stringify(r)),
    ...ledger.future
  ]
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/** The one warning for corrupt lines, or undefined when there were none. */
export function corruptWarning(ledger: ParsedLedger, where: string): string | undefined {
  if (ledger.corrupt === 0) return undefined
  return `The ledger (${where}) has ${ledger.corrupt} line(s) that are not valid records: they were skipped, the rest was read.`
}
