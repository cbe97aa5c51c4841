import {describe, expect, it} from 'vitest'
import {assessFix} from '../../../src/core/self-heal/verification.js'

const H = 3_600_000
const merged = Date.parse('2026-11-20T12:00:00Z')
const iso = (ms: number): string => new Date(ms).toISOString()

describe('did the error stop after the merge?', () => {
  it('is verified after the soak with no events since the merge', () => {
    const v = assessFix({
      mergedAt: iso(merged),
      events: [{dateCreated: iso(merged - 2 * H), release: 'app@1'}],
      now: merged + 30 * H,
      soakHours: 24
    })
    expect(v.status).toBe('verified')
    expect(v.eventsAfterFix).toBe(0)
    expect(v.summary).toMatch(/No new events in the 30 h/)
  })

  it('keeps soaking before the soak period ends', () => {
    const v = assessFix({mergedAt: iso(merged), events: [], now: merged + 5 * H, soakHours: 24})
    expect(v.status).toBe('soaking')
  })

  it('regresses on an event from a release deployed after the merge', () => {
    const v = assessFix({
      mergedAt: iso(merged),
      events: [
        {dateCreated: iso(merged - H), release: 'app@1'},
        {dateCreated: iso(merged + 3 * H), release: 'app@2'}
      ],
      now: merged + 30 * H,
      soakHours: 24
    })
    expect(v.status).toBe('regressed')
    expect(v.releasesAfterFix).toEqual(['app@2'])
    expect(v.summary).toMatch(/from release app@2/)
  })

  it('does not count stragglers of a release that was running before the merge', () => {
    const v = assessFix({
      mergedAt: iso(merged),
      events: [
        {dateCreated: iso(merged - H), release: 'app@1'},
        {dateCreated: iso(merged + H), release: 'app@1'}
      ],
      now: merged + 30 * H,
      soakHours: 24
    })
    expect(v.status).toBe('verified')
    expect(v.oldReleaseEvents).toBe(1)
  })

  it('counts every event after the merge when the application sets no release', () => {
    const v = assessFix({
      mergedAt: iso(merged),
      events: [{dateCreated: iso(merged - H)}, {dateCreated: iso(merged + H)}],
      now: merged + 30 * H,
      soakHours: 24
    })
    expect(v.status).toBe('regressed')
    expect(v.releasesAfterFix).toEqual([])
  })

  it('counts the soak from the deploy of the release that shipped the fix', () => {
    const deployed = {release: 'app@2', at: iso(merged + 20 * H)}
    const soaking = assessFix({
      mergedAt: iso(merged),
      deploy: deployed,
      events: [],
      now: merged + 30 * H,
      soakHours: 24
    })
    expect(soaking.status).toBe('soaking')
    expect(soaking.summary).toMatch(/10 h of the 24 h soak since release app@2 was deployed/)
    const verified = assessFix({
      mergedAt: iso(merged),
      deploy: deployed,
      events: [],
      now: merged + 50 * H,
      soakHours: 24
    })
    expect(verified.status).toBe('verified')
  })

  it('waits while no release exists since the merge, but still sees a regression', () => {
    const waiting = assessFix({
      mergedAt: iso(merged),
      deploy: 'pending',
      events: [],
      now: merged + 90 * H,
      soakHours: 24
    })
    expect(waiting.status).toBe('soaking')
    expect(waiting.summary).toMatch(/waiting for the fix to be deployed/)
    const regressed = assessFix({
      mergedAt: iso(merged),
      deploy: 'pending',
      events: [{dateCreated: iso(merged + H)}],
      now: merged + 2 * H,
      soakHours: 24
    })
    expect(regressed.status).toBe('regressed')
  })
})
