import {describe, expect, it} from 'vitest'
import {BUILD_LABEL, gate, startRequest, type GateIssue} from '../../../src/core/feature/index.js'

const labeled = (label: string, sender = 'maintainer', number = 12) => ({
  action: 'labeled',
  label: {name: label},
  sender: {login: sender},
  issue: {number}
})

const issue = (over: Partial<GateIssue> = {}): GateIssue => ({
  number: 12,
  state: 'open',
  authorAssociation: 'OWNER',
  author: 'octo-org',
  isPullRequest: false,
  ...over
})

describe('who may start a feature build', () => {
  it('the build label being applied starts it, naming the sender and the issue', () => {
    expect(startRequest({eventName: 'issues', event: labeled(BUILD_LABEL)})).toEqual({
      ok: true,
      issueNumber: 12,
      via: 'label',
      sender: 'maintainer'
    })
  })

  it('another label, another issues action or another event starts nothing', () => {
    expect(startRequest({eventName: 'issues', event: labeled('bug')}).ok).toBe(false)
    const opened = {...labeled(BUILD_LABEL), action: 'opened'}
    expect(startRequest({eventName: 'issues', event: opened}).ok).toBe(false)
    const push = startRequest({eventName: 'push', event: {}})
    expect(push).toMatchObject({ok: false, reason: expect.stringContaining("'push'")})
  })

  it('a dispatch needs issue-number, and the labeled issue must be the one named', () => {
    expect(startRequest({eventName: 'workflow_dispatch', event: {}, issueNumber: 7})).toEqual({
      ok: true,
      issueNumber: 7,
      via: 'dispatch'
    })
    const none = startRequest({eventName: 'workflow_dispatch', event: {}})
    expect(none).toMatchObject({ok: false, reason: expect.stringContaining('issue-number')})
    const other = startRequest({eventName: 'issues', event: labeled(BUILD_LABEL), issueNumber: 3})
    expect(other.ok).toBe(false)
  })

  it('a label applied by someone without write access is refused, with a comment', () => {
    const start = startRequest({eventName: 'issues', event: labeled(BUILD_LABEL, 'reader')})
    if (!start.ok) throw new Error(start.reason)
    for (const permission of ['read', 'triage', 'none', undefined]) {
      const verdict = gate(start, issue(), permission)
      expect(verdict).toMatchObject({ok: false, comment: true})
    }
    for (const permission of ['admin', 'maintain', 'write'])
      expect(gate(start, issue(), permission)).toEqual({ok: true})
  })

  it('the issue text is a spec only from the owner, a member or a collaborator', () => {
    const start = {ok: true as const, issueNumber: 12, via: 'dispatch' as const}
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR'])
      expect(gate(start, issue({authorAssociation: association}))).toEqual({ok: true})
    for (const association of ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', ''])
      expect(
        gate(start, issue({authorAssociation: association, author: 'stranger'}))
      ).toMatchObject({ok: false, comment: true, reason: expect.stringContaining('stranger')})
  })

  it('a closed issue or a pull request is refused without a comment', () => {
    const start = {ok: true as const, issueNumber: 12, via: 'dispatch' as const}
    expect(gate(start, issue({state: 'closed'}))).toMatchObject({ok: false, comment: false})
    expect(gate(start, issue({isPullRequest: true}))).toMatchObject({ok: false, comment: false})
  })
})
