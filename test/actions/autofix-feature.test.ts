// autofix `task: issue` in-process: runAutofix on deps built as the runner
// builds them, on the ts-vitest fixture checked out from the fake GitHub,
// with the real vitest and tsc judging every stream, and the fake Anthropic
// API playing a scripted model (a stand-in for Claude, only in tests) that
// plans through submit_plan and writes files through the real, confined tools.
import {afterEach, describe, expect, it} from 'vitest'
import {BUILD_LABEL, type FeaturePlan} from '../../src/core/feature/index.js'
import {
  startFakeAnthropic,
  textTurn,
  type FakeAnthropic,
  type MessagesRequest
} from '../fakes/anthropic/index.js'
import {setRepoRole} from '../fakes/github/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  inputsFor,
  NODE_TEST_COMMAND,
  runAutofixInProcess,
  said,
  TEST_ONLY,
  type AutofixRun,
  type Checkout
} from '../harness/autofix-run.js'
import {
  CONTRACT,
  CORE,
  featureModel,
  greenFixture,
  NODE_CORE,
  NODE_TESTS,
  PLAN,
  planTurns,
  SPEC,
  TESTS,
  write,
  type Scripts
} from '../harness/feature-build.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  world = model = undefined
})

/** The world; `runner: 'node'` builds on ts-node-test, judged by node:test instead of vitest. */
async function start(scripts: Scripts = {}): Promise<Checkout> {
  const fixture = scripts.runner === 'node' ? 'ts-node-test' : 'ts-vitest'
  world = await checkout({fixture, files: greenFixture(fixture)})
  model = await startFakeAnthropic({script: featureModel(scripts)})
  return world
}

function labeledEvent(issue: number, sender: string): Record<string, unknown> {
  return {
    action: 'labeled',
    label: {name: BUILD_LABEL},
    sender: {login: sender, type: 'User'},
    issue: {number: issue},
    repository: {full_name: world!.github.fullName}
  }
}

function build(
  inputs: Record<string, string>,
  event: {name: string; payload: Record<string, unknown>}
): Promise<AutofixRun> {
  const onNodeTest = world!.repo.name === 'ts-node-test' ? NODE_TEST_COMMAND : {}
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    eventName: event.name,
    event: event.payload,
    inputs: inputsFor(model, {task: 'issue', ...TEST_ONLY, ...onNodeTest, ...inputs})
  })
}

const dispatch = (issue: number) => ({
  name: 'workflow_dispatch',
  payload: {inputs: {'issue-number': String(issue)}}
})

/** The errors the model's tools answered with (each once, though later requests repeat them). */
function toolErrors(): string[] {
  const errors = (model!.requests as MessagesRequest[]).flatMap(r =>
    r.messages.flatMap(m =>
      typeof m.content === 'string'
        ? []
        : m.content.flatMap(b =>
            b.type === 'tool_result' && b.is_error ? [JSON.stringify(b.content)] : []
          )
    )
  )
  return [...new Set(errors)]
}

// ------------------------------------------------------------ the tests

