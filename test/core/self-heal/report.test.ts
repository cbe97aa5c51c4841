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
    expect(md).toMatch(/\| P1 \| 1 \| \d+ \| 1 \| 0 \| 0 \|/)
    expect(md).toContain('### Alerts')
    expect(md).toMatch(
      /- \[WEB-API-2\]\(https:\/\/sentry.invalid\/[^)]+\) P0: \d+(\.\d)? events\/h/
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
