// autofix in-process, the paths that fix: runAutofix on deps built as the
// runner builds them (test/harness/autofix-run.ts), on a real fixture
// repository checked out from the fake GitHub's bare remote, with real
// vitest/tsc/eslint/prettier (or pytest), and the fake Anthropic API playing
// a scripted model (a stand-in for Claude, only in tests) that edits files
// through the real tools. What the runner does with the result (the command
// files, the ::error:: line, the exit code) is checked through the bundle in
// autofix-bundle.e2e.test.ts.
import {spawnSync} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {renderLedgerComment} from '../../src/core/ledger/ledger-comment.js'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import type {FakeGitHub} from '../fakes/github/index.js'
import {workflowDispatchEvent} from '../harness/events.js'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  fixDiscount,
  inputsFor,
  PASS,
  perAttempt,
  reportOf,
  rightlyFixed,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  type AutofixRun,
  type Checkout,
  type Report
} from '../harness/autofix-run.js'
import type {FixtureName} from '../harness/fixture-repo.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  world = model = undefined
})

async function start(
  files?: Record<string, string | null>,
  fixture: FixtureName = 'ts-vitest'
): Promise<FakeGitHub> {
  world = await checkout({fixture, files})
  return world.github
}

function autofix(inputs: Record<string, string>): Promise<AutofixRun> {
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    inputs: inputsFor(model, inputs)
  })
}

/** The checkout as actions/checkout leaves it for a later run: main, as first committed. */
async function freshCheckout(): Promise<void> {
  await world!.repo.git(['reset', '--quiet', '--hard', world!.repo.head])
}

/** A run not scoped to one failure fixes on one branch per target (not per day): later runs update its PR. */
const TARGET_BRANCH = 'ci-medic/autofix/main'

/**
 * Tier 0 on the fixture's formatting failure alone: prettier checks and fixes
 * (src/money.ts), as a project whose lint script is `prettier --check .` would.
 * For the runs about what happens around a verified tier-0 fix (publishing,
 * a dry run), not about which checks are detected: the first run below shows
 * the detected eslint, tsc and vitest judging eslint --fix and prettier. A
 * prettier run is about a third of an eslint run's CPU (typescript-eslint
 * loads TypeScript), and such a run has three (baseline, fixer, verification).
 */
const FORMAT_ONLY = {
  'fix-commands': 'node_modules/.bin/prettier --write .',
  'lint-command': 'node_modules/.bin/prettier --check .',
  'typecheck-command': 'none',
  'test-command': PASS
}

