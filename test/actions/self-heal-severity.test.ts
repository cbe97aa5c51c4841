// self-heal's severities in a run, in-process (runSelfHeal on deps built as
// the runner builds them), on a checkout of the Express fixture against the
// fake Sentry, the fake GitHub (with its bare git remote) and the fake
// Anthropic API running a scripted model — a stand-in for Claude, only in
// tests — whose tests and fixes are checked by the fixture's real test run:
// ts-express-node-test's node:test (the runner is not the subject here, and
// a node:test run costs a fraction of a vitest one; self-heal-fix.test.ts
// keeps vitest). Lint and typecheck are off: no scenario here is about them,
// and each run of eslint and tsc costs about 5 CPU s; self-heal-fix runs them.
//
// - P0 = fix + alert: an uncaught exception (a crash) gets its PR and an
//   alert issue that links the PR; a re-run of the same workflow run raises
//   nothing new. A rare unhandled rejection in background work is P2: it is
//   reported, never attempted, never alerted.
// - The daily cap: with five self-heal PRs opened in the last 24 hours, the
//   sixth is not attempted ("over the daily cap", tried in a later run).
// - No empty branches: when nothing is reproduced (a dry run too), no
//   fix/sentry-* branch is left in the checkout.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {BOT_USER} from '../fakes/github/state.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  buildEvent,
  startFakeSentry,
  type FakeSentry,
  type SentryIssue
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupSelfHealRuns,
  reportJson,
  runSelfHealInProcess,
  type InProcessRun
} from '../harness/self-heal-run.js'
import {perSession} from '../harness/scripted-sessions.js'
import {
  discountFrames,
  EXPRESS_NODE_TEST_COMMAND,
  TAX_ERROR,
  taxFrames,
  taxSessionTurns,
  USERS_ERROR,
  usersFrames
} from '../harness/ts-express-sentry.js'

const TOKEN = 'ghs_selfhealtoken'

interface Entry {
  shortId: string
  severity: string
  decision: string
  reason: string
}

interface World {
  repo: FixtureRepo
  github: FakeGitHub
  sentry: FakeSentry
  model: FakeAnthropic
}

async function startWorld(
  seed: (sentry: FakeSentry) => void,
  sessions: Parameters<typeof perSession>[0]
): Promise<World> {
  const repo = await createFixtureRepo('ts-express-node-test')
  const github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  const sentry = await startFakeSentry({
    org: 'acme',
    tokens: {'sentry-token': {kind: 'integration'}}
  })
  seed(sentry)
  const model = await startFakeAnthropic({models: 'any', script: perSession(sessions)})
  return {repo, github, sentry, model}
}

async function stopWorld(world: World | undefined): Promise<void> {
  if (!world) return
  await Promise.all([world.github.close(), world.sentry.close(), world.model.close()])
  await world.repo.cleanup()
}

function selfHeal(
  world: World,
  options: {runId: number; inputs?: Record<string, string>}
): Promise<InProcessRun> {
  return runSelfHealInProcess({
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    repository: 'octo-org/orders-api',
    runId: options.runId,
    inputs: {
      'sentry-url': world.sentry.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      period: '7d',
      'github-token': TOKEN,
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': world.model.url,
      'lint-command': 'none',
      'typecheck-command': 'none',
      ...EXPRESS_NODE_TEST_COMMAND,
      ...options.inputs
    }
  })
}

const entryOf = (run: InProcessRun, issue: SentryIssue): Entry =>
  (JSON.parse(run.io.outputs.triage!) as Entry[]).find(e => e.shortId === issue.shortId)!

afterAll(async () => {
  await cleanupSelfHealRuns()
})

describe('P0 = fix + alert; P2 is reported only', () => {
  let world: World
  let crash: SentryIssue
  let background: SentryIssue

  beforeAll(async () => {
    world = await startWorld(
      sentry => {
        // The tax bug, thrown outside any handler: the process crashed.
        crash = sentry.addIssue({
          eventsPerHour: 2,
          userCount: 2,
          events: [
            buildEvent({
              ...TAX_ERROR,
              mechanism: {type: 'auto.node.onuncaughtexception', handled: false},
              frames: taxFrames('order')
            })
          ]
        })
        // The discount bug as fire-and-forget work: an unhandled rejection, no request, once an hour.
        background = sentry.addIssue({
          eventsPerHour: 1,
          userCount: 1,
          events: [
            buildEvent({
              type: 'TypeError',
              value: 'tiers is not iterable',
              mechanism: {type: 'auto.node.onunhandledrejection', handled: false},
              request: null,
              transaction: null,
              contexts: {runtime: {name: 'node', version: 'v24.11.0', type: 'runtime'}},
              frames: discountFrames()
            })
          ]
        })
      },
      task => taxSessionTurns(task, 'node') ?? [textTurn('Not attempted in this scenario.')]
    )
  }, 60_000)

  afterAll(() => stopWorld(world))

  it('fixes the P0 crash with a PR, opens an alert issue linking it, and only reports the P2', async () => {
    const run = await selfHeal(world, {runId: 501})
    expect(run.error).toBeUndefined()

    const p0 = entryOf(run, crash)
    expect(p0).toMatchObject({severity: 'P0', decision: 'fix'})
    expect(p0.reason).toMatch(
      /^P0 by default rule 1 \(process crash; signals: mechanism auto\.node\.onuncaughtexception\)/
    )
    const p2 = entryOf(run, background)
    expect(p2).toMatchObject({severity: 'P2', decision: 'skip'})
    expect(p2.reason).toMatch(/^P2 by default rule 9 \(background work; .*reported, not fixed/)

    // One PR: the P0's. The P2 never reached the model.
    const {github} = world
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    const prUrl = (JSON.parse(run.io.outputs['pr-urls']!) as string[])[0]!
    expect(github.state.issue(pr.number)!.body).toContain(`Fixes ${crash.shortId}`)
    expect(
      world.model.requests.some(r => JSON.stringify(r).includes('tiers is not iterable'))
    ).toBe(false)

    // One alert issue, for the P0, linking its PR; none for the P2.
    const alerts = github.state.issues.filter(
      i => i.labels.includes('ci-medic') && !i.is_pull_request
    )
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.title).toBe(`Sentry ${crash.shortId}: P0 TypeError in taxFor`)
    expect(alerts[0]!.body).toContain(`- Fix: fix PR ${prUrl}`)
    expect(alerts[0]!.body).toContain('the process crashed or restarted')
    const alertUrls = JSON.parse(run.io.outputs.alerts!) as string[]
    expect(alertUrls).toHaveLength(1)
    expect(alertUrls[0]).toMatch(new RegExp(`/issues/${alerts[0]!.number}$`))
    expect(run.io.groups).toContain('Raise P0 alerts')
  })

  it('a re-run of the same workflow run opens no second alert issue and adds no comment', async () => {
    const alert = world.github.state.issues.find(i => i.title.includes(': P0 '))!
    const comments = world.github.state.commentsOn(alert.number).length
    const run = await selfHeal(world, {runId: 501})
    expect(run.error).toBeUndefined()
    expect(world.github.state.issues.filter(i => i.title.includes(': P0 '))).toHaveLength(1)
    expect(world.github.state.commentsOn(alert.number)).toHaveLength(comments)
    expect(world.github.state.pulls).toHaveLength(1)
  })
})

