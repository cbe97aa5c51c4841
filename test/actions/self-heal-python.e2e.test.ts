// self-heal on a Python service: a production TypeError reported by the
// Sentry Python SDK (module paths, `splitbill/tip.py`) is mapped to the
// repository, reproduced with a new pytest test that fails with the same
// TypeError, fixed, and verified by real pytest, while the fixture's own
// unrelated failing test (already red on the base commit) is left alone and
// not made worse. The scripted model is a stand-in for Claude, only in tests.
import {spawnSync} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, buildFrame, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {perSession} from '../harness/scripted-sessions.js'

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

const TIP_TEST = `from splitbill.tip import add_tip


def test_no_tip_given_adds_nothing():
    assert add_tip(1000, None) == 1000
`

function hasPytest(): boolean {
  return spawnSync('python3', ['-m', 'pytest', '--version']).status === 0
}

describe('self-heal on a Python service (pytest, scripted model)', () => {
  it.skipIf(!hasPytest())(
    'maps Python frames, reproduces the TypeError with a pytest test, and fixes it without touching the unrelated red test',
    async () => {
      repo = await createFixtureRepo('python-pytest')
      github = await startFakeGitHub({owner: 'octo-org', repo: 'splitbill', seedFrom: repo.dir})
      await repo.git(['remote', 'add', 'origin', github.gitUrl])
      sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
      const issue = sentry.addIssue({
        eventsPerHour: 4,
        events: [
          buildEvent({
            platform: 'python',
            type: 'TypeError',
            value: "'<' not supported between instances of 'NoneType' and 'int'",
            mechanism: {type: 'django', handled: false},
            frames: [
              buildFrame({
                filename: 'django/core/handlers/exception.py',
                absPath:
                  '/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py',
                module: 'django.core.handlers.exception',
                function: 'inner',
                lineNo: 55,
                inApp: false
              }),
              buildFrame({
                filename: 'splitbill/tip.py',
                absPath: '/app/src/splitbill/tip.py',
                module: 'splitbill.tip',
                function: 'add_tip',
                lineNo: 8,
                inApp: true,
                contextLine: '    if percent < 0:'
              })
            ]
          })
        ]
      })
      model = await startFakeAnthropic({
        models: 'any',
        script: perSession(task =>
          task.startsWith('Reproduce this production error')
            ? [
                toolTurn('write_file', {path: 'tests/test_sentry_tip.py', content: TIP_TEST}),
                textTurn('A bill paid without a tip passes percent=None.')
              ]
            : [
                toolTurn('replace_in_file', {
                  path: 'src/splitbill/tip.py',
                  old_string:
                    'def add_tip(subtotal: int, percent: float) -> int:\n    """The subtotal plus a `percent` tip, rounded half up to the cent."""\n',
                  new_string:
                    'def add_tip(subtotal: int, percent: float | None) -> int:\n    """The subtotal plus a `percent` tip, rounded half up to the cent."""\n    if percent is None:\n        return subtotal\n'
                }),
                textTurn('No tip given means no tip.')
              ]
        )
      })
      const run = await runAction('self-heal', {
        workspace: repo.dir,
        apiUrl: github.url,
        repository: 'octo-org/splitbill',
        inputs: {
          'sentry-url': sentry.url,
          'sentry-token': 'sentry-token',
          'sentry-org': 'acme',
          'github-token': 'ghs_python',
          'anthropic-api-key': 'test-key',
          'anthropic-base-url': model.url
        }
      })
      runs.push(run)
      expect(run.code, run.stdout + run.stderr).toBe(0)
      const [entry] = JSON.parse(run.outputs.triage!) as {decision: string; files: string[]}[]
      expect(entry).toMatchObject({decision: 'fix', files: ['src/splitbill/tip.py']})
      expect(run.outputs.outcome).toBe('fixed')
      // The base commit was already red (the planted split test): said, and not made worse.
      expect(run.summary).toMatch(/already fail on the base commit/)
      const pr = github.state.pulls[0]!
      expect(pr.head).toBe(`fix/sentry-${issue.shortId}`)
      expect(github.git.readFile(pr.head, 'tests/test_sentry_tip.py')).toBe(TIP_TEST)
      expect(github.git.readFile(pr.head, 'src/splitbill/tip.py')).toContain('if percent is None:')
      expect(github.git.readFile(pr.head, 'src/splitbill/split.py')).toBe(
        github.git.readFile('main', 'src/splitbill/split.py')
      )
      expect(github.state.issue(pr.number)!.body).toContain("TypeError: '<' not supported")
    },
    120_000
  )
})
