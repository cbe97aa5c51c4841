import {describe, expect, it} from 'vitest'
import {renderIncidentReport} from '../../../src/core/self-heal/report.js'
import {triage, type TriageCandidate} from '../../../src/core/self-heal/triage.js'
import {toErrorIssue} from '../../../src/core/self-heal/types.js'
import {
  appFrame,
  buildEvent,
  buildIssue,
  issueFieldsFromEvent,
  nodeModulesFrame,
  type BuildEventOptions,
  type BuildIssueOptions
} from '../../fakes/sentry/index.js'

const NOW = Date.parse('2026-03-10T12:34:56Z')

function candidate(issue: BuildIssueOptions, event: BuildEventOptions = {}): TriageCandidate {
  const built = buildEvent({dateCreated: NOW - 60_000, ...event})
  return {
    issue: toErrorIssue(buildIssue({now: NOW, ...issueFieldsFromEvent(built), ...issue})),
    event: built
  }
}

function report(candidates: TriageCandidate[]): string {
  const result = triage(candidates, {
    rateGuardPerHour: 100,
    minEvents: 2,
    repoFiles: ['src/orders/total.ts', 'src/routes/orders.ts'],
    now: NOW
  })
  return renderIncidentReport({
    result,
    org: 'my-org',
    period: '24h',
    mode: 'triage',
    rateGuardPerHour: 100
  })
}

describe('renderIncidentReport', () => {
  it('shows severities, alerts, groups and every decision with its reason', () => {
    const md = report([
      candidate({
        shortId: 'WEB-API-1',
        userCount: 2,
        permalink: 'https://my-org.sentry.io/issues/1/'
      }),
      candidate({shortId: 'WEB-API-2', eventsPerHour: 400}, {value: 'boom'}),
      candidate(
        {shortId: 'WEB-API-3'},
        {
          type: 'Error',
          value: 'ECONNRESET',
          frames: [nodeModulesFrame('pg/lib/client.js', 'query')]
        }
      )
    ])
    expect(md).toContain('## ci-medic self-heal: my-org, last 24h')
    expect(md).toContain(
      '3 unresolved issue(s) in 3 group(s): 1 to fix, 1 skipped, 1 alert(s). Mode: triage.'
    )
    // a storm of 500s is an alert, but still P1: frequency never turns a 500 into a P0
    expect(md).toMatch(/\| P1 \| 3 \| \d+ \| 1 \| 1 \| 1 \|/)
    expect(md).toContain('### Alerts')
    expect(md).toMatch(
      /- \[WEB-API-2\]\(https:\/\/sentry.invalid\/[^)]+\) P1: \d+(\.\d)? events\/h/
    )
    expect(md).toContain('[WEB-API-1](https://my-org.sentry.io/issues/1/)')
    expect(md).toContain('src/orders/total.ts · sumLines')
    expect(md).toContain('no in-app frame: only third-party or runtime frames')
  })

  it('escapes untrusted text from Sentry', () => {
    const md = report([
      candidate(
        {shortId: 'WEB-API-9', permalink: 'javascript:alert(1)'},
        {
          type: 'Error',
          value: 'bad | <img src=x onerror=alert(1)> @admin ```',
          frames: [appFrame('src/orders/total.ts', 'sumLines', 12)]
        }
      )
    ])
    expect(md).not.toContain('<img')
    expect(md).toContain('&lt;img')
    expect(md).toContain('bad \\| ')
    expect(md).toContain('@\u200badmin')
    expect(md).not.toContain('javascript:')
  })

  it('says so when there is nothing', () => {
    expect(report([])).toContain('No unresolved errors in this period.')
  })
})

describe('a report of a period with thousands of errors', () => {
  it('lists every issue to fix and alert, caps the skipped ones, and keeps the fix sections first', () => {
    const now = Date.parse('2026-11-23T12:00:00Z')
    const candidates = Array.from({length: 2000}, (_, i) => ({
      issue: toErrorIssue({
        id: String(i + 1),
        shortId: `WEB-${i + 1}`,
        title: i < 3 ? `TypeError: bug number ${i}` : `Error: one-off ${i}`,
        level: 'error',
        count: i < 3 ? '50' : '1'
      }),
      event: {
        entries: [
          {
            type: 'exception',
            data: {
              values: [
                {
                  type: i < 3 ? 'TypeError' : 'Error',
                  value: i < 3 ? `bug number ${i}` : `one-off ${i}`,
                  stacktrace: {
                    frames: [
                      {filename: `/app/src/f${i}.ts`, function: `f${i}`, lineNo: 1, inApp: true}
                    ]
                  }
                }
              ]
            }
          }
        ]
      }
    }))
    const result = triage(candidates, {rateGuardPerHour: 100, minEvents: 2, now})
    const text = renderIncidentReport({
      result,
      org: 'acme',
      period: '24h',
      mode: 'fix',
      rateGuardPerHour: 100,
      extraSections: ['### Fixes\n\nthe fixes of this run']
    })
    expect(text.length).toBeLessThan(120_000)
    for (const i of [1, 2, 3]) expect(text).toContain(`WEB-${i}`)
    expect(text).toMatch(/…and \d+ more skipped issue\(s\); every decision is in the JSON report/)
    expect(text.indexOf('### Fixes')).toBeLessThan(text.indexOf('### Decisions'))
  })

  it('keeps the fix sections when no error is unresolved any more', () => {
    const result = triage([], {rateGuardPerHour: 100, minEvents: 2, now: 0})
    const text = renderIncidentReport({
      result,
      org: 'acme',
      period: '24h',
      mode: 'fix',
      rateGuardPerHour: 100,
      extraSections: ['### Earlier fixes\n\nverified']
    })
    expect(text).toContain('No unresolved errors in this period.')
    expect(text).toContain('### Earlier fixes')
  })
})
