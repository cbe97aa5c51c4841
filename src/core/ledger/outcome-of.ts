// autofix's outcome records: one per failure it handled, built from the
// per-failure verdict the run's report is rendered from. The verdicts are
// autofix's own words; the records speak the ledger's closed vocabulary
// (outcome-record.ts), so the "never a third time" rule and the pattern
// analysis can count them. Pure: results in, records out.
import type {FailureResult} from '../autofix/outcome.js'
import {inertReferences, truncate} from '../report/markdown.js'
import type {OutcomeAction, OutcomeRecord, Resolution} from './outcome-record.js'

/** What every record of one run shares. */
export interface OutcomeRun {
  /** ISO time the records are written. */
  time: string
  runId: number
  runAttempt: number
  /** The commit the run started from. */
  sha: string
}

/** What became of the run's verified commits. */
export interface OutcomePublication {
  prUrl: string
  /** created / updated: a PR; proposed: a proposal for the publish job; pushed: a branch, no PR; none. */
  action: 'created' | 'updated' | 'proposed' | 'pushed' | 'none'
}

/** A kept commit: its sha, message (it names the fingerprint it fixes) and tier. */
export interface OutcomeCommit {
  sha: string
  message: string
  tier: 0 | 1 | 2
}

export interface FailureOutcomeInput {
  result: FailureResult
  run: OutcomeRun
  /** The check command that showed the failure. */
  command: string
  tokens: number
  costUsd: number
  seconds: number
  /** Why it was skipped, when it was: the ledger's codes, not the reason's words. */
  skippedAs?: 'known-flake' | 'failed-twice'
  commits: readonly OutcomeCommit[]
  publication: OutcomePublication
  learnings?: readonly string[]
}

/**
 * The record of one failure, or undefined for a failure that was not tried
 * for want of means (no key, the model API down, a cancelled run): it says
 * nothing about whether a fix works, so it is not recorded as an outcome.
 */
export function outcomeOfFailure(input: FailureOutcomeInput): OutcomeRecord | undefined {
  const {result} = input
  if (result.verdict === 'not-evaluated') return undefined
  const {resolution, actions} = resolutionOf(input)
  const commit = resolution === 'fixed' ? commitOf(result, input.commits) : ''
  return {
    v: 1,
    kind: 'outcome',
    time: input.run.time,
    source: 'autofix',
    runId: input.run.runId,
    runAttempt: input.run.runAttempt,
    sha: input.run.sha,
    fingerprint: result.key,
    category: result.category,
    title: recordText(result.failure),
    files: [...result.files],
    command: input.command,
    resolution,
    reason: resolution === 'fixed' ? '' : recordText(result.reason ?? ''),
    actions: [...actions, ...(commit ? publishedActions(input.publication) : [])],
    attempts: result.attempts,
    tokens: input.tokens,
    costUsd: input.costUsd,
    seconds: input.seconds,
    pr: commit ? input.publication.prUrl : '',
    commit,
    learnings: [...(input.learnings ?? [])]
  }
}

/** Text from logs or Sentry as a record holds it: one line, bounded, no live references or mentions. */
export function recordText(text: string): string {
  return inertReferences(truncate(text.replace(/\s+/g, ' ').trim(), 300))
}

function resolutionOf(input: FailureOutcomeInput): {
  resolution: Resolution
  actions: OutcomeAction[]
} {
  const {result} = input
  const model: OutcomeAction[] = result.attempts > 0 ? ['model-fix'] : []
  switch (result.verdict) {
    case 'fixed':
      return result.tier === 0
        ? {resolution: 'fixed', actions: ['tier0-fixer', 'verified-full']}
        : {resolution: 'fixed', actions: ['model-fix', 'verified-affected', 'verified-full']}
    case 'skipped':
      return {resolution: 'skipped', actions: skipActions(input.skippedAs)}
    case 'budget-exceeded':
      return {resolution: 'budget', actions: model}
    default:
      // not-fixed with no attempt: deferred over max-failures, never tried.
      if (result.attempts === 0 && result.tier === null)
        return {resolution: 'skipped', actions: ['skipped-cap']}
      return {resolution: failedAs(result.reason ?? ''), actions: [...model, 'reverted']}
  }
}

function skipActions(skippedAs: FailureOutcomeInput['skippedAs']): OutcomeAction[] {
  if (skippedAs === 'known-flake') return ['skipped-known-flake']
  if (skippedAs === 'failed-twice') return ['skipped-failed-twice']
  return []
}

/**
 * How the last attempt failed, from the words the engine and the heal loop use:
 * a change that broke other checks regressed; one the guards refused was
 * reverted; anything else (the test still fails, nothing changed) is
 * not-fixed. All three count as a failed fix.
 */
export function failedAs(reason: string): Resolution {
  if (/\bit broke /.test(reason)) return 'regressed'
  if (/ci-medic's guards|\bguards? (?:refused|rejected)/i.test(reason)) return 'reverted'
  return 'not-fixed'
}

/** The kept commit of a fixed failure: the tier-0 commit, or the model's commit naming its fingerprint. */
function commitOf(result: FailureResult, commits: readonly OutcomeCommit[]): string {
  const found =
    result.tier === 0
      ? commits.find(c => c.tier === 0)
      : commits.find(c => c.message.includes(`Failure fingerprint: ${result.key}`))
  return found?.sha ?? ''
}

function publishedActions(publication: OutcomePublication): OutcomeAction[] {
  switch (publication.action) {
    case 'created':
      return ['pushed', 'pr-opened']
    case 'updated':
      return ['pushed', 'pr-updated']
    case 'proposed':
      return ['proposed']
    case 'pushed':
      return ['pushed']
    default:
      return []
  }
}

/** What the decision log tells of one key (a failure, a group): its wall-clock span and model attempts. */
export interface KeyFacts {
  seconds: number
  attempts: number
}

/** Per key, from the decision log's timed entries: seconds from its first to its last entry, and its attempts. */
export function factsByKey(
  entries: readonly {time?: unknown; key?: unknown; kind?: unknown}[]
): Map<string, KeyFacts> {
  const span = new Map<string, {first: number; last: number; attempts: number}>()
  for (const e of entries) {
    if (typeof e.key !== 'string' || typeof e.time !== 'string') continue
    const t = Date.parse(e.time)
    if (Number.isNaN(t)) continue
    const s = span.get(e.key) ?? {first: t, last: t, attempts: 0}
    s.first = Math.min(s.first, t)
    s.last = Math.max(s.last, t)
    if (e.kind === 'attempt') s.attempts += 1
    span.set(e.key, s)
  }
  return new Map(
    [...span].map(([k, s]) => [
      k,
      {seconds: Math.round((s.last - s.first) / 1000), attempts: s.attempts}
    ])
  )
}
