// autofix's fan-out through the bundle (dist/autofix/index.mjs), as three
// jobs of one workflow run: plan, then one work job per group of its matrix,
// started at once, then integrate. They share the run's loopback artifact
// service (@actions/artifact's real protocol; the plan and the proposals
// travel as real artifacts) and the fake GitHub; real node:test (the
// ts-node-test fixture: the fan-out is the subject here, not the runner, whose
// vitest path through the bundle autofix-bundle.e2e and the feature fan-out
// bundle cover) judges every fix; a scripted model (a stand-in for Claude,
// only in tests) fixes each planted failure. The in-process scenarios (revert,
// missing, refused, shared file) are in autofix-fanout.test.ts.
import {describe, expect, it} from 'vitest'
import {readZip} from '../fakes/github/index.js'
import {fanoutWorld, matrixGroups, stageBundle} from '../harness/fanout-run.js'
import type {ActionRun} from '../harness/run-action.js'

const errors = (r: ActionRun): string[] =>
  r.annotations.filter(a => a.level === 'error').map(a => a.message)

describe('autofix fan-out bundle: plan → 3 work jobs at once → integrate', () => {
  it('three independent failures: a matrix of 3, three proposals, one PR with three verified fixes and the timing table', async () => {
    const world = await fanoutWorld({runner: 'node'})
    const {github, artifacts} = world

    const plan = await stageBundle(world, 'plan')
    expect(plan.code, plan.stdout + plan.stderr).toBe(0)
    const groups = matrixGroups(plan.outputs.matrix)
    expect(groups).toHaveLength(3)
    expect(plan.outputs['plan-path']).toMatch(/fanout-plan\.json$/)

    // strategy.matrix starts the work jobs together.
    const works = await Promise.all(
      groups.map((g, i) => stageBundle(world, 'work', {group: g.group}, `runner-${i + 1}`))
    )
    for (const work of works) {
      expect(work.code, work.stdout + work.stderr).toBe(0)
      expect(errors(work)).toEqual([])
      expect(work.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '1', 'pr-url': ''})
    }
    expect(
      artifacts.artifacts
        .map(a => a.name)
        .filter(n => n.startsWith('ci-medic-fanout-work-'))
        .sort()
    ).toEqual(groups.map(g => `ci-medic-fanout-work-7000-${g.group}`).sort())
    // Each proposal: the verified commits as a bundle, work.json, the report and the decision log.
    const work = artifacts.artifacts.find(
      a => a.name === `ci-medic-fanout-work-7000-${groups[0]!.group}`
    )
    expect(Object.keys(readZip(work!.zip!)).sort()).toEqual([
      'autofix-decisions.jsonl',
      'autofix-report.json',
      'proposal/fixes.bundle',
      'proposal/proposal.json',
      'proposal/work.json'
    ])
    // A work job never pushes.
    expect(github.git.branches()).toEqual(['main'])

    const integrate = await stageBundle(world, 'integrate')
    expect(integrate.code, integrate.stdout + integrate.stderr).toBe(0)
    expect(errors(integrate)).toEqual([])
    expect(integrate.outputs).toMatchObject({
      outcome: 'fixed',
      'fixed-count': '3',
      'failed-count': '0'
    })
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    expect(integrate.outputs['pr-number']).toBe(String(pr.number))
    const branch = pr.head
    expect(github.git.readFile(branch, 'src/units.ts')).toContain('kg * 1000')
    expect(github.git.readFile(branch, 'src/labels.ts')).toContain('toUpperCase')
    expect(github.git.readFile(branch, 'src/discounts.ts')).toContain(
      'quantity >= tier.minQuantity'
    )
    const body = github.state.issue(pr.number)!.body ?? ''
    for (const [i, g] of groups.entries())
      expect(body).toMatch(
        new RegExp(`\`${g.group}\` \\| runner-${i + 1} \\| \\d+[sm].*\\| 1 / 0 \\| applied`)
      )
    expect(body).toMatch(
      /Wall clock \(plan start → integrate end\): .* sum of the groups: .* groups in parallel vs one after another: /
    )
    expect(body).toContain("show no failure the plan's baseline did not have: all green")
    expect(integrate.summary).toContain('### Fan-out: 3 group(s)')
  })
})
