// What a ledger file in a ci-medic run artifact holds, told by its first
// line. Each run uploads only the records it added (a delta), so two runs at
// the same time never overwrite each other's records; the reader merges the
// artifacts. Now and then a run that read many deltas uploads a snapshot
// instead: every record it read plus its own, with `through`, the time
// before which every trusted ledger artifact is in it, so later readers stop
// there. A file with no header is a whole ledger as ci-medic wrote it before
// deltas (or a manual `ci-medic-ledger`). The header carries `v: 2`, so a
// reader from before deltas keeps it as a line of a newer format and ignores
// it; this version skips it wherever it appears (lines.ts).

export type LedgerFileKind =
  | {kind: 'delta'}
  | {kind: 'snapshot'; through: string}
  /** No header: an older whole ledger, or a hand-made file. */
  | {kind: 'whole'}

export type LedgerHeader =
  | {v: 2; kind: 'ledger-delta'; time: string}
  | {v: 2; kind: 'ledger-snapshot'; time: string; through: string}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/

/** The header a line is, or undefined for any other line. */
export function parseLedgerHeader(line: string): LedgerHeader | undefined {
  if (!line.includes('"ledger-')) return undefined
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const {v, kind, time, through} = value as Record<string, unknown>
  if (v !== 2 || typeof time !== 'string') return undefined
  if (kind === 'ledger-delta') return {v, kind, time}
  if (kind === 'ledger-snapshot' && typeof through === 'string' && ISO.test(through))
    return {v, kind, time, through}
  return undefined
}

/** What a ledger file's text is, from its first non-blank line. */
export function ledgerFileKind(text: string): LedgerFileKind {
  const first = /^\s*(.*)$/m.exec(text)?.[1] ?? ''
  const header = parseLedgerHeader(first)
  if (header?.kind === 'ledger-delta') return {kind: 'delta'}
  if (header?.kind === 'ledger-snapshot') return {kind: 'snapshot', through: header.through}
  return {kind: 'whole'}
}

export function headerLine(header: LedgerHeader): string {
  return JSON.stringify(header)
}
