// Finding patterns: the sightings of the last `periodDays` are grouped by
// fingerprint, and by category + normalised message (two fingerprints whose
// outcomes carry the same message shape are one problem), and a group seen
// more than `minOccurrences` times is a pattern. Each pattern keeps where it
// occurred and what the fixing actions did about it, for its doc.
import type {OutcomeRecord} from '../ledger/outcome-record.js'
import {normaliseMessage, type LedgerFacts, type Occurrence} from './occurrences.js'

export interface PatternOptions {
  now: Date
  periodDays: number
  /** A group is a pattern when seen more than this many times in the period. */
  minOccurrences: number
}

export interface RunRef {
  id: number
  attempt: number
  /** ISO time of the sighting. */
  at: string
}

export interface FixRef {
  source: string
  runId: number
  at: string
  resolution: string
  pr: string
  commit: string
  title: string
}

export interface FailedFix {
  source: string
  runId: number
  at: string
  resolution: string
  reason: string
}

export interface Pattern {
  /** Stable slug: the doc's file name and the key later weeks find it by. */
  key: string
  category: string
  /** Sightings in the period. */
  count: number
  /** Most seen first. */
  fingerprints: string[]
  files: string[]
  firstSeen: string
  lastSeen: string
  title: string
  rules: string[]
  workflows: string[]
  runs: RunRef[]
  fixes: FixRef[]
  failed: FailedFix[]
}

const DAY_MS = 86_400_000
const FIXED = new Set(['fixed', 'verified'])
const NOT_FIXED = new Set(['not-fixed', 'reverted', 'regressed', 'budget'])

export function findPatterns(facts: LedgerFacts, options: PatternOptions): Pattern[] {
  const end = options.now.getTime()
  const start = end - options.periodDays * DAY_MS
  const inPeriod = facts.occurrences.filter(o => o.at > start && o.at <= end)
  const outcomes = facts.outcomes.filter(o => Date.parse(o.time) <= end)
  const groups = groupSightings(inPeriod, outcomes)
  return groups
    .filter(g => g.length > options.minOccurrences)
    .map(g => patternOf(g, outcomes))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/** Union-find over fingerprints, joined by a shared category + message shape. */
function groupSightings(sightings: Occurrence[], outcomes: OutcomeRecord[]): Occurrence[][] {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let root = k
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!
    parent.set(k, root)
    return root
  }
  const join = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  const shapes = [
    ...sightings.map(o => ({fp: o.fingerprint, category: o.category, shape: o.shape})),
    ...outcomes.map(o => ({
      fp: o.fingerprint,
      category: o.category,
      shape: normaliseMessage(o.title)
    }))
  ]
  for (const s of shapes) {
    find(`fp:${s.fp}`)
    if (s.shape) join(`fp:${s.fp}`, `msg:${s.category}:${s.shape}`)
  }
  const byRoot = new Map<string, Occurrence[]>()
  for (const o of sightings) {
    const root = find(`fp:${o.fingerprint}`)
    byRoot.set(root, [...(byRoot.get(root) ?? []), o])
  }
  return [...byRoot.values()]
}

function patternOf(sightings: Occurrence[], allOutcomes: OutcomeRecord[]): Pattern {
  const fingerprints = byFrequency(sightings.map(o => o.fingerprint))
  const fps = new Set(fingerprints)
  const outcomes = allOutcomes.filter(o => fps.has(o.fingerprint))
  const category = byFrequency(sightings.map(o => o.category))[0] ?? 'unknown'
  const first = sightings[0]!
  const rules = byFrequency(sightings.map(o => o.title).filter(Boolean))
  const named = byFrequency(outcomes.map(o => o.title).filter(Boolean))[0]
  return {
    key: patternKey(category, first.fingerprint),
    category,
    count: sightings.length,
    fingerprints,
    files: byFrequency([...sightings, ...outcomes].flatMap(o => o.files)).slice(0, 20),
    firstSeen: iso(first.at),
    lastSeen: iso(sightings[sightings.length - 1]!.at),
    title: named ?? (rules[0] ? `${category}: ${rules[0]}` : `${category} failure`),
    rules,
    workflows: byFrequency(sightings.map(o => o.workflow).filter(Boolean)),
    runs: sightings.map(o => ({id: o.runId, attempt: o.runAttempt, at: iso(o.at)})),
    fixes: outcomes.filter(o => FIXED.has(o.resolution)).map(fixRef),
    failed: outcomes.filter(o => NOT_FIXED.has(o.resolution)).map(failedFix)
  }
}

/** `<category>-<first fingerprint>`: the same pattern gets the same file name every week. */
export function patternKey(category: string, fingerprint: string): string {
  const slug = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  return `${slug(category) || 'unknown'}-${slug(fingerprint).slice(0, 24) || 'none'}`
}

function fixRef(o: OutcomeRecord): FixRef {
  return {
    source: o.source,
    runId: o.runId,
    at: o.time,
    resolution: o.resolution,
    pr: o.pr,
    commit: o.commit,
    title: o.title
  }
}

function failedFix(o: OutcomeRecord): FailedFix {
  return {source: o.source, runId: o.runId, at: o.time, resolution: o.resolution, reason: o.reason}
}

/** Distinct values, most frequent first (ties keep first-seen order). */
export function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v)
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}
