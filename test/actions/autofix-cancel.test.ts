// autofix cancelled mid-attempt (the runner's SIGINT/SIGTERM, which the run
// wrapper turns into deps.cancel): in-process, on a real fixture repository,
// with the scripted model (a stand-in for Claude, only in tests) editing
// through the real tools. Once cancelled: the model's unverified edit is gone
// (git status clean), no process of the test's group survives, nothing is
// pushed, and the outputs, summary and report JSON say `cancelled`.
// autofix-cancel-bundle.e2e.test.ts sends the real signal to the bundle.
import {afterEach, describe, expect, it} from 'vitest'
import {CancelledError} from '../../src/errors.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  inputsFor,
  reportOf,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  WRONG,
  type AutofixRun,
  type Checkout
} from '../harness/autofix-run.js'
import {processesWith, uniqueSleep, until} from '../harness/processes.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined
/** Lets a model turn that hangs answer at last, so the fake can close. */
let release: () => void = () => undefined

afterEach(async () => {
  release()
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  world = model = undefined
})

function autofix(cancel: AbortSignal): Promise<AutofixRun> {
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    cancel,
    inputs: inputsFor(model, {...TEST_ONLY, ...NODE_TEST_COMMAND})
  })
}

/** What every cancelled run must show. */
async function expectCancelled(run: AutofixRun): Promise<void> {
  expect(run.error, said(run)).toBeInstanceOf(CancelledError)
  expect(run.io.outputs).toMatchObject({outcome: 'cancelled', 'pr-url': '', branch: ''})
  expect(run.io.summary).toMatch(
    /^## ci-medic autofix: cancelled\n\nThe run was cancelled by SIGTERM/
  )
  const report = await reportOf(run)
  expect(report.outcome.outcome).toBe('cancelled')
  expect(report.journal).toContainEqual(
    expect.objectContaining({kind: 'skipped', code: 'cancelled'})
  )
  // Nothing pushed, no PR; the workspace is the checkout, exactly.
  expect(world!.github.git.branches()).toEqual(['main'])
  expect(world!.github.state.pulls).toHaveLength(0)
  expect(await world!.repo.git(['status', '--porcelain'])).toBe('')
  expect(world!.github.git.readFile('main', 'src/discounts.ts')).toContain(WRONG)
  const decisions = await decisionsOf(run)
  expect(decisions.filter(d => d.kind === 'cancelled').length).toBeGreaterThan(0)
  expect(decisions.some(d => d.kind === 'verified' || d.kind === 'committed')).toBe(false)
}

describe('autofix cancelled', () => {
  it('while the model answers: the request is aborted and the edit reverted', async () => {
    world = await checkout({fixture: 'ts-node-test'})
    const controller = new AbortController()
    model = await startFakeAnthropic({
      models: 'any',
      script: async request => {
        const turn = request.messages.filter(m => m.role === 'assistant').length
        if (turn === 0)
          return toolTurn('replace_in_file', {
            path: 'src/discounts.ts',
            old_string: WRONG,
            new_string: 'quantity >= tier.minQuantity'
          })
        // The edit is in the workspace, unverified; the runner cancels while this request is in flight.
        controller.abort(new CancelledError('SIGTERM'))
        await new Promise<void>(resolve => (release = resolve))
        return textTurn('too late')
      }
    })
    const run = await autofix(controller.signal)
    await expectCancelled(run)
    expect(run.io.outputs['fixed-count']).toBe('0')
  })

  it('while the test runs: its process group is killed and the edit reverted', async () => {
    const token = uniqueSleep()
    world = await checkout({fixture: 'ts-node-test'})
    const controller = new AbortController()
    // The model's edit makes the affected test hang (a sleep started by the test worker).
    const hang = `(process.getBuiltinModule('node:child_process').execSync('sleep ${token}'), quantity >= tier.minQuantity)`
    model = await startFakeAnthropic({
      models: 'any',
      script: request => {
        const turn = request.messages.filter(m => m.role === 'assistant').length
        if (turn === 0)
          return toolTurn('replace_in_file', {
            path: 'src/discounts.ts',
            old_string: WRONG,
            new_string: hang
          })
        if (turn === 1) return toolTurn('run_affected_test', {})
        return textTurn('done')
      }
    })
    const running = autofix(controller.signal)
    await until(async () => (await processesWith(token)).length > 0, 120_000)
    controller.abort(new CancelledError('SIGTERM'))
    const run = await running
    expect(await processesWith(token)).toEqual([])
    await expectCancelled(run)
  })
})
