// The ledger's records as pattern analysis sees them: one `Occurrence` per
// failure sighting, and the fixing outcomes beside them. A failure is seen
// once per classified run (a verdict); autofix's outcome for that failure
// is what was done about the same sighting, so it is attached, not counted
// again. self-heal's production errors never pass through classify: their
// outcomes are the sightings (a `verified` one only confirms an earlier fix).
import {messageShape} from '../classify/fingerprint.js'
import type {ParsedLedger} from '../ledger/ledger-line.js'
import type {LedgerRecord} from '../ledger/ledger-record.js'
import type {OutcomeRecord} from '../ledger/outcome-record.js'

export interface Occurrence {
  /** Epoch milliseconds. */
  at: number
  runId: number
  runAttempt: number
  fingerprint: string
  category: string
  /** What people would call it: the outcome's title, else the classify rule. */
  title: string
  /** The normalised message the category + message grouping uses ('' when there is none). */
  shape: string
  files: string[]
  workflow: string
  jobs: string[]
}

export interface LedgerFacts {
  occurrences: Occurrence[]
  outcomes: OutcomeRecord[]
}

/** Numbers, hex ids and paths vary between sightings of the same failure; they are not its identity. */
export function normaliseMessage(message: string): string {
  return messageShape(message)
    .replace(/(?:[\w.@-]+\/)+[\w.@-]+/g, '<path>')
    .replace(/\b[\w-]+\.(?:[cm]?[jt]sx?|py|go|rb|rs|java|kt|cs|php)\b/g, '<path>')
    .trim()
}

/** Verdicts and outcomes → sightings (time-parsable, with a fingerprint) and outcomes. */
export function ledgerFacts(ledger: Pick<ParsedLedger, 'verdicts' | 'outcomes'>): LedgerFacts {
  const seen = new Map<string, Occurrence>()
  for (const v of ledger.verdicts) {
    const occurrence = verdictOccurrence(v)
    // One sighting per run attempt and failure, however often it was written (a retried append).
    if (occurrence) seen.set(`${v.runId}.${v.runAttempt}.${v.fingerprint}`, occurrence)
  }
  const outcomes = ledger.outcomes.filter(o => o.fingerprint && Number.isFinite(Date.parse(o.time)))
  for (const o of outcomes) {
    if (o.source !== 'self-heal' || o.resolution === 'verified') continue
    seen.set(`sh.${o.runId}.${o.runAttempt}.${o.fingerprint}`, outcomeOccurrence(o))
  }
  return {occurrences: [...seen.values()].sort((a, b) => a.at - b.at), outcomes}
}

function verdictOccurrence(v: LedgerRecord): Occurrence | undefined {
  const at = Date.parse(v.time)
  // A rerun that passed is not a failure; a run with no failure found has no fingerprint.
  if (!v.fingerprint || v.outcome === 'rerun-passed' || !Number.isFinite(at)) return undefined
  return {
    at,
    runId: v.runId,
    runAttempt: v.runAttempt,
    fingerprint: v.fingerprint,
    category: v.category,
    title: v.rule,
    shape: '',
    files: [],
    workflow: v.workflow,
    jobs: v.jobs
  }
}

function outcomeOccurrence(o: OutcomeRecord): Occurrence {
  return {
    at: Date.parse(o.time),
    runId: o.runId,
    runAttempt: o.runAttempt,
    fingerprint: o.fingerprint,
    category: o.category,
    title: o.title,
    shape: normaliseMessage(o.title),
    files: o.files,
    workflow: '',
    jobs: []
  }
}
