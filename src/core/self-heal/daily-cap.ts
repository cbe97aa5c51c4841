// max-prs-per-day: self-heal PRs opened in 24 hours, at most. GitHub is the
// count's record (the PRs the token opened from fix/sentry-* branches), not
// the state: a lost state must not lift the cap. The same rule holds in the
// heal job (same-job) and in the publish job (separate-job).

export const DAY_MS = 86_400_000

/** The PRs of the last 24 hours, counted before the run; `error` when they could not be. */
export interface PrsToday {
  count: number
  error?: string
}

/**
 * Why no further PR may be opened today, if so: `counted` (undefined: not
 * counted, so not capped) plus the PRs `openedThisRun` reach `cap`.
 */
export function dailyCapReason(
  counted: PrsToday | undefined,
  openedThisRun: number,
  cap: number
): string | undefined {
  if (!counted) return undefined
  if (counted.error !== undefined)
    return `not attempted: the PRs of the last 24 hours could not be counted for max-prs-per-day (${counted.error}); tried in a later run`
  const opened = counted.count + openedThisRun
  if (opened < cap) return undefined
  return `over the daily cap: ${opened} self-heal PR(s) opened in the last 24 hours, max-prs-per-day is ${cap}; tried in a later run`
}
