// autofix end to end, the hard paths: a fix that breaks another test, a
// protected-path edit, escalation, a budget stop, model API errors, a push
// rejected because the branch moved, and the workflow_dispatch path started
// by classify. The bundled action runs on a real fixture repository with the
// fake GitHub (and its bare git remote) and the fake Anthropic API playing a
// scripted model (a stand-in for Claude, only in tests) that edits files
// through the real tools.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {classifyText} from '../../src/core/classify/index.js'
import {afterEach, describe, expect, it} from 'vitest'
import {
  errorTurn,
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type MessagesRequest,
  type ScriptFn,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub, type GitHttpRequest} from '../fakes/github/index.js'
import {workflowDispatchEvent} from '../harness/events.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupRun,
  runAction,
  type ActionRun,
  type RunActionOptions
} from '../harness/run-action.js'

const TOKEN = 'ghs_autofixtoken'
const MODEL = 'claude-sonnet-5-5'
const ESCALATION = 'claude-opus-5-5'
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
async function checkout(): Promise<{repo: FixtureRepo; github: FakeGitHub}> {
  const repo = await createFixtureRepo('ts-vitest')
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

/**
 * Only the failing vitest test is left to fix: no fixers, trivial lint and
 * typecheck (these tests are about the model tiers, not the other checks).
 */
const MODEL_ONLY = {
  'fix-commands': 'none',
  'lint-command': 'node -e "process.exit(0)"',
  'typecheck-command': 'node -e "process.exit(0)"',
  model: MODEL,
  'escalation-model': ESCALATION
}

async function autofix(
  inputs: Record<string, string>,
  extra: {anthropic?: FakeAnthropic; options?: RunActionOptions} = {}
): Promise<ActionRun> {
  const run = await runAction('autofix', {
    workspace: fixture!.dir,
    apiUrl: fake!.url,
    repository: 'octo-org/order-pricing',
    ...extra.options,
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

interface Decision {
  kind: string
  [key: string]: unknown
}

async function decisions(run: ActionRun): Promise<Decision[]> {
  const text = await readFile(
    join(run.runnerDir, 'temp', 'ci-medic', 'autofix-decisions.jsonl'),
    'utf8'
  )
  return text
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Decision)
}

interface Report {
  outcome: {outcome: string}
  results: {
    verdict: string
    tier: number | null
    attempts: number
    reason?: string
    files: string[]
  }[]
}

async function report(run: ActionRun): Promise<Report> {
  return JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as Report
}

/**
 * A scripted model that plays one script per fix attempt: an attempt's
 * session starts with a request holding no assistant turn, and within it the
 * Nth request gets turn N. The last script (and a script's last turn) repeats.
 */
function perAttempt(...attempts: Turn[][]): ScriptFn {
  let attempt = -1
  return request => {
    const turn = request.messages.filter(m => m.role === 'assistant').length
    if (turn === 0) attempt += 1
    const script = attempts[Math.min(attempt, attempts.length - 1)] as Turn[]
    return script[Math.min(turn, script.length - 1)] as Turn
  }
}

/** The requests the fake received, split into one list per session (fix attempt). */
function sessions(anthropic: FakeAnthropic): MessagesRequest[][] {
  const out: MessagesRequest[][] = []
  for (const request of anthropic.requests as MessagesRequest[]) {
    if (!request.messages.some(m => m.role === 'assistant')) out.push([])
    out.at(-1)?.push(request)
  }
  return out
}

const WRONG = 'quantity > tier.minQuantity'
const RIGHT = 'quantity >= tier.minQuantity'

/** The right fix of the off-by-one in src/discounts.ts, through the tools. */
function fixDiscount(): Turn[] {
  return [
    toolTurn('read_file', {path: 'src/discounts.ts'}),
    toolTurn('replace_in_file', {path: 'src/discounts.ts', old_string: WRONG, new_string: RIGHT}),
    toolTurn('run_affected_test', {}),
    textTurn('The tier check excluded the minimum quantity; it is inclusive now.')
  ]
}

/** discounts.ts as the right fix leaves it, from the remote's main branch. */
function rightlyFixed(github: FakeGitHub): string {
  const source = github.git.readFile('main', 'src/discounts.ts') as string
  expect(source).toContain(WRONG)
  return source.replace(WRONG, RIGHT)
}

describe('verification reverts a regression', () => {
  it('reverts a fix that breaks another test, then keeps the next attempt that holds', async () => {
    const {github} = await checkout()
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
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt(regression, fixDiscount())
    })
    const run = await autofix(MODEL_ONLY, {anthropic: model})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('fixed')

    // The regression was reverted with a reason naming the broken test.
    const log = await decisions(run)
    // (Tier 0's own revert, when fixers ran, is logged as failure 'tier 0'.)
    const reverted = log.filter(d => d.kind === 'reverted' && d.key !== 'tier 0')
    expect(reverted).toHaveLength(1)
    expect(String(reverted[0]?.reason)).toMatch(/^it broke .*gives no discount below 10 units/)
    // The model heard why its first attempt was reverted.
    const [, second] = sessions(model)
    expect(JSON.stringify(second?.[0]?.messages)).toContain('gives no discount below 10 units')

    // The kept commit holds the right fix only, and it is the branch's one commit.
    const branch = run.outputs.branch as string
    expect(github.git.readFile(branch, 'src/discounts.ts')).toBe(rightlyFixed(github))
    const [kept, parent] = github.git.log(branch, 2)
    expect(parent?.sha).toBe(github.git.branchSha('main'))
    expect(github.git.run(['diff', '--name-only', `${kept?.sha}^`, kept?.sha as string])).toBe(
      'src/discounts.ts\n'
    )
    const result = (await report(run)).results[0]
    expect(result).toMatchObject({verdict: 'fixed', tier: 1, attempts: 2})
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })
})

describe('protected paths', () => {
  it("refuses the model's edit of a protected file: nothing pushed, workspace clean", async () => {
    const {github} = await checkout()
    const money = await readFile(join(fixture!.dir, 'src/money.ts'), 'utf8')
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
    const run = await autofix(
      {...MODEL_ONLY, 'protected-paths': 'src/money.ts', 'max-attempts-per-failure': '2'},
      {anthropic: model}
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('not-fixed')
    const refused = model.toolResults()
    expect(refused.length).toBeGreaterThan(0)
    for (const result of refused) {
      expect(result.isError).toBe(true)
      expect(result.text).toMatch(/"src\/money\.ts" is a protected path/)
    }
    expect(await readFile(join(fixture!.dir, 'src/money.ts'), 'utf8')).toBe(money)
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })

  it('rejects a deterministic fixer that changes a protected directory (guard-rejected)', async () => {
    const {github} = await checkout()
    // `src/` names a directory: everything below it is protected, and prettier
    // would rewrite src/money.ts.
    const run = await autofix({
      'fix-commands': 'npx prettier --write .',
      'lint-command': 'node -e "process.exit(0)"',
      'typecheck-command': 'node -e "process.exit(0)"',
      'protected-paths': 'src/'
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const log = await decisions(run)
    const rejected = log.filter(d => d.kind === 'guard-rejected')
    expect(rejected).toHaveLength(1)
    expect(JSON.stringify(rejected[0])).toContain('src/money.ts')
    expect(log.some(d => d.kind === 'committed')).toBe(false)
    expect(run.outputs['fixed-count']).toBe('0')
    expect(github.git.branches()).toEqual(['main'])
    expect(github.state.pulls).toHaveLength(0)
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })
})

describe('escalation', () => {
  it('gives the last attempt to the escalation model with extended thinking', async () => {
    const {github} = await checkout()
    const stillWrong: Turn[] = [
      toolTurn('replace_in_file', {
        path: 'src/discounts.ts',
        old_string: WRONG,
        new_string: 'quantity > tier.minQuantity + 0'
      }),
      textTurn('Normalised the comparison.')
    ]
    const giveUp: Turn[] = [textTurn('I do not see what is wrong.')]
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt(stillWrong, giveUp, fixDiscount())
    })
    const run = await autofix({...MODEL_ONLY, 'max-attempts-per-failure': '3'}, {anthropic: model})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('fixed')

    const attempts = sessions(model)
    expect(attempts).toHaveLength(3)
    for (const request of [...attempts[0]!, ...attempts[1]!]) {
      expect(request.model).toBe(MODEL)
      expect(request.thinking).toBeUndefined()
    }
    for (const request of attempts[2]!) {
      expect(request.model).toBe(ESCALATION)
      expect(request.thinking).toMatchObject({type: 'enabled'})
      expect(request.max_tokens).toBeGreaterThan(request.thinking?.budget_tokens ?? Infinity)
    }

    const result = (await report(run)).results[0]
    expect(result).toMatchObject({verdict: 'fixed', tier: 2, attempts: 3})
    const log = await decisions(run)
    expect(log.filter(d => d.kind === 'escalate')).toEqual([
      expect.objectContaining({attempt: 3, model: ESCALATION})
    ])
    expect(github.git.readFile(run.outputs.branch as string, 'src/discounts.ts')).toBe(
      rightlyFixed(github)
    )
  })
})

describe('budgets', () => {
  it('stops before a call that could cross max-cost-usd, and still sets every output', async () => {
    const {github} = await checkout()
    // The first call may cost up to about $0.14 (its whole max_tokens); it is
    // billed 15,000 output tokens ($0.225), so no second call fits in $0.30.
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([
        toolTurn('read_file', {path: 'src/discounts.ts'}, {usage: {output_tokens: 15_000}}),
        ...fixDiscount()
      ])
    })
    const run = await autofix(
      {...MODEL_ONLY, 'max-cost-usd': '0.30', 'max-attempts-per-failure': '3'},
      {anthropic: model}
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('budget-exceeded')
    expect(model.modelCalls).toBe(1)
    expect(Number(run.outputs['input-tokens'])).toBeGreaterThan(0)
    expect(run.outputs['output-tokens']).toBe('15000')
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThanOrEqual(0.225)
    expect(Number(run.outputs['cost-usd'])).toBeLessThanOrEqual(0.3)
    expect(run.outputs['report-path']).not.toBe('')

    const log = await decisions(run)
    const stop = log.find(d => d.kind === 'budget-stop')
    expect(String(stop?.message)).toMatch(/^max-cost-usd: /)
    expect((await report(run)).results[0]).toMatchObject({verdict: 'budget-exceeded'})
    // The step's own log says so in the words classify recognises.
    expect(classifyText(run.stdout).category).toBe('budget_exceeded')
    expect(github.git.branches()).toEqual(['main'])
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })
})

describe('model API errors', () => {
  it.each([
    ['overloaded_error', 529],
    ['api_error', 500]
  ] as const)(
    'marks the failure not-evaluated when the API keeps answering %s, without crashing',
    async (type, status) => {
      const {github} = await checkout()
      model = await startFakeAnthropic({
        models: 'any',
        script: () => errorTurn(type, {retryAfterMs: 5})
      })
      const run = await autofix(MODEL_ONLY, {anthropic: model})
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs.outcome).toBe('not-evaluated')
      // The SDK retried (3 retries) before autofix gave up on the failure.
      expect(model.calls).toBe(4)
      const result = (await report(run)).results[0]
      expect(result?.verdict).toBe('not-evaluated')
      expect(result?.reason).toContain(`${status} (${type})`)
      const log = await decisions(run)
      expect(String(log.find(d => d.kind === 'not-evaluated')?.reason)).toContain(type)
      expect(run.summary).toContain(type)
      expect(github.git.branches()).toEqual(['main'])
      expect(await fixture!.git(['status', '--porcelain'])).toBe('')
    }
  )

  it('rides out one 429 with the SDK retry and fixes the failure', async () => {
    await checkout()
    model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    model.failNext('rate_limit_error', {retryAfterMs: 5})
    const run = await autofix(MODEL_ONLY, {anthropic: model})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('fixed')
    expect(model.exchanges[0]?.status).toBe(429)
    expect(model.calls).toBe(model.modelCalls + 1)
  })
})

