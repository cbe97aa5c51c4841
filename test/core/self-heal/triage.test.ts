import {describe, expect, it} from 'vitest'
import {ConfigurationError} from '../../../src/errors.js'
import {
  eventRate,
  triage,
  triageOptionsFrom,
  triageOutput,
  type TriageCandidate,
  type TriageOptions
} from '../../../src/core/self-heal/triage.js'
import {toErrorIssue} from '../../../src/core/self-heal/types.js'
import {
  appFrame,
  buildEvent,
  buildIssue,
  hourFloor,
  issueFieldsFromEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  type BuildEventOptions,
  type BuildIssueOptions,
  type SentryFrame
} from '../../fakes/sentry/index.js'

const NOW = Date.parse('2026-03-10T12:34:56Z')
const REPO = [
  'package.json',
  'src/orders/total.ts',
  'src/routes/orders.ts',
  'src/routes/invoices.ts',
  'src/payments/charge.ts',
  'src/vendor/money.ts'
]
const OPTIONS: TriageOptions = {
  rateGuardPerHour: 100,
  minEvents: 2,
  excludePaths: ['src/vendor/**'],
  pathMappings: [],
  repoFiles: REPO,
  now: NOW
}

const express = (): SentryFrame[] => [
  nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
  nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]')
]

/** createOrder → sumLines (the builders' default stack). */
function viaOrders(): SentryFrame[] {
  return [
    ...express(),
    appFrame('src/routes/orders.ts', 'createOrder', 31),
    appFrame('src/orders/total.ts', 'sumLines', 12)
  ]
}

/** previewInvoice → sumLines: the same bug reached from another caller. */
function viaInvoices(): SentryFrame[] {
  return [
    ...express(),
    appFrame('src/routes/invoices.ts', 'previewInvoice', 18, {form: 'dist'}),
    appFrame('src/orders/total.ts', 'sumLines', 12, {form: 'dist'})
  ]
}

function candidate(issue: BuildIssueOptions = {}, event: BuildEventOptions = {}): TriageCandidate {
  const built = buildEvent({dateCreated: NOW - 60_000, ...event})
  return {
    issue: toErrorIssue(buildIssue({now: NOW, ...issueFieldsFromEvent(built), ...issue})),
    event: built
  }
}

function only(candidates: TriageCandidate[], options: Partial<TriageOptions> = {}) {
  return triage(candidates, {...OPTIONS, ...options})
}

describe('eventRate', () => {
  const h = hourFloor(NOW)
  it('counts the last 60 minutes from the partial hour and the previous one', () => {
    // 15 minutes into the hour: 90 now + three quarters of the previous hour's 10
    const rate = eventRate(
      [
        [h - 7200, 5],
        [h - 3600, 10],
        [h, 90]
      ],
      h * 1000 + 15 * 60_000
    )
    expect(rate.perHour).toBe(97.5)
    expect(rate.peakPerHour).toBe(90)
  })

  it('is at least the last full hour', () => {
    const rate = eventRate(
      [
        [h - 3600, 40],
        [h, 10]
      ],
      h * 1000 + 30 * 60_000
    )
    expect(rate.perHour).toBe(40)
  })

  it('is 0 without stats or when the series is old', () => {
    expect(eventRate([], NOW).perHour).toBe(0)
    expect(eventRate([[h - 3 * 3600, 500]], NOW).perHour).toBe(0)
  })
})

