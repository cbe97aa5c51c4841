// The default severity rules over realistic Sentry events (the shapes of
// §2.3 of the Sentry API reference, built by the Sentry fake's builders):
// Node (an Express 5xx, an uncaught exception, an unhandled rejection inside
// a request and in background work), Python (a Django and a Flask 500, a
// Celery task) and a handled error at level warning. Each decision's reason
// names the rule and the signals it used; frequency and users move an error
// only within its band.
import {describe, expect, it} from 'vitest'
import {errorContext, eventSignals} from '../../../src/core/self-heal/error-context.js'
import {
  triage,
  type TriageCandidate,
  type TriagedIssue
} from '../../../src/core/self-heal/triage.js'
import {toErrorIssue} from '../../../src/core/self-heal/types.js'
import {
  appFrame,
  buildEvent,
  buildFrame,
  buildIssue,
  issueFieldsFromEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  type BuildEventOptions,
  type BuildIssueOptions,
  type SentryFrame
} from '../../fakes/sentry/index.js'

const NOW = Date.parse('2026-03-10T12:34:56Z')
const REPO = [
  'src/orders/total.ts',
  'src/routes/orders.ts',
  'src/mail/cancellation.ts',
  'shop/orders/views.py',
  'shop/orders/tasks.py',
  'shop/app.py'
]

const expressStack = (): SentryFrame[] => [
  nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
  nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]'),
  appFrame('src/routes/orders.ts', 'createOrder', 31),
  appFrame('src/orders/total.ts', 'sumLines', 12)
]

const mailStack = (): SentryFrame[] => [
  nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
  appFrame('src/mail/cancellation.ts', 'sendCancellationMail', 40)
]

