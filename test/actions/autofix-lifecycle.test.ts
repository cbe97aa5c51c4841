// autofix's PR lifecycle across reruns (issue #10, item 7): the push's lease
// is the sha autofix itself pushed last (the hidden marker in its PR body),
// so a maintainer's commit on the fix branch is kept and the new fix goes to
// a branch of its own; and the stale PR is closed only when the checks ran
// and passed, never after a model outage or a budget stop. In-process runs
// (test/harness/autofix-run.ts) on a fixture repository, against the fake
// GitHub (its bare remote at GITHUB_SERVER_URL) and a scripted model.
import {afterEach, describe, expect, it} from 'vitest'
import {
  errorTurn,
  startFakeAnthropic,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  fixDiscount,
  inputsFor,
  NODE_TEST_COMMAND,
  PASS,
  perAttempt,
  reportOf,
  runAutofixInProcess,
  said,
  TEST_ONLY,
  type AutofixRun,
  type Checkout
} from '../harness/autofix-run.js'

const models: FakeAnthropic[] = []
let world: Checkout | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await Promise.all(models.splice(0).map(m => m.close()))
  await world?.repo.cleanup()
  world = undefined
})

const FINGERPRINT = 'lifecycle'
const BRANCH = `ci-medic/autofix/${FINGERPRINT}`

/** One autofix run on a fresh checkout of main, with `model` answering. */
async function autofix(
  model: FakeAnthropic | undefined,
  inputs: Record<string, string> = {}
): Promise<AutofixRun> {
  await world!.repo.git(['reset', '--quiet', '--hard', world!.repo.head])
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    inputs: inputsFor(model, {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      fingerprint: FINGERPRINT,
      ...inputs
    })
  })
}

async function fixingModel(): Promise<FakeAnthropic> {
  const model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
  models.push(model)
  return model
}

/** A first run that fixes the failing test and opens the PR; returns its number. */
async function openedFix(): Promise<number> {
  const first = await autofix(await fixingModel())
  expect(first.error, said(first)).toBeUndefined()
  expect(first.io.outputs.branch).toBe(BRANCH)
  const github = world!.github
  expect(github.state.pulls).toHaveLength(1)
  const pr = github.state.pulls[0]!
  // The PR body remembers what autofix pushed: the lease of its next push.
  expect(github.state.issue(pr.number)!.body).toContain(
    `<!-- ci-medic:pushed ${github.git.branchSha(BRANCH)} -->`
  )
  return pr.number
}

function expectOpen(number: number): void {
  const github = world!.github
  expect(github.state.issue(number)?.state).toBe('open')
  expect(
    github.state
      .commentsOn(number)
      .map(c => c.body)
      .join('\n')
  ).not.toMatch(/closed/)
}

describe('a branch someone else committed on', () => {
  it('keeps the maintainer’s commit and opens a second branch and PR, saying why', async () => {
    world = await checkout({fixture: 'ts-node-test'})
    const {github} = world
    const first = await openedFix()
    // A maintainer adds a commit on top of autofix's.
    const tree = github.git.run(['rev-parse', `${BRANCH}^{tree}`]).trim()
    const theirs = github.git
      .run(['commit-tree', tree, '-p', BRANCH, '-m', 'maintainer: tweak the fix'])
      .trim()
    github.git.run(['update-ref', `refs/heads/${BRANCH}`, theirs])

    const second = await autofix(await fixingModel())
    expect(second.error, said(second)).toBeUndefined()
    // Their commit stands; the fix went to a branch of this run.
    expect(github.git.branchSha(BRANCH)).toBe(theirs)
    const diverted = `${BRANCH}-7000`
    expect(second.io.outputs.branch).toBe(diverted)
    expect(github.git.branchSha(diverted)).toBe(await world.repo.git(['rev-parse', 'HEAD']))
    expect(github.state.pulls).toHaveLength(2)
    const pr = github.state.pulls.find(p => p.number !== first)!
    expect(second.io.outputs['pr-number']).toBe(String(pr.number))
    const why = `${BRANCH} has commits ci-medic did not push`
    expect(github.state.issue(pr.number)!.body).toContain(why)
    expect(second.io.warnings().join('\n')).toContain(why)
    expect((await reportOf(second)).journal.map(e => e.text).join('\n')).toContain(why)
    expect(second.io.summary).toContain(why)
    // The first PR is left as it was.
    expectOpen(first)
  }, 240_000)
})

describe('closing the stale PR', () => {
  it('leaves it open after a model outage (529, 401) and a budget stop; closes it once the checks pass', async () => {
    world = await checkout({fixture: 'ts-node-test'})
    const {github} = world
    const pr = await openedFix()
    const pushed = github.git.branchSha(BRANCH)

    for (const [type, status] of [
      ['overloaded_error', 529],
      ['authentication_error', 401]
    ] as const) {
      const down = await startFakeAnthropic({
        models: 'any',
        script: () => errorTurn(type, {status, retryAfterMs: 5})
      })
      models.push(down)
      const run = await autofix(down)
      expect(run.error, said(run)).toBeUndefined()
      expect(run.io.outputs.outcome).toBe('not-evaluated')
      expectOpen(pr)
    }

    const costly = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([
        toolTurn('read_file', {path: 'src/discounts.ts'}, {usage: {output_tokens: 15_000}})
      ])
    })
    models.push(costly)
    const stopped = await autofix(costly, {'max-cost-usd': '0.30'})
    expect(stopped.error, said(stopped)).toBeUndefined()
    expect(stopped.io.outputs.outcome).toBe('budget-exceeded')
    expectOpen(pr)
    expect(github.git.branchSha(BRANCH)).toBe(pushed)

    // The checks ran and passed: nothing left to fix, so the PR is closed.
    const green = await autofix(undefined, {'test-command': PASS})
    expect(green.error, said(green)).toBeUndefined()
    expect(green.io.outputs.outcome).toBe('nothing-to-fix')
    expect(github.state.issue(pr)?.state).toBe('closed')
    expect(github.state.commentsOn(pr).at(-1)?.body).toMatch(/nothing left to fix/)
  }, 360_000)
})
