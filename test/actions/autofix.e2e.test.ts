// autofix end to end: the bundled action on a real fixture repository with
// real vitest/tsc/eslint/prettier, the fake GitHub (with its bare git remote)
// and the fake Anthropic API running a scripted model (a stand-in for
// Claude, only in tests) that edits files through the real tools.
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {renderLedgerComment} from '../../src/core/ledger/ledger-comment.js'

const TOKEN = 'ghs_autofixtoken'
let fixture: FixtureRepo | undefined
let fake: FakeGitHub | undefined
let model: FakeAnthropic | undefined
const runs: ActionRun[] = []

afterEach(async () => {
  await Promise.all(runs.splice(0).map(cleanupRun))
  await fake?.close()
  await model?.close()
  await fixture?.cleanup()
  fake = model = fixture = undefined
})

/** The fixture as a checkout of the fake's repository, as actions/checkout leaves it. */
async function checkout(
  files?: Record<string, string | null>
): Promise<{repo: FixtureRepo; github: FakeGitHub}> {
  const repo = await createFixtureRepo('ts-vitest', {files})
  const github = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'order-pricing',
    seedFrom: repo.dir
  })
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  fixture = repo
  fake = github
  return {repo, github}
}

async function autofix(
  inputs: Record<string, string>,
  extra: {anthropic?: FakeAnthropic} = {}
): Promise<ActionRun> {
  const run = await runAction('autofix', {
    workspace: fixture!.dir,
    apiUrl: fake!.url,
    repository: 'octo-org/order-pricing',
    inputs: {
      'github-token': TOKEN,
      ...(extra.anthropic
        ? {'anthropic-api-key': 'test-key', 'anthropic-base-url': extra.anthropic.url}
        : {}),
      ...inputs
    }
  })
  runs.push(run)
  return run
}

describe('tier 0 with no model at all', () => {
  it('fixes the lint and format failures with the deterministic fixers, verifies them and opens a draft PR', async () => {
    const {github} = await checkout()
    const run = await autofix({'time-budget-minutes': '10'})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('partial')
    expect(Number(run.outputs['fixed-count'])).toBeGreaterThan(0)
    expect(Number(run.outputs['failed-count'])).toBeGreaterThan(0)
    expect(run.outputs['input-tokens']).toBe('0')
    // A real branch with a real commit on the remote.
    const branch = run.outputs.branch as string
    expect(branch).toMatch(/^ci-medic\/autofix\/\d{4}-\d\d-\d\d$/)
    expect(github.git.readFile(branch, 'src/money.ts')).not.toBe(
      github.git.readFile('main', 'src/money.ts')
    )
    const cart = github.git.readFile(branch, 'src/cart.ts') as string
    expect(cart).toMatch(/const subtotal/)
    // The untouched failures are still there: the test fix needs a model.
    expect(github.git.readFile(branch, 'src/discounts.ts')).toBe(
      github.git.readFile('main', 'src/discounts.ts')
    )
    // One draft PR, labelled, with the report table.
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.draft).toBe(true)
    expect(run.outputs['pr-number']).toBe(String(pr.number))
    const issue = github.state.issue(pr.number)!
    expect([...issue.labels].sort()).toEqual(['autofix', 'ci-medic'])
    expect(issue.body).toContain('not-evaluated: no anthropic-api-key')
    expect(issue.body).toContain('deterministic')
    expect(run.summary).toContain('## ci-medic autofix: partial')
    // The decision log is JSON Lines.
    const log = await readFile(
      join(run.runnerDir, 'temp', 'ci-medic', 'autofix-decisions.jsonl'),
      'utf8'
    )
    const kinds = log
      .trim()
      .split('\n')
      .map(l => (JSON.parse(l) as {kind: string}).kind)
    expect(kinds).toContain('tier0')
    expect(kinds).toContain('committed')
  })

  it('a rerun updates the same branch and PR instead of opening a second', async () => {
    const {github} = await checkout()
    const first = await autofix({fingerprint: 'abc123'})
    expect(first.outputs.branch).toBe('ci-medic/autofix/abc123')
    const second = await autofix({fingerprint: 'abc123'})
    expect(second.code, second.stdout).toBe(0)
    expect(second.outputs['pr-number']).toBe(first.outputs['pr-number'])
    expect(github.state.pulls).toHaveLength(1)
  })

  it('a rerun that finds nothing left to fix closes the PR it opened', async () => {
    const {github} = await checkout()
    const first = await autofix({fingerprint: 'stale1'})
    const number = Number(first.outputs['pr-number'])
    expect(github.state.issue(number)?.state).toBe('open')
    const pass = 'node -e "process.exit(0)"'
    const second = await autofix({
      fingerprint: 'stale1',
      'fix-commands': 'none',
      'test-command': pass,
      'lint-command': pass,
      'typecheck-command': pass
    })
    expect(second.code, second.stdout).toBe(0)
    expect(second.outputs.outcome).toBe('nothing-to-fix')
    expect(github.state.issue(number)?.state).toBe('closed')
    expect(github.state.commentsOn(number).at(-1)?.body).toMatch(/nothing left to fix/)
    expect(github.state.pulls).toHaveLength(1)
  })

  it('dry-run reports what it would do and pushes nothing', async () => {
    const {github} = await checkout()
    const run = await autofix({'dry-run': 'true'})
    expect(run.code, run.stdout).toBe(0)
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(run.summary).toMatch(/Dry run: would push \d+ verified commit/)
  })
})

