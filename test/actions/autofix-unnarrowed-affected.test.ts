// A runner that cannot re-run one test (node:test here; mocha or a plain `npm test` script
// alike) leaves autofix's "affected test" as the whole suite. With a second failing test
// waiting its turn, that command fails whatever the fix does, so it cannot judge the fix:
// before this test, every attempt on such a project was reverted as "the affected test still
// fails". The full checks on a clean checkout judge it instead, by the failure's fingerprint.
// In-process run on the ts-node-test fixture with one more failing test, a scripted model.
import {afterEach, expect, it} from 'vitest'
import {startFakeAnthropic, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  fixDiscount,
  inputsFor,
  NODE_TEST_COMMAND,
  perAttempt,
  reportOf,
  runAutofixInProcess,
  said,
  TEST_ONLY,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await model?.close()
  await world?.github.close()
  await world?.repo.cleanup()
  world = model = undefined
})

const SECOND_FAILURE = [
  "import {test} from 'node:test'",
  "import assert from 'node:assert/strict'",
  '',
  "test('the warehouse clock agrees with itself', () => {",
  '  assert.equal(1, 2)',
  '})',
  ''
].join('\n')

it('fixes one of two failing node:test tests: the other one failing does not revert the fix', async () => {
  world = await checkout({fixture: 'ts-node-test', files: {'test/clock.test.ts': SECOND_FAILURE}})
  // Every attempt plays the discount fix; on the clock test it finds nothing to replace.
  model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
  const run = await runAutofixInProcess({
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    inputs: inputsFor(model, {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      'max-attempts-per-failure': '1',
      fingerprint: 'unnarrowed'
    })
  })
  expect(run.error, said(run)).toBeUndefined()
  const report = await reportOf(run)
  const discount = report.results.find(r => r.failure.includes('discounts.test.ts'))
  const clock = report.results.find(r => r.failure.includes('warehouse clock'))
  expect(discount, JSON.stringify(report.results)).toMatchObject({verdict: 'fixed'})
  expect(clock, JSON.stringify(report.results)).toBeDefined()
  expect(clock!.verdict).not.toBe('fixed')
  // The fix reached the PR; the other failure is still there for a person.
  expect(world.github.state.pulls).toHaveLength(1)
  expect(run.io.outputs['fixed-count']).toBe('1')
}, 240_000)
