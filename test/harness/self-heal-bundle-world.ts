// One self-heal bundle run's world for the *.e2e tests: its own checkout,
// fakes and runs, removed when the test ends, so the tests of a file run side
// by side (describe.concurrent).
import {type FakeAnthropic} from '../fakes/anthropic/index.js'
import {type FakeGitHub} from '../fakes/github/index.js'
import {type FakeSentry} from '../fakes/sentry/index.js'
import {type FixtureRepo} from './fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from './run-action.js'

/**
 * What one test started: its own checkout, fakes and runs, so the tests run
 * at the same time (describe.concurrent). The bundle paces its GitHub writes
 * as on a runner (one a second, one issue or comment every three seconds), so
 * a heal mostly waits; side by side, the waits overlap.
 */
export interface World {
  repo?: FixtureRepo
  github?: FakeGitHub
  sentry?: FakeSentry
  model?: FakeAnthropic
  runs: ActionRun[]
}

/** A fresh world, removed when the test ends (pass or fail). */
export function worldFor(onTestFinished: (fn: () => Promise<void>) => void): World {
  const world: World = {runs: []}
  onTestFinished(async () => {
    await Promise.all(world.runs.splice(0).map(cleanupRun))
    await Promise.all([world.github?.close(), world.sentry?.close(), world.model?.close()])
    await world.repo?.cleanup()
  })
  return world
}

export async function runSelfHeal(
  world: World,
  options: Parameters<typeof runAction>[1]
): Promise<ActionRun> {
  const result = await runAction('self-heal', options)
  world.runs.push(result)
  return result
}

export const errors = (r: ActionRun): string[] =>
  r.annotations.filter(a => a.level === 'error').map(a => a.message)

// Every test has its own world: they run side by side (see World), so each
// shares the cores with the others: room, not a limit on speed.
export const SIDE_BY_SIDE = {timeout: 300_000}
