// Never the same failed fix a third time: a fingerprint that autofix or
// self-heal failed to fix twice (FAILED_FIX outcomes since its last fix) is
// not attempted again until something new could change the answer: a commit
// that touched its files since the last failed attempt, a new or changed
// learning for it, or a person asking for a retry. Pure: the ledger's
// outcomes and the signals in, a decision out; the caller finds the signals
// (git in the checkout, the retry-fingerprints input, a ci-medic:retry label).
import type {OutcomeRecord, Resolution} from './outcome-record.js'

/**
 * Resolutions that count as a failed fix for the "never a third time" rule.
 * Here rather than beside the outcome record's schema: classify's decision
 * loads this module at start-up, and the schema would load zod with it.
 */
export const FAILED_FIX: ReadonlySet<Resolution> = new Set(['not-fixed', 'reverted', 'regressed'])

/** Failed fixes that block a fingerprint. */
export const FAILED_FIXES_TO_STOP = 2

/** The failed fixes of one fingerprint since its last fix, oldest first. */
export interface FailedHistory {
  fingerprint: string
  failed: OutcomeRecord[]
  /** The newest failed outcome: a signal must come after it. */
  last: OutcomeRecord
  /** The files the failed attempts were about (union). */
  files: string[]
}

/**
 * Fingerprints with at least two failed fixes since their last success
 * (`fixed`/`verified` resets the count: a fingerprint that comes back after
 * a fix is a new problem). Skips and budget stops say nothing about a fix.
 */
export function blockedFingerprints(
  outcomes: readonly OutcomeRecord[]
): Map<string, FailedHistory> {
  const byPrint = new Map<string, OutcomeRecord[]>()
  for (const o of [...outcomes].sort((a, b) => a.time.localeCompare(b.time))) {
    if (o.resolution === 'fixed' || o.resolution === 'verified') byPrint.set(o.fingerprint, [])
    else if (FAILED_FIX.has(o.resolution))
      byPrint.set(o.fingerprint, [...(byPrint.get(o.fingerprint) ?? []), o])
  }
  const out = new Map<string, FailedHistory>()
  for (const [fingerprint, failed] of byPrint) {
    if (failed.length < FAILED_FIXES_TO_STOP) continue
    const files = [...new Set(failed.flatMap(o => o.files))]
    out.set(fingerprint, {fingerprint, failed, last: failed.at(-1)!, files})
  }
  return out
}

/** A person's word: `retry-fingerprints` (a list; `all` retries every blocked one). */
export interface RetryOverride {
  all: boolean
  fingerprints: ReadonlySet<string>
}

export function retryOverrideOf(list: readonly string[]): RetryOverride {
  return {
    all: list.some(f => f.toLowerCase() === 'all'),
    fingerprints: new Set(list.filter(f => f.toLowerCase() !== 'all'))
  }
}

/** What may lift the block, as the caller found it. */
export interface RetrySignals {
  override: RetryOverride
  /**
   * A commit after the last failed attempt touched one of its files: true, false,
   * or 'unknown' when the checkout cannot tell (that commit is not in it: a shallow clone).
   */
  filesTouched: boolean | 'unknown'
  /**
   * A learning for it was added or changed after the last failed attempt.
   * Set by the fixing actions when a pattern doc naming the fingerprint was added or edited in a commit since the last failed fix.
   */
  learningChanged?: boolean
  /** A person with write access put the `ci-medic:retry` label on its alert issue (see retryAskFor). */
  retryAsk?: RetryAsk
}

/**
 * A person's `ci-medic:retry` label on an alert issue, as the caller found it
 * (the person checked for write access): the fingerprints the alert is about
 * (its own, the run's, and its failures'), who labelled it and when.
 */
export interface RetryAsk {
  fingerprints: readonly string[]
  issue: number
  by: string
  /** When the label was put on (ISO). */
  at: string
}

/** What a report says of a retry a label asked for. */
export const retryAskedText = (ask: RetryAsk): string =>
  `retry asked by @${ask.by} on #${ask.issue}`

/**
 * The label that asks to retry this fingerprint: on an alert about it (or
 * about the run autofix was dispatched for, `dispatchedFor`), put on after the
 * last failed fix (an older label was spent by that attempt). The newest wins.
 */
export function retryAskFor(
  history: FailedHistory,
  asks: readonly RetryAsk[],
  dispatchedFor = ''
): RetryAsk | undefined {
  const after = Date.parse(history.last.time)
  return asks
    .filter(
      a =>
        (a.fingerprints.includes(history.fingerprint) ||
          (dispatchedFor !== '' && a.fingerprints.includes(dispatchedFor))) &&
        Date.parse(a.at) > after
    )
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]
}

export type RetryDecision =
  | {attempt: true; because?: string; ask?: RetryAsk}
  | {attempt: false; reason: string; runIds: number[]}

/** Whether to attempt a fingerprint; `history` is its entry of blockedFingerprints (undefined: not blocked). */
export function retryDecision(
  history: FailedHistory | undefined,
  signals: RetrySignals
): RetryDecision {
  if (!history) return {attempt: true}
  const {fingerprint} = history
  const n = history.failed.length
  if (signals.override.all || signals.override.fingerprints.has(fingerprint))
    return {attempt: true, because: `retry-fingerprints asks for it after ${n} failed fixes`}
  if (signals.retryAsk)
    return {
      attempt: true,
      because: `${retryAskedText(signals.retryAsk)} after ${n} failed fixes`,
      ask: signals.retryAsk
    }
  if (signals.filesTouched === true)
    return {
      attempt: true,
      because: `a commit since the last failed fix touched ${history.files.join(', ')}`
    }
  if (signals.learningChanged)
    return {attempt: true, because: 'a learning for it changed since the last failed fix'}
  const runIds = [...new Set(history.failed.map(o => o.runId))]
  const unknown =
    signals.filesTouched === 'unknown'
      ? ' (the commit of the last attempt is not in this checkout, so commits since cannot be seen: check out with fetch-depth: 0)'
      : ''
  return {
    attempt: false,
    runIds,
    reason: `${n} earlier fixes of it failed (${history.failed.map(o => o.resolution).join(', ')}); not attempted again until a commit touches ${history.files.length ? history.files.join(', ') : 'its files'}, a learning for it changes, a person puts the ci-medic:retry label on its alert issue, or retry-fingerprints names it${unknown}`
  }
}

/**
 * What a report says of a skipped fingerprint: the links first, so a table
 * cell that shortens the text keeps them.
 */
export function failedTwiceReason(links: string, reason: string): string {
  return `failed twice (earlier runs: ${links}): ${reason}`
}

/** The runs of the failed fixes, as links for the report. */
export function runLinks(serverUrl: string, repository: string, runIds: readonly number[]): string {
  return runIds
    .map(id => `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${id}`)
    .join(', ')
}
