// self-heal's propose/publish split (issue #10): with publish: separate-job
// the heal job (in-process, on a checkout of the Express fixture with its tests
// on node:test, ts-express-node-test, against the fake Sentry, the fake GitHub
// and the scripted model, a stand-in for Claude only in tests) reads but writes
// nothing on GitHub, and leaves a proposal: the verified branch of the P0
// crash, its PR text, the P0 alert issue and the tracking issue's update. The
// publish command, in a later job of the same run, refuses a tampered copy
// (a commit touching .github/workflows, another run, a branch that is not a
// fix/sentry-* fix), makes mentions and issue references inert, and applies
// the proposal: the PR, the alert issue linking it, the state and the report.
// A second publish of the same proposal opens nothing new.
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {inertForPublish} from '../../src/core/proposal/inert.js'
import {checkProposal, type Proposal} from '../../src/core/proposal/proposal.js'
import {parseHealState} from '../../src/core/self-heal/heal-state.js'
import {ConfigurationError} from '../../src/errors.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {isWriteRequest, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  buildEvent,
  startFakeSentry,
  type FakeSentry,
  type SentryIssue
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupPublishRuns, publishInProcess, type PublishRun} from '../harness/publish-run.js'
import {perSession} from '../harness/scripted-sessions.js'
import {cleanupSelfHealRuns, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {
  EXPRESS_NODE_TEST_COMMAND,
  TAX_ERROR,
  taxFrames,
  taxSessionTurns
} from '../harness/ts-express-sentry.js'

const RUN_ID = 7000
let repo: FixtureRepo
let github: FakeGitHub
let sentry: FakeSentry
let model: FakeAnthropic
let crash: SentryIssue
/** The proposal the heal job wrote. */
let proposalDir: string
const temps: string[] = []

beforeAll(async () => {
  repo = await createFixtureRepo('ts-express-node-test')
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  // The tax bug, thrown outside any handler: a crash, so P0 = fix + alert.
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
  model = await startFakeAnthropic({
    models: 'any',
    script: perSession(task => taxSessionTurns(task, 'node') ?? [textTurn('Not in this scenario.')])
  })
  const run = await runSelfHealInProcess({
    workspace: repo.dir,
    apiUrl: github.url,
    repository: github.fullName,
    runId: RUN_ID,
    inputs: {
      'sentry-url': sentry.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      period: '7d',
      // A read token: the heal job reads the state and the PRs of the day, and writes nothing.
      'github-token': 'ghs_readonly',
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model.url,
      publish: 'separate-job',
      // What is under test is the split, not the verification: the tests alone keep the run short.
      'lint-command': 'none',
      'typecheck-command': 'none',
      ...EXPRESS_NODE_TEST_COMMAND
    }
  })
  expect(run.error).toBeUndefined()
  expect(run.io.outputs.outcome).toBe('fixed')
  proposalDir = run.io.outputs['proposal-path']!
  expect(proposalDir).toBe(join(run.tempDir, 'ci-medic', 'proposal'))
  expect(run.io.summary).toContain('**Proposal written**')
  expect(run.io.summary).toContain('the publish job checks the proposal again, then pushes')
}, 240_000)

afterAll(async () => {
  await Promise.all(temps.map(dir => rm(dir, {recursive: true, force: true})))
  await cleanupSelfHealRuns()
  await cleanupPublishRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
})

async function readProposalFile(dir = proposalDir): Promise<Proposal> {
  return JSON.parse(await readFile(join(dir, 'proposal.json'), 'utf8')) as Proposal
}

/** A copy of the proposal, changed by `edit`. */
async function copy(edit: (p: Proposal) => void = () => undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-heal-proposal-'))
  temps.push(dir)
  await cp(proposalDir, dir, {recursive: true})
  const proposal = await readProposalFile(dir)
  edit(proposal)
  await writeFile(join(dir, 'proposal.json'), JSON.stringify(proposal))
  return dir
}

function publish(dir: string, runId = RUN_ID): Promise<PublishRun> {
  return publishInProcess(github, dir, {runId})
}

/** A refusal: one ConfigurationError, and nothing pushed or opened. */
function refusal(run: PublishRun): string {
  expect(run.error).toBeInstanceOf(ConfigurationError)
  expect(github.git.branches()).toEqual(['main'])
  expect(github.state.pulls).toHaveLength(0)
  expect(github.state.issues).toHaveLength(0)
  return (run.error as Error).message
}

const alertIssues = () => github.state.issues.filter(i => i.title.includes(': P0 '))
const trackingIssue = () => github.state.issues.find(i => i.labels.includes('ci-medic-self-heal'))

describe('the heal job (publish: separate-job)', () => {
  it('writes nothing to GitHub: no write request, no push, no PR, no issue', () => {
    const writes = github.requests.filter(
      r => isWriteRequest(r) && !r.path.startsWith(`/${github.fullName}`)
    )
    expect(writes.map(r => `${r.method} ${r.path}`)).toEqual([])
    expect(github.gitRequests.filter(r => r.service === 'git-receive-pack')).toEqual([])
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(github.state.issues).toHaveLength(0)
    // Nor a note on Sentry: the PR does not exist yet.
    expect(sentry.state.notes).toHaveLength(0)
  })

  it('proposes the verified branch, its PR, the P0 alert and the report', async () => {
    const proposal = await readProposalFile()
    expect(proposal).toMatchObject({kind: 'self-heal', action: 'self-heal', runId: RUN_ID})
    expect(proposal.branches).toHaveLength(1)
    const branch = proposal.branches[0]!
    expect(branch.branch).toBe(`fix/sentry-${crash.shortId}`)
    expect(branch.files).toEqual(['src/tax.ts', 'test/sentry-tax.test.ts'])
    expect(branch.body).toContain(`Fixes ${crash.shortId}`)
    expect(branch.sentry).toMatchObject({issueIds: [crash.id], shortIds: [crash.shortId]})
    const alert = proposal.selfHeal!.alerts[0]!
    expect(proposal.selfHeal!.alerts).toHaveLength(1)
    expect(alert).toMatchObject({branch: branch.branch, key: expect.stringMatching(/^p0:/)})
    expect(proposal.selfHeal!.report).toContain('### Fixes')
  })
})

describe('publish refuses a tampered self-heal proposal', () => {
  it('with a commit that touches .github/workflows, even when the proposal lists the file', async () => {
    const proposal = await readProposalFile()
    const branch = proposal.branches[0]!
    const worktree = await mkdtemp(join(tmpdir(), 'ci-medic-tamper-'))
    temps.push(worktree)
    // A commit on top of the verified fix, as a tampered heal job could add.
    await repo.git(['worktree', 'add', '-q', '--detach', worktree, branch.head])
    await mkdir(join(worktree, '.github', 'workflows'), {recursive: true})
    await writeFile(join(worktree, '.github', 'workflows', 'x.yml'), 'on: push\n')
    const inTree = (args: string[]) => repo.git(['-C', worktree, ...args])
    await inTree(['add', '-f', '.github/workflows/x.yml'])
    await inTree(['commit', '-q', '-m', 'sneak a workflow in'])
    const head = await inTree(['rev-parse', 'HEAD'])
    const dir = await copy(p => {
      p.branches[0]!.head = head
      p.branches[0]!.files.push('.github/workflows/x.yml')
    })
    await rm(join(dir, 'fixes.bundle'))
    // The bundle names the fix branch, at the tampered commit; the checkout gets its branch back.
    await inTree(['update-ref', `refs/heads/${branch.branch}`, head])
    await inTree([
      'bundle',
      'create',
      '-q',
      join(dir, 'fixes.bundle'),
      `refs/heads/${branch.branch}`,
      `^${proposal.base.sha}`
    ])
    await inTree(['update-ref', `refs/heads/${branch.branch}`, branch.head])
    await repo.git(['worktree', 'remove', '--force', worktree])
    const run = await publish(dir)
    expect(refusal(run)).toMatch(
      /fails the diff guards \(\.github\/workflows\/x\.yml: .*protected-path/
    )
  })

  it('from another workflow run', async () => {
    const run = await publish(await copy(), RUN_ID + 1)
    expect(refusal(run)).toMatch(
      new RegExp(
        `the proposal comes from run ${RUN_ID}, not from this workflow run \\(${RUN_ID + 1}\\)`
      )
    )
  })

  it('whose branch is not a fix/sentry-* fix', async () => {
    const run = await publish(
      await copy(p => {
        p.branches[0]!.branch = 'main'
      })
    )
    expect(refusal(run)).toMatch(/self-heal's branch main is not a fix\/sentry-<id> fix/)
  })
})

describe('publish of the self-heal proposal', () => {
  it('opens the PR, the P0 alert issue linking it and the state, with every reference and mention inert', async () => {
    const proposal = await readProposalFile()
    const branch = proposal.branches[0]!
    // Text a tampered heal job could slip in: closing keywords and mentions.
    const dir = await copy(p => {
      p.branches[0]!.title += ' Closes #1 @octocat'
      p.branches[0]!.body += '\n\nCloses #1, cc @octocat, see GH-2'
      p.selfHeal!.alerts[0]!.title += ' @octocat'
      p.selfHeal!.alerts[0]!.details += '\n\nFixes #1 @octocat'
      p.selfHeal!.report += '\n\nResolves #1 @octocat'
    })
    const run = await publish(dir)
    expect(run.error).toBeUndefined()

    // The PR, on the verified commit, with the heal job's text made inert.
    expect(github.git.branchSha(branch.branch)).toBe(branch.head)
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    const prIssue = github.state.issue(pr.number)!
    expect(prIssue.body).toContain(`Fixes ${crash.shortId}`)
    expect(prIssue.body).toContain('Closes #\u200b1, cc @\u200boctocat, see GH-\u200b2')
    expect(prIssue.title).toContain('Closes #\u200b1 @\u200boctocat')
    // This run's own page stays a link.
    expect(prIssue.body).toContain(`${github.serverUrl}/${github.fullName}/actions/runs/${RUN_ID}`)

    // The P0 alert issue, linking the PR the publish job opened.
    const alerts = alertIssues()
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.title).toBe(`Sentry ${crash.shortId}: P0 TypeError in taxFor @\u200boctocat`)
    expect(alerts[0]!.body).toContain(`Fix PR (opened by the publish job): ${prUrlOf(pr.number)}`)
    expect(alerts[0]!.body).toContain('Fixes #\u200b1 @\u200boctocat')

    // The state: the PR's record, leased on the sha the publish job pushed; the report as a comment.
    const tracking = trackingIssue()!
    const state = parseHealState(tracking.body)
    expect(state.fixes).toMatchObject([
      {branch: branch.branch, head: branch.head, prNumber: pr.number, status: 'open'}
    ])
    expect(state.alerts).toHaveLength(1)
    const comments = github.state.commentsOn(tracking.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Resolves #\u200b1 @\u200boctocat')

    for (const text of [prIssue.title, prIssue.body, alerts[0]!.body, comments[0]!.body])
      expect(text).not.toMatch(/(#|@|GH-)(1|octocat|2)\b/)
    expect(JSON.parse(run.io.outputs['pr-urls']!)).toEqual([prUrlOf(pr.number)])
    expect(run.io.summary).toContain(`${branch.branch}: PR ${prUrlOf(pr.number)} (created)`)
  })

  it('a second publish of the same proposal opens no second PR, alert issue or comment', async () => {
    const alert = alertIssues()[0]!
    const alertComments = github.state.commentsOn(alert.number).length
    const tracking = trackingIssue()!
    const run = await publish(await copy())
    expect(run.error).toBeUndefined()
    expect(github.state.pulls).toHaveLength(1)
    expect(alertIssues()).toHaveLength(1)
    expect(github.state.commentsOn(alert.number)).toHaveLength(alertComments)
    expect(github.state.commentsOn(tracking.number)).toHaveLength(1)
    expect(parseHealState(trackingIssue()!.body).fixes).toHaveLength(1)
    const fixBranch = (await readProposalFile()).branches[0]!.branch
    expect(github.git.branches().sort()).toEqual([fixBranch, 'main'].sort())
  })
})

describe('the daily cap holds in the publish job', () => {
  it('opens no new PR once max-prs-per-day PRs were opened in the last 24 hours', async () => {
    // The PR of the earlier publish is closed unmerged: a publish now would open a new one, the second of the day.
    const pr = github.state.pulls[0]!
    github.state.issue(pr.number)!.state = 'closed'
    const branch = (await readProposalFile()).branches[0]!
    const run = await publish(
      await copy(p => {
        p.selfHeal!.maxPrsPerDay = 1
      })
    )
    expect(run.error).toBeUndefined()
    expect(run.io.summary).toContain(
      `${branch.branch}: skipped — over the daily cap: 1 self-heal PR(s) opened in the last 24 hours, max-prs-per-day is 1; tried in a later run`
    )
    expect(github.state.pulls).toHaveLength(1)
    expect(JSON.parse(run.io.outputs['pr-urls']!)).toEqual([])
  })
})

describe('the publish input', () => {
  const read = (inputs: Record<string, string>) =>
    readSelfHealSettings(
      inputsFromRecord({'sentry-token': 't', 'sentry-org': 'acme', 'github-token': '', ...inputs}),
      () => undefined
    )

  it('separate-job needs no github-token in fix mode; same-job still does', () => {
    expect(read({publish: 'separate-job'}).publish).toBe('separate-job')
    expect(() => read({})).toThrow(/Input 'github-token' is empty, and self-heal needs it/)
  })
})

describe('one proposal format for both fixing actions', () => {
  const run = {owner: 'octo-org', repo: 'orders-api', runId: RUN_ID}
  const autofix = {
    version: 1,
    action: 'autofix',
    repository: {owner: 'octo-org', repo: 'orders-api'},
    runId: RUN_ID,
    runAttempt: 1,
    workflow: 'ci-medic autofix',
    base: {branch: 'main', sha: 'a'.repeat(40)},
    branches: []
  }

  it('reads an autofix proposal written before kind existed as kind autofix', () => {
    const checked = checkProposal(autofix, run)
    expect(checked).toMatchObject({ok: true, proposal: {kind: 'autofix'}})
  })

  it('refuses a proposal whose kind and action disagree, or an autofix one with a self-heal part', async () => {
    expect(checkProposal({...autofix, kind: 'self-heal'}, run)).toMatchObject({
      ok: false,
      reason: 'the proposal says action autofix but kind self-heal'
    })
    const selfHeal = (await readProposalFile()).selfHeal
    expect(checkProposal({...autofix, selfHeal}, run)).toMatchObject({
      ok: false,
      reason: 'an autofix proposal carries no self-heal part'
    })
  })

  it('refuses a self-heal alert that links a branch the proposal does not hold', async () => {
    const proposal = await readProposalFile()
    proposal.selfHeal!.alerts[0]!.branch = 'fix/sentry-OTHER-1'
    expect(checkProposal(proposal, run)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/links fix\/sentry-OTHER-1, which the proposal does not hold/)
    })
  })

  it('keeps only the exact link of the publishing run clickable', () => {
    const runUrl = 'https://github.com/octo-org/orders-api/actions/runs/7000'
    const text = `[run](${runUrl}) ${runUrl}/../../issues/1 https://github.com/octo-org/orders-api/issues/2 @octocat`
    expect(inertForPublish(text, [runUrl])).toBe(
      `[run](${runUrl}) https:/\u200b/github.com/octo-org/orders-api/actions/runs/7000/../../issues/1 https:/\u200b/github.com/octo-org/orders-api/issues/2 @\u200boctocat`
    )
    // Text that is inert already stays as it is.
    expect(inertForPublish(inertForPublish(text))).toBe(inertForPublish(text))
  })
})

function prUrlOf(number: number): string {
  return `${github.serverUrl}/${github.fullName}/pull/${number}`
}
