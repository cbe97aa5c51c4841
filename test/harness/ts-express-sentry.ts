// The ts-express fixture's production bugs as Sentry reports them and as the
// scripted model (a stand-in for Claude, only in tests, the demo and the
// bench) heals them: frames that name the fixture's real files and lines (see
// test/fixtures/ts-express/FIXTURE.md), the reproduction tests, and the turns
// of the two model sessions (reproduce, then fix). The sessions come in two
// flavours: vitest tests for ts-express, node:test tests for
// ts-express-node-test (the same src/, the same lines).
import {textTurn, toolTurn, type Turn} from '../fakes/anthropic/index.js'
import {
  appFrame,
  nodeInternalFrame,
  nodeModulesFrame,
  type SentryFrame
} from '../fakes/sentry/index.js'

/**
 * Whether a task (the first message of a model session) is about the error whose top frame is
 * `fn`. Read from the task's list of Sentry issues, not from anywhere in it: a retry's prompt
 * carries the earlier attempt's test output, which names every test of a whole-suite run.
 */
export function topFrameIs(task: string, fn: string): boolean {
  return new RegExp(`; top frame \\S+ ${fn}$`, 'm').test(task)
}

export const TAX_ERROR = {
  type: 'TypeError',
  value: "Cannot read properties of undefined (reading 'rate')",
  handled: false
}

/** The stack of the tax bug reached from `caller` (orderTotal or quoteTotal) under an Express route. */
export function taxFrames(route: 'order' | 'quote'): SentryFrame[] {
  const [file, fn, line, routeLine] =
    route === 'order'
      ? (['src/orders.ts', 'orderTotal', 17, 35] as const)
      : (['src/quotes.ts', 'quoteTotal', 8, 45] as const)
  return [
    nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]'),
    appFrame('src/app.ts', null, routeLine),
    appFrame(file, fn, line),
    appFrame('src/tax.ts', 'taxFor', 13, {contextLine: '  const rate = RATES[region].rate'})
  ]
}

export const TAX_TEST = `import {expect, it} from 'vitest'
import {taxFor} from '../src/tax.js'

it('charges no tax for a region without a rate', () => {
  expect(taxFor(850, 'PR')).toBe(0)
})
`

export const NODE_TAX_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {taxFor} from '../src/tax.ts'

it('charges no tax for a region without a rate', () => {
  assert.equal(taxFor(850, 'PR'), 0)
})
`

/** Which runner the fixture's tests are written for: ts-express (vitest) or ts-express-node-test. */
export type ExpressRunner = 'vitest' | 'node'

/** The test-command input for ts-express-node-test: its package.json script, without npm's start. */
export const EXPRESS_NODE_TEST_COMMAND = {'test-command': 'node --test --test-isolation=none'}

/** The sessions that heal the tax bug; undefined for a task about anything else. */
export function taxSessionTurns(
  task: string,
  runner: ExpressRunner = 'vitest'
): Turn[] | undefined {
  if (!topFrameIs(task, 'taxFor')) return undefined
  const content = runner === 'node' ? NODE_TAX_TEST : TAX_TEST
  return task.startsWith('Reproduce this production error')
    ? [
        toolTurn('read_file', {path: 'src/tax.ts'}),
        toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content}),
        toolTurn('run_affected_test', {}),
        textTurn('A region without a rate (PR, XX) makes taxFor read .rate of undefined.')
      ]
    : [
        toolTurn('replace_in_file', {
          path: 'src/tax.ts',
          old_string: 'const rate = RATES[region].rate',
          new_string: 'const rate = RATES[region]?.rate ?? 0'
        }),
        toolTurn('run_affected_test', {}),
        textTurn('Regions without a sales tax entry now get a rate of 0.')
      ]
}

/** The discount bug: an async handler's stack after an await (an unhandled rejection). */
export const DISCOUNT_ERROR = {
  type: 'TypeError',
  value: 'tiers is not iterable',
  mechanism: {type: 'auto.node.onunhandledrejection', handled: false}
}

export function discountFrames(): SentryFrame[] {
  return [
    nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
    appFrame('src/app.ts', null, 54),
    appFrame('src/discounts.ts', 'discountFor', 42),
    appFrame('src/discounts.ts', 'bulkDiscountRate', 27)
  ]
}

export const DISCOUNT_TEST = `import {expect, it} from 'vitest'
import {discountFor} from '../src/discounts.js'
import {findOrder} from '../src/store.js'

