// The Sentry organization of the triage tests (ts-vitest fixture files in the
// frames): one bug split by Sentry into two issues, another bug with the same
// exception type, a third-party-only error and a rate storm.
import {
  appFrame,
  buildEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  startFakeSentry,
  type FakeSentry
} from '../fakes/sentry/index.js'

export async function seededSentry(options: {windowSeconds?: number} = {}): Promise<FakeSentry> {
  const fake = await startFakeSentry({
    org: 'acme',
    tokens: {'sentry-token': {kind: 'integration'}},
    ...(options.windowSeconds ? {rateLimit: {windowSeconds: options.windowSeconds}} : {})
  })
  // One bug (a missing rate for a region) reached from two callers: Sentry makes two issues.
  for (const caller of ['checkoutTotal', 'quoteTotal']) {
    fake.addIssue({
      eventsPerHour: 3,
      userCount: 4,
      events: [
        buildEvent({
          type: 'TypeError',
          value: "Cannot read properties of undefined (reading 'rate')",
          handled: false,
          frames: [
            nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
            appFrame('src/cart.ts', caller, 20),
            appFrame('src/tax.ts', 'taxFor', 13)
          ]
        })
      ]
    })
  }
  // A different bug with the same exception type, elsewhere.
  fake.addIssue({
    eventsPerHour: 2,
    events: [
      buildEvent({
        type: 'TypeError',
        value: 'tiers is not iterable',
        frames: [
          appFrame('src/cart.ts', 'checkoutTotal', 25),
          appFrame('src/discounts.ts', 'bulkDiscountRate', 17)
        ]
      })
    ]
  })
  // Third-party only.
  fake.addIssue({
    eventsPerHour: 5,
    events: [
      buildEvent({
        type: 'Error',
        value: 'socket hang up',
        frames: [
          nodeModulesFrame('undici/lib/core/connect.js', 'onConnectTimeout'),
          nodeInternalFrame('net', 'Socket.emit')
        ]
      })
    ]
  })
  // A rate storm: an incident for a human.
  fake.addIssue({
    eventsPerHour: 900,
    userCount: 300,
    events: [
      buildEvent({
        type: 'RangeError',
        value: 'Invalid currency code',
        handled: false,
        frames: [appFrame('src/money.ts', 'formatCents', 9)]
      })
    ]
  })
  return fake
}

/** Many one-off errors: more than one page of the issue list (100 per page). */
export function addOneOffs(fake: FakeSentry, n: number): void {
  for (let i = 0; i < n; i++) {
    fake.addIssue({
      // one event, in the current hour
      eventsPerHour: [...Array<number>(24).fill(0), 1],
      events: [
        buildEvent({
          type: 'Error',
          value: `Request aborted by client ${i}`,
          frames: [appFrame('src/index.ts', 'handler', 3)]
        })
      ]
    })
  }
}
