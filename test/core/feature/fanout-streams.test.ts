// A feature build on the fan-out, its pure parts: the plan capped at
// max-parallel streams (merged streams own both file sets), the failures a
// stream's work job leaves to integrate, and the plan file's feature part.
import {describe, expect, it} from 'vitest'
import {parseFanoutPlan, streamKey, type FanoutPlan} from '../../../src/core/fanout/index.js'
import {
  awaitingOtherStreams,
  capStreams,
  checkPlan,
  featureReference,
  type FeaturePlan
} from '../../../src/core/feature/index.js'
import {inertForPublish} from '../../../src/core/proposal/inert.js'
import {BASE_SHA, RUN} from '../fanout/plan-fixture.js'

const PLAN: FeaturePlan = {
  summary: 'Coupons.',
  contracts: [{path: 'src/coupon-types.ts', purpose: 'types', content: 'export type C = 1\n'}],
  streams: [
    {id: 'core', goal: 'the core', owns: ['src/coupons.ts', 'src/codes.ts'], criteria: [1]},
    {id: 'api', goal: 'the API', owns: ['src/api/**'], criteria: [2]},
    {id: 'tests', goal: 'the tests', owns: ['test/coupons.test.ts'], criteria: [1, 2]}
  ]
}

describe('capStreams', () => {
  it('keeps a plan within max-parallel as it is', () => {
    expect(capStreams(PLAN, 3)).toEqual({ok: true, plan: PLAN, merged: []})
  })

  it('merges the streams owning the fewest paths into one owning both sets, still a valid plan', () => {
    const capped = capStreams(PLAN, 2)
    if (!capped.ok) throw new Error(capped.reason)
    expect(capped.plan.streams.map(s => s.id)).toEqual(['core', 'api-tests'])
    expect(capped.plan.streams[1]).toMatchObject({
      owns: ['src/api/**', 'test/coupons.test.ts'],
      criteria: [1, 2]
    })
    expect(capped.merged).toEqual(['api + tests → api-tests'])
    expect(checkPlan(capped.plan, {protectedPaths: [], maxStreams: 6}).ok).toBe(true)
    const one = capStreams(PLAN, 1)
    expect(one.ok && one.plan.streams.map(s => s.owns.length)).toEqual([4])
  })

  it('refuses a merge that would own more paths than a stream may', () => {
    const many = (prefix: string) => Array.from({length: 30}, (_, i) => `${prefix}/${i}.ts`)
    const wide: FeaturePlan = {
      ...PLAN,
      streams: [
        {id: 'a', goal: 'a', owns: many('a'), criteria: []},
        {id: 'b', goal: 'b', owns: many('b'), criteria: []}
      ]
    }
    expect(capStreams(wide, 1)).toMatchObject({ok: false, reason: /would own 60 paths/})
  })
})

describe('awaitingOtherStreams', () => {
  const failure = (file: string, message: string) => ({file, message, excerpt: ''})

  it("leaves to integrate what names another stream's file (any extension, a glob's folder)", () => {
    const tests = PLAN.streams[2]!
    const {own, awaiting} = awaitingOtherStreams(PLAN, tests, [
      failure('test/coupons.test.ts', 'Failed to load url ../src/coupons.js'),
      failure('test/coupons.test.ts', "Cannot find module '../src/api/routes'"),
      failure('test/coupons.test.ts', 'expected 900 to be 1000')
    ])
    expect(awaiting.map(f => f.message)).toEqual([
      'Failed to load url ../src/coupons.js',
      "Cannot find module '../src/api/routes'"
    ])
    expect(own.map(f => f.message)).toEqual(['expected 900 to be 1000'])
  })

  it('counts against a stream what names only its own files', () => {
    const core = PLAN.streams[0]!
    const {own} = awaitingOtherStreams(PLAN, core, [failure('src/coupons.ts', 'TS2322')])
    expect(own).toHaveLength(1)
  })
})

describe('the plan file of a feature build', () => {
  const plan = (): FanoutPlan => ({
    version: 1,
    repository: {owner: RUN.owner, repo: RUN.repo},
    runId: RUN.runId,
    runAttempt: 1,
    base: {branch: 'main', sha: BASE_SHA},
    checks: {test: 'vitest run', lint: '', typecheck: 'tsc --noEmit'},
    groups: PLAN.streams.map((s, i) => ({
      id: `g-${i + 1}${s.id}`,
      keys: [streamKey(s.id)],
      files: s.owns,
      failures: 1,
      budgets: {maxInputTokens: 500_000, maxCostUsd: 1, timeBudgetMinutes: 20}
    })),
    baseline: [],
    createdAt: '2026-12-06T00:00:00.000Z',
    feature: {
      issue: {number: 7, title: 'Coupons', body: 'Acceptance: SAVE10 takes 10% off.'},
      criteria: [{kind: 'section', text: 'SAVE10 takes 10% off'}],
      plan: PLAN
    }
  })

  it('reads back, one group per stream', () => {
    expect(parseFanoutPlan(JSON.stringify(plan()), RUN)).toEqual({plan: plan()})
  })

  it('refuses groups that are not its streams', () => {
    const other = plan()
    other.groups[2]!.keys = ['stream:docs']
    expect(parseFanoutPlan(JSON.stringify(other), RUN)).toEqual({
      error: 'group g-3tests of the feature plan is not one of its streams'
    })
    const fewer = plan()
    fewer.groups.pop()
    expect(parseFanoutPlan(JSON.stringify(fewer), RUN)).toMatchObject({
      error: /2 group\(s\) for 3 stream\(s\)/
    })
  })
})

describe('the publish job keeps only the issue reference of a feature PR live', () => {
  it('rebuilds Refs #N from the branch name; every other reference stays inert', () => {
    expect(featureReference('ci-medic/feature-7')).toBe('Refs #7')
    expect(featureReference('ci-medic/feature-7-123')).toBeUndefined()
    expect(featureReference('ci-medic/autofix-main')).toBeUndefined()
    const body = inertForPublish('Refs #7\n\nCloses #1; Refs #70', ['Refs #7'])
    expect(body).toBe('Refs #7\n\nCloses #\u200b1; Refs #\u200b70')
  })
})