describe('tier 0 with no model at all', () => {
  it('fixes the lint and format failures, opens a draft PR; a rerun updates that PR, and one that finds nothing left closes it', async () => {
    const github = await start()
    const first = await autofix({fingerprint: 'abc123', 'time-budget-minutes': '10'})
    const {outputs} = first.io
    expect(first.error, said(first)).toBeUndefined()
    expect(outputs.outcome).toBe('partial')
    expect(Number(outputs['fixed-count'])).toBeGreaterThan(0)
    expect(Number(outputs['failed-count'])).toBeGreaterThan(0)
    expect(outputs['input-tokens']).toBe('0')
    expect(first.io.groups).toEqual([
      'Preconditions',
      'Detect the checks',
      'Read the ledger (known flakes)',
      'Fix the failures',
      'Publish',
      'Report'
    ])
    expect(first.masks).toEqual(['ghs_autofixtoken'])
    // A real branch with a real commit on the remote.
    const branch = outputs.branch!
    expect(branch).toBe('ci-medic/autofix/abc123')
    expect(github.git.readFile(branch, 'src/money.ts')).not.toBe(
      github.git.readFile('main', 'src/money.ts')
    )
    expect(github.git.readFile(branch, 'src/cart.ts')).toMatch(/const subtotal/)
    // The untouched failures are still there: the test fix needs a model.
    expect(github.git.readFile(branch, 'src/discounts.ts')).toBe(
      github.git.readFile('main', 'src/discounts.ts')
    )
    // One draft PR, labelled, with the report table; the job summary shows the same report.
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.draft).toBe(true)
    expect(outputs['pr-number']).toBe(String(pr.number))
    expect(outputs['pr-url']).toMatch(new RegExp(`/pull/${pr.number}$`))
    const issue = github.state.issue(pr.number)!
    expect([...issue.labels].sort()).toEqual(['autofix', 'ci-medic'])
    expect(issue.body).toContain('not-evaluated: no anthropic-api-key')
    expect(issue.body).toContain('deterministic')
    expect(first.io.summary).toMatch(
      new RegExp(`^## ci-medic autofix: partial\\n\\n.*PR: ${outputs['pr-url']} \\(created\\)\\.`)
    )
    // The body ends with the hidden marker of the pushed sha (the next push's lease).
    expect(issue.body).toContain(`<!-- ci-medic:pushed ${github.git.branchSha(branch)} -->`)
    expect(first.io.summary).toContain(
      (issue.body ?? '').replace(/\s*<!-- ci-medic:pushed \w+ -->\s*$/, '')
    )
    // Skipping the model is a warning, and a note in the report JSON.
    const note =
      'No anthropic-api-key: only the deterministic fixers ran; the model tiers are not-evaluated.'
    expect(first.io.warnings()).toEqual([note])
    const report = await reportOf(first)
    expect(report.notes).toEqual([note])
    expect(report.publication).toMatchObject({branch, action: 'created', prNumber: pr.number})
    expect(report.journal.filter(e => e.kind === 'done').map(e => e.code)).toEqual([
      'ledger-read',
      'checks-run',
      'fixes-verified',
      'branch-pushed',
      'pr-opened'
    ])
    // The decision log is JSON Lines.
    const kinds = (await decisionsOf(first)).map(d => d.kind)
    expect(kinds).toContain('tier0')
    expect(kinds).toContain('committed')

    // A rerun from the same checkout fixes again: same branch, same PR. (This run is about
    // the publication: the first showed the detected checks judging tier 0, so here tier 0
    // is prettier alone, FORMAT_ONLY; a different fix, so the branch moves.)
    await freshCheckout()
    const pushed = github.git.branchSha(branch)
    const second = await autofix({fingerprint: 'abc123', ...FORMAT_ONLY})
    expect(second.error, said(second)).toBeUndefined()
    expect(second.io.outputs['pr-number']).toBe(String(pr.number))
    expect(second.io.outputs.branch).toBe(branch)
    expect((await reportOf(second)).publication.action).toBe('updated')
    expect(github.git.branchSha(branch)).not.toBe(pushed)
    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.issue(pr.number)?.state).toBe('open')

    // A rerun that finds nothing left to fix closes the PR it opened, and says why.
    const third = await autofix({
      fingerprint: 'abc123',
      'fix-commands': 'none',
      'test-command': PASS,
      'lint-command': PASS,
      'typecheck-command': PASS
    })
    expect(third.error, said(third)).toBeUndefined()
    expect(third.io.outputs.outcome).toBe('nothing-to-fix')
    expect(third.io.outputs['pr-url']).toBe('')
    expect(github.state.issue(pr.number)?.state).toBe('closed')
    expect(github.state.commentsOn(pr.number).at(-1)?.body).toMatch(/nothing left to fix/)
    expect(github.state.pulls).toHaveLength(1)
    // Three runs, two of them full: room for each, not a limit on speed.
  }, 360_000)

  it('dry-run reports what it would do and pushes nothing', async () => {
    const github = await start()
    // A verified tier-0 fix is what a dry run would push: prettier's (FORMAT_ONLY); the first
    // test shows the detected checks judging eslint --fix and prettier.
    const run = await autofix({'dry-run': 'true', ...FORMAT_ONLY})
    expect(run.error, said(run)).toBeUndefined()
    expect(Number(run.io.outputs['fixed-count'])).toBeGreaterThan(0)
    expect(run.io.outputs.branch).toBe('')
    expect(run.io.outputs['pr-url']).toBe('')
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    const wouldPush = /Dry run: would push (\d+) verified commit\(s\) to (\S+) and open a PR\./
    const [, commits, branch] = run.io.summary.match(wouldPush) ?? []
    expect(Number(commits)).toBeGreaterThan(0)
    expect(branch).toBe(TARGET_BRANCH)
    expect(run.io.warnings().some(w => wouldPush.test(w))).toBe(true)
    expect((await reportOf(run)).publication.action).toBe('none')
  })
})

