// One real heal end to end through the bundle (dist/self-heal/index.mjs), as
// a runner runs it: the Python service (real pytest, a real push to the fake
// GitHub's bare remote), and a late failure (a refused push) that keeps the
// outputs already set. Part of the end-to-end suite (`npm run test:e2e`, run
// by CI); the runner contract's quick cases are self-heal-bundle.e2e.test.ts.
//
// The heal is also issue #14's P0 path through the bundle (it was a
// run of its own, self-heal-p0-bundle.e2e.test.ts, on the ts-express
// fixture; the tax fix itself is checked in-process in
// self-heal-{fix,faults}.test.ts and through the bundle by the demo): the
// TypeError crashed the process (Python's sys.excepthook), so it is a P0 and
// next to a P2 group (a handled warning). The P0 is fixed, pushed and opened
// as a PR; an alert issue links the PR and the PR links the alert; the
// reviewers and team of the inputs and the CODEOWNERS owner of the fixed file
// are asked for review (the bot author never). The P2 group is reported
// only: no model call, no PR, no alert. The daily cap and "no empty branch"
// are shown in-process (self-heal-severity.test.ts).
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  buildEvent,
  buildFrame,
  type FakeSentry,
  type SentryIssue,
  startFakeSentry
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {type ActionRun} from '../harness/run-action.js'
import {perSession} from '../harness/scripted-sessions.js'
import {
  errors,
  runSelfHeal as run,
  SIDE_BY_SIDE,
  type World,
  worldFor
} from '../harness/self-heal-bundle-world.js'

const TIP_TEST = `from splitbill.tip import add_tip


def test_no_tip_given_adds_nothing():
    assert add_tip(1000, None) == 1000
`

function hasPytest(): boolean {
  return spawnSync('python3', ['-m', 'pytest', '--version']).status === 0
}

interface PythonWorld {
  world: World
  repo: FixtureRepo
  github: FakeGitHub
  sentry: FakeSentry
  model: FakeAnthropic
  issue: SentryIssue
  /** The P2 group next to it (only in the P0 world). */
  warning?: SentryIssue
}

/**
 * A production TypeError reported by the Sentry Python SDK, and a model that heals it.
 * `p0`: the TypeError crashed the process (sys.excepthook) and a handled warning is
 * reported too; the repository has CODEOWNERS (alice owns everything, carol src/) and
 * the fake GitHub knows alice, carol and the backend team.
 */
