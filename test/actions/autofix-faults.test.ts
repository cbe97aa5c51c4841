// autofix in-process, the hard paths: a fix that breaks another test, a
// protected-path edit, escalation, a budget stop, model API errors, a push
// rejected because the branch moved, and a checkout or project autofix cannot
// work on. runAutofix runs on deps built as the runner builds them
// (test/harness/autofix-run.ts), on a real fixture repository with the fake
// GitHub (and its bare git remote) and the fake Anthropic API playing a
// scripted model (a stand-in for Claude, only in tests) that edits files
// through the real tools. A failure is checked as the typed error the
// runner's wrapper turns into the step's one ::error:: line;
// autofix-bundle.e2e.test.ts checks that line through the bundle.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {classifyText} from '../../src/core/classify/index.js'
import {ConfigurationError} from '../../src/errors.js'
import {
  errorTurn,
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import type {FakeGitHub, GitHttpRequest} from '../fakes/github/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  errorLine,
  fixDiscount,
  inputsFor,
  PASS,
  perAttempt,
  reportOf,
  rightlyFixed,
  runAutofixInProcess,
  said,
  sessions,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  WRONG,
  type AutofixRun,
  type AutofixRunOptions,
  type Checkout
} from '../harness/autofix-run.js'
import type {FixtureName} from '../harness/fixture-repo.js'

const MODEL = 'claude-sonnet-5-5'
const ESCALATION = 'claude-opus-5-5'

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
  fixture: FixtureName = 'ts-node-test'
): Promise<FakeGitHub> {
  world = await checkout({fixture, files})
  return world.github
}

/** Only the failing vitest test is left to fix, by the named models. */
const VITEST_MODEL_ONLY = {...TEST_ONLY, model: MODEL, 'escalation-model': ESCALATION}
/**
 * The same on the ts-node-test fixture, whose node:test suite judges every
 * attempt: for the tests that are not about narrowing a re-run to the
 * affected test (node:test runs the whole suite each time).
 */
const MODEL_ONLY = {...VITEST_MODEL_ONLY, ...NODE_TEST_COMMAND}

function autofix(
  inputs: Record<string, string>,
  options: Partial<AutofixRunOptions> = {}
): Promise<AutofixRun> {
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    ...options,
    inputs: inputsFor(model, inputs)
  })
}

async function workspaceStatus(): Promise<string> {
  return world!.repo.git(['status', '--porcelain'])
}

// One run, three attempts, each of which goes another way: the first
// passes the failing test but breaks another (reverted with the test it
// broke), the second still fails the failing test (not kept), the last goes
// to the escalation model and holds. (Two runs before, one per path: the
// attempts share one baseline and one checkout now.)
describe('verification reverts a regression, and the last attempt escalates', () => {
  it('reverts a fix that breaks another test, drops one that still fails, and gives the last attempt to the escalation model with extended thinking, which holds', async () => {
    // vitest: the affected test alone passes, the full run catches the regression.
    const github = await start(undefined, 'ts-vitest')
    // Passes the failing test (10 units get 5%) but gives 9 units a discount
    // too, which "gives no discount below 10 units" catches in the full run.
    const regression: Turn[] = [
      toolTurn('replace_in_file', {
        path: 'src/discounts.ts',
        old_string: WRONG,
        new_string: 'quantity >= tier.minQuantity - 1'
      }),
      toolTurn('run_affected_test', {}),
      textTurn('Made the tiers inclusive.')
    ]
    const stillWrong: Turn[] = [
      toolTurn('replace_in_file', {
        path: 'src/discounts.ts',
        old_string: WRONG,
        new_string: 'quantity > tier.minQuantity + 0'
      }),
      textTurn('Normalised the comparison.')
    ]
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt(regression, stillWrong, fixDiscount())
    })
    const run = await autofix({...VITEST_MODEL_ONLY, 'max-attempts-per-failure': '3'})
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('fixed')

    // The regression was reverted with a reason naming the broken test.
    const log = await decisionsOf(run)
    // (Tier 0's own revert, when fixers ran, is logged with key 'tier 0'.)
    const reverted = log.filter(d => d.kind === 'reverted' && d.key !== 'tier 0')
    // The first attempt broke another test; the second did not pass the failing one.
    expect(reverted.map(d => d.attempt)).toEqual([1, 2])
    expect(String(reverted[0]?.reason)).toMatch(/^it broke .*gives no discount below 10 units/)
    expect(String(reverted[1]?.reason)).not.toMatch(/^it broke |changed nothing/)
    // The model heard why its first attempt was reverted.
    const attempts = sessions(model)
    expect(attempts).toHaveLength(3)
    expect(JSON.stringify(attempts[1]?.[0]?.messages)).toContain('gives no discount below 10 units')

    // The first two attempts went to the model, the last to the escalation model, thinking.
    for (const request of [...attempts[0]!, ...attempts[1]!]) {
      expect(request.model).toBe(MODEL)
      expect(request.thinking).toBeUndefined()
    }
    for (const request of attempts[2]!) {
      expect(request.model).toBe(ESCALATION)
      expect(request.thinking).toEqual({type: 'adaptive'})
    }
    expect(log.filter(d => d.kind === 'escalate')).toEqual([
      expect.objectContaining({attempt: 3, model: ESCALATION})
    ])

    // The kept commit holds the right fix only, and it is the branch's one commit.
    const branch = run.io.outputs.branch!
    expect(github.git.readFile(branch, 'src/discounts.ts')).toBe(rightlyFixed(github))
    const [kept, parent] = github.git.log(branch, 2)
    expect(parent?.sha).toBe(github.git.branchSha('main'))
    expect(github.git.run(['diff', '--name-only', `${kept?.sha}^`, kept?.sha as string])).toBe(
      'src/discounts.ts\n'
    )
    const result = (await reportOf(run)).results[0]
    expect(result).toMatchObject({verdict: 'fixed', tier: 2, attempts: 3})
    expect(await workspaceStatus()).toBe('')
  })
})

