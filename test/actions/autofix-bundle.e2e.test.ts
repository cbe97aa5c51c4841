// autofix through the bundle (dist/autofix/index.mjs), as a runner runs it:
// the runner's side of the contract that the in-process tests
// (autofix-{fix,faults}.test.ts) do not see. INPUT_* variables, the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_EVENT_PATH,
// GITHUB_API_URL, masks and log groups; one real fix end to end (a scheduled
// run: real vitest, a real push to the fake GitHub's bare remote, a PR); a bad
// input as one ::error:: line with the failure outputs; and a refused push
// that fails the step after the outputs and summary it already wrote (on
// node:test: the push is its subject, not the runner).
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {AUTOFIX_FAILURE_OUTPUTS} from '../../src/actions/failure-outputs.js'
import {startFakeAnthropic, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {scheduleEvent} from '../harness/events.js'
import {
  checkout,
  fixDiscount,
  inputsFor,
  NODE_TEST_COMMAND,
  perAttempt,
  RIGHT,
  TEST_ONLY,
  TOKEN,
  type Checkout
} from '../harness/autofix-run.js'
import type {FixtureName} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

/**
 * What one test started: its own checkout, fake GitHub, model and runs, so
 * the tests run at the same time (describe.concurrent). The bundle paces its
 * GitHub writes as on a runner (one a second, one issue or PR creation every
 * three seconds), so a run mostly waits; side by side, the waits overlap.
 */
interface World {
  world: Checkout
  model?: FakeAnthropic
  runs: ActionRun[]
}

/** A fresh checkout, removed with everything the test started when it ends (pass or fail). */
async function worldFor(
  onTestFinished: (fn: () => Promise<void>) => void,
  fixture: FixtureName = 'ts-vitest'
): Promise<World> {
  const w: World = {world: await checkout({fixture}), runs: []}
  onTestFinished(async () => {
    await Promise.all(w.runs.splice(0).map(cleanupRun))
    await w.world.github.close()
    await w.model?.close()
    await w.world.repo.cleanup()
  })
  return w
}

async function autofix(
  w: World,
  inputs: Record<string, string>,
  options: Parameters<typeof runAction>[1] = {}
): Promise<ActionRun> {
  const run = await runAction('autofix', {
    workspace: w.world.repo.dir,
    apiUrl: w.world.github.url,
    repository: 'octo-org/order-pricing',
    ...options,
    inputs: inputsFor(w.model, inputs)
  })
  w.runs.push(run)
  return run
}

const errors = (r: ActionRun): string[] =>
  r.annotations.filter(a => a.level === 'error').map(a => a.message)

const OUTPUT_NAMES = Object.keys(AUTOFIX_FAILURE_OUTPUTS).sort()

// Every test has its own world: they run side by side (see World), so each
// shares the cores with the others: room, not a limit on speed.
describe.concurrent('autofix bundle: the runner contract', {timeout: 300_000}, () => {
  it('a scheduled fix: every output, the job summary, masks, one log group per step, the target’s branch and the PR', async ({
    onTestFinished
  }) => {
    const w = await worldFor(onTestFinished)
    const {github} = w.world
    w.model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    const r = await autofix(w, TEST_ONLY, {eventName: 'schedule', event: scheduleEvent()})
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(errors(r)).toEqual([])
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUT_NAMES)
    expect(r.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '1', 'failed-count': '0'})
    expect(Number(r.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(r.outputs['report-path']).toBe(
      join(r.runnerDir, 'temp', 'ci-medic', 'autofix-report.json')
    )
    expect(existsSync(join(r.runnerDir, 'temp', 'ci-medic', 'autofix-decisions.jsonl'))).toBe(true)
    expect(r.masks).toEqual(expect.arrayContaining([TOKEN, 'test-key']))
    expect(r.log + r.stderr).not.toContain(TOKEN)
    expect(r.groups).toEqual([
      'Preconditions',
      'Detect the checks',
      'Read the ledger (known flakes)',
      'Fix the failures',
      'Publish',
      'Report'
    ])
    // No fingerprint: one branch for the target (main), which later scheduled runs update.
    const branch = r.outputs.branch!
    expect(branch).toBe('ci-medic/autofix/main')
    expect(github.git.readFile(branch, 'src/discounts.ts')).toContain(RIGHT)
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.head).toBe(branch)
    expect(r.outputs['pr-number']).toBe(String(pr.number))
    expect(r.summary).toMatch(
      new RegExp(
        `^## ci-medic autofix: fixed\\n\\n1 of 1 failure fixed, in \\d+s\\. PR: ${r.outputs['pr-url']} \\(created\\)\\.`
      )
    )
    expect(r.summary).toContain(
      (github.state.issue(pr.number)!.body ?? '').replace(/\s*<!-- ci-medic:pushed \w+ -->\s*$/, '')
    )
  })

  it('a bad input is one ::error:: line naming it, exit 1, and the failure outputs', async ({
    onTestFinished
  }) => {
    const w = await worldFor(onTestFinished)
    const {world} = w
    const r = await autofix(w, {'max-failures': 'lots'})
    expect(r.code).toBe(1)
    expect(errors(r)).toHaveLength(1)
    expect(errors(r)[0]).toMatch(/^ci-medic autofix: .*max-failures/)
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    expect(r.outputs).toEqual(AUTOFIX_FAILURE_OUTPUTS)
    expect(world.github.requests).toHaveLength(0)
  })

  it('a refused push fails the step with one error naming the permission, after the outputs and summary', async ({
    onTestFinished
  }) => {
    // node:test (ts-node-test): the refused push is the subject; the scheduled fix above
    // runs the bundle's vitest path.
    const w = await worldFor(onTestFinished, 'ts-node-test')
    const {world} = w
    world.github.setPermissions({contents: 'read'})
    w.model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    const r = await autofix(w, {...TEST_ONLY, ...NODE_TEST_COMMAND})
    expect(r.code).toBe(1)
    expect(errors(r)).toHaveLength(1)
    expect(errors(r)[0]).toMatch(
      /^ci-medic autofix: Pushing ci-medic\/autofix\/\S+ was refused: the token needs 'contents: write'/
    )
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    // The outputs the step reported before failing are kept, not reset to their failure values.
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUT_NAMES)
    expect(r.outputs).toMatchObject({
      outcome: 'fixed',
      'fixed-count': '1',
      branch: '',
      'pr-url': ''
    })
    expect(Number(r.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(r.summary).toMatch(/^## ci-medic autofix: fixed\n\n.*Nothing was published: Pushing/)
    expect(world.github.git.branches()).toEqual(['main'])
    expect(world.github.state.pulls).toHaveLength(0)
  })
})
