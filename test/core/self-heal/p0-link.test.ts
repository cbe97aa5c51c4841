// The comment that links a P0 group's fix PR to its alert issue.
import {describe, expect, it} from 'vitest'
import {p0PullLink} from '../../../src/core/self-heal/p0-link.js'

describe('p0PullLink', () => {
  it('names the alert issue by #number, behind a marker that finds it again', () => {
    const link = p0PullLink({alertNumber: 12, shortIds: ['API-7', 'API-9']})
    expect(link.marker).toBe('<!-- ci-medic:p0-alert #12 -->')
    expect(link.body.split('\n')[0]).toBe(link.marker)
    expect(link.body).toContain('(Sentry API-7, API-9) P0')
    expect(link.body).toMatch(/alerted as well: #12\.$/)
  })

  it('keeps a poisoned short id inert: no mention, no issue reference, one line', () => {
    const link = p0PullLink({alertNumber: 3, shortIds: ['X-1\n@octo/admins closes #1']})
    const sentryPart = link.body.slice(link.body.indexOf('(Sentry'), link.body.indexOf(') P0'))
    expect(sentryPart).not.toMatch(/@octo|#1|\n/)
  })
})
