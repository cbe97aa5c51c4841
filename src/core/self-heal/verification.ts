// After a fix is merged: did the error stop? Events that arrive after the
// merge count against the fix, except those from a release that was already
// running before the merge (the old deployment, still serving until the fix
// is deployed). When nothing counts against it for the soak period — counted
// from the deploy of the first release after the merge when the project uses
// releases, else from the merge — the fix is verified; when something does,
// it regressed. Pure: the caller fetches the events and releases.

export interface VerificationEvent {
  dateCreated: string
  /** The event's `release` tag, when the application sets one. */
  release?: string
}

/** The release that shipped the fix, when the project uses releases. */
export interface FixDeploy {
  release: string
  /** ISO time it reached production (its last deploy, else its release or creation time). */
  at: string
}

export interface VerificationInput {
  /** ISO time the PR was merged. */
  mergedAt: string
  /**
   * The fix's release: the soak counts from its deploy. `pending` when the
   * project has releases but none since the merge (the fix is not deployed
   * yet); undefined when the project does not use releases (the soak counts
   * from the merge).
   */
  deploy?: FixDeploy | 'pending'
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
  const deployed = typeof input.deploy === 'object' ? Date.parse(input.deploy.at) : merged
  const soaked = Math.max(0, (input.now - deployed) / 3_600_000)
  const since =
    typeof input.deploy === 'object'
      ? `since release ${input.deploy.release} was deployed`
      : 'since the fix was merged'
  const soakText = soaked < 10 ? soaked.toFixed(1) : String(Math.round(soaked))
  const oldText = old
    ? ` (${old} event(s) from release(s) deployed before the merge were not counted)`
    : ''
  const quiet = (status: VerificationStatus, summary: string): Verification => ({
    status,
    eventsAfterFix: 0,
    releasesAfterFix: [],
    oldReleaseEvents: old,
    hoursSinceMerge: hours,
    summary
  })
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
  if (input.deploy === 'pending') {
    return quiet(
      'soaking',
      `Merged, but no release was created since the merge: waiting for the fix to be deployed${oldText}.`
    )
  }
  if (soaked >= input.soakHours) {
    return quiet(
      'verified',
      `No new events in the ${soakText} h ${since} (soak ${input.soakHours} h)${oldText}.`
    )
  }
  return quiet(
    'soaking',
    `No new events yet, ${soakText} h of the ${input.soakHours} h soak ${since}${oldText}.`
  )
}
