// The baseline cache through the bundle (dist/autofix/index.mjs), as a runner
// runs it: @actions/cache inside the ncc bundle, loaded by its dynamic import,
// reading the runtime token, the results URL and the v2 flag from the step's
// environment, against the loopback cache service. Two runs of the same
// commit share RUNNER_TEMP (as jobs on GitHub-hosted runners do): the first
// runs the checks and saves them, the second restores them and runs none (the
// test command counts its runs in a file).
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, expect, it} from 'vitest'
import {startFakeCacheService, type FakeCacheService} from '../fakes/cache/index.js'
import {TEST_ONLY} from '../harness/autofix-run.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

let service: FakeCacheService
let repo: FixtureRepo
let temp: string
const runs: ActionRun[] = []

beforeEach(async () => {
  service = await startFakeCacheService()
  repo = await createFixtureRepo('ts-vitest')
  temp = await mkdtemp(join(tmpdir(), 'ci-medic-baseline-bundle-'))
})
afterEach(async () => {
  await Promise.all(runs.splice(0).map(cleanupRun))
  await service.close()
  await repo.cleanup()
  await rm(temp, {recursive: true, force: true})
})

async function autofix(attempt: number): Promise<ActionRun> {
  const counter = join(temp, 'baseline-runs.txt')
  const run = await runAction('autofix', {
    workspace: repo.dir,
    repository: 'octo-org/order-pricing',
    runAttempt: attempt,
    env: {...service.env, RUNNER_TEMP: temp, GITHUB_SERVER_URL: 'https://github.com'},
    inputs: {
      ...TEST_ONLY,
      'test-command': `echo run >> '${counter}' && node -e "console.error('pricing is wrong'); process.exit(1)"`,
      'dry-run': 'true',
      'upload-artifacts': 'false'
    }
  })
  runs.push(run)
  return run
}

const baselineRuns = async (): Promise<number> =>
  (await readFile(join(temp, 'baseline-runs.txt'), 'utf8')).split('\n').filter(Boolean).length

it('a first run saves the baseline, a rerun of the same commit restores it and runs no check first', async () => {
  const first = await autofix(1)
  expect(first.code, first.stdout + first.stderr).toBe(0)
  expect(await baselineRuns()).toBe(1)
  const [entry] = service.entries
  expect(entry).toMatchObject({finalized: true})
  expect(first.log).toContain(`Saved the baseline to the cache as ${entry!.key}.`)

  const rerun = await autofix(2)
  expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0)
  expect(await baselineRuns()).toBe(1)
  expect(rerun.log).toContain(`baseline restored from cache ${entry!.key}`)
  expect(rerun.outputs['failed-count']).toBe(first.outputs['failed-count'])
  expect(rerun.annotations.filter(a => /cache/i.test(a.message))).toEqual([])
})
