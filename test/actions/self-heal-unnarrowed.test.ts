// self-heal on a project whose test runner cannot run one test file (node:test here; mocha or
// a plain `npm test` script alike): the reproduction test's command is the whole suite. With
// an unrelated test already failing on the base commit, that command fails whatever the fix
// does, so its exit code cannot judge the fix: before this test, every attempt was reverted
// as "the reproduction test still fails". The full checks on a clean checkout judge it
// instead: nothing new against the baseline, the reproduction test gone from the parsed
// failures, and the production error nowhere in them.
// In-process (runSelfHeal on deps built as the runner builds them) on the
// ts-express-node-test fixture with one more failing test committed, the fake Sentry and
// GitHub, and a scripted model (a stand-in for Claude, only in tests).
import {afterEach, expect, it} from 'vitest'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupSelfHealRuns,
  reportJson,
  runSelfHealInProcess,
  type InProcessRun
} from '../harness/self-heal-run.js'
import {perSession} from '../harness/scripted-sessions.js'
import {
  EXPRESS_NODE_TEST_COMMAND,
  NODE_TAX_TEST,
  TAX_ERROR,
  taxFrames,
  topFrameIs
} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo | undefined
let github: FakeGitHub | undefined
let sentry: FakeSentry | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupSelfHealRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
  repo = github = sentry = model = undefined
})

/** Fails on the base commit, and has nothing to do with tax. */
const CLOCK_TEST = `import assert from 'node:assert/strict'
import {test} from 'node:test'

test('the warehouse clock agrees with itself', () => {
  assert.equal(1, 2)
})
`

const replaceRate = (by: string): Turn =>
  toolTurn('replace_in_file', {
    path: 'src/tax.ts',
    old_string: 'const rate = RATES[region].rate',
    new_string: by
  })

/** The fix step's attempts, in order: one that changes nothing that matters, one that
 * charges no tax anywhere (another test breaks), then the right one. */
const FIX_ATTEMPTS: Turn[][] = [
  [
    replaceRate('const rate = RATES[region].rate // the region comes from the request'),
    textTurn('Commented.')
  ],
  [replaceRate('const rate = 0 * (RATES[region]?.rate ?? 0)'), textTurn('No tax.')],
  [
    replaceRate('const rate = RATES[region]?.rate ?? 0'),
    textTurn('Unknown regions get a rate of 0.')
  ]
]

/** The scripted model: the attempt is told by how many earlier ones the prompt lists. */
function sessionTurns(task: string): Turn[] {
  if (!topFrameIs(task, 'taxFor')) return [textTurn('Not here.')]
  if (task.startsWith('Reproduce this production error'))
    return [
      toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content: NODE_TAX_TEST}),
      textTurn('A region without a rate makes taxFor read .rate of undefined.')
    ]
  const earlier = task.match(/^Attempt \d+: /gm)?.length ?? 0
  return FIX_ATTEMPTS[Math.min(earlier, FIX_ATTEMPTS.length - 1)]!
}

async function world(): Promise<void> {
  repo = await createFixtureRepo('ts-express-node-test', {
    files: {'test/clock.test.ts': CLOCK_TEST}
  })
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  sentry.addIssue({
    eventsPerHour: 3,
    events: [buildEvent({...TAX_ERROR, frames: taxFrames('quote')})]
  })
  model = await startFakeAnthropic({models: 'any', script: perSession(sessionTurns)})
}

async function selfHeal(inputs: Record<string, string>): Promise<InProcessRun> {
  return runSelfHealInProcess({
    workspace: repo!.dir,
    apiUrl: github!.url,
    repository: 'octo-org/orders-api',
    inputs: {
      'sentry-url': sentry!.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      'github-token': 'ghs_unnarrowed',
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model!.url,
      // The judgement of the test run is the subject; lint and typecheck cannot change it.
      'lint-command': 'none',
      'typecheck-command': 'none',
      ...EXPRESS_NODE_TEST_COMMAND,
      ...inputs
    }
  })
}

it('fixes a production error though another test fails on the base commit, and reverts the fixes that do not fix it or break something', async () => {
  await world()
  const run = await selfHeal({'max-attempts-per-failure': '3'})
  expect(run.error).toBeUndefined()
  expect((await reportJson(run)).results, run.io.summary).toEqual([
    expect.objectContaining({verdict: 'fixed'})
  ])
  expect(run.io.outputs.outcome).toBe('fixed')
  expect(run.io.outputs['fixed-count']).toBe('1')

  // The PR holds the reproduction test and the right fix; the clock test is still a person's.
  expect(github!.state.pulls).toHaveLength(1)
  const head = github!.state.pulls[0]!.head
  expect(github!.git.readFile(head, 'test/sentry-tax.test.ts')).toBe(NODE_TAX_TEST)
  expect(github!.git.readFile(head, 'src/tax.ts')).toContain('RATES[region]?.rate ?? 0')
  expect(github!.git.readFile(head, 'src/tax.ts')).not.toContain('0 * (')
  expect(github!.git.readFile(head, 'test/clock.test.ts')).toBe(CLOCK_TEST)

  // The first two attempts were reverted, each for its own reason, as the next prompt says.
  const lastFixTask = model!.requests
    .map(r => JSON.stringify(r))
    .filter(r => r.includes('Attempt 2: '))
    .at(-1)
  expect(lastFixTask).toMatch(/Attempt 1: [^]*the reproduction test still fails/)
  expect(lastFixTask).toMatch(/Attempt 2: [^]*it broke [^]*GET \/orders\/:id\/total/)
  expect(await repo!.git(['status', '--porcelain'])).toBe('')
}, 180_000)
