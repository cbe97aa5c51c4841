// self-heal's outcome records: one per error group it handled in this run,
// and one per earlier fix whose later check settled (the error stopped:
// verified; it came back: regressed). The counterpart of outcome-of.ts for
// Sentry groups; the fingerprint is `sentry:<group id>`, stable across runs.
// Pure: results in, records out.
import type {FixCheck, HealResult} from '../self-heal/heal-report.js'
import {failedAs, recordText, type OutcomeRun} from './outcome-of.js'
import type {OutcomeAction, OutcomeRecord, Resolution} from './outcome-record.js'

export const SELF_HEAL_CATEGORY = 'production_error'

export function sentryFingerprint(groupId: string): string {
  return `sentry:${groupId}`
}

/** A self-heal group's fingerprint (never a failing check's). */
export function isSentryFingerprint(fingerprint: string): boolean {
  return fingerprint.startsWith('sentry:')
}

export interface GroupOutcomeInput {
  result: HealResult
  run: OutcomeRun
  /** `TypeError: x is undefined` (the group's exception and message). */
  title: string
  /** The group's files (its stack), when the fix changed none. */
  files: readonly string[]
  attempts: number
  tokens: number
  costUsd: number
  seconds: number
  /** Set when the group was skipped because it failed twice before. */
  failedTwice?: boolean
}

/** The record of one group; undefined when it was not tried for want of means (no key, cancelled). */
export function outcomeOfGroup(input: GroupOutcomeInput): OutcomeRecord | undefined {
  const {result} = input
  if (result.verdict === 'not-evaluated') return undefined
  const {resolution, actions} = groupResolution(input)
  const fixed = resolution === 'fixed'
  return {
    v: 1,
    kind: 'outcome',
    time: input.run.time,
    source: 'self-heal',
    runId: input.run.runId,
    runAttempt: input.run.runAttempt,
    sha: input.run.sha,
    fingerprint: sentryFingerprint(result.group),
    category: SELF_HEAL_CATEGORY,
    title: recordText(`${result.shortIds.join(', ')} ${input.title}`),
    files: result.fixFiles?.length ? [...result.fixFiles] : [...input.files],
    command: '',
    resolution,
    reason: fixed ? '' : recordText(result.reason),
    actions,
    attempts: input.attempts,
    tokens: input.tokens,
    costUsd: input.costUsd,
    seconds: input.seconds,
    pr: fixed ? (result.prUrl ?? '') : '',
    commit: fixed ? (result.head ?? '') : '',
    // The pattern docs the model was shown: the weekly analysis tells what helped.
    learnings: [...(result.learnings ?? [])]
  }
}

function groupResolution(input: GroupOutcomeInput): {
  resolution: Resolution
  actions: OutcomeAction[]
} {
  const {result} = input
  switch (result.verdict) {
    case 'fixed': {
      const pr: OutcomeAction[] =
        result.prAction === 'created'
          ? ['pushed', 'pr-opened']
          : result.prAction === 'updated'
            ? ['pushed', 'pr-updated']
            : []
      return {resolution: 'fixed', actions: ['reproduced', 'model-fix', 'verified-full', ...pr]}
    }
    case 'skipped':
      if (input.failedTwice) return {resolution: 'skipped', actions: ['skipped-failed-twice']}
      return {
        resolution: 'skipped',
        actions: /over max-fixes|daily cap/.test(result.reason) ? ['skipped-cap'] : []
      }
    case 'budget-exceeded':
      return {resolution: 'budget', actions: []}
    case 'not-reproduced':
      return {resolution: 'not-fixed', actions: ['model-fix']}
    default:
      return {
        resolution: failedAs(result.reason),
        actions: ['reproduced', 'model-fix', 'reverted']
      }
  }
}

/**
 * The record of an earlier fix whose check settled in this run: the error
 * stopped after the fix shipped (verified) or came back (regressed). Other
 * checks (still open, merged and soaking) record nothing yet.
 */
export function outcomeOfFixCheck(
  check: FixCheck,
  fix: {group: string; title: string; head?: string},
  run: OutcomeRun
): OutcomeRecord | undefined {
  if (check.now === check.was) return undefined
  if (check.now !== 'verified' && check.now !== 'regressed') return undefined
  return {
    v: 1,
    kind: 'outcome',
    time: run.time,
    source: 'self-heal',
    runId: run.runId,
    runAttempt: run.runAttempt,
    sha: run.sha,
    fingerprint: sentryFingerprint(fix.group),
    category: SELF_HEAL_CATEGORY,
    title: recordText(`${check.shortIds.join(', ')} ${fix.title}`),
    files: [],
    command: '',
    resolution: check.now,
    reason: check.now === 'regressed' ? recordText(check.detail) : '',
    actions: check.now === 'verified' ? ['verified-full'] : [],
    attempts: 0,
    tokens: 0,
    costUsd: 0,
    seconds: 0,
    pr: check.prUrl,
    commit: fix.head ?? '',
    learnings: []
  }
}
