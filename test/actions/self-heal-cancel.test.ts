// self-heal cancelled mid-attempt (the runner's SIGINT/SIGTERM, which the run
// wrapper turns into deps.cancel), in-process on the Express fixture with its
// tests on node:test (ts-express-node-test; the runner is not the subject): the
// scripted model (a stand-in for Claude, only in tests) has written its
// reproduction test when the run is cancelled with its next request in
// flight. The request is aborted, the test file is gone (git status clean),
// nothing is pushed and no PR or tracking issue is written, and the report
// and outputs say `cancelled`.
import {afterEach, describe, expect, it} from 'vitest'
import {CancelledError} from '../../src/errors.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {isWriteRequest, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupSelfHealRuns, reportJson, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {
  EXPRESS_NODE_TEST_COMMAND,
  NODE_TAX_TEST,
  TAX_ERROR,
  taxFrames
} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo | undefined
let github: FakeGitHub | undefined
let sentry: FakeSentry | undefined
let model: FakeAnthropic | undefined
let release: () => void = () => undefined

afterEach(async () => {
  release()
  await cleanupSelfHealRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
  repo = github = sentry = model = undefined
})

describe('self-heal cancelled', () => {
  it('while the model answers: the reproduction test is reverted, nothing is written anywhere', async () => {
    repo = await createFixtureRepo('ts-express-node-test')
    github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
    await repo.git(['remote', 'add', 'origin', github.gitUrl])
    sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
    sentry.addIssue({
      eventsPerHour: 3,
      userCount: 5,
      events: [buildEvent({...TAX_ERROR, frames: taxFrames('order')})]
    })
    const controller = new AbortController()
    model = await startFakeAnthropic({
      models: 'any',
      script: async request => {
        const turn = request.messages.filter(m => m.role === 'assistant').length
        if (turn === 0)
          return toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content: NODE_TAX_TEST})
        controller.abort(new CancelledError('SIGTERM'))
        await new Promise<void>(resolve => (release = resolve))
        return textTurn('too late')
      }
    })
    const run = await runSelfHealInProcess({
      workspace: repo.dir,
      apiUrl: github.url,
      repository: 'octo-org/orders-api',
      cancel: controller.signal,
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
        'typecheck-command': 'none',
        ...EXPRESS_NODE_TEST_COMMAND
      }
    })
    expect(run.error).toBeInstanceOf(CancelledError)
    expect(run.io.outputs).toMatchObject({
      outcome: 'cancelled',
      'fixed-count': '0',
      'pr-urls': '[]'
    })
    const report = await reportJson(run)
    expect(report.journal).toContainEqual(
      expect.objectContaining({kind: 'skipped', code: 'cancelled'})
    )
    expect(report.results).toEqual([
      expect.objectContaining({
        verdict: 'not-evaluated',
        reason: expect.stringContaining('cancelled by SIGTERM')
      })
    ])
    expect(run.io.summary).toContain('cancelled by SIGTERM')
    expect(await repo.git(['status', '--porcelain'])).toBe('')
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    // No tracking issue, no comment: a cancelled run writes nothing after its report.
    expect(github.requests.filter(isWriteRequest)).toEqual([])
  })
})
