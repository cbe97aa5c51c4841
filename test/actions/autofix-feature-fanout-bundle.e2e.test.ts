// autofix task: issue on matrix jobs (stage: plan | work | integrate): the
// build through the bundle (dist/autofix/index.mjs) as the jobs of one
// workflow run, each in its own checkout (the work jobs started at once, as
// strategy.matrix does), sharing the loopback artifact service through
// @actions/artifact's real protocol; then the publish job. Real node:test and
// tsc on the ts-node-test fixture (the build on the fan-out is the subject, not
// the runner: the bundle's vitest path is autofix-bundle.e2e's scheduled fix,
// and autofix-feature.test.ts's contract-first build reads vitest's rows), and
// a scripted model (a stand-in for Claude, only in tests) that plans a contract
// and two streams and writes each stream's files through the real, confined
// tools. The refusal runs in-process.
import {readFile} from 'node:fs/promises'
import {afterEach, describe, expect, it} from 'vitest'
import {BUILD_LABEL} from '../../src/core/feature/index.js'
import type {FanoutPlan} from '../../src/core/fanout/index.js'
import {said as saidInProcess} from '../harness/autofix-run.js'
import {cleanupPublishRuns, publishInProcess} from '../harness/publish-run.js'
import {
  CONTRACT,
  featureModel,
  greenFixture,
  NODE_CORE,
  NODE_TESTS,
  SPEC
} from '../harness/feature-build.js'
import {featureWorld, matrixGroups, stageBundle, stageInProcess} from '../harness/fanout-run.js'
import type {ActionRun} from '../harness/run-action.js'

const said = (r: ActionRun): string => r.stdout + r.stderr

afterEach(cleanupPublishRuns)

const dispatch = (issue: number) => ({
  name: 'workflow_dispatch',
  payload: {inputs: {'issue-number': String(issue)}}
})

describe('autofix task: issue on the fan-out', () => {
  it('plans a contract and 2 streams, builds each in its own work job, integrates one PR whose checks pass', async () => {
    const world = await featureWorld(
      greenFixture('ts-node-test'),
      featureModel({runner: 'node'}),
      'ts-node-test'
    )
    const {github} = world
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const inputs = {task: 'issue', 'issue-number': String(issue.number), 'typecheck-command': ''}

    const plan = await stageBundle(world, 'plan', inputs, {event: dispatch(issue.number)})
    expect(plan.code, said(plan)).toBe(0)
    const groups = matrixGroups(plan.outputs.matrix)
    expect(groups.map(g => g.group)).toEqual(['g-1core', 'g-2tests'])
    expect(groups[0]!.label).toMatch(/^core: applyCoupon/)
    const file = JSON.parse(await readFile(plan.outputs['plan-path']!, 'utf8')) as FanoutPlan
    expect(file.feature?.plan.contracts.map(c => c.path)).toEqual(['src/coupon-types.ts'])
    expect(file.feature?.issue.number).toBe(issue.number)
    expect(file.groups.map(g => g.files)).toEqual([['src/coupons.ts'], ['test/coupons.test.ts']])
    // Plan and work hold no write token's work: nothing is pushed before integrate.
    expect(github.git.branches()).toEqual(['main'])

    // strategy.matrix starts the work jobs together.
    const works = await Promise.all(
      groups.map((g, i) =>
        stageBundle(world, 'work', {...inputs, group: g.group}, {runner: `runner-${i + 1}`})
      )
    )
    for (const work of works) {
      expect(work.code, said(work)).toBe(0)
      expect(work.outputs.outcome, work.summary).toBe('fixed')
    }
    expect(github.git.branches()).toEqual(['main'])

    // integrate holds no write token (publish: separate-job): one proposal, which the publish job pushes.
    const integrate = await stageBundle(world, 'integrate', {...inputs, publish: 'separate-job'})
    expect(integrate.code, said(integrate)).toBe(0)
    expect(integrate.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '2'})
    expect(github.git.branches()).toEqual(['main'])
    const published = await publishInProcess(github, integrate.outputs['proposal-path']!, {
      runId: world.runId
    })
    expect(published.error).toBeUndefined()
    const branch = `ci-medic/feature-${issue.number}`
    // Oldest first: the contract, then the streams in group order.
    expect(
      github.git
        .log(branch, 3)
        .reverse()
        .map(c => c.subject)
    ).toEqual([
      'feat: contract for Coupon codes',
      'feat(core): applyCoupon in src/coupons.ts',
      'feat(tests): tests for applyCoupon'
    ])
    expect(github.git.readFile(branch, 'src/coupon-types.ts')).toBe(CONTRACT)
    expect(github.git.readFile(branch, 'src/coupons.ts')).toBe(NODE_CORE)
    expect(github.git.readFile(branch, 'test/coupons.test.ts')).toBe(NODE_TESTS)

    expect(github.state.pulls).toHaveLength(1)
    expect(github.state.pulls[0]!.head).toBe(branch)
    expect(github.state.issue(String(github.state.pulls[0]!.number))?.title).toMatch(
      /^feat: Coupon codes \(ci-medic build of #/
    )
    const body = github.state.issue(String(github.state.pulls[0]!.number))?.body ?? ''
    expect(body.startsWith(`Refs #${issue.number}\n`)).toBe(true)
    expect(body).toContain('export type ApplyCoupon')
    expect(body).toMatch(/\| core \| built, verified \| 1 \| src\/coupons.ts \|/)
    // The per-stream table of the matrix jobs: group, runner, time, cost, status.
    expect(body).toMatch(/\| `g-1core` \| runner-1 \| \d+s \| \$0\.\d\d \| 1 \/ 0 \| applied \|/)
    expect(body).toMatch(/\| `g-2tests` \| runner-2 \| \d+s \| [^|]+ \| 1 \/ 0 \| applied \|/)
    expect(body).toContain('| streams (one matrix job each, in parallel) | 2 |')
    expect(body).toContain('| integration failures found / fixed | 0 / 0 |')
    expect(body).toContain('| contract changes after the plan | 0 |')
    // The full checks on the integrated build: node:test across both streams, nothing failing.
    expect(body).toMatch(/\| node --test --test-isolation=none[^|]*\| 0 \|/)
  })

  it('refuses at plan an issue labeled by a user without write access: no model, no matrix, one comment', async () => {
    const world = await featureWorld(greenFixture(), featureModel())
    const {github} = world
    const issue = github.addIssue({title: 'Coupon codes', body: SPEC, user: github.owner})
    const labeled = {
      name: 'issues',
      payload: {
        action: 'labeled',
        label: {name: BUILD_LABEL},
        sender: {login: 'stranger', type: 'User'},
        issue: {number: issue.number},
        repository: {full_name: github.fullName}
      }
    }
    const plan = await stageInProcess(world, 'plan', {task: 'issue'}, {event: labeled})
    expect(plan.error, saidInProcess(plan)).toBeUndefined()
    expect(plan.io.outputs.outcome).toBe('not-evaluated')
    expect(matrixGroups(plan.io.outputs.matrix)).toEqual([])
    expect(world.model.requests).toHaveLength(0)
    expect(world.artifacts.artifacts).toHaveLength(0)
    const comments = github.state.commentsOn(issue.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/permission on this repository is read/)
    expect(github.state.pulls).toHaveLength(0)
  })
})
