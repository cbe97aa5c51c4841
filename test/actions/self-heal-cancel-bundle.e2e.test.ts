// self-heal cancelled through the bundle (dist/self-heal/index.mjs), as a
// runner cancels a step: SIGTERM while the reproduction test the scripted
// model (a stand-in for Claude, only in tests) wrote hangs. The process exits
// 143 (its own 6 s deadline keeps it inside the runner's 7.5 s; not timed
// here) with every output set (outcome: cancelled),
// the test file reverted, no process of the test left, nothing pushed.
import type {ChildProcess} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {SELF_HEAL_FAILURE_OUTPUTS} from '../../src/actions/failure-outputs.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {processesWith, uniqueSleep, until} from '../harness/processes.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {TAX_ERROR, taxFrames} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo | undefined
let github: FakeGitHub | undefined
let sentry: FakeSentry | undefined
let model: FakeAnthropic | undefined
const runs: ActionRun[] = []

afterEach(async () => {
  await Promise.all(runs.splice(0).map(cleanupRun))
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
  repo = github = sentry = model = undefined
})

describe('self-heal bundle: cancellation', () => {
  it('SIGTERM while the reproduction test hangs: exit 143, outcome cancelled, nothing left behind', async () => {
    const token = uniqueSleep()
    repo = await createFixtureRepo('ts-express')
    github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
    await repo.git(['remote', 'add', 'origin', github.gitUrl])
    sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
    sentry.addIssue({
      eventsPerHour: 3,
      userCount: 5,
      events: [buildEvent({...TAX_ERROR, frames: taxFrames('order')})]
    })
    const hangingTest = `import {execSync} from 'node:child_process'
import {it} from 'vitest'

it('reproduces the tax error', () => {
  execSync('sleep ${token}')
})
`
    model = await startFakeAnthropic({
      models: 'any',
      script: request => {
        const turn = request.messages.filter(m => m.role === 'assistant').length
        if (turn === 0)
          return toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content: hangingTest})
        if (turn === 1) return toolTurn('run_affected_test', {})
        return textTurn('done')
      }
    })
    let child: ChildProcess | undefined
    const running = runAction('self-heal', {
      workspace: repo.dir,
      apiUrl: github.url,
      repository: 'octo-org/orders-api',
      inputs: {
        'sentry-url': sentry.url,
        'sentry-token': 'sentry-token',
        'sentry-org': 'acme',
        period: '7d',
        mode: 'fix',
        'github-token': 'ghs_selfhealtoken',
        'anthropic-api-key': 'test-key',
        'anthropic-base-url': model.url,
        // The cancellation comes during the reproduction: the base commit's eslint and tsc
        // (about 5 CPU s here) are not what this test is about (self-heal-fix checks them).
        'lint-command': 'none',
        'typecheck-command': 'none'
      },
      onSpawn: c => (child = c)
    })
    await until(async () => (await processesWith(token)).length > 0, 180_000)
    child!.kill('SIGTERM')
    const r = await running
    runs.push(r)
    expect(r.code).toBe(143)
    expect(await processesWith(token)).toEqual([])
    const errors = r.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toEqual([expect.stringMatching(/^ci-medic self-heal: cancelled by SIGTERM; /)])
    expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(SELF_HEAL_FAILURE_OUTPUTS).sort())
    expect(r.outputs).toMatchObject({outcome: 'cancelled', 'fixed-count': '0', 'pr-urls': '[]'})
    expect(r.summary).toContain('cancelled by SIGTERM')
    expect(r.groups).toContain('Report')
    expect(r.groups).not.toContain('Write the tracking issue')
    expect(await repo.git(['status', '--porcelain'])).toBe('')
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
  })
})
