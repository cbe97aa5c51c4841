import {describe, expect, it} from 'vitest'
import {
  asOneStream,
  checkPlan,
  ownershipGuard,
  type FeaturePlan
} from '../../../src/core/feature/index.js'
import {effectiveProtectedPaths} from '../../../src/core/fixing/protected-paths.js'

const rules = {protectedPaths: effectiveProtectedPaths([]), maxStreams: 3}

const plan = (over: Partial<FeaturePlan> = {}): FeaturePlan => ({
  summary: 'Coupons: a pure function and its tests.',
  contracts: [
    {path: 'src/coupons-contract.ts', purpose: 'types', content: 'export type Code = string\n'}
  ],
  streams: [
    {id: 'core', goal: 'applyCoupon', owns: ['src/coupons.ts'], criteria: [1]},
    {id: 'tests', goal: 'tests', owns: ['test/coupons.test.ts'], criteria: [1, 2]}
  ],
  ...over
})

const problems = (input: unknown, repoFiles: string[] = []): string[] => {
  const check = checkPlan(input, rules, repoFiles)
  return check.ok ? [] : check.problems
}

describe('the plan check', () => {
  it('accepts contracts first and streams with exclusive files', () => {
    expect(checkPlan(plan(), rules)).toEqual({ok: true, plan: plan()})
  })

  it('refuses streams that would share a file, literally or through globs', () => {
    const literal = plan({
      streams: [
        {id: 'a', goal: 'x', owns: ['src/coupons.ts'], criteria: []},
        {id: 'b', goal: 'y', owns: ['src/coupons.ts', 'test/b.test.ts'], criteria: []}
      ]
    })
    expect(problems(literal)).toEqual([expect.stringMatching(/'a' and 'b' would share files/)])
    const globs = plan({
      contracts: [],
      streams: [
        {id: 'a', goal: 'x', owns: ['src/**'], criteria: []},
        {id: 'b', goal: 'y', owns: ['src/api/*.ts'], criteria: []}
      ]
    })
    expect(problems(globs)).toEqual([expect.stringMatching(/would share files/)])
    const apart = plan({
      streams: [
        {id: 'a', goal: 'x', owns: ['src/a/*.ts'], criteria: []},
        {id: 'b', goal: 'y', owns: ['src/b/*.ts'], criteria: []}
      ]
    })
    expect(problems(apart)).toEqual([])
  })

  it('refuses a contract file that a stream owns', () => {
    const owned = plan({
      streams: [{id: 'core', goal: 'x', owns: ['src/*.ts'], criteria: []}]
    })
    expect(problems(owned)).toEqual([
      expect.stringMatching(/contract src\/coupons-contract.ts is owned by stream 'core'/)
    ])
  })

  it('refuses paths outside the repository and protected paths', () => {
    const bad = plan({
      contracts: [{path: '../elsewhere.ts', purpose: 'x', content: 'x'}],
      streams: [
        {id: 'ci', goal: 'x', owns: ['.github/workflows/build.yml'], criteria: []},
        {id: 'abs', goal: 'x', owns: ['/etc/passwd'], criteria: []},
        {id: 'git', goal: 'x', owns: ['.git/config'], criteria: []}
      ]
    })
    const found = problems(bad).join('\n')
    expect(found).toMatch(/contract \.\.\/elsewhere\.ts: the path leaves the repository/)
    expect(found).toMatch(/'ci' owns .github\/workflows\/build.yml: a protected path/)
    expect(found).toMatch(/'abs' owns \/etc\/passwd: the path is absolute/)
    expect(found).toMatch(/'git' owns .git\/config: the path is inside .git/)
  })

  it('refuses more streams than the cap, and a bad shape', () => {
    const many = plan({
      contracts: [],
      streams: ['a', 'b', 'c', 'd'].map(id => ({
        id,
        goal: id,
        owns: [`src/${id}.ts`],
        criteria: []
      }))
    })
    expect(problems(many)).toEqual(['4 streams: at most 3 are allowed'])
    expect(problems({summary: 'x', contracts: [], streams: []})[0]).toMatch(/^streams:/)
  })

  it('falls back to one stream owning everything, checked again', () => {
    const shared = plan({
      streams: [
        {id: 'a', goal: 'x', owns: ['src/coupons.ts'], criteria: [1]},
        {id: 'b', goal: 'y', owns: ['src/coupons.ts', 'test/coupons.test.ts'], criteria: [2]}
      ]
    })
    const one = asOneStream(shared, rules)
    expect(one.ok && one.plan.streams).toEqual([
      {
        id: 'all',
        goal: 'a: x\nb: y',
        owns: ['src/coupons.ts', 'test/coupons.test.ts'],
        criteria: [1, 2]
      }
    ])
  })
})

describe("a stream's write guard", () => {
  it("allows its own files, and names the owner of another stream's or a contract file", () => {
    const p = plan()
    const core = ownershipGuard(p, p.streams[0]!)
    expect(core('src/coupons.ts')).toBeUndefined()
    expect(core('test/coupons.test.ts')).toMatch(
      /not owned by stream 'core' \(stream 'tests' owns it\)/
    )
    expect(core('src/coupons-contract.ts')).toMatch(/is a contract file/)
    expect(core('README.md')).toMatch(/may write only src\/coupons.ts/)
  })
})
