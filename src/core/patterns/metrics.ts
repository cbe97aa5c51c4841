// How well fixing works, from the ledger: the period, and a trend of 7-day
// buckets ending at `now`. Failures are sightings (occurrences.ts); fix rate
// is fixed / attempted, where an attempt is any outcome but `skipped` (not
// tried on purpose) and `verified` (a later confirmation of a fix). A
// "verified fix" is a `fixed` outcome: the fixing actions record `fixed` only
// for a change that passed their verification. Time to fix runs from the
// first sighting of the fingerprint since its previous fix to the `fixed`
// outcome that carries a PR.
import type {OutcomeRecord} from '../ledger/outcome-record.js'
import type {Pattern} from './group.js'
import type {LedgerFacts, Occurrence} from './occurrences.js'

export const TREND_WEEKS = 12
const DAY_MS = 86_400_000
const ATTEMPTED = new Set(['fixed', 'not-fixed', 'reverted', 'regressed', 'budget'])

export type FixingSource = 'autofix' | 'self-heal'

export interface BucketMetrics {
  /** ISO start (exclusive) and end (inclusive) of the bucket. */
  start: string
  end: string
  failures: number
  byCategory: Record<string, number>
  attempted: Record<FixingSource, number>
  fixed: Record<FixingSource, number>
  /** fixed / attempted, 0..1; null with no attempt. */
  fixRate: Record<FixingSource, number | null>
  reverts: number
  regressions: number
  /** Median minutes from the failure's first sighting to the fixed outcome with a PR. */
  medianMinutesToFix: number | null
  attemptsPerFix: number | null
  tokens: number
  costUsd: number
  tokensPerFix: number | null
  costPerFixUsd: number | null
}

export interface Metrics {
  generatedAt: string
  periodDays: number
  period: BucketMetrics
  /** Oldest first; the last one ends at `generatedAt`. */
  weeks: BucketMetrics[]
  topPatterns: Array<{key: string; category: string; count: number; title: string}>
  /** Ledger lines that could not be read (skipped). */
  corruptLines: number
}

export interface MetricsOptions {
  now: Date
  periodDays: number
  corruptLines?: number
}

export function computeMetrics(
  facts: LedgerFacts,
  patterns: Pattern[],
  options: MetricsOptions
): Metrics {
  const end = options.now.getTime()
  const weeks = Array.from({length: TREND_WEEKS}, (_, i) => {
    const bucketEnd = end - (TREND_WEEKS - 1 - i) * 7 * DAY_MS
    return bucket(facts, bucketEnd - 7 * DAY_MS, bucketEnd)
  })
  return {
    generatedAt: options.now.toISOString(),
    periodDays: options.periodDays,
    period: bucket(facts, end - options.periodDays * DAY_MS, end),
    weeks,
    topPatterns: patterns
      .slice(0, 10)
      .map(p => ({key: p.key, category: p.category, count: p.count, title: p.title})),
    corruptLines: options.corruptLines ?? 0
  }
}

function bucket(facts: LedgerFacts, start: number, end: number): BucketMetrics {
  const inside = (ms: number): boolean => ms > start && ms <= end
  const seen = facts.occurrences.filter(o => inside(o.at))
  const outcomes = facts.outcomes.filter(o => inside(Date.parse(o.time)))
  const byCategory: Record<string, number> = {}
  for (const o of seen) byCategory[o.category] = (byCategory[o.category] ?? 0) + 1
  const fixedOutcomes = outcomes.filter(o => o.resolution === 'fixed')
  const count = (source: FixingSource, set: (o: OutcomeRecord) => boolean): number =>
    outcomes.filter(o => o.source === source && set(o)).length
  const attempted = {
    autofix: count('autofix', o => ATTEMPTED.has(o.resolution)),
    'self-heal': count('self-heal', o => ATTEMPTED.has(o.resolution))
  }
  const fixed = {
    autofix: count('autofix', o => o.resolution === 'fixed'),
    'self-heal': count('self-heal', o => o.resolution === 'fixed')
  }
  const tokens = sum(outcomes.map(o => o.tokens))
  const costUsd = round(sum(outcomes.map(o => o.costUsd)), 4)
  const fixes = fixedOutcomes.length
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    failures: seen.length,
    byCategory,
    attempted,
    fixed,
    fixRate: {
      autofix: ratio(fixed.autofix, attempted.autofix),
      'self-heal': ratio(fixed['self-heal'], attempted['self-heal'])
    },
    reverts: outcomes.filter(o => o.resolution === 'reverted').length,
    regressions: outcomes.filter(o => o.resolution === 'regressed').length,
    medianMinutesToFix: median(
      fixedOutcomes.filter(o => o.pr).flatMap(o => minutesToFix(o, facts))
    ),
    attemptsPerFix: fixes ? round(sum(fixedOutcomes.map(o => o.attempts)) / fixes, 2) : null,
    tokens,
    costUsd,
    tokensPerFix: fixes ? Math.round(tokens / fixes) : null,
    costPerFixUsd: fixes ? round(costUsd / fixes, 4) : null
  }
}

/** Minutes from the first sighting since the fingerprint's previous fix; [] when classify never saw it. */
function minutesToFix(fix: OutcomeRecord, facts: LedgerFacts): number[] {
  const at = Date.parse(fix.time)
  const previousFix = Math.max(
    Number.NEGATIVE_INFINITY,
    ...facts.outcomes
      .filter(o => o.fingerprint === fix.fingerprint && o.resolution === 'fixed')
      .map(o => Date.parse(o.time))
      .filter(t => t < at)
  )
  const first = facts.occurrences.find(
    (o: Occurrence) => o.fingerprint === fix.fingerprint && o.at > previousFix && o.at <= at
  )
  return first ? [round((at - first.at) / 60_000, 1)] : []
}

function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2, 1)
}

function ratio(part: number, whole: number): number | null {
  return whole ? round(part / whole, 3) : null
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