describe('protected paths', () => {
  it("refuses the model's edit of a protected file: nothing pushed, workspace clean", async () => {
    const github = await start()
    const money = await readFile(join(world!.repo.dir, 'src/money.ts'), 'utf8')
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([
        toolTurn('replace_in_file', {
          path: 'src/money.ts',
          old_string: 'export',
          new_string: '// patched\nexport'
        }),
        textTurn('Patched the money helpers.')
      ])
    })
    const run = await autofix({
      ...MODEL_ONLY,
      'protected-paths': 'src/money.ts',
      'max-attempts-per-failure': '2'
    })
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('not-fixed')
    const refused = model.toolResults()
    expect(refused.length).toBeGreaterThan(0)
    for (const result of refused) {
      expect(result.isError).toBe(true)
      expect(result.text).toMatch(/"src\/money\.ts" is a protected path/)
    }
    expect(await readFile(join(world!.repo.dir, 'src/money.ts'), 'utf8')).toBe(money)
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(await workspaceStatus()).toBe('')
  })

  it('rejects a deterministic fixer that changes a protected directory (guard-rejected)', async () => {
    const github = await start()
    // `src/` names a directory: everything below it is protected, and prettier
    // would rewrite src/money.ts.
    const run = await autofix({
      ...NODE_TEST_COMMAND,
      'fix-commands': 'npx prettier --write .',
      'lint-command': 'none',
      'typecheck-command': 'none',
      'protected-paths': 'src/'
    })
    expect(run.error, said(run)).toBeUndefined()
    const log = await decisionsOf(run)
    const rejected = log.filter(d => d.kind === 'guard-rejected')
    expect(rejected).toHaveLength(1)
    expect(JSON.stringify(rejected[0])).toContain('src/money.ts')
    expect(log.some(d => d.kind === 'committed')).toBe(false)
    expect(run.io.outputs['fixed-count']).toBe('0')
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(await workspaceStatus()).toBe('')
  })
})

describe('budgets', () => {
  it('stops before a call that could cross max-cost-usd, and still sets every output', async () => {
    const github = await start()
    // The first call may cost up to about $0.14 (its whole max_tokens); it is
    // billed 15,000 output tokens ($0.225), so no second call fits in $0.30.
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([
        toolTurn('read_file', {path: 'src/discounts.ts'}, {usage: {output_tokens: 15_000}}),
        ...fixDiscount()
      ])
    })
    const run = await autofix({
      ...MODEL_ONLY,
      'max-cost-usd': '0.30',
      'max-attempts-per-failure': '3'
    })
    const {outputs} = run.io
    expect(run.error, said(run)).toBeUndefined()
    expect(outputs.outcome).toBe('budget-exceeded')
    expect(model.modelCalls).toBe(1)
    expect(Number(outputs['input-tokens'])).toBeGreaterThan(0)
    expect(outputs['output-tokens']).toBe('15000')
    expect(Number(outputs['cost-usd'])).toBeGreaterThanOrEqual(0.225)
    expect(Number(outputs['cost-usd'])).toBeLessThanOrEqual(0.3)
    expect(outputs['report-path']).not.toBe('')

    const log = await decisionsOf(run)
    const stop = log.find(d => d.kind === 'budget-stop')
    expect(String(stop?.message)).toMatch(/^max-cost-usd: /)
    expect((await reportOf(run)).results[0]).toMatchObject({verdict: 'budget-exceeded'})
    // The step's warnings say so in the words classify recognises.
    expect(classifyText(run.io.warnings().join('\n')).category).toBe('budget_exceeded')
    expect(github.git.branches()).toEqual(['main'])
    expect(await workspaceStatus()).toBe('')
  })
})

describe('model API errors', () => {
  it.each([
    ['overloaded_error', 529],
    ['api_error', 500]
  ] as const)(
    'marks the failure not-evaluated when the API keeps answering %s, without crashing',
    async (type, status) => {
      const github = await start()
      model = await startFakeAnthropic({
        models: 'any',
        script: () => errorTurn(type, {retryAfterMs: 5})
      })
      const run = await autofix(MODEL_ONLY)
      expect(run.error, said(run)).toBeUndefined()
      expect(run.io.outputs.outcome).toBe('not-evaluated')
      // The SDK retried (3 retries) before autofix gave up on the failure.
      expect(model.calls).toBe(4)
      const result = (await reportOf(run)).results[0]
      expect(result?.verdict).toBe('not-evaluated')
      expect(result?.reason).toContain(`${status} (${type})`)
      const log = await decisionsOf(run)
      expect(String(log.find(d => d.kind === 'not-evaluated')?.reason)).toContain(type)
      expect(run.io.summary).toContain(type)
      expect(github.git.branches()).toEqual(['main'])
      expect(await workspaceStatus()).toBe('')
    }
  )
})

