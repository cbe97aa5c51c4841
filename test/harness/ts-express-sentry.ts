// The ts-express fixture's tax bug as production reports it and as the
// scripted model (a stand-in for Claude, only in tests and the demo) heals
// it: Sentry frames that name the fixture's real files and lines (see
// test/fixtures/ts-express/FIXTURE.md), the reproduction test, and the turns
// of the two model sessions (reproduce, then fix).
import {textTurn, toolTurn, type Turn} from '../fakes/anthropic/index.js'
import {appFrame, nodeModulesFrame, type SentryFrame} from '../fakes/sentry/index.js'

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

/** The sessions that heal the tax bug; undefined for a task about anything else. */
export function taxSessionTurns(task: string): Turn[] | undefined {
  if (!task.includes('taxFor')) return undefined
  return task.startsWith('Reproduce this production error')
    ? [
        toolTurn('read_file', {path: 'src/tax.ts'}),
        toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content: TAX_TEST}),
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
