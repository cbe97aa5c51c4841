// self-heal fix mode when things go wrong, in-process (runSelfHeal on deps
// built as the runner builds them) on the Express fixture with its tests on
// node:test (ts-express-node-test: the runner is not the subject, and a
// node:test run costs a fraction of a vitest one): a fix that breaks
// another test is reverted and the next attempt kept; an error the model
// cannot reproduce gets no PR at all; a tracking issue whose state cannot be
// read stops the run before any model call or push; a refused push fails the
// run after its report. The scripted model is a stand-in for Claude, only in
// tests.
import {afterEach, describe, expect, it} from 'vitest'
import {isConfigurationError} from '../../src/errors.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  appFrame,
  buildEvent,
  startFakeSentry,
  type FakeSentry,
  type SentryIssue
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupSelfHealRuns,
  errorText,
  runSelfHealInProcess,
  type InProcessRun
} from '../harness/self-heal-run.js'
import {perSession} from '../harness/scripted-sessions.js'
import {EXPRESS_NODE_TEST_COMMAND, topFrameIs} from '../harness/ts-express-sentry.js'

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

const TAX_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {taxFor} from '../src/tax.ts'

it('charges no tax for a region without a rate', () => {
  assert.equal(taxFor(850, 'XX'), 0)
})
`
/** Passes on the current code: not a reproduction of the null-name crash. */
const USERS_PASSING_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {displayName} from '../src/users.ts'

it('greets a named customer by name', () => {
  assert.equal(displayName({name: 'Ada', email: 'ada@example.com'}), 'Ada')
})
`

/** The sessions of the scripted model; `rightFirst`: the tax fix is right at the first try. */
function sessionTurns(text: string, rightFirst = false): Turn[] {
  const reproduce = text.startsWith('Reproduce this production error')
  const retry = rightFirst || text.includes('Earlier attempts at this step were not kept')
  if (topFrameIs(text, 'taxFor')) {
    if (reproduce)
      return [
        toolTurn('write_file', {path: 'test/sentry-tax.test.ts', content: TAX_TEST}),
        textTurn('An unknown region has no rate.')
      ]
    // First a "fix" that makes the new test pass by charging no tax anywhere.
    return retry
      ? [
          toolTurn('replace_in_file', {
            path: 'src/tax.ts',
            old_string: 'const rate = RATES[region].rate',
            new_string: 'const rate = RATES[region]?.rate ?? 0'
          }),
          textTurn('Unknown regions get a rate of 0; known ones keep theirs.')
        ]
      : [
          toolTurn('replace_in_file', {
            path: 'src/tax.ts',
            old_string: 'const rate = RATES[region].rate',
            new_string: 'const rate = 0 * (RATES[region]?.rate ?? 0)'
          }),
          textTurn('No tax.')
        ]
  }
  if (topFrameIs(text, 'displayName')) {
    return [
      toolTurn('write_file', {path: 'test/sentry-users.test.ts', content: USERS_PASSING_TEST}),
      textTurn('I could not find the input that crashes it.')
    ]
  }
  return [textTurn('Not here.')]
}

async function world(
  options: {rightFirst?: boolean} = {}
): Promise<{tax: SentryIssue; users: SentryIssue}> {
  repo = await createFixtureRepo('ts-express-node-test')
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  const tax = sentry.addIssue({
    eventsPerHour: 3,
    events: [
      buildEvent({
        type: 'TypeError',
        value: "Cannot read properties of undefined (reading 'rate')",
        frames: [appFrame('src/quotes.ts', 'quoteTotal', 8), appFrame('src/tax.ts', 'taxFor', 13)]
      })
    ]
  })
  const users = sentry.addIssue({
    eventsPerHour: 2,
    events: [
      buildEvent({
        type: 'TypeError',
        value: "Cannot read properties of null (reading 'trim')",
        frames: [appFrame('src/app.ts', null, 84), appFrame('src/users.ts', 'displayName', 3)]
      })
    ]
  })
  model = await startFakeAnthropic({
    models: 'any',
    script: perSession(text => sessionTurns(text, options.rightFirst))
  })
  return {tax, users}
}

async function selfHeal(inputs: Record<string, string> = {}): Promise<InProcessRun> {
  return runSelfHealInProcess({
    workspace: repo!.dir,
    apiUrl: github!.url,
    repository: 'octo-org/orders-api',
    inputs: {
      'sentry-url': sentry!.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      'github-token': 'ghs_faults',
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model!.url,
      'max-attempts-per-failure': '2',
      // These faults are about reproduction, reverts, dry runs and publishing:
      // the real test suite (node:test) judges every fix, and lint and typecheck,
      // which no scenario here can break, are off (self-heal-fix.test.ts runs
      // them). Each would cost a real eslint and tsc run per verification.
      'lint-command': 'none',
      'typecheck-command': 'none',
      ...EXPRESS_NODE_TEST_COMMAND,
      ...inputs
    }
  })
}

