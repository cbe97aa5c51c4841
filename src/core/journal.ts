// The run journal: what one run of an action did, what it skipped and why,
// and what it could not do (with the permission or setting that would allow
// it). Every action writes its outcome here as it goes; the step outputs, the
// job summary, the report JSON and the ledger's `actions` are all rendered
// from it once, so they can never disagree.

/**
 * What a journal entry is about, as a closed set of codes: the ledger stores
 * these, never prose. Add a code here before using it.
 */
export const JOURNAL_CODES = [
  // classify
  'rerun-requested',
  'rerun-recorded',
  'autofix-dispatched',
  'alert-opened',
  'alert-updated',
  'alert-reopened',
  'ledger-read',
  'ledger-written',
  'logs-read',
  'second-opinion',
  // autofix and self-heal
  'checks-run',
  'fixes-verified',
  'pr-opened',
  'pr-updated',
  'pr-closed',
  'branch-pushed',
  'dry-run',
  'known-flakes',
  'model',
  'state-read',
  'state-written',
  'report-commented',
  'earlier-fixes-checked',
  'sentry-read',
  'sentry-noted',
  'sentry-resolved',
  'frames-mapped',
  'run-context',
  'publish',
  'cancelled',
  'daily-cap',
  'baseline-cache'
] as const

export type JournalCode = (typeof JOURNAL_CODES)[number]

export type JournalKind = 'done' | 'skipped' | 'could-not' | 'fact'

export interface JournalEntry {
  kind: JournalKind
  code: JournalCode
  /** Plain words for a person ("Rerun of the failed jobs requested"). */
  text: string
  /** For could-not: the permission or setting that would allow it (`issues: write`). */
  needs?: string
}

export class RunJournal {
  readonly #entries: JournalEntry[] = []

  /** Something this run did. */
  done(code: JournalCode, text: string): void {
    this.#entries.push({kind: 'done', code, text})
  }

  /** Something this run chose not to do, and why (a dry run, no key, nothing to do). */
  skipped(code: JournalCode, text: string): void {
    this.#entries.push({kind: 'skipped', code, text})
  }

  /** Something this run tried and could not do; `needs` names what would allow it. */
  couldNot(code: JournalCode, text: string, needs?: string): void {
    this.#entries.push({kind: 'could-not', code, text, ...(needs ? {needs} : {})})
  }

  /** Context for a reader of the report (not a warning). */
  fact(code: JournalCode, text: string): void {
    this.#entries.push({kind: 'fact', code, text})
  }

  get entries(): readonly JournalEntry[] {
    return this.#entries
  }

  of(kind: JournalKind): JournalEntry[] {
    return this.#entries.filter(e => e.kind === kind)
  }

  /** The codes of what was done, each once, in order: the ledger's `actions`. */
  doneCodes(): JournalCode[] {
    return [...new Set(this.of('done').map(e => e.code))]
  }

  /** What a person should be warned about: could-not entries, and skips that lose something. */
  warnings(): string[] {
    return this.of('could-not').map(describeEntry)
  }
}

/** One line for a person: the text, and what would allow it when that is known. */
export function describeEntry(entry: JournalEntry): string {
  if (!entry.needs || entry.text.includes(entry.needs)) return entry.text
  return `${entry.text.replace(/\.$/, '')} (needs ${entry.needs}).`
}