async function pythonWorld(world: World, p0 = false): Promise<PythonWorld> {
  const repo = (world.repo = await createFixtureRepo('python-pytest', {
    files: p0 ? {'.github/CODEOWNERS': '* @alice\n/src/ @carol\n'} : {}
  }))
  const github = (world.github = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'splitbill',
    seedFrom: repo.dir
  }))
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  if (p0) {
    for (const login of ['alice', 'carol']) github.state.addCollaborator(login)
    github.state.addTeam('backend')
  }
  const sentry = (world.sentry = await startFakeSentry({
    org: 'acme',
    tokens: {'sentry-token': {kind: 'integration'}}
  }))
  const issue = sentry.addIssue({
    eventsPerHour: 4,
    events: [
      buildEvent({
        platform: 'python',
        type: 'TypeError',
        value: "'<' not supported between instances of 'NoneType' and 'int'",
        mechanism: p0 ? {type: 'excepthook', handled: false} : {type: 'django', handled: false},
        frames: [
          buildFrame({
            filename: 'django/core/handlers/exception.py',
            absPath: '/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py',
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
  const warning = p0
    ? sentry.addIssue({
        eventsPerHour: 6,
        userCount: 40,
        events: [
          buildEvent({
            platform: 'python',
            type: 'UserWarning',
            value: 'tip presets fell back to the defaults',
            level: 'warning',
            mechanism: {type: 'generic', handled: true},
            frames: [
              buildFrame({
                filename: 'splitbill/split.py',
                absPath: '/app/src/splitbill/split.py',
                module: 'splitbill.split',
                function: 'split_evenly',
                lineNo: 5,
                inApp: true
              })
            ]
          })
        ]
      })
    : undefined
  const model = (world.model = await startFakeAnthropic({
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
  }))
  return {world, repo, github, sentry, model, issue, warning}
}

/** Reviewers for the P0 world: the inputs (with the bot, never asked), the team, CODEOWNERS. */
const REVIEW_INPUTS = {
  reviewers: 'alice, github-actions',
  'team-reviewers': 'octo-org/backend',
  'request-codeowners': 'true'
}

function healPython(w: PythonWorld, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return run(w.world, {
    workspace: w.repo.dir,
    apiUrl: w.github.url,
    repository: 'octo-org/splitbill',
    inputs: {
      'sentry-url': w.sentry.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      'github-token': 'ghs_python',
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': w.model.url,
      ...inputs
    }
  })
}

interface Entry {
  shortId: string
  severity: string
  decision: string
  reason: string
  files: string[]
}

describe.concurrent(
  'self-heal bundle: a real heal on a Python service (pytest, scripted model)',
  SIDE_BY_SIDE,
  () => {
    it.skipIf(!hasPytest())(
      'maps Python frames, reproduces the TypeError with a pytest test, and fixes it without touching the unrelated red test; as a P0: alert issue and PR linked both ways, reviewers asked, the P2 reported only',
      async ({onTestFinished}) => {
        const python = await pythonWorld(worldFor(onTestFinished), true)
        const {github, model, issue, warning} = python
        const r = await healPython(python, REVIEW_INPUTS)
        expect(r.code, r.stdout + r.stderr).toBe(0)
        const triage = JSON.parse(r.outputs.triage!) as Entry[]
        const entryOf = (i: SentryIssue): Entry => triage.find(e => e.shortId === i.shortId)!
        expect(entryOf(issue)).toMatchObject({
          severity: 'P0',
          decision: 'fix',
          files: ['src/splitbill/tip.py']
        })
        expect(r.outputs.outcome).toBe('fixed')
        // The base commit was already red (the planted split test): said, and not made worse.
        expect(r.summary).toMatch(/already fail on the base commit/)
        expect(github.state.pulls).toHaveLength(1)
        const pr = github.state.pulls[0]!
        expect(pr.head).toBe(`fix/sentry-${issue.shortId}`)
        expect(github.git.readFile(pr.head, 'tests/test_sentry_tip.py')).toBe(TIP_TEST)
        expect(github.git.readFile(pr.head, 'src/splitbill/tip.py')).toContain(
          'if percent is None:'
        )
        expect(github.git.readFile(pr.head, 'src/splitbill/split.py')).toBe(
          github.git.readFile('main', 'src/splitbill/split.py')
        )
        expect(github.state.issue(pr.number)!.body).toContain("TypeError: '<' not supported")
        expect(r.groups).toContain(`Heal ${issue.shortId}`)
        expect(JSON.parse(r.outputs['pr-urls']!)).toEqual([
          `${github.serverUrl}/octo-org/splitbill/pull/${pr.number}`
        ])

        // The P2 group: reported, never sent to the model, no PR, no alert.
        const p2 = entryOf(warning!)
        expect(p2).toMatchObject({severity: 'P2', decision: 'skip'})
        expect(p2.reason).toMatch(/^P2 by default rule \d+ \(.*warning/)
        expect(r.summary).toContain(warning!.shortId)
        expect(model.requests.some(q => JSON.stringify(q).includes('tip presets fell back'))).toBe(
          false
        )
        expect(github.state.issues.some(i => i.title.includes(warning!.shortId))).toBe(false)

        // One alert issue, for the P0, linking the PR; the PR links the alert.
        const alerts = github.state.issues.filter(
          i => !i.is_pull_request && i.title.includes(': P0 ')
        )
        expect(alerts).toHaveLength(1)
        const alert = alerts[0]!
        expect(alert.title).toContain(issue.shortId)
        expect(alert.body).toContain(`/pull/${pr.number}`)
        const links = github.state
          .commentsOn(pr.number)
          .filter(c => c.body.includes(`<!-- ci-medic:p0-alert #${alert.number} -->`))
        expect(links).toHaveLength(1)
        expect(links[0]!.body).toContain(`alerted as well: #${alert.number}.`)
        expect(JSON.parse(r.outputs.alerts!)).toEqual([
          `${github.serverUrl}/octo-org/splitbill/issues/${alert.number}`
        ])

        // Reviewers: alice (input, also the catch-all owner of the test file), carol (owns
        // src/, so the fixed tip.py), the backend team; never the bot author.
        expect([...pr.requested_reviewers].sort()).toEqual(['alice', 'carol'])
        expect(pr.requested_teams).toEqual(['backend'])
        expect(
          r.annotations.filter(a => a.level === 'warning').map(a => a.message)
        ).not.toContainEqual(expect.stringMatching(/review/i))
      }
    )

    it.skipIf(!hasPytest())(
      'a refused push fails the step with one error naming the permission, after the outputs, summary and tracking issue',
      async ({onTestFinished}) => {
        const python = await pythonWorld(worldFor(onTestFinished))
        const {github, issue} = python
        github.setPermissions({contents: 'read'})
        const r = await healPython(python)
        expect(r.code).toBe(1)
        expect(errors(r)).toHaveLength(1)
        expect(errors(r)[0]).toMatch(
          new RegExp(
            `Pushing fix/sentry-${issue.shortId} was refused: the token needs 'contents: write'`
          )
        )
        expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
        // The outputs the step reported before failing are kept, not reset to their failure values.
        expect(r.outputs['fixed-count']).toBe('0')
        expect(r.outputs.outcome).toBe('not-fixed')
        expect(JSON.parse(r.outputs.triage!)).toHaveLength(1)
        expect(Number(r.outputs['input-tokens'])).toBeGreaterThan(0)
        expect(r.summary).toMatch(/verified, but not published/)
        expect(github.state.pulls).toHaveLength(0)
        expect(github.state.issues.some(i => i.labels.includes('ci-medic-self-heal'))).toBe(true)
      }
    )
  }
)