function pyFrame(path: string, fn: string, lineNo: number): SentryFrame {
  return buildFrame({
    filename: path,
    absPath: `/app/${path}`,
    module: path.replace(/\.py$/, '').replace(/\//g, '.'),
    function: fn,
    lineNo,
    inApp: true
  })
}

function sitePackage(path: string, fn: string): SentryFrame {
  return buildFrame({
    filename: path,
    absPath: `/usr/local/lib/python3.12/site-packages/${path}`,
    module: path.replace(/\.py$/, '').replace(/\//g, '.'),
    function: fn,
    lineNo: 55,
    inApp: false
  })
}

const python = {platform: 'python', sdk: {name: 'sentry.python', version: '2.19.0'}}

/** A Django view that raised: Django turned it into a 500. */
const djangoEvent: BuildEventOptions = {
  ...python,
  type: 'KeyError',
  value: "'sku'",
  mechanism: {type: 'django', handled: false},
  transaction: '/api/orders/',
  request: {method: 'POST', url: 'https://shop.example/api/orders/'},
  contexts: {trace: {op: 'http.server', status: 'internal_error', type: 'trace'}},
  frames: [
    sitePackage('django/core/handlers/base.py', '_get_response'),
    pyFrame('shop/orders/views.py', 'create_order', 27)
  ]
}

/** A Flask view that raised (Flask's integration, status tag from the response). */
const flaskEvent: BuildEventOptions = {
  ...python,
  type: 'ZeroDivisionError',
  value: 'division by zero',
  mechanism: {type: 'flask', handled: false},
  transaction: 'shop.app.price_per_unit',
  request: {method: 'GET', url: 'https://shop.example/price'},
  tags: {'http.status_code': '500'},
  frames: [
    sitePackage('flask/app.py', 'dispatch_request'),
    pyFrame('shop/app.py', 'price_per_unit', 12)
  ]
}

/** A Celery task that raised: no request, a queue trace. */
const celeryEvent: BuildEventOptions = {
  ...python,
  type: 'SMTPServerDisconnected',
  value: 'Connection unexpectedly closed',
  mechanism: {type: 'celery', handled: false},
  transaction: 'shop.orders.tasks.send_receipt',
  request: null,
  contexts: {trace: {op: 'queue.task.celery', status: 'internal_error', type: 'trace'}},
  frames: [
    sitePackage('celery/app/trace.py', 'trace_task'),
    pyFrame('shop/orders/tasks.py', 'send_receipt', 19)
  ]
}

/** An unhandled rejection with no request around it: fire-and-forget work. */
const backgroundRejection: BuildEventOptions = {
  type: 'Error',
  value: 'SMTP connection refused',
  mechanism: {type: 'auto.node.onunhandledrejection', handled: false},
  transaction: null,
  request: null,
  contexts: {runtime: {name: 'node', version: 'v24.11.0', type: 'runtime'}},
  frames: mailStack()
}

function candidate(event: BuildEventOptions, issue: BuildIssueOptions = {}): TriageCandidate {
  const built = buildEvent({dateCreated: NOW - 60_000, ...event})
  return {
    issue: toErrorIssue(
      buildIssue({
        now: NOW,
        eventsPerHour: 2,
        userCount: 2,
        ...issueFieldsFromEvent(built),
        ...issue
      })
    ),
    event: built
  }
}

function rate(event: BuildEventOptions, issue: BuildIssueOptions = {}): TriagedIssue {
  return triage([candidate(event, issue)], {
    rateGuardPerHour: 1000,
    minEvents: 1,
    repoFiles: REPO,
    now: NOW
  }).issues[0]!
}

describe('the default severity rules (Node)', () => {
  it('an Express 5xx is P1 (a broken feature), however many users it hits: never a P0', () => {
    const express = rate({frames: expressStack()})
    expect(express).toMatchObject({severity: 'P1', decision: 'fix', context: 'request'})
    expect(express.reason).toMatch(
      /^P1 by default rule 6 \(request path; signals: mechanism auto\.middleware\.express, trace op http\.server, transaction POST \/api\/orders, a request entry\)/
    )
    const widespread = rate({frames: expressStack()}, {userCount: 5000, eventsPerHour: 90})
    expect(widespread.severity).toBe('P1')
  })

  it('an uncaught exception is P0: the process crashed (SDK ≥ 10 and older mechanism names)', () => {
    for (const type of ['auto.node.onuncaughtexception', 'onuncaughtexception']) {
      const crash = rate({frames: mailStack(), mechanism: {type, handled: false}, level: 'fatal'})
      expect(crash).toMatchObject({severity: 'P0', decision: 'fix', context: 'crash'})
      expect(crash.reason).toContain(
        `P0 by default rule 1 (process crash; signals: mechanism ${type})`
      )
    }
  })

  it('fatal level and running out of memory are crashes too', () => {
    const fatal = rate({frames: expressStack(), mechanism: null, level: 'fatal'})
    expect(fatal.severity).toBe('P0')
    expect(fatal.reason).toContain('signals: level fatal')
    const oom = rate({
      frames: expressStack(),
      type: 'RangeError',
      value: 'Array buffer allocation failed'
    })
    expect(oom).toMatchObject({severity: 'P0', context: 'crash'})
    expect(oom.reason).toContain('signals: out of memory')
  })

  it('an unhandled rejection inside a request is P1; in background work P2, P1 when frequent or widespread', () => {
    const inRequest = rate({
      frames: expressStack(),
      mechanism: {type: 'auto.node.onunhandledrejection', handled: false}
    })
    expect(inRequest).toMatchObject({severity: 'P1', context: 'request', decision: 'fix'})

    const background = rate(backgroundRejection, {eventsPerHour: 1, userCount: 1})
    expect(background).toMatchObject({severity: 'P2', context: 'background', decision: 'skip'})
    expect(background.reason).toMatch(
      /^P2 by default rule 9 \(background work; signals: mechanism auto\.node\.onunhandledrejection, no request, route or http\.server trace\): reported, not fixed/
    )

    const frequent = rate(backgroundRejection, {eventsPerHour: 30, userCount: 1})
    expect(frequent.severity).toBe('P1')
    expect(frequent.reason).toMatch(
      /^P1 by default rule 7 \(background work, ≥ 10 events\/h; signals: .*, [\d.]+ events\/h\)/
    )
    const widespread = rate(backgroundRejection, {eventsPerHour: 1, userCount: 40})
    expect(widespread.severity).toBe('P1')
    expect(widespread.reason).toMatch(/^P1 by default rule 8 .*40 users\)/)
  })

  it('a handled error at level warning is P2 (reported, not fixed)', () => {
    const warning = rate(
      {frames: expressStack(), handled: true, level: 'warning', value: 'retrying payment'},
      {isUnhandled: false}
    )
    expect(warning).toMatchObject({severity: 'P2', decision: 'skip'})
    expect(warning.reason).toMatch(
      /^P2 by default rule 3 \(level warning\/info\/debug\/sample; signals: level warning\)/
    )
  })

  it('a handled error at level error is P2, unless its response was a 5xx', () => {
    const handled = rate(
      {
        frames: mailStack(),
        mechanism: {type: 'generic', handled: true},
        request: null,
        transaction: null
      },
      {isUnhandled: false}
    )
    expect(handled.severity).toBe('P2')
    expect(handled.reason).toMatch(/^P2 by default rule 5 \(handled; signals: handled yes\)/)
    const answered500 = rate(
      {
        frames: expressStack(),
        mechanism: {type: 'generic', handled: true},
        tags: {'http.status_code': '503'}
      },
      {isUnhandled: false}
    )
    expect(answered500.severity).toBe('P1')
    expect(answered500.reason).toMatch(
      /^P1 by default rule 4 \(status ≥ 500; signals: http\.status_code 503\)/
    )
  })

  it('Koa and Fastify handlers are request paths too', () => {
    for (const type of ['auto.middleware.koa', 'auto.function.fastify']) {
      expect(
        rate({
          frames: expressStack(),
          mechanism: {type, handled: false},
          request: null,
          transaction: null,
          contexts: {}
        })
      ).toMatchObject({severity: 'P1', context: 'request'})
    }
  })

  it('data loss or an auth bypass is P0 whatever the context', () => {
    const bypass = rate({
      frames: expressStack(),
      type: 'AuthError',
      value: 'permission bypass: admin route served without a session'
    })
    expect(bypass.severity).toBe('P0')
    expect(bypass.reason).toMatch(/^P0 by default rule 2 \(data loss or auth wording/)
  })
})

describe('the default severity rules (Python)', () => {
  it('a Django 500 is P1 (unhandled by the app, turned into a 500 by Django: not a crash)', () => {
    const django = rate(djangoEvent, {userCount: 300})
    expect(django).toMatchObject({severity: 'P1', decision: 'fix', context: 'request'})
    expect(django.files).toEqual(['shop/orders/views.py'])
    expect(django.reason).toMatch(
      /^P1 by default rule 6 \(request path; signals: mechanism django, trace op http\.server, transaction \/api\/orders\/, a request entry\)/
    )
  })

  it('a Flask 500 is P1 by its status', () => {
    const flask = rate(flaskEvent)
    expect(flask).toMatchObject({severity: 'P1', context: 'request'})
    expect(flask.reason).toMatch(
      /^P1 by default rule 4 \(status ≥ 500; signals: http\.status_code 500\)/
    )
  })

  it('a Celery task is background work: P2 at low frequency, P1 when frequent', () => {
    const rare = rate(celeryEvent, {eventsPerHour: 1, userCount: 0})
    expect(rare).toMatchObject({severity: 'P2', context: 'background', decision: 'skip'})
    expect(rare.reason).toMatch(
      /^P2 by default rule 9 \(background work; signals: mechanism celery, trace op queue\.task\.celery\)/
    )
    expect(rate(celeryEvent, {eventsPerHour: 12, userCount: 0}).severity).toBe('P1')
  })

  it('sys.excepthook (the process died) and MemoryError are P0', () => {
    expect(rate({...celeryEvent, mechanism: {type: 'excepthook', handled: false}}).severity).toBe(
      'P0'
    )
    expect(rate({...djangoEvent, type: 'MemoryError', value: ''}).severity).toBe('P0')
  })
})

describe('custom rules and signals', () => {
  it('severity-rules can use context, mechanism, status and transaction, before the defaults', () => {
    const options = {
      rateGuardPerHour: 1000,
      minEvents: 1,
      repoFiles: REPO,
      now: NOW,
      severityRules: [
        {when: {transactionMatches: '^POST /api/orders'}, severity: 'P0' as const},
        {when: {context: ['background' as const], mechanism: 'celery'}, severity: 'P1' as const}
      ]
    }
    const [checkout] = triage([candidate({frames: expressStack()})], options).issues
    expect(checkout!.severity).toBe('P0')
    expect(checkout!.reason).toMatch(
      /^P0 by rule 1 \(transaction ~ \/\^POST \/api\/orders\/; signals: transaction POST \/api\/orders\)/
    )
    const [task] = triage([candidate(celeryEvent, {eventsPerHour: 1})], options).issues
    expect(task!.severity).toBe('P1')
    expect(task!.reason).toMatch(/^P1 by rule 2 /)
  })

  it('reads the context from the issue alone when the event is missing', () => {
    const s = eventSignals(undefined, {level: 'fatal', culprit: null, exception: 'Error: x'})
    expect(errorContext(s)).toEqual({context: 'crash', signals: ['level fatal']})
    const route = eventSignals(undefined, {
      level: 'error',
      culprit: 'GET /api/cart',
      exception: 'Error: x'
    })
    expect(errorContext(route)).toEqual({
      context: 'request',
      signals: ['transaction GET /api/cart']
    })
  })
})