describe('a Python project (pytest)', () => {
  it.skipIf(!hasPytest())(
    'detects pytest, reads its JUnit report, and keeps the scripted fix to the source',
    async () => {
      world = await checkout({fixture: 'python-pytest', repo: 'splitbill'})
      const {repo, github} = world
      model = await startFakeAnthropic({
        models: 'any',
        script: perAttempt([
          toolTurn('read_file', {path: 'src/splitbill/split.py'}),
          toolTurn('replace_in_file', {
            path: 'src/splitbill/split.py',
            old_string: '    return [share] * people',
            new_string: '    return [share + 1 if i < remainder else share for i in range(people)]'
          }),
          textTurn('The leftover cents were dropped; the first shares now take them.')
        ])
      })
      const run = await runAutofixInProcess({
        workspace: repo.dir,
        apiUrl: github.url,
        repository: 'octo-org/splitbill',
        inputs: inputsFor(model, {})
      })
      expect(run.error, said(run)).toBeUndefined()
      expect(run.io.outputs.outcome).toBe('fixed')
      const report = await reportOf(run)
      expect(report.project.ecosystem).toBe('python')
      expect(report.project.testCommand).toMatch(/pytest/)
      expect(report.results[0]?.failure).toMatch(/test_split_evenly_keeps_every_cent/)
      expect(github.git.readFile(run.io.outputs.branch!, 'src/splitbill/split.py')).toContain(
        'share + 1 if i < remainder'
      )
    }
  )
})

describe('the known-flake gate', () => {
  it('skips a failure the ledger saw pass on a rerun, in a dry run as in a real one, and says so instead of "fixing" it', async () => {
    // The gate reads the ledger, not the runner: node:test's suite is enough.
    const github = await start(undefined, 'ts-node-test')
    const NODE_ONLY = {...TEST_ONLY, ...NODE_TEST_COMMAND}
    const probe = await autofix({...NODE_ONLY, 'dry-run': 'true'})
    expect(probe.error, said(probe)).toBeUndefined()
    const testFailure = (await reportOf(probe)).results.find(r => r.category === 'test_fail')
    expect(testFailure).toMatchObject({verdict: 'not-evaluated'})
    const key = testFailure!.key
    seedLedger(github, key)

    /** The ledger was read, found this one flake, and the failure was skipped for it. */
    const expectGated = (report: Report): void => {
      const gated = report.results.find(r => r.key === key)
      expect(gated).toMatchObject({verdict: 'skipped'})
      expect(gated?.reason).toMatch(/flak/i)
      expect(report.journal).toContainEqual({
        kind: 'done',
        code: 'ledger-read',
        text: 'Read the ledger: 1 known flake(s) to skip.'
      })
    }

    // A dry run reads the ledger too (reading is not writing): it attempts what a real run would.
    const dry = await autofix({...NODE_ONLY, 'dry-run': 'true'})
    expect(dry.error, said(dry)).toBeUndefined()
    expectGated(await reportOf(dry))
    expect(dry.io.warnings().filter(w => /ledger/i.test(w))).toEqual([])
    expect(github.state.pulls).toHaveLength(0)

    const run = await autofix(NODE_ONLY)
    expect(run.error, said(run)).toBeUndefined()
    expectGated(await reportOf(run))
    expect(run.io.outputs.outcome).not.toBe('fixed')
  })
})

