// autofix cancelled through the bundle (dist/autofix/index.mjs), as a runner
// cancels a step: the action's process gets SIGTERM (or SIGINT) while the
// affected test the model asked for hangs. The process exits non-zero (its own
// 6 s deadline keeps it inside the runner's 7.5 s grace period; tests assert
// what it did, not how long it took) with one ::error:: line, having set every
// output (outcome: cancelled) and written the summary; the model's edit is
// reverted, no process of the test's group survives, and nothing is pushed.
// A second signal ends the process at once, and still leaves no test behind.
import type {ChildProcess} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {AUTOFIX_FAILURE_OUTPUTS} from '../../src/actions/failure-outputs.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {
  checkout,
  inputsFor,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  WRONG,
  type Checkout
} from '../harness/autofix-run.js'
import {processesWith, uniqueSleep, until} from '../harness/processes.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

/**
 * One test's checkout, fake GitHub, model and run, removed when it ends. Each
 * test has its own (and its own sleep token), so the two run side by side
 * (describe.concurrent): each waits for its hanging test to start.
 */
interface World {
  world: Checkout
  model: FakeAnthropic
  runs: ActionRun[]
}

async function worldFor(
  onTestFinished: (fn: () => Promise<void>) => void,
  token: string
): Promise<World> {
  // ts-node-test: cancelling the step is the subject, not the runner (node:test hangs alike).
  const world = await checkout({fixture: 'ts-node-test'})
  const w: World = {world, model: await hangingModel(token), runs: []}
  onTestFinished(async () => {
    await Promise.all(w.runs.splice(0).map(cleanupRun))
    await w.world.github.close()
    await w.model.close()
    await w.world.repo.cleanup()
  })
  return w
}

const OUTPUT_NAMES = Object.keys(AUTOFIX_FAILURE_OUTPUTS).sort()

/** A model whose edit makes the affected test hang in a sleep of `token`, and which then runs it. */
async function hangingModel(token: string): Promise<FakeAnthropic> {
  const hang = `(process.getBuiltinModule('node:child_process').execSync('sleep ${token}'), quantity >= tier.minQuantity)`
  return startFakeAnthropic({
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
}

/** Runs the bundle and sends `signals` once the hanging test runs; the time from the first signal to the exit. */
async function cancelled(
  {world, model, runs}: World,
  token: string,
  signals: NodeJS.Signals[]
): Promise<{run: ActionRun}> {
  let child: ChildProcess | undefined
  const running = runAction('autofix', {
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    repository: 'octo-org/order-pricing',
    inputs: inputsFor(model, {...TEST_ONLY, ...NODE_TEST_COMMAND}),
    onSpawn: c => (child = c)
  })
  await until(async () => (await processesWith(token)).length > 0, 180_000)
  for (const signal of signals) child!.kill(signal)
  const run = await running
  runs.push(run)
  return {run}
}

describe.concurrent('autofix bundle: cancellation', {timeout: 300_000}, () => {
  it('SIGTERM mid-test: exits 143 with outcome cancelled, the workspace restored, no test left', async ({
    onTestFinished
  }) => {
    const token = uniqueSleep()
    const w = await worldFor(onTestFinished, token)
    const {world} = w
    const {run: r} = await cancelled(w, token, ['SIGTERM'])
    expect(r.code).toBe(143)
    expect(await processesWith(token)).toEqual([])
    const errors = r.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toEqual([expect.stringMatching(/^ci-medic autofix: cancelled by SIGTERM; /)])
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUT_NAMES)
    expect(r.outputs).toMatchObject({outcome: 'cancelled', 'pr-url': '', branch: ''})
    expect(r.summary).toMatch(/^## ci-medic autofix: cancelled\n/)
    expect(r.groups).toContain('Report')
    expect(r.groups).not.toContain('Publish')
    expect(await world.repo.git(['status', '--porcelain'])).toBe('')
    expect(world.github.git.branches()).toEqual(['main'])
    expect(world.github.state.pulls).toHaveLength(0)
  })

  it('a second signal exits at once, and the test still does not outlive the step', async ({
    onTestFinished
  }) => {
    const token = uniqueSleep()
    const w = await worldFor(onTestFinished, token)
    const {world} = w
    const {run: r} = await cancelled(w, token, ['SIGINT', 'SIGINT'])
    expect(r.code).toBe(130)
    await until(async () => (await processesWith(token)).length === 0, 2_000)
    expect(world.github.git.branches()).toEqual(['main'])
  })
})