describe('publishing', () => {
  it('refuses to push when the fix branch moves on the remote while autofix runs, after reporting', async () => {
    const github = await start()
    const branch = 'ci-medic/autofix/race'
    // Deterministic race: when the push starts (git asks for the receive-pack
    // refs, after autofix read the branch with ls-remote and found none),
    // another writer creates the branch. The fake logs each git request
    // synchronously before serving it, so the hook runs in between.
    let theirs: string | undefined
    const gitLog = github.gitRequests
    const record = gitLog.push.bind(gitLog)
    gitLog.push = (...requests: GitHttpRequest[]): number => {
      for (const r of requests) {
        if (theirs === undefined && r.service === 'git-receive-pack' && r.path === '/info/refs') {
          const tree = github.git.run(['rev-parse', 'main^{tree}']).trim()
          theirs = github.git
            .run(['commit-tree', tree, '-p', 'main', '-m', 'a maintainer pushed here'])
            .trim()
          github.git.run(['update-ref', `refs/heads/${branch}`, theirs])
        }
      }
      return record(...requests)
    }
    model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    const run = await autofix({...MODEL_ONLY, fingerprint: 'race'})

    expect(theirs).toBeDefined()
    expect(run.error).toBeInstanceOf(ConfigurationError)
    const moved =
      'The branch ci-medic/autofix/race changed on the remote while autofix ran, so nothing was pushed'
    expect(errorLine(run)).toMatch(new RegExp(`^ci-medic autofix: ${moved}`))
    // The verified work is reported before the step fails: outputs, summary, warning, report.
    expect(run.io.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '1', branch: ''})
    expect(run.io.summary).toContain(`Nothing was published: ${moved}`)
    expect(run.io.warnings()).toEqual([expect.stringContaining(`Nothing was published: ${moved}`)])
    expect((await reportOf(run)).notes).toEqual([
      expect.stringContaining(`Nothing was published: ${moved}`)
    ])
    // The other writer's commit stands; ours did not land; no PR.
    expect(github.git.branchSha(branch)).toBe(theirs)
    expect(github.state.pulls).toHaveLength(0)
    expect(await workspaceStatus()).toBe('')
  })
})

describe('checkouts and projects autofix cannot work on', () => {
  it('nothing-to-fix when the checks pass', async () => {
    const github = await start({
      'src/discounts.ts': null,
      'test/discounts.test.ts': null,
      'src/tax.ts': 'export function taxRate(): number {\n  return 0\n}\n'
    })
    const run = await autofix({
      'fix-commands': 'none',
      'test-command': PASS,
      'lint-command': PASS,
      'typecheck-command': PASS
    })
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs).toMatchObject({outcome: 'nothing-to-fix', 'fixed-count': '0'})
    expect(github.state.pulls).toHaveLength(0)
  })

  it('refuses a workspace with uncommitted changes, and says how to fix it', async () => {
    await start()
    await world!.repo.run('sh', ['-c', 'echo "// local edit" >> src/cart.ts'])
    const run = await autofix({})
    expect(run.error).toBeInstanceOf(ConfigurationError)
    expect(errorLine(run)).toMatch(/^ci-medic autofix: .*uncommitted changes \(src\/cart\.ts\)/)
    expect(run.io.groups).toEqual(['Preconditions'])
    expect(run.io.outputs).toEqual({})
  })

  it('says which input to set when no test command can be found', async () => {
    await start({'package.json': '{"name": "no-scripts", "private": true}\n'})
    const run = await autofix({})
    expect(run.error).toBeInstanceOf(ConfigurationError)
    expect(errorLine(run)).toMatch(/^ci-medic autofix: No test command found: set test-command/)
  })

  it('refuses a workspace that is not a git checkout', async () => {
    await start()
    const dir = await mkdtemp(join(tmpdir(), 'ci-medic-not-git-'))
    try {
      const run = await autofix({}, {workspace: dir})
      expect(run.error).toBeInstanceOf(ConfigurationError)
      expect(errorLine(run)).toMatch(/is not a git checkout\. Add actions\/checkout/)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('kills a test command that hangs at its timeout and still reports', async () => {
    await start()
    const run = await autofix({
      'fix-commands': 'none',
      'test-command': 'node -e "setInterval(() => {}, 1000)"',
      'lint-command': 'none',
      'typecheck-command': 'none',
      'command-timeout-minutes': '0.05',
      'dry-run': 'true'
    })
    expect(run.error, said(run)).toBeUndefined()
    expect((await reportOf(run)).results.some(r => r.category === 'timeout')).toBe(true)
  })
})