describe('publishing', () => {
  it('refuses to push when the fix branch moves on the remote while autofix runs', async () => {
    const {github} = await checkout()
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
    const run = await autofix({...MODEL_ONLY, fingerprint: 'race'}, {anthropic: model})

    expect(theirs).toBeDefined()
    expect(run.code).toBe(1)
    expect(run.annotations.map(a => a.message).join('\n')).toMatch(
      /The branch ci-medic\/autofix\/race changed on the remote while autofix ran, so nothing was pushed/
    )
    // The other writer's commit stands; ours did not land; no PR.
    expect(github.git.branchSha(branch)).toBe(theirs)
    expect(github.state.pulls).toHaveLength(0)
    expect(await fixture!.git(['status', '--porcelain'])).toBe('')
  })
})

describe('dispatched by classify', () => {
  it('runs on workflow_dispatch with the run id and fingerprint, and names the run in the PR', async () => {
    const {github} = await checkout()
    const failed = github.addWorkflowRun({
      workflow: 'ci.yml',
      name: 'CI',
      jobs: [{name: 'test', conclusion: 'failure', log: 'FAIL test/discounts.test.ts'}]
    })
    const dispatched = {'run-id': String(failed.id), fingerprint: 'abc'}
    model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    const run = await autofix(
      {...MODEL_ONLY, ...dispatched},
      {
        anthropic: model,
        options: {eventName: 'workflow_dispatch', event: workflowDispatchEvent(dispatched)}
      }
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('fixed')
    expect(run.outputs.branch).toBe('ci-medic/autofix/abc')
    expect(github.git.branches()).toEqual(['ci-medic/autofix/abc', 'main'])
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(pr.head).toBe('ci-medic/autofix/abc')
    const body = github.state.issue(pr.number)?.body ?? ''
    expect(body).toContain(`#${failed.id}`)
    expect(body).toContain('`abc`')
  })
})