describe('autofix task: issue', () => {
  it('builds a feature issue: the contract committed first, two streams, one PR that refers to the issue, checks green', async () => {
    const {github} = await start()
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const run = await build(
      {'issue-number': String(issue.number), 'typecheck-command': ''},
      dispatch(issue.number)
    )
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs).toMatchObject({
      outcome: 'fixed',
      'fixed-count': '2',
      'failed-count': '0'
    })
    const branch = `ci-medic/feature-${issue.number}`
    expect(run.io.outputs.branch).toBe(branch)

    // Oldest first: the contract, then the streams in the plan's order.
    const commits = github.git.log(branch, 3).reverse()
    expect(commits.map(c => c.subject)).toEqual([
      'feat: contract for Coupon codes',
      'feat(core): applyCoupon in src/coupons.ts',
      'feat(tests): tests for applyCoupon'
    ])
    expect(github.git.readFile(branch, 'src/coupon-types.ts')).toBe(CONTRACT)
    expect(github.git.readFile(branch, 'src/coupons.ts')).toBe(CORE)
    expect(github.git.readFile(branch, 'test/coupons.test.ts')).toBe(TESTS)

    expect(github.state.pulls).toHaveLength(1)
    const body = github.state.issue(String(github.state.pulls[0]!.number))?.body ?? ''
    expect(body.startsWith(`Refs #${issue.number}\n`)).toBe(true)
    expect(body).not.toMatch(/\b(close[sd]?|fix(e[sd])?|resolve[sd]?) #\d/i)
    expect(body).toContain('## Contract')
    expect(body).toContain('export type ApplyCoupon')
    expect(body).toMatch(/\| core \| built, verified \| 1 \| src\/coupons.ts \|/)
    expect(body).toContain('| streams (one after another in this job) | 2 |')
    expect(body).toContain('| contract changes after the plan | 0 |')
    // The integrated checks on a clean checkout: vitest and tsc, nothing failing.
    expect(body).toMatch(/\| node_modules\/.bin\/vitest run[^|]*\| 0 \|/)
    expect(body).toMatch(/\| node_modules\/.bin\/tsc --noEmit \| 0 \|/)
    expect(github.state.comments).toHaveLength(0)
  })

  it('refuses an issue by someone without write access: one comment, no PR, no model', async () => {
    const {github} = await start()
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: 'stranger'})
    const run = await build({}, {name: 'issues', payload: labeledEvent(issue.number, github.owner)})
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('not-evaluated')
    expect(github.state.pulls).toHaveLength(0)
    expect(github.git.branches()).toEqual(['main'])
    expect(model!.requests).toHaveLength(0)
    const comments = github.state.commentsOn(issue.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(
      /written by @\u200bstranger \(author_association CONTRIBUTOR\)/
    )
  })

  it('refuses the label applied by a read-only user, even on a trusted issue', async () => {
    const {github} = await start()
    setRepoRole(github.state, 'reader', 'triage')
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const run = await build({}, {name: 'issues', payload: labeledEvent(issue.number, 'reader')})
    expect(run.error, said(run)).toBeUndefined()
    expect(github.state.pulls).toHaveLength(0)
    expect(model!.requests).toHaveLength(0)
    const comments = github.state.commentsOn(issue.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/whose permission on this repository is read/)
    expect(github.requestsTo('GET', /\/collaborators\/reader\/permission$/)).toHaveLength(1)
  })

  it('asks for acceptance criteria when the issue has none: a comment, no PR', async () => {
    const {github} = await start()
    const issue = github.addIssue({
      title: 'Coupons',
      body: 'It would be great to have coupons.',
      user: github.owner
    })
    const run = await build({'issue-number': String(issue.number)}, dispatch(issue.number))
    expect(run.error, said(run)).toBeUndefined()
    expect(github.state.pulls).toHaveLength(0)
    expect(model!.requests).toHaveLength(0)
    const comments = github.state.commentsOn(issue.number)
    expect(comments.map(c => c.body)).toEqual([
      expect.stringMatching(/no testable acceptance criteria/)
    ])
  })

  it('re-plans a plan whose streams share a file once, then runs it as one stream', async () => {
    const shared: FeaturePlan = {
      ...PLAN,
      streams: [
        {id: 'core', goal: 'x', owns: ['src/coupons.ts'], criteria: [1]},
        {id: 'tests', goal: 'y', owns: ['src/coupons.ts', 'test/coupons.test.ts'], criteria: [2]}
      ]
    }
    // The plan's checks, not the runner: node:test judges the streams.
    const {github} = await start({runner: 'node', plan: () => planTurns(shared)})
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const run = await build({'issue-number': String(issue.number)}, dispatch(issue.number))
    expect(run.error, said(run)).toBeUndefined()
    const plans = (model!.requests as MessagesRequest[]).filter(
      r => r.messages.length === 1 && JSON.stringify(r.messages[0]).includes('Plan the build')
    )
    expect(plans).toHaveLength(2)
    expect(JSON.stringify(plans[1]!.messages[0])).toMatch(
      /previous plan was refused[^]*streams 'core' and 'tests' would share files/
    )
    const branch = `ci-medic/feature-${issue.number}`
    expect(github.git.log(branch, 2).map(c => c.subject)).toEqual([
      expect.stringMatching(/^feat\(all\): /),
      'feat: contract for Coupon codes'
    ])
    const body = github.state.issue(String(github.state.pulls[0]!.number))?.body ?? ''
    expect(body).toMatch(/Run as one stream: the re-plan was refused too/)
  })

  it("refuses, in the tools, a stream's write outside its own files; the stream still builds its own", async () => {
    const {github} = await start({
      runner: 'node',
      core: [
        write('test/coupons.test.ts', 'export {}\n'),
        write('src/coupon-types.ts', 'export type Coupon = unknown\n'),
        write('src/coupons.ts', NODE_CORE),
        textTurn('Built applyCoupon; the other writes were refused.')
      ]
    })
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const run = await build({'issue-number': String(issue.number)}, dispatch(issue.number))
    expect(run.error, said(run)).toBeUndefined()
    expect(toolErrors()).toEqual([
      expect.stringMatching(
        /test\/coupons.test.ts.*is not owned by stream 'core' \(stream 'tests' owns it\)/
      ),
      expect.stringMatching(/src\/coupon-types.ts.*is a contract file of the plan/)
    ])
    const branch = `ci-medic/feature-${issue.number}`
    expect(github.git.readFile(branch, 'src/coupon-types.ts')).toBe(CONTRACT)
    expect(github.git.readFile(branch, 'test/coupons.test.ts')).toBe(NODE_TESTS)
    expect(run.io.outputs.outcome).toBe('fixed')
  })

  it('reverts and reports a stream attempt that breaks the contract; its next attempt is kept', async () => {
    // node:test runs the broken core as it is (type stripping): tsc is what catches it, as
    // vitest would not either.
    const breaksContract = NODE_CORE.replace(
      '(totalCents, code) =>',
      '(totalCents: string, code) =>'
    )
    expect(breaksContract).not.toBe(NODE_CORE)
    const {github} = await start({
      runner: 'node',
      core: [write('src/coupons.ts', breaksContract), textTurn('Built (with a string total).')],
      coreAgain: [
        write('src/coupons.ts', NODE_CORE),
        textTurn('Implemented the contract as declared.')
      ]
    })
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const run = await build(
      {'issue-number': String(issue.number), 'typecheck-command': ''},
      dispatch(issue.number)
    )
    expect(run.error, said(run)).toBeUndefined()
    const retry = (model!.requests as MessagesRequest[]).find(
      r => r.messages.length === 1 && JSON.stringify(r.messages[0]).includes('Earlier attempts')
    )
    expect(JSON.stringify(retry?.messages[0])).toMatch(/Reverted: it broke[^]*src\/coupons.ts/)
    const branch = `ci-medic/feature-${issue.number}`
    expect(github.git.readFile(branch, 'src/coupons.ts')).toBe(NODE_CORE)
    const body = github.state.issue(String(github.state.pulls[0]!.number))?.body ?? ''
    expect(body).toMatch(/\| core \| built, verified \| 2 \|/)
    expect(body).toContain('| integration failures found / fixed | 1 / 1 |')
  })
})