it('gives no bulk discount to a SKU without tiers', async () => {
  const order = findOrder('ord_1004')
  expect(order).toBeDefined()
  await expect(discountFor(order!)).resolves.toMatchObject({rate: 0, amount: 0})
})
`

export const NODE_DISCOUNT_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {discountFor} from '../src/discounts.ts'
import {findOrder} from '../src/store.ts'

it('gives no bulk discount to a SKU without tiers', async () => {
  const order = findOrder('ord_1004')
  assert.ok(order)
  const discount = await discountFor(order)
  assert.equal(discount.rate, 0)
  assert.equal(discount.amount, 0)
})
`

/** The fix step of the discount bug (its reproduction is up to the caller). */
export const DISCOUNT_FIX: Turn[] = [
  toolTurn('replace_in_file', {
    path: 'src/discounts.ts',
    old_string: 'bulkDiscountRate(line.quantity, tiers[line.sku])',
    new_string: 'bulkDiscountRate(line.quantity, tiers[line.sku] ?? [])'
  }),
  textTurn('SKUs without tiers get an empty tier list, so no discount.')
]

/** The null-name bug of displayName. */
export const USERS_ERROR = {
  type: 'TypeError',
  value: "Cannot read properties of null (reading 'trim')"
}

export function usersFrames(): SentryFrame[] {
  return [appFrame('src/app.ts', null, 84), appFrame('src/users.ts', 'displayName', 3)]
}

export const USERS_TEST = `import {expect, it} from 'vitest'
import {displayName} from '../src/users.js'

it('greets a customer without a name by email', () => {
  expect(displayName({name: null, email: 'anon@example.com'})).toBe('anon@example.com')
})
`

export const NODE_USERS_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {displayName} from '../src/users.ts'

it('greets a customer without a name by email', () => {
  assert.equal(displayName({name: null, email: 'anon@example.com'}), 'anon@example.com')
})
`

export function usersSessionTurns(
  task: string,
  runner: ExpressRunner = 'vitest'
): Turn[] | undefined {
  if (!topFrameIs(task, 'displayName')) return undefined
  const content = runner === 'node' ? NODE_USERS_TEST : USERS_TEST
  return task.startsWith('Reproduce this production error')
    ? [
        toolTurn('write_file', {path: 'test/sentry-users.test.ts', content}),
        textTurn('Customers who signed up with an email only have a null name.')
      ]
    : [
        toolTurn('replace_in_file', {
          path: 'src/users.ts',
          old_string: 'customer.name!.trim()',
          new_string: "(customer.name ?? '').trim()"
        }),
        textTurn('A null name is treated as blank, so the email is used.')
      ]
}

/** Every bug's sessions, reproduced at the first try; a text turn for anything else. */
export function expressSessions(task: string, runner: ExpressRunner = 'vitest'): Turn[] {
  if (topFrameIs(task, 'bulkDiscountRate')) {
    const content = runner === 'node' ? NODE_DISCOUNT_TEST : DISCOUNT_TEST
    return task.startsWith('Reproduce this production error')
      ? [
          toolTurn('write_file', {path: 'test/sentry-discounts.test.ts', content}),
          textTurn('A SKU without bulk tiers passes undefined to bulkDiscountRate.')
        ]
      : DISCOUNT_FIX
  }
  return (
    taxSessionTurns(task, runner) ??
    usersSessionTurns(task, runner) ?? [textTurn('This error is not in this repository.')]
  )
}