describe('triage', () => {
  it('raises an alert, never a fix, for an issue above the rate guard', () => {
    const storm = candidate({eventsPerHour: 500, shortId: 'WEB-API-STORM'})
    const calm = candidate({eventsPerHour: 5})
    const result = only([storm, calm])
    const alert = result.issues.find(i => i.shortId === 'WEB-API-STORM')!
    expect(alert.decision).toBe('alert')
    expect(alert.reason).toMatch(
      /rate guard: \d+(\.\d)? events\/h is above rate-guard-per-hour 100/
    )
    expect(alert.eventsPerHour).toBeGreaterThan(100)
    expect(result.alerts.map(a => a.id)).toEqual([alert.id])
    expect(result.issues.find(i => i.id === calm.issue.id)!.decision).toBe('fix')
    // the same storm under a higher guard is a bug to fix
    expect(only([storm], {rateGuardPerHour: 10_000}).issues[0]!.decision).toBe('fix')
  })

  it('skips an error with only third-party and runtime frames', () => {
    const thirdParty = candidate(
      {},
      {
        type: 'Error',
        value: 'Connection terminated unexpectedly',
        frames: [
          nodeInternalFrame('process/task_queues', 'processTicksAndRejections'),
          nodeModulesFrame('pg/lib/client.js', 'Client._handleErrorMessage'),
          nodeModulesFrame('pg-pool/index.js', 'Pool._acquireClient')
        ]
      }
    )
    const [issue] = only([thirdParty]).issues
    expect(issue!.decision).toBe('skip')
    expect(issue!.reason).toBe('no in-app frame: only third-party or runtime frames')
    expect(issue!.files).toEqual([])
  })

  it('joins one bug that Sentry split by caller into one group', () => {
    const a = candidate({shortId: 'WEB-API-A'}, {frames: viaOrders()})
    const b = candidate({shortId: 'WEB-API-B'}, {frames: viaInvoices()})
    const result = only([a, b])
    expect(result.groups).toHaveLength(1)
    const [group] = result.groups
    expect(group!.shortIds.sort()).toEqual(['WEB-API-A', 'WEB-API-B'])
    expect(group!.topFrame).toEqual({file: 'src/orders/total.ts', function: 'sumLines'})
    expect(group!.decision).toBe('fix')
    expect(group!.files.sort()).toEqual([
      'src/orders/total.ts',
      'src/routes/invoices.ts',
      'src/routes/orders.ts'
    ])
    expect(result.issues.map(i => i.group)).toEqual([group!.id, group!.id])
  })

  it('keeps apart two bugs that share only the exception type', () => {
    const total = candidate({}, {frames: viaOrders()})
    const charge = candidate(
      {},
      {
        value: "Cannot read properties of undefined (reading 'token')",
        frames: [...express(), appFrame('src/payments/charge.ts', 'chargeCard', 44)]
      }
    )
    const sameFrameOtherMessage = candidate(
      {},
      {value: 'lines.map is not a function', frames: viaOrders()}
    )
    const result = only([total, charge, sameFrameOtherMessage])
    expect(new Set(result.issues.map(i => i.group)).size).toBe(3)
    expect(result.groups).toHaveLength(3)
  })

  it('rates an unhandled rejection on a request P1 however widespread, and an uncaught crash P0', () => {
    const rejection = {
      type: 'Error',
      value: 'payment provider timeout',
      mechanism: {type: 'auto.node.onunhandledrejection', handled: false},
      frames: [...express(), appFrame('src/payments/charge.ts', 'chargeCard', 44)]
    }
    const few = only([candidate({userCount: 3}, rejection)]).issues[0]!
    expect(few).toMatchObject({
      severity: 'P1',
      decision: 'fix',
      unhandled: true,
      context: 'request'
    })
    expect(few.mechanism).toBe('auto.node.onunhandledrejection')
    expect(few.reason).toMatch(
      /^P1 by default rule 6 \(request path; signals: mechanism auto\.node\.onunhandledrejection, /
    )
    const many = only([candidate({userCount: 25}, rejection)]).issues[0]!
    expect(many.severity).toBe('P1')
    const crash = only([
      candidate(
        {userCount: 1},
        {...rejection, mechanism: {type: 'auto.node.onuncaughtexception', handled: false}}
      )
    ]).issues[0]!
    expect(crash.level).toBe('fatal')
    expect(crash.severity).toBe('P0')
  })

  it('rates data loss wording P0 and a warning P2 (reported, not fixed)', () => {
    const loss = only([
      candidate({}, {type: 'Error', value: 'data loss: lost writes to ledger', handled: true})
    ])
    expect(loss.issues[0]!.severity).toBe('P0')
    const warning = only([
      candidate({level: 'warning', isUnhandled: false}, {handled: true, level: 'warning'})
    ])
    expect(warning.issues[0]).toMatchObject({severity: 'P2', decision: 'skip'})
    expect(warning.issues[0]!.reason).toMatch(/^P2 by default rule 3 .*reported, not fixed/)
  })

  it('applies severity-rules before the defaults, first match wins', () => {
    const c = candidate({}, {type: 'PaymentError', value: 'card declined', handled: true})
    const result = only([c], {
      severityRules: [
        {when: {titleMatches: 'payment|card'}, severity: 'P0'},
        {when: {level: ['error']}, severity: 'P2'}
      ]
    })
    expect(result.issues[0]!.severity).toBe('P0')
    expect(result.issues[0]!.reason).toMatch(/^P0 by rule 1 \(title ~ \/payment\|card\/;/)
    const demoted = only([c], {severityRules: [{when: {level: ['error']}, severity: 'P2'}]})
    expect(demoted.issues[0]).toMatchObject({severity: 'P2', decision: 'skip'})
  })

  it('refuses an invalid titleMatches with a configuration error', () => {
    expect(() =>
      only([candidate()], {severityRules: [{when: {titleMatches: '(['}, severity: 'P0'}]})
    ).toThrow(ConfigurationError)
  })

  it('bumps a regressed issue above the same issue ongoing', () => {
    const ongoing = candidate({substatus: 'ongoing', shortId: 'WEB-API-ON'}, {frames: viaOrders()})
    const regressed = candidate(
      {substatus: 'regressed', shortId: 'WEB-API-RE'},
      {value: 'lines is not iterable', frames: viaOrders()}
    )
    const result = only([ongoing, regressed])
    expect(result.issues.map(i => i.shortId)).toEqual(['WEB-API-RE', 'WEB-API-ON'])
    expect(result.issues[0]!.regressed).toBe(true)
    expect(result.issues[0]!.score).toBe(2 * result.issues[1]!.score)
    expect(result.issues[0]!.reason).toContain('regressed after a resolve')
  })

  it('sorts by frequency × severity weight', () => {
    const frequentP1 = candidate(
      {eventsPerHour: 20, userCount: 3, shortId: 'WEB-API-F'},
      {frames: viaOrders()}
    )
    const rareP0 = (perHour: number): TriageCandidate =>
      candidate(
        {eventsPerHour: perHour, userCount: 50, shortId: 'WEB-API-R'},
        {
          value: 'x.map is not a function',
          frames: viaOrders(),
          mechanism: {type: 'auto.node.onuncaughtexception', handled: false}
        }
      )
    // 500 events × P1 (10) = 5000 beats 25 events × P0 (100) = 2500 …
    const first = only([rareP0(1), frequentP1]).issues
    expect(first.map(i => [i.shortId, i.severity, i.score])).toEqual([
      ['WEB-API-F', 'P1', 5000],
      ['WEB-API-R', 'P0', 2500]
    ])
    // … but not 75 events × P0 = 7500
    expect(only([frequentP1, rareP0(3)]).issues.map(i => i.shortId)).toEqual([
      'WEB-API-R',
      'WEB-API-F'
    ])
  })

  it('skips below min-events', () => {
    const rare = candidate({count: 1, eventsPerHour: [1]})
    const [issue] = only([rare]).issues
    expect(issue).toMatchObject({decision: 'skip', reason: 'below min-events: 1 < 2'})
    expect(only([rare], {minEvents: 1}).issues[0]!.decision).toBe('fix')
  })

  it('skips when every in-app frame is under exclude-paths', () => {
    const vendored = candidate(
      {},
      {frames: [...express(), appFrame('src/vendor/money.ts', 'add', 4)]}
    )
    expect(only([vendored]).issues[0]!.reason).toBe('every in-app frame is under exclude-paths')
    expect(only([vendored], {excludePaths: []}).issues[0]!.decision).toBe('fix')
  })

  it('skips an event without a stack trace and an issue without an event', () => {
    const c = candidate()
    const exception = c.event!.entries![0] as {data: {values: {stacktrace: unknown}[]}}
    exception.data.values[0]!.stacktrace = null
    expect(only([c]).issues[0]!.reason).toBe('the latest event has no stack trace')
    expect(only([{issue: c.issue}]).issues[0]!.reason).toBe('no event could be read for this issue')
  })

  it('skips when no frame maps to a file of this repository', () => {
    const other = candidate(
      {},
      {frames: [...express(), appFrame('src/catalog/search.ts', 'search', 9)]}
    )
    const [issue] = only([other]).issues
    expect(issue!.decision).toBe('skip')
    expect(issue!.reason).toMatch(
      /^no frame maps to a repository file \(no repository file matches 'src\/catalog\/search.ts'\)/
    )
    // without a repository list, triage does not gate on mapping
    expect(only([other], {repoFiles: undefined}).issues[0]!.decision).toBe('fix')
  })

  it('does not attempt an issue again that is already handled', () => {
    const c = candidate()
    const result = only([c], {alreadyHandled: new Map([[c.issue.id, 'open PR #12']])})
    expect(result.issues[0]).toMatchObject({
      decision: 'skip',
      reason: 'already handled: open PR #12'
    })
  })

  it('outputs exactly the triage contract, files newest frame first', () => {
    const c = candidate({shortId: 'WEB-API-7', userCount: 3}, {frames: viaOrders()})
    const [entry] = triageOutput(only([c]))
    expect(Object.keys(entry!).sort()).toEqual(
      ['decision', 'files', 'group', 'id', 'reason', 'severity', 'shortId', 'title'].sort()
    )
    expect(entry).toMatchObject({
      id: c.issue.id,
      shortId: 'WEB-API-7',
      title: "TypeError: Cannot read properties of undefined (reading 'amount')",
      severity: 'P1',
      decision: 'fix',
      files: ['src/orders/total.ts', 'src/routes/orders.ts']
    })
  })

  it('builds its options from the settings', () => {
    const options = triageOptionsFrom(
      {
        rateGuardPerHour: 7,
        minEvents: 3,
        excludePaths: ['a/**'],
        pathMappings: [{from: '/x/', to: 'src/'}],
        severityRules: undefined
      },
      {now: NOW, repoFiles: REPO}
    )
    expect(options).toMatchObject({rateGuardPerHour: 7, minEvents: 3, now: NOW, repoFiles: REPO})
  })
})
