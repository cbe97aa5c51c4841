// After a fix is merged: did the error stop? Events that arrive after the
// merge count against the fix, except those from a release that was already
// running before the merge (the old deployment, still serving until the fix
// is deployed). When nothing counts against it for the soak period, the fix
// is verified; when something does, it regressed. Pure: the caller fetches
// the events of every Sentry issue of the group.

export interface VerificationEvent {
  dateCreated: string
  /** The event's `release` tag, when the application sets one. */
  release?: string
}

export interface VerificationInput {
  /** ISO time the PR was merged. */
  mergedAt: string
  /** Events of the group's issues from some time before the merge until now. */
  events: readonly VerificationEvent[]
  now: number
  soakHours: number
}

export type VerificationStatus = 'verified' | 'regressed' | 'soaking'

export interface Verification {
  status: VerificationStatus
  /** Events after the merge that count against the fix. */
  eventsAfterFix: number
  /** Releases those events came from (empty when they carry none). */
  releasesAfterFix: string[]
  /** Events after the merge from releases that predate it (ignored). */
  oldReleaseEvents: number
  hoursSinceMerge: number
  /** One sentence for the report. */
  summary: string
}

export function assessFix(input: VerificationInput): Verification {
  const merged = Date.parse(input.mergedAt)
  const at = (e: VerificationEvent): number => Date.parse(e.dateCreated)
  const before = input.events.filter(e => at(e) < merged)
  const after = input.events.filter(e => at(e) >= merged)
  const oldReleases = new Set(before.flatMap(e => (e.release ? [e.release] : [])))
  const counted = after.filter(e => !e.release || !oldReleases.has(e.release))
  const old = after.length - counted.length
  const releases = [...new Set(counted.flatMap(e => (e.release ? [e.release] : [])))].sort()
  const hours = Math.max(0, (input.now - merged) / 3_600_000)
  const hoursText = hours < 10 ? hours.toFixed(1) : String(Math.round(hours))
  const oldText = old
    ? ` (${old} event(s) from release(s) deployed before the merge were not counted)`
    : ''
  if (counted.length > 0) {
    return {
      status: 'regressed',
      eventsAfterFix: counted.length,
      releasesAfterFix: releases,
      oldReleaseEvents: old,
      hoursSinceMerge: hours,
      summary: `${counted.length} event(s) arrived after the fix was merged${releases.length ? `, from release ${releases.join(', ')}` : ''}: the error did not stop${oldText}.`
    }
  }
  if (hours >= input.soakHours) {
    return {
      status: 'verified',
      eventsAfterFix: 0,
      releasesAfterFix: [],
      oldReleaseEvents: old,
      hoursSinceMerge: hours,
      summary: `No new events in the ${hoursText} h since the fix was merged (soak ${input.soakHours} h)${oldText}.`
    }
  }
  return {
    status: 'soaking',
    eventsAfterFix: 0,
    releasesAfterFix: [],
    oldReleaseEvents: old,
    hoursSinceMerge: hours,
    summary: `No new events yet, ${hoursText} h of the ${input.soakHours} h soak since the merge${oldText}.`
  }
}
