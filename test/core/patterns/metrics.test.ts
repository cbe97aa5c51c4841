// The dashboard's numbers over hand-written records: each expectation is
// worked out by hand in its comment.
import {describe, expect, it} from 'vitest'
import {renderDashboard, renderWebhookText} from '../../../src/core/patterns/dashboard.js'
import {computeMetrics, TREND_WEEKS} from '../../../src/core/patterns/metrics.js'
import {ledgerFacts} from '../../../src/core/patterns/occurrences.js'
import {hoursAgo, NOW, outcome, verdict} from './records.js'

const PR = 'https://github.example/o/r/pull/1'

function metricsOf(verdicts: ReturnType<typeof verdict>[], outcomes: ReturnType<typeof outcome>[]) {
  return computeMetrics(ledgerFacts({verdicts, outcomes}), [], {now: NOW, periodDays: 7})
}

describe('the period', () => {
  const verdicts = [
    verdict('f1', hoursAgo(100)),
    verdict('f2', hoursAgo(50), {category: 'lint_error'}),
    verdict('f3', hoursAgo(24 * 20)) // two weeks before the period: trend only
  ]
  const outcomes = [
    // f1 failed 100 h ago, fixed (with a PR) 99 h ago: 60 minutes.
    outcome('f1', hoursAgo(99), {pr: PR, attempts: 1, tokens: 1000, costUsd: 0.1}),
    // f2 failed 50 h ago, fixed 49.5 h ago: 30 minutes; three attempts.
    outcome('f2', hoursAgo(49.5), {pr: PR, attempts: 3, tokens: 3000, costUsd: 0.3}),
    outcome('f2', hoursAgo(40), {resolution: 'not-fixed', tokens: 500, costUsd: 0.05}),
    outcome('f2', hoursAgo(30), {resolution: 'reverted', tokens: 500, costUsd: 0.05}),
    outcome('f1', hoursAgo(20), {resolution: 'skipped'}), // not an attempt
    outcome('f1', hoursAgo(10), {resolution: 'verified'}), // a confirmation, not an attempt
    outcome('sentry:g1', hoursAgo(5), {source: 'self-heal', resolution: 'regressed'})
  ]
  const m = metricsOf(verdicts, outcomes)

  it('counts failures by category (the self-heal error is a sighting too)', () => {
    // f1, f2 and the self-heal error: three; f3 is older than 7 days.
    expect(m.period.failures).toBe(3)
    expect(m.period.byCategory).toEqual({test_fail: 2, lint_error: 1})
  })

  it('gives the fix rate of each action: fixed / attempted', () => {
    // autofix: 2 fixed of 4 attempts (fixed, fixed, not-fixed, reverted); self-heal: 0 of 1.
    expect(m.period.fixRate).toEqual({autofix: 0.5, 'self-heal': 0})
    expect(m.period.reverts).toBe(1)
    expect(m.period.regressions).toBe(1)
  })

  it('gives the median time from failure to the fix PR, attempts and cost per verified fix', () => {
    expect(m.period.medianMinutesToFix).toBe(45) // (60 + 30) / 2
    expect(m.period.attemptsPerFix).toBe(2) // (1 + 3) / 2
    // Every run's tokens count: 1000 + 3000 + 500 + 500 and three defaults of 1000.
    expect(m.period.tokens).toBe(8000)
    expect(m.period.tokensPerFix).toBe(4000) // over 2 verified fixes
    expect(m.period.costPerFixUsd).toBe(0.4) // (0.1 + 0.3 + 0.05 + 0.05 + 3 × 0.1) / 2
  })
})

describe('the trend', () => {
  it('has twelve 7-day buckets, oldest first, the last ending now', () => {
    const m = metricsOf(
      [
        verdict('f1', hoursAgo(1)),
        verdict('f1', hoursAgo(24 * 7 + 1)),
        verdict('f3', hoursAgo(24 * 20))
      ],
      []
    )
    expect(m.weeks).toHaveLength(TREND_WEEKS)
    expect(m.weeks.at(-1)!.end).toBe(NOW.toISOString())
    // 1 h ago: this week; 7 days + 1 h ago: the week before; 20 days ago: the third week back.
    expect(m.weeks.slice(-3).map(w => w.failures)).toEqual([1, 1, 1])
    expect(m.weeks.slice(0, -3).every(w => w.failures === 0)).toBe(true)
  })
})

describe('the dashboard', () => {
  it('says so when the period is empty', () => {
    const text = renderDashboard({metrics: metricsOf([], []), patterns: [], minOccurrences: 2})
    expect(text).toContain('no failure in the last 7 days')
  })

  it('draws the trend as Mermaid xychart-beta charts and lists the patterns inert', () => {
    const metrics = metricsOf([verdict('f1', hoursAgo(3))], [])
    const pattern = {
      key: 'test-fail-f1',
      category: 'test_fail',
      count: 3,
      lastSeen: hoursAgo(3),
      title: '@admin closes #4',
      doc: 'docs/patterns/test-fail-f1.md'
    }
    const text = renderDashboard({metrics, patterns: [pattern], minOccurrences: 2})
    expect(text).toContain('```mermaid\nxychart-beta')
    expect(text).toMatch(/bar \[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1\]/)
    expect(text).toContain('@\u200badmin closes #\u200b4')
    const hook = renderWebhookText({
      metrics,
      patterns: [{...pattern, title: '<!channel> ping'}],
      minOccurrences: 2,
      repository: 'o/r',
      link: ''
    })
    expect(hook).toContain('&lt;!channel&gt; ping')
  })
})