describe('self-heal fix mode faults (scripted model)', () => {
  it('reverts a fix that breaks another test, keeps the next one, and opens no PR for an error it cannot reproduce', async () => {
    const {tax, users} = await world()
    const run = await selfHeal()
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('partial')
    expect(run.io.outputs['fixed-count']).toBe('1')

    // Only the tax group has a PR, with the second, correct fix.
    expect(github!.state.pulls).toHaveLength(1)
    const pr = github!.state.pulls[0]!
    expect(pr.head).toBe(`fix/sentry-${tax.shortId}`)
    expect(github!.git.readFile(pr.head, 'src/tax.ts')).toContain('RATES[region]?.rate ?? 0')
    expect(github!.git.readFile(pr.head, 'src/tax.ts')).not.toContain('0 * (')
    // The users error was never reproduced: no branch, no note, the reason in the report.
    expect(github!.git.branchSha(`fix/sentry-${users.shortId}`)).toBeUndefined()
    expect(sentry!.state.notesFor(users.id)).toHaveLength(0)
    expect(run.io.summary).toMatch(/not-reproduced \|[^\n]*the new test passes on the current code/)
    // The reverted fix was reported back to the model with what it broke.
    const fixRetry = model!.requests
      .map(r => JSON.stringify(r))
      .find(r => r.includes('Earlier attempts at this step were not kept') && r.includes('taxFor'))
    expect(fixRetry).toMatch(/it broke/)
    // Nothing unverified is left in the workspace.
    expect(await repo!.git(['status', '--porcelain'])).toBe('')
  }, 300_000)

  it('stops before any model call or push when the tracking issue state cannot be read', async () => {
    await world()
    github!.state.addIssue({
      title: 'ci-medic self-heal: Sentry fixes',
      body: '<!-- ci-medic:self-heal-tracking -->\nedited by hand\n<!-- ci-medic:self-heal-state\n{"version":1,"fixes":[{"broken"\n-->',
      labels: ['ci-medic-self-heal'],
      user: 'github-actions[bot]'
    })
    const run = await selfHeal()
    // A user's mistake (one error line naming the fix), not a bug.
    expect(isConfigurationError(run.error)).toBe(true)
    expect(errorText(run)).toMatch(
      /self-heal state in the issue 'ci-medic self-heal: Sentry fixes' could not be read \(the state block is not JSON.*duplicate PRs.*issues: read/
    )
    expect(model!.calls).toBe(0)
    expect(github!.state.pulls).toHaveLength(0)
    expect(sentry!.requests).toHaveLength(0)
    // No output was set, so the runner sets the failure outputs (outcome: not-evaluated).
    expect(run.io.outputs).toEqual({})
  }, 60_000)

  it('a dry run with max-fixes 1 fixes the first group in the workspace only, and leaves the rest for later', async () => {
    // The dry run is the point here: the tax fix is right at once (a revert costs a full test run).
    const {tax, users} = await world({rightFirst: true})
    const run = await selfHeal({'dry-run': 'true', 'max-fixes': '1'})
    expect(run.error).toBeUndefined()
    expect(run.io.outputs['fixed-count']).toBe('1')
    expect(run.io.outputs['pr-urls']).toBe('[]')
    // Nothing left the runner: no branch, no PR, no issue, nothing written to Sentry.
    expect(github!.git.branchSha(`fix/sentry-${tax.shortId}`)).toBeUndefined()
    expect(github!.state.pulls).toHaveLength(0)
    expect(github!.state.issues).toHaveLength(0)
    expect(sentry!.state.notes).toHaveLength(0)
    expect(sentry!.state.statusUpdates).toHaveLength(0)
    expect(run.io.summary).toMatch(/dry run: would push fix\/sentry-/)
    expect(run.io.summary).toContain('**Dry run**')
    expect(run.io.summary).toMatch(
      new RegExp(`${users.shortId} \\| skipped \\|[^\\n]*over max-fixes \\(1\\)`)
    )
    // The verified commits stay on a local branch; the checkout has nothing uncommitted.
    expect(await repo!.git(['status', '--porcelain'])).toBe('')
    expect(await repo!.git(['log', '--format=%s', '-2', `fix/sentry-${tax.shortId}`])).toMatch(
      /^fix: TypeError in taxFor\ntest: reproduce Sentry/
    )
  }, 300_000)

  it('a refused push fails the step with the permission to add, and publishes nothing else', async () => {
    // The push is the fault here: the tax fix is right at once (a revert costs a full test run).
    const {tax, users} = await world({rightFirst: true})
    github!.setPermissions({contents: 'read'})
    const run = await selfHeal()
    expect(isConfigurationError(run.error)).toBe(true)
    expect(errorText(run)).toMatch(
      new RegExp(`Pushing fix/sentry-${tax.shortId} was refused: the token needs 'contents: write'`)
    )
    // The outputs were set before the step failed, so the runner keeps them instead of the
    // failure values (checked through the bundle in self-heal-bundle.e2e.test.ts).
    expect(run.io.outputs['fixed-count']).toBe('0')
    expect(run.io.outputs.outcome).toBe('not-fixed')
    expect(JSON.parse(run.io.outputs.triage!)).toHaveLength(2)
    expect(Number(run.io.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(github!.state.pulls).toHaveLength(0)
    expect(sentry!.state.notes).toHaveLength(0)
    // The verified fix is reported, the next group is left for a later run.
    expect(run.io.summary).toMatch(/verified, but not published/)
    expect(run.io.summary).toMatch(
      new RegExp(`${users.shortId} \\| skipped \\|[^\\n]*publishing failed`)
    )
    // The run's report still reaches the tracking issue.
    expect(github!.state.issues.some(i => i.labels.includes('ci-medic-self-heal'))).toBe(true)
  }, 300_000)
})
