// One run of the weekly analysis, pure: the ledger and the docs already in
// the repository in; the patterns, their doc texts, the metrics and the
// `patterns` output out.
import type {ParsedLedger} from '../ledger/ledger-line.js'
import {
  earlierDocOf,
  mergePattern,
  renderPatternDoc,
  type DocContext,
  type PatternDoc
} from './doc.js'
import {findPatterns, type Pattern} from './group.js'
import {computeMetrics, type Metrics} from './metrics.js'
import {ledgerFacts} from './occurrences.js'

export interface WeekInput {
  ledger: Pick<ParsedLedger, 'verdicts' | 'outcomes' | 'corrupt'>
  /** The docs already written (any week), parsed. */
  existing: PatternDoc[]
  now: Date
  periodDays: number
  minOccurrences: number
  /** Repository-relative directory of the docs, e.g. docs/patterns. */
  patternsPath: string
  context: DocContext
}

export interface WrittenDoc {
  /** Repository-relative path. */
  path: string
  text: string
  /** The doc's pattern: counts and dates over every week. */
  pattern: Pattern
  /** True when an earlier week's doc was updated. */
  updated: boolean
}

/** One entry of the `patterns` output. */
export interface PatternOutput {
  key: string
  category: string
  count: number
  fingerprints: string[]
  'first-seen': string
  'last-seen': string
  doc: string
}

export interface WeekResult {
  docs: WrittenDoc[]
  metrics: Metrics
  output: PatternOutput[]
}

export function analyseWeek(input: WeekInput): WeekResult {
  const facts = ledgerFacts(input.ledger)
  const found = findPatterns(facts, input)
  const claimed = new Set<string>()
  const docs = found.map(week => {
    const earlier = earlierDocOf(
      week,
      input.existing.filter(d => !claimed.has(d.pattern.key))
    )
    const merged = mergePattern(week, earlier)
    claimed.add(merged.pattern.key)
    return {
      path: `${input.patternsPath.replace(/\/+$/, '')}/${merged.pattern.key}.md`,
      text: renderPatternDoc(merged, input.context),
      pattern: merged.pattern,
      updated: earlier !== undefined
    }
  })
  const metrics = computeMetrics(
    facts,
    docs.map(d => d.pattern),
    {now: input.now, periodDays: input.periodDays, corruptLines: input.ledger.corrupt}
  )
  return {docs, metrics, output: docs.map(outputOf)}
}

function outputOf(doc: WrittenDoc): PatternOutput {
  const p = doc.pattern
  return {
    key: p.key,
    category: p.category,
    count: p.count,
    fingerprints: p.fingerprints,
    'first-seen': p.firstSeen,
    'last-seen': p.lastSeen,
    doc: doc.path
  }
}