describe('the model tiers (scripted model)', () => {
  it('dispatched by classify: rides out one 429, fixes the failing test with a real edit, verified, reports tokens and names the run in the PR', async () => {
    const github = await start()
    const failed = github.addWorkflowRun({
      workflow: 'ci.yml',
      name: 'CI',
      jobs: [{name: 'test', conclusion: 'failure', log: 'FAIL test/discounts.test.ts'}]
    })
    const dispatched = {'run-id': String(failed.id), fingerprint: 'abc'}
    model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    model.failNext('rate_limit_error', {retryAfterMs: 5})
    const run = await runAutofixInProcess({
      workspace: world!.repo.dir,
      apiUrl: github.url,
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent(dispatched),
      inputs: inputsFor(model, {...TEST_ONLY, ...dispatched})
    })
    const {outputs} = run.io
    expect(run.error, said(run)).toBeUndefined()
    expect(outputs.outcome).toBe('fixed')
    expect(model.exchanges[0]?.status).toBe(429)
    expect(model.calls).toBe(model.modelCalls + 1)
    expect(Number(outputs['input-tokens'])).toBeGreaterThan(0)
    expect(Number(outputs['output-tokens'])).toBeGreaterThan(0)
    expect(Number(outputs['cost-usd'])).toBeGreaterThan(0)
    expect(run.io.groups).toContain('Describe the dispatching run')
    // The fingerprint names the branch; the fix is the source's, the test untouched.
    expect(outputs.branch).toBe('ci-medic/autofix/abc')
    expect(github.git.branches()).toEqual(['ci-medic/autofix/abc', 'main'])
    expect(github.git.readFile('ci-medic/autofix/abc', 'src/discounts.ts')).toBe(
      rightlyFixed(github)
    )
    expect(github.git.readFile('ci-medic/autofix/abc', 'test/discounts.test.ts')).toBe(
      github.git.readFile('main', 'test/discounts.test.ts')
    )
    // One PR from that branch, opening with the run it was dispatched for.
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.head).toBe('ci-medic/autofix/abc')
    const body = github.state.issue(pr.number)?.body ?? ''
    expect(body).toMatch(new RegExp(`^Dispatched for the failed run \\[CI #${failed.id}\\]`))
    expect(body).toContain('`abc`')
    expect(run.io.warnings()).toEqual([])
  })

  it('rejects a fix that weakens the test, and keeps nothing unverified', async () => {
    const github = await start()
    const cheat: Turn[] = [
      toolTurn('replace_in_file', {
        path: 'test/discounts.test.ts',
        old_string: 'expect(bulkDiscountRate(10)).toBe(0.05)',
        new_string: 'expect(bulkDiscountRate(10)).toBe(0)'
      }),
      textTurn('Adjusted the expectation.')
    ]
    model = await startFakeAnthropic({models: 'any', script: perAttempt(cheat)})
    const run = await autofix({...TEST_ONLY, 'max-attempts-per-failure': '2'})
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('not-fixed')
    expect(github.state.pulls).toHaveLength(0)
    expect(github.git.branches()).toEqual(['main'])
    expect((await decisionsOf(run)).map(d => d.kind)).toContain('guard-rejected')
    // The workspace was restored exactly.
    expect(await world!.repo.git(['status', '--porcelain'])).toBe('')
  })
})

/** classify's ledger, as its bot wrote it: this fingerprint passed on a rerun. */
function seedLedger(github: FakeGitHub, fingerprint: string): void {
  const ledger = github.addIssue({title: 'ci-medic failure ledger', labels: ['ci-medic-ledger']})
  const record: LedgerRecord = {
    v: 1,
    time: '2026-11-20T10:00:00Z',
    runId: 99,
    runAttempt: 2,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['test'],
    sha: 'a'.repeat(40),
    branch: 'main',
    category: 'test_fail',
    confidence: 0.9,
    fingerprint,
    nextAction: 'autofix',
    actions: [],
    outcome: 'rerun-passed',
    failureCount: 1,
    rule: 'vitest.test-failed'
  }
  github.addComment(ledger.number, renderLedgerComment([record]))
}

function hasPytest(): boolean {
  return spawnSync('python3', ['-m', 'pytest', '--version']).status === 0
}
