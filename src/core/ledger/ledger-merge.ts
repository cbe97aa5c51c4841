// Merging the ledger files read back from several run artifacts (deltas,
// snapshots, older whole ledgers) into one ledger. The same record can come
// from more than one file (a snapshot repeats the deltas it read; two older
// whole ledgers share their history), so records are de-duplicated by their
// identity: the canonical JSON of the validated record (the schema's field
// order, unknown fields dropped), which is the same line however often it
// was copied, and differs whenever any field does (each record carries its
// run, attempt and the millisecond it was written). Records come out sorted
// by time (ties keep the order they were read in); lines of a newer format
// are kept once each, verbatim; corrupt lines are counted over all files.
import type {ParsedLedger} from './ledger-line.js'

/** The identity of a record: its canonical line. */
export function recordIdentity(record: object): string {
  return JSON.stringify(record)
}

const DAY_MS = 86_400_000

function timeOf(record: {time: string}): number {
  const t = Date.parse(record.time)
  return Number.isNaN(t) ? 0 : t
}

function uniqueByTime<T extends {time: string}>(records: readonly T[]): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const record of records) {
    const key = recordIdentity(record)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(record)
  }
  return out.sort((a, b) => timeOf(a) - timeOf(b))
}

/** One ledger from many, each record once, oldest first. Pass the parts oldest first. */
export function mergeLedgers(parts: readonly ParsedLedger[]): ParsedLedger {
  return {
    verdicts: uniqueByTime(parts.flatMap(p => p.verdicts)),
    outcomes: uniqueByTime(parts.flatMap(p => p.outcomes)),
    future: [...new Set(parts.flatMap(p => p.future))],
    corrupt: parts.reduce((n, p) => n + p.corrupt, 0)
  }
}

/**
 * The ledger without records written more than `days` before `now` (what a
 * snapshot keeps, so it does not grow without end). Lines of a newer format
 * have no time this version can read: they are kept.
 */
export function recordsSince(ledger: ParsedLedger, now: number, days: number): ParsedLedger {
  const since = now - days * DAY_MS
  return {
    ...ledger,
    // A time this version cannot read is kept too: nothing says it is old.
    verdicts: ledger.verdicts.filter(r => !(Date.parse(r.time) < since)),
    outcomes: ledger.outcomes.filter(r => !(Date.parse(r.time) < since))
  }
}