describe('a Python project (pytest)', () => {
  it.skipIf(!hasPytest())(
    'detects pytest, reads its JUnit report, and keeps the scripted fix to the source',
    async () => {
      const repo = await createFixtureRepo('python-pytest')
      const github = await startFakeGitHub({
        owner: 'octo-org',
        repo: 'splitbill',
        seedFrom: repo.dir
      })
      await repo.git(['remote', 'add', 'origin', github.gitUrl])
      fixture = repo
      fake = github
      model = await startFakeAnthropic({
        models: 'any',
        script: (_req, ctx) =>
          pickTurn(ctx.call, [
            toolTurn('read_file', {path: 'src/splitbill/split.py'}),
            toolTurn('replace_in_file', {
              path: 'src/splitbill/split.py',
              old_string: '    return [share] * people',
              new_string:
                '    return [share + 1 if i < remainder else share for i in range(people)]'
            }),
            textTurn('The leftover cents were dropped; the first shares now take them.')
          ])
      })
      const run = await runAction('autofix', {
        workspace: repo.dir,
        apiUrl: github.url,
        repository: 'octo-org/splitbill',
        inputs: {
          'github-token': TOKEN,
          'anthropic-api-key': 'test-key',
          'anthropic-base-url': model.url
        }
      })
      runs.push(run)
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs.outcome).toBe('fixed')
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as {
        project: {ecosystem: string; testCommand: string}
        results: {failure: string}[]
      }
      expect(report.project.ecosystem).toBe('python')
      expect(report.project.testCommand).toMatch(/pytest/)
      expect(report.results[0]?.failure).toMatch(/test_split_evenly_keeps_every_cent/)
      expect(github.git.readFile(run.outputs.branch as string, 'src/splitbill/split.py')).toContain(
        'share + 1 if i < remainder'
      )
    }
  )
})

describe('the known-flake gate', () => {
  it('skips a failure the ledger saw pass on a rerun, and says so instead of "fixing" it', async () => {
    const {github} = await checkout()
    const quiet = {
      'fix-commands': 'none',
      'lint-command': 'node -e "process.exit(0)"',
      'typecheck-command': 'node -e "process.exit(0)"'
    }
    const probe = await autofix({...quiet, 'dry-run': 'true'})
    const first = JSON.parse(await readFile(probe.outputs['report-path'] as string, 'utf8')) as {
      results: {key: string; category: string}[]
    }
    const testFailure = first.results.find(r => r.category === 'test_fail')
    expect(testFailure).toBeDefined()
    // classify's ledger, as its bot wrote it: this fingerprint passed on a rerun.
    const ledger = github.addIssue({title: 'ci-medic failure ledger', labels: ['ci-medic-ledger']})
    github.addComment(
      ledger.number,
      renderLedgerComment([
        {
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
          fingerprint: testFailure!.key,
          nextAction: 'autofix',
          actions: [],
          outcome: 'rerun-passed',
          failureCount: 1,
          rule: 'vitest.test-failed'
        }
      ])
    )
    const run = await autofix(quiet)
    expect(run.code, run.stdout).toBe(0)
    const after = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as {
      results: {key: string; verdict: string; reason?: string}[]
    }
    const gated = after.results.find(r => r.key === testFailure!.key)
    expect(gated).toMatchObject({verdict: 'skipped'})
    expect(gated?.reason).toMatch(/flak/i)
    expect(run.outputs.outcome).not.toBe('fixed')
  })
})

