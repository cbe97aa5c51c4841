// Issue #14 through the bundle (dist/self-heal/index.mjs), as a runner runs it:
// a Sentry project with a P0 group (the tax bug thrown outside any handler:
// the process crashed) and a P2 group (a handled error at level warning).
// The P0 group is reproduced and fixed by the scripted model (a stand-in for
// Claude, only in tests) against real vitest, eslint and tsc, pushed to the
// fake GitHub's bare remote and opened as a PR; an alert issue links the PR
// and the PR links the alert; the reviewers and team of the inputs and the
// CODEOWNERS owner of the fixed file are asked for review (the bot author
// never). The P2 group is reported only: no model call, no PR, no alert.
// The daily cap and "no empty branch" are shown in-process
// (self-heal-severity.test.ts).
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  buildEvent,
  startFakeSentry,
  type FakeSentry,
  type SentryIssue
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {perSession} from '../harness/scripted-sessions.js'
import {
  discountFrames,
  TAX_ERROR,
  taxFrames,
  taxSessionTurns
} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo
let github: FakeGitHub
let sentry: FakeSentry
let model: FakeAnthropic
let crash: SentryIssue
let warning: SentryIssue
let run: ActionRun

interface Entry {
  shortId: string
  severity: string
  decision: string
  reason: string
}

beforeAll(async () => {
  repo = await createFixtureRepo('ts-express')
  // The repository's CODEOWNERS: carol owns src/, so she is asked to review a fix there.
  await mkdir(join(repo.dir, '.github'), {recursive: true})
  await writeFile(join(repo.dir, '.github', 'CODEOWNERS'), '* @alice\n/src/ @carol\n')
  await repo.git(['add', '.github/CODEOWNERS'])
  await repo.git(['commit', '-m', 'CODEOWNERS'])
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  for (const login of ['alice', 'carol']) github.state.addCollaborator(login)
  github.state.addTeam('backend')

  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
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
  warning = sentry.addIssue({
    eventsPerHour: 6,
    userCount: 40,
    events: [
      buildEvent({
        type: 'Error',
        value: 'discount tiers fell back to the defaults',
        level: 'warning',
        mechanism: {type: 'generic', handled: true},
        frames: discountFrames()
      })
    ]
  })
  model = await startFakeAnthropic({
    models: 'any',
    script: perSession(task => taxSessionTurns(task) ?? [textTurn('Not attempted here.')])
  })

  run = await runAction('self-heal', {
    workspace: repo.dir,
    apiUrl: github.url,
    repository: 'octo-org/orders-api',
    inputs: {
      'sentry-url': sentry.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      period: '7d',
      'github-token': 'ghs_selfhealtoken',
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model.url,
      reviewers: 'alice, github-actions',
      'team-reviewers': 'octo-org/backend',
      'request-codeowners': 'true'
    }
  })
}, 180_000)

afterAll(async () => {
  await cleanupRun(run)
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
})

const entryOf = (issue: SentryIssue): Entry =>
  (JSON.parse(run.outputs.triage!) as Entry[]).find(e => e.shortId === issue.shortId)!

describe('self-heal bundle: P0 = fix + alert, P2 reported only, reviewers requested', () => {
  it('exits 0 with the P0 fixed and the P2 reported', () => {
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(entryOf(crash)).toMatchObject({severity: 'P0', decision: 'fix'})
    const p2 = entryOf(warning)
    expect(p2).toMatchObject({severity: 'P2', decision: 'skip'})
    expect(p2.reason).toMatch(/^P2 by default rule \d+ \(.*warning/)
    expect(run.outputs.outcome).toBe('fixed')
    expect(run.summary).toContain(warning.shortId)
  })

  it('opens one PR, for the P0 group only, with its reproduction test and fix pushed', () => {
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.head).toBe(`fix/sentry-${crash.shortId}`)
    expect(github.git.readFile(pr.head, 'src/tax.ts')).toContain('RATES[region]?.rate ?? 0')
    expect(JSON.parse(run.outputs['pr-urls']!)).toEqual([
      `${github.serverUrl}/octo-org/orders-api/pull/${pr.number}`
    ])
    expect(model.requests.some(r => JSON.stringify(r).includes('discount tiers fell back'))).toBe(
      false
    )
  })

  it('opens one alert issue, for the P0, linking the PR; the PR links the alert', () => {
    const pr = github.state.pulls[0]!
    const alerts = github.state.issues.filter(i => !i.is_pull_request && i.title.includes(': P0 '))
    expect(alerts).toHaveLength(1)
    const alert = alerts[0]!
    expect(alert.title).toContain(crash.shortId)
    expect(alert.body).toContain(`/pull/${pr.number}`)
    expect(github.state.issues.some(i => i.title.includes(warning.shortId))).toBe(false)
    const links = github.state
      .commentsOn(pr.number)
      .filter(c => c.body.includes(`<!-- ci-medic:p0-alert #${alert.number} -->`))
    expect(links).toHaveLength(1)
    expect(links[0]!.body).toContain(`alerted as well: #${alert.number}.`)
    expect(JSON.parse(run.outputs.alerts!)).toEqual([
      `${github.serverUrl}/octo-org/orders-api/issues/${alert.number}`
    ])
  })

  it('asks the reviewers, the team and the CODEOWNERS owner of the fixed file, never the bot', () => {
    const pr = github.state.pulls[0]!
    // alice (input, also the catch-all owner of the test file), carol (owns src/tax.ts); not the bot author.
    expect([...pr.requested_reviewers].sort()).toEqual(['alice', 'carol'])
    expect(pr.requested_teams).toEqual(['backend'])
    expect(
      run.annotations.filter(a => a.level === 'warning').map(a => a.message)
    ).not.toContainEqual(expect.stringMatching(/review/i))
  })
})
