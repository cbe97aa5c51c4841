// parseFanoutPlan: a good plan reads back; each refusal gives its one reason.
import {describe, expect, it} from 'vitest'
import {
  FANOUT_PLAN_FILE,
  MAX_PLAN_FILES,
  parseFanoutPlan,
  type FanoutPlan
} from '../../../src/core/fanout/plan-file.js'
import {RUN, threeGroupPlan} from './plan-fixture.js'

const parse = (plan: unknown): ReturnType<typeof parseFanoutPlan> =>
  parseFanoutPlan(JSON.stringify(plan), RUN)

function errorOf(plan: unknown): string {
  const result = parse(plan)
  if ('plan' in result) throw new Error('the plan was accepted')
  return result.error
}

describe('parseFanoutPlan: a good plan', () => {
  it('reads back what the plan stage wrote, baseline failures included', () => {
    const plan = threeGroupPlan()
    expect(plan.groups).toHaveLength(3)
    expect(plan.baseline).toHaveLength(3)
    expect(parse(plan)).toEqual({plan})
  })

  it('matches the repository case-insensitively, as GitHub does', () => {
    expect(
      'plan' in parseFanoutPlan(JSON.stringify(threeGroupPlan()), {...RUN, owner: 'ACME'})
    ).toBe(true)
  })
})

describe('parseFanoutPlan: one clear reason for each refusal', () => {
  it('not JSON', () => {
    expect(parseFanoutPlan('{"version": 1, "groups": [', RUN)).toEqual({
      error: `${FANOUT_PLAN_FILE} is not JSON (a truncated or damaged artifact?)`
    })
    expect(errorOf([1, 2])).toBe(`${FANOUT_PLAN_FILE} is not a fan-out plan (a JSON object)`)
    expect(errorOf(null)).toBe(`${FANOUT_PLAN_FILE} is not a fan-out plan (a JSON object)`)
  })

  it('another version', () => {
    expect(errorOf({...threeGroupPlan(), version: 2})).toBe(
      `${FANOUT_PLAN_FILE} has version 2; this ci-medic reads version 1 (plan and work/integrate must run the same ci-medic version)`
    )
    const {version: _, ...none} = threeGroupPlan()
    expect(errorOf(none)).toMatch(/has version none;/)
  })

  it('another repository', () => {
    expect(errorOf({...threeGroupPlan(), repository: {owner: 'evil', repo: 'shop'}})).toBe(
      'the plan is for evil/shop, but this job runs in acme/shop'
    )
  })

  it('another run', () => {
    expect(errorOf({...threeGroupPlan(), runId: 1234})).toBe(
      'the plan comes from run 1234, not from this workflow run (9001); plan, work and integrate must be jobs of one run'
    )
  })

  it('a malformed group names the group and the field', () => {
    const bad = (change: (g: FanoutPlan['groups'][number]) => object): string => {
      const plan = threeGroupPlan()
      return errorOf({...plan, groups: plan.groups.map((g, i) => (i === 1 ? change(g) : g))})
    }
    expect(bad(g => ({...g, id: 'x; rm -rf /'}))).toBe(
      'group 2 of the plan is malformed (id: a group id (g-…))'
    )
    expect(bad(g => ({...g, files: ['../../etc/passwd']}))).toBe(
      'group 2 of the plan is malformed (files.0: a repository-relative path)'
    )
    expect(bad(g => ({...g, files: ['/abs/path.ts']}))).toMatch(/^group 2 .*files\.0/)
    expect(bad(g => ({...g, keys: []}))).toMatch(/^group 2 of the plan is malformed \(keys: /)
    expect(bad(g => ({...g, failures: 0}))).toMatch(
      /^group 2 of the plan is malformed \(failures: /
    )
    expect(bad(({budgets: _, ...g}) => g)).toMatch(/^group 2 of the plan is malformed \(budgets: /)
  })

  it('a malformed plan outside the groups names the field', () => {
    expect(errorOf({...threeGroupPlan(), base: {branch: 'main', sha: 'abc123'}})).toBe(
      `${FANOUT_PLAN_FILE} is not a fan-out plan (base.sha: a full commit sha)`
    )
    const plan = threeGroupPlan()
    expect(
      errorOf({...plan, baseline: [{...plan.baseline[0], category: 'not-a-category'}]})
    ).toMatch(/^fanout-plan\.json is not a fan-out plan \(baseline\.0\.category: /)
  })

  it('two groups sharing a file, an id or a failure', () => {
    const plan = threeGroupPlan()
    const [a, b, c] = plan.groups
    expect(errorOf({...plan, groups: [a, {...b!, files: [...b!.files, a!.files[0]!]}, c]})).toBe(
      `groups ${a!.id} and ${b!.id} of the plan share the file ${a!.files[0]}; fan-out groups must own their files alone`
    )
    expect(errorOf({...plan, groups: [a, {...b!, id: a!.id}, c]})).toBe(
      `two groups of the plan have the id ${a!.id}`
    )
    expect(errorOf({...plan, groups: [a, {...b!, keys: [...b!.keys, a!.keys[0]!]}, c]})).toBe(
      `the failure ${a!.keys[0]} is in groups ${a!.id} and ${b!.id} of the plan`
    )
  })

  it('more groups than a matrix runs, or more files than a plan holds', () => {
    const plan = threeGroupPlan()
    const group = plan.groups[0]!
    const many = Array.from({length: 257}, (_, i) => ({
      ...group,
      id: `g-${i}`,
      keys: [`k${i}`],
      files: [`f${i}.ts`]
    }))
    expect(errorOf({...plan, groups: many})).toBe(
      'the plan has 257 groups, more than the 256 a matrix can run'
    )
    const files = Array.from({length: MAX_PLAN_FILES + 1}, (_, i) => `src/f${i}.ts`)
    expect(errorOf({...plan, groups: [{...group, files}]})).toBe(
      `the plan's groups list 10001 files, more than the ${MAX_PLAN_FILES} a plan may hold`
    )
    // At the caps, it is read.
    expect('plan' in parse({...plan, groups: many.slice(0, 256)})).toBe(true)
  })
})