describe('bad input and faults', () => {
  it('nothing-to-fix when the checks pass', async () => {
    await checkout({
      'src/discounts.ts': null,
      'test/discounts.test.ts': null,
      'src/tax.ts': 'export function taxRate(): number {\n  return 0\n}\n'
    })
    const run = await autofix({
      'fix-commands': 'none',
      'test-command': 'node -e "process.exit(0)"',
      'lint-command': 'node -e "process.exit(0)"',
      'typecheck-command': 'node -e "process.exit(0)"'
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.outcome).toBe('nothing-to-fix')
  })

  it('refuses a workspace with uncommitted changes, and says how to fix it', async () => {
    const {repo} = await checkout()
    await repo.run('sh', ['-c', 'echo "// local edit" >> src/cart.ts'])
    const run = await autofix({})
    expect(run.code).toBe(1)
    expect(run.annotations[0]?.message).toMatch(/uncommitted changes \(src\/cart\.ts\)/)
    expect(run.outputs.outcome).toBe('not-evaluated')
  })

  it('says which input to set when no test command can be found', async () => {
    await checkout({'package.json': '{"name": "no-scripts", "private": true}\n'})
    const run = await autofix({})
    expect(run.code).toBe(1)
    expect(run.annotations[0]?.message).toMatch(/No test command found: set test-command/)
    expect(run.outputs.outcome).toBe('not-evaluated')
  })

  it('refuses a workspace that is not a git checkout', async () => {
    await checkout()
    const dir = await mkdtemp(join(tmpdir(), 'ci-medic-not-git-'))
    try {
      const run = await runAction('autofix', {
        workspace: dir,
        apiUrl: fake!.url,
        inputs: {'github-token': TOKEN}
      })
      runs.push(run)
      expect(run.code).toBe(1)
      expect(run.annotations[0]?.message).toMatch(/is not a git checkout\. Add actions\/checkout/)
      expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('kills a test command that hangs at its timeout and still reports', async () => {
    await checkout()
    const run = await autofix({
      'fix-commands': 'none',
      'test-command': 'node -e "setInterval(() => {}, 1000)"',
      'lint-command': 'node -e "process.exit(0)"',
      'typecheck-command': 'node -e "process.exit(0)"',
      'command-timeout-minutes': '0.1',
      'dry-run': 'true'
    })
    expect(run.code, run.stdout).toBe(0)
    const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as {
      results: {category: string}[]
    }
    expect(report.results.some(r => r.category === 'timeout')).toBe(true)
  })
})

describe('the model tiers (scripted model)', () => {
  /** A scripted model that fixes the off-by-one in src/discounts.ts through the tools. */
  function fixDiscount(): Turn[] {
    return [
      toolTurn('read_file', {path: 'src/discounts.ts'}),
      toolTurn('replace_in_file', {
        path: 'src/discounts.ts',
        old_string: 'quantity > tier.minQuantity',
        new_string: 'quantity >= tier.minQuantity'
      }),
      toolTurn('run_affected_test', {}),
      textTurn('The tier check excluded the minimum quantity; it is inclusive now.')
    ]
  }

  it('fixes the failing test with a real edit, verified, and reports tokens', async () => {
    const {github} = await checkout()
    model = await startFakeAnthropic({
      models: 'any',
      script: (_req, ctx) => pickTurn(ctx.call, fixDiscount())
    })
    const run = await autofix(
      {
        'fix-commands': 'none',
        'typecheck-command': 'node -e "process.exit(0)"',
        'lint-command': 'node -e "process.exit(0)"'
      },
      {anthropic: model}
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('fixed')
    expect(Number(run.outputs['input-tokens'])).toBeGreaterThan(0)
    const branch = run.outputs.branch as string
    expect(github.git.readFile(branch, 'src/discounts.ts')).toContain(
      'quantity >= tier.minQuantity'
    )
    expect(github.git.readFile(branch, 'test/discounts.test.ts')).toBe(
      github.git.readFile('main', 'test/discounts.test.ts')
    )
  })

  it('rejects a fix that weakens the test, and keeps nothing unverified', async () => {
    const {github} = await checkout()
    const cheat: Turn[] = [
      toolTurn('replace_in_file', {
        path: 'test/discounts.test.ts',
        old_string: 'expect(bulkDiscountRate(10)).toBe(0.05)',
        new_string: 'expect(bulkDiscountRate(10)).toBe(0)'
      }),
      textTurn('Adjusted the expectation.')
    ]
    model = await startFakeAnthropic({
      models: 'any',
      script: (_req, ctx) => pickTurn(ctx.call, [...cheat, ...cheat, ...cheat])
    })
    const run = await autofix(
      {
        'fix-commands': 'none',
        'typecheck-command': 'node -e "process.exit(0)"',
        'lint-command': 'node -e "process.exit(0)"',
        'max-attempts-per-failure': '2'
      },
      {anthropic: model}
    )
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.outcome).toBe('not-fixed')
    expect(github.state.pulls).toHaveLength(0)
    expect(github.git.branches()).toEqual(['main'])
    const log = await readFile(
      join(run.runnerDir, 'temp', 'ci-medic', 'autofix-decisions.jsonl'),
      'utf8'
    )
    expect(log).toContain('guard-rejected')
    // The workspace was restored exactly.
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })
})

function hasPytest(): boolean {
  return spawnSync('python3', ['-m', 'pytest', '--version']).status === 0
}

/** Scripts repeat per attempt: call N gets turn N modulo the script length. */
function pickTurn(call: number, turns: Turn[]): Turn {
  return turns[call % turns.length] as Turn
}
