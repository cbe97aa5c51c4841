import {describe, expect, it} from 'vitest'
import {
  alreadyHandledFrom,
  attachToKnownGroups,
  handledGroupsFrom,
  HealStateError,
  parseHealState,
  pruneHealState,
  recordAlert,
  renderHealStateBlock,
  upsertFixRecord,
  updateFixRecord,
  withHealState,
  type FixRecord,
  type HealState
} from '../../../src/core/self-heal/heal-state.js'

function record(over: Partial<FixRecord> = {}): FixRecord {
  return {
    group: 'g-1',
    lead: 'WEB-1',
    issueIds: ['11', '12'],
    shortIds: ['WEB-1', 'WEB-2'],
    title: 'fix: [Sentry-WEB-1] TypeError in taxFor',
    branch: 'fix/sentry-WEB-1',
    prNumber: 7,
    prUrl: 'https://github.com/o/r/pull/7',
    status: 'open',
    openedAt: '2026-11-01T00:00:00.000Z',
    ...over
  }
}

describe('the state block in the tracking issue', () => {
  it('round-trips through a body with human text around it', () => {
    const state: HealState = {version: 1, fixes: [record()], alerts: []}
    const body = withHealState('Some table for humans', state)
    expect(body.startsWith('Some table for humans')).toBe(true)
    expect(parseHealState(body)).toEqual(state)
    // Replacing keeps one block.
    const again = withHealState(
      body,
      upsertFixRecord(state, record({prNumber: 8, branch: 'fix/sentry-WEB-3'}))
    )
    expect(again.match(/ci-medic:self-heal-state/g)).toHaveLength(1)
    expect(parseHealState(again).fixes.map(f => f.prNumber)).toEqual([7, 8])
  })

  it('cannot be closed early by text inside it', () => {
    const state: HealState = {version: 1, fixes: [record({title: 'fix: --> <!-- & "quotes"'})]}
    const block = renderHealStateBlock(state)
    expect(block.indexOf('-->')).toBe(block.length - 3)
    expect(parseHealState(block).fixes[0]!.title).toBe('fix: --> <!-- & "quotes"')
  })

  it('is empty when the body has none, and an error when it is broken', () => {
    expect(parseHealState('just text').fixes).toEqual([])
    expect(parseHealState(null).fixes).toEqual([])
    expect(() => parseHealState('<!-- ci-medic:self-heal-state\n{"version":1,')).toThrow(
      HealStateError
    )
    expect(() =>
      parseHealState('<!-- ci-medic:self-heal-state\n{"version":2,"fixes":[]}\n-->')
    ).toThrow(/version 1/)
    expect(() => parseHealState('<!-- ci-medic:self-heal-state\nnot json\n-->')).toThrow(/not JSON/)
  })
})

describe('what is not attempted again', () => {
  it('open, merged, verified and regressed fixes hold their issues; closed PRs free them', () => {
    const state: HealState = {
      version: 1,
      fixes: [
        record({prNumber: 1, issueIds: ['a'], status: 'open'}),
        record({prNumber: 2, issueIds: ['b'], status: 'merged'}),
        record({prNumber: 3, issueIds: ['c'], status: 'verified'}),
        record({prNumber: 4, issueIds: ['d'], status: 'regressed'}),
        record({prNumber: 5, issueIds: ['e'], status: 'closed'})
      ]
    }
    const handled = alreadyHandledFrom(state)
    expect(handled.get('a')).toMatch(/PR #1 is open/)
    expect(handled.get('b')).toMatch(/merged and waiting/)
    expect(handled.get('c')).toMatch(/verified/)
    expect(handled.get('d')).toMatch(/regressed.*human/)
    expect(handled.has('e')).toBe(false)
  })

  it('updates one record by PR number and records alerts once per issue', () => {
    let state: HealState = {version: 1, fixes: [record({prNumber: 1}), record({prNumber: 2})]}
    state = updateFixRecord(state, 2, {status: 'merged', mergedAt: '2026-11-02T00:00:00Z'})
    expect(state.fixes.map(f => f.status)).toEqual(['open', 'merged'])
    state = recordAlert(state, {issueId: 'x', number: 3, url: 'u', runId: '1'})
    state = recordAlert(state, {issueId: 'x', number: 3, url: 'u', runId: '2'})
    expect(state.alerts).toEqual([{issueId: 'x', number: 3, url: 'u', runId: '2'}])
  })

  it('prunes settled records after 90 days but never open or merged ones', () => {
    const now = Date.parse('2026-11-23T00:00:00Z')
    const old = '2026-07-01T00:00:00Z'
    const state: HealState = {
      version: 1,
      fixes: [
        record({prNumber: 1, status: 'verified', settledAt: old}),
        record({prNumber: 2, status: 'verified', settledAt: '2026-11-20T00:00:00Z'}),
        record({prNumber: 3, status: 'open', openedAt: old}),
        record({prNumber: 4, status: 'merged', openedAt: old})
      ]
    }
    expect(pruneHealState(state, now).fixes.map(f => f.prNumber)).toEqual([2, 3, 4])
  })
})

describe('a new Sentry issue of a bug that already has a fix', () => {
  it('is handled by its group, and joins the active record of that group', () => {
    const state: HealState = {
      version: 1,
      fixes: [
        record({group: 'g-tax', prNumber: 7, status: 'open'}),
        record({
          group: 'g-old',
          prNumber: 3,
          status: 'closed',
          issueIds: ['31'],
          shortIds: ['WEB-31']
        })
      ]
    }
    const groups = handledGroupsFrom(state)
    expect(groups.get('g-tax')).toBe('same root cause as WEB-1, WEB-2, whose fix is PR #7 (open)')
    expect(groups.has('g-old')).toBe(false)
    const next = attachToKnownGroups(state, [
      {id: '11', shortId: 'WEB-1', group: 'g-tax'},
      {id: '13', shortId: 'WEB-3', group: 'g-tax'},
      {id: '32', shortId: 'WEB-32', group: 'g-old'}
    ])
    expect(next.fixes[0]!.issueIds).toEqual(['11', '12', '13'])
    expect(next.fixes[0]!.shortIds).toEqual(['WEB-1', 'WEB-2', 'WEB-3'])
    expect(next.fixes[1]!.issueIds).toEqual(['31'])
    expect(attachToKnownGroups(next, [{id: '13', shortId: 'WEB-3', group: 'g-tax'}])).toBe(next)
  })
})
