// The pure pieces the self-heal pipeline renders from: a storm's alert issue,
// whether this workflow run already raised it, and the run's notes (its
// warnings and the report's notes) from the journal.
import {describe, expect, it} from 'vitest'
import {RunJournal} from '../../../src/core/journal.js'
import {
  alertRaisedBy,
  journalNotes,
  renderNotes,
  stormAlert,
  type HealState,
  type TriagedIssue
} from '../../../src/core/self-heal/index.js'

const storm = {
  id: '4711',
  shortId: 'ORDERS-API-7',
  permalink: 'https://acme.sentry.io/issues/4711/',
  eventsPerHour: 900,
  peakPerHour: 1200,
  count: 5000,
  userCount: 300,
  severity: 'P0',
  exceptionType: 'RangeError',
  exceptionValue: 'Invalid currency code ```\n@here ' + 'x'.repeat(600)
} as unknown as TriagedIssue

describe('stormAlert', () => {
  const alert = stormAlert({
    issue: storm,
    org: 'ac`me',
    runId: '101',
    runUrl: 'https://github.com/octo-org/orders-api/actions/runs/101'
  })

  it('is one issue per Sentry issue, titled with the rate', () => {
    expect(alert.fingerprint).toBe('sentry-4711')
    expect(alert.title).toBe('Sentry ORDERS-API-7: 900 events/h, above the rate guard')
    expect(alert.occurrence).toBe(
      'Still above the rate guard: 900 events/h in [run 101](https://github.com/octo-org/orders-api/actions/runs/101)'
    )
  })

  it("fences Sentry's text so it cannot close the fence, and bounds it", () => {
    expect(alert.details).toContain('organization `acme`')
    expect(alert.details).toContain('- Issue: https://acme.sentry.io/issues/4711/')
    expect(alert.details).toContain(
      '- 900 events in the last hour (peak 1200/h), 5000 in the period, 300 users, severity P0'
    )
    const fenced = alert.details.slice(alert.details.indexOf('```text\n') + 8)
    expect(fenced.indexOf('```')).toBe(fenced.length - 3)
    expect(fenced).toContain("Invalid currency code '''")
    expect(fenced.length).toBeLessThanOrEqual(500 + 4)
  })
})

describe('alertRaisedBy', () => {
  const state: HealState = {
    version: 1,
    fixes: [],
    alerts: [{issueId: '4711', number: 9, url: 'https://github.com/o/r/issues/9', runId: '101'}]
  }

  it('finds the alert a re-run of the same workflow run already raised', () => {
    expect(alertRaisedBy(state, '4711', '101')?.number).toBe(9)
  })

  it('raises again in a later run, and for another issue', () => {
    expect(alertRaisedBy(state, '4711', '102')).toBeUndefined()
    expect(alertRaisedBy(state, '4712', '101')).toBeUndefined()
  })
})

describe('journalNotes', () => {
  it('are the skips and could-nots, with what would allow them; not what was done, nor facts', () => {
    const journal = new RunJournal()
    journal.done('state-read', 'Read the state.')
    journal.skipped('model', 'No anthropic-api-key: nothing was reproduced or fixed.')
    journal.couldNot(
      'alert-opened',
      'The alert issue for X-1 could not be written.',
      'issues: write'
    )
    journal.couldNot('sentry-noted', 'the token needs event:write for notes.', 'event:write')
    journal.fact('dry-run', 'fix/sentry-X-1 stays on the runner.')
    const notes = journalNotes(journal.entries)
    expect(notes).toEqual([
      'No anthropic-api-key: nothing was reproduced or fixed.',
      'The alert issue for X-1 could not be written (needs issues: write).',
      'the token needs event:write for notes.'
    ])
    expect(renderNotes(['one\ntwo', 'three'])).toEqual(['- one two\n- three'])
    expect(renderNotes([])).toEqual([])
  })
})