describe('the daily cap, and no empty branches', () => {
  let world: World
  let users: SentryIssue

  beforeAll(async () => {
    world = await startWorld(
      sentry => {
        // An Express 500: P1, to fix.
        users = sentry.addIssue({
          eventsPerHour: 2,
          userCount: 3,
          events: [buildEvent({...USERS_ERROR, frames: usersFrames()})]
        })
      },
      () => [textTurn('I cannot reproduce this error from the event alone.')]
    )
    const {state} = world.github
    const day = 86_400_000
    // Five self-heal PRs opened by the token in the last 24 hours (one merged, one closed)…
    for (let n = 1; n <= 5; n += 1) {
      const {issue} = state.addPullRequest({
        title: `fix: [Sentry-OLD-${n}] earlier fix`,
        head: `fix/sentry-OLD-${n}`,
        user: BOT_USER.login,
        state: n === 5 ? 'closed' : 'open'
      })
      issue.created_at = new Date(Date.now() - n * 3_600_000).toISOString()
    }
    // … and two that do not count: one older than a day, one a person opened.
    const old = state.addPullRequest({title: 'old', head: 'fix/sentry-OLD-9', user: BOT_USER.login})
    old.issue.created_at = new Date(Date.now() - 2 * day).toISOString()
    state.addPullRequest({title: 'by hand', head: 'fix/sentry-HAND-1', user: 'octocat'})
  }, 60_000)

  afterAll(() => stopWorld(world))

  it('does not attempt the sixth PR of the day: over the daily cap, tried in a later run', async () => {
    const pullsBefore = world.github.state.pulls.length
    const run = await selfHeal(world, {runId: 601})
    expect(run.error).toBeUndefined()
    expect(entryOf(run, users)).toMatchObject({severity: 'P1', decision: 'fix'})
    const report = await reportJson(run)
    expect(JSON.stringify(report)).toContain(
      'over the daily cap: 5 self-heal PR(s) opened in the last 24 hours, max-prs-per-day is 5; tried in a later run'
    )
    expect(world.model.calls).toBe(0)
    expect(world.github.state.pulls).toHaveLength(pullsBefore)
    expect(run.io.summary).toContain('over the daily cap')
    expect(run.io.warnings().join('\n')).toContain('over the daily cap')
  })

  it('opens nothing when the PRs of the day cannot be counted, and names the permission', async () => {
    world.github.setPermissions({pullRequests: 'none'})
    try {
      const run = await selfHeal(world, {runId: 604, inputs: {'max-prs-per-day': '50'}})
      expect(run.error).toBeUndefined()
      expect(run.io.warnings().join('\n')).toMatch(
        /self-heal PRs of the last 24 hours could not be counted .*pull-requests: read.*no PR is opened/
      )
      expect(JSON.stringify(await reportJson(run))).toContain(
        'not attempted: the PRs of the last 24 hours could not be counted for max-prs-per-day'
      )
      expect(world.model.calls).toBe(0)
    } finally {
      world.github.setPermissions({pullRequests: 'write'})
    }
  })

  it('leaves no fix/sentry-* branch in the checkout when nothing is reproduced, in a dry run too', async () => {
    for (const [runId, dryRun] of [
      [602, 'true'],
      [603, 'false']
    ] as const) {
      const run = await selfHeal(world, {
        runId,
        inputs: {'max-prs-per-day': '6', 'max-attempts-per-failure': '1', 'dry-run': dryRun}
      })
      expect(run.error).toBeUndefined()
      const report = JSON.stringify(await reportJson(run))
      expect(report).toContain('not-reproduced')
      expect(await world.repo.git(['branch', '--list', 'fix/sentry-*'])).toBe('')
      expect(await world.repo.git(['symbolic-ref', '--short', 'HEAD'])).toBe(world.repo.branch)
      expect(await world.repo.git(['status', '--porcelain'])).toBe('')
    }
    expect(world.model.calls).toBeGreaterThan(0)
    expect(
      world.github.state.pulls.filter(p => p.head.startsWith('fix/sentry-USERS'))
    ).toHaveLength(0)
  })
})
