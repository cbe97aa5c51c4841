// classify mode: patterns through the bundle (dist/classify/index.mjs) as a
// runner runs it, against the fake GitHub with a token: the bundled octokit
// sends GraphQL to <GITHUB_API_URL>/graphql and the learnings issue is
// pinned once; with GitHub refusing the pin, the step still succeeds, with
// one ::warning:: naming the cause and the fix.
import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'
import {isViewerQuery, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {firstWeek, writeLedger} from './patterns-ledger.js'

/**
 * One test's fake GitHub, directory and runs, removed when it ends. Each test
 * has its own, so the two run side by side (it.concurrent): the bundle paces
 * its GitHub writes as on a runner (the learnings issue and PR are creations,
 * three seconds apart), and the waits overlap.
 */
interface World {
  fake: FakeGitHub
  dir: string
  runs: ActionRun[]
}

async function worldFor(onTestFinished: (fn: () => Promise<void>) => void): Promise<World> {
  const world: World = {
    fake: await startFakeGitHub({owner: 'octo-org', repo: 'octo-repo'}),
    dir: await mkdtemp(join(tmpdir(), 'ci-medic-pin-bundle-')),
    runs: []
  }
  onTestFinished(async () => {
    await Promise.all(world.runs.splice(0).map(r => cleanupRun(r)))
    await world.fake.close()
    await rm(world.dir, {recursive: true, force: true})
  })
  return world
}

async function weekly({fake, dir, runs}: World, runId: number): Promise<ActionRun> {
  const workspace = join(dir, `ws-${runId}`)
  await promisify(execFile)('git', ['clone', '-q', fake.gitUrl, workspace])
  const ledger = join(dir, 'ledger.jsonl')
  await writeLedger(ledger, firstWeek())
  const run = await runAction('classify', {
    workspace,
    apiUrl: fake.url,
    runId,
    eventName: 'schedule',
    inputs: {mode: 'patterns', 'github-token': 'ghs_bundletoken', 'ledger-path': ledger}
  })
  runs.push(run)
  return run
}

const warnings = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter(l => l.startsWith('::warning'))

it.concurrent('pins the learnings issue once through the bundle', async ({onTestFinished}) => {
  const world = await worldFor(onTestFinished)
  const {fake} = world
  const run = await weekly(world, 9301)
  expect(run.code, run.stderr).toBe(0)
  const issue = fake.state.issues.find(i => i.title === 'ci-medic learnings')!
  expect(fake.pins.pinned()).toEqual([issue.number])
  expect(fake.requestsTo('POST', '/graphql').filter(r => !isViewerQuery(r))).toHaveLength(2)
  expect(warnings(run).filter(w => /pinned/.test(w))).toEqual([])
})

it.concurrent(
  'a refused pin is one warning, and the step succeeds with its outputs',
  async ({onTestFinished}) => {
    const world = await worldFor(onTestFinished)
    const {fake} = world
    fake.pins.refuse()
    const run = await weekly(world, 9302)
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.outputs.patterns ?? '')).toHaveLength(1)
    expect(run.outputs['learnings-pr-url']).toContain('/pull/')
    expect(warnings(run).filter(w => /pinned/.test(w))).toEqual([
      expect.stringMatching(
        /^::warning::The learnings issue #\d+ was not pinned: GitHub refused the token \(FORBIDDEN: Resource not accessible by integration\)/
      )
    ])
    expect(fake.pins.pinned()).toEqual([])
  }
)
