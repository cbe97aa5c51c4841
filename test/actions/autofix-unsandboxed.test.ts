// Without a sandbox, model-written code does not run in a job that holds the
// write token (issue #10): autofix in-process on a runner where no sandbox
// can be set up, with a model key. In publish: same-job the scripted model
// (a stand-in for Claude, only in tests) is never asked and the failure is
// not-evaluated with the reason; in publish: separate-job it is asked.
import {afterEach, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await Promise.all([world?.github.close(), model?.close()])
  await world?.repo.cleanup()
  world = model = undefined
})

async function run(publish: 'same-job' | 'separate-job') {
  await world!.repo.git(['reset', '--quiet', '--hard', world!.repo.head])
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    noSandboxHere: true,
    inputs: {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model!.url,
      'max-attempts-per-failure': '1',
      'dry-run': 'true',
      publish
    }
  })
}

it('same-job without a sandbox: the model is not asked; separate-job: it is', async () => {
  world = await checkout({fixture: 'ts-node-test'})
  model = await startFakeAnthropic({script: () => textTurn('I cannot fix this.')})

  const withheld = await run('same-job')
  expect(withheld.error, said(withheld)).toBeUndefined()
  expect(model.calls).toBe(0)
  expect(withheld.io.outputs.outcome).toBe('not-evaluated')
  expect(withheld.io.outputs.sandbox).toBe('none')
  expect(said(withheld)).toMatch(/model-written code is not run/)
  expect(withheld.io.summary).toMatch(/Sandbox: none/)

  const asked = await run('separate-job')
  expect(asked.error, said(asked)).toBeUndefined()
  expect(model.calls).toBeGreaterThan(0)
  expect(said(asked)).not.toMatch(/model-written code is not run/)
}, 240_000)
