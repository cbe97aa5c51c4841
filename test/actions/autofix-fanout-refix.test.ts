// integrate's re-fix of a conflict, in-process: two work jobs whose fixes
// each also add a line to docs/fixes.md, a file no group owns, so the second
// proposal (in group id order) is an integrate conflict. Without a model in
// the integrate job it is dropped with the reason; with one it is fixed again
// on top of the other group's commits, verified, and the one PR carries both
// fixes. Real node:test in the fixture (ts-node-test: a runner autofix
// cannot narrow to one test, so every fix is judged by the full run, which
// still fails the other groups' tests), a real artifact round trip through the
// loopback artifact service, and a scripted model (a stand-in for Claude,
// only in tests).
import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import type {FanoutPlan} from '../../src/core/fanout/index.js'
import {said, type AutofixRun} from '../harness/autofix-run.js'
import {fanoutWorld, stageInProcess} from '../harness/fanout-run.js'

async function planOf(run: AutofixRun): Promise<FanoutPlan> {
  return JSON.parse(await readFile(run.io.outputs['plan-path']!, 'utf8')) as FanoutPlan
}

function owner(plan: FanoutPlan, file: string): string {
  const group = plan.groups.find(g => g.files.includes(file))
  expect(group, `no group owns ${file}`).toBeDefined()
  return group!.id
}

describe('autofix fan-out: integrate re-fixes a conflict on top of the others', () => {
  it('a proposal touching a file an earlier proposal changed is dropped without a model, and re-fixed with one into the same PR', async () => {
    const world = await fanoutWorld({notes: true, runner: 'node'}, {notes: true})
    const plan = await stageInProcess(world, 'plan')
    expect(plan.error, said(plan)).toBeUndefined()
    const file = await planOf(plan)
    expect(file.groups.flatMap(g => g.files)).not.toContain('docs/fixes.md')
    const units = owner(file, 'src/units.ts')
    const labels = owner(file, 'src/labels.ts')
    for (const group of [units, labels]) {
      const work = await stageInProcess(world, 'work', {group})
      expect(work.error, said(work)).toBeUndefined()
      expect(work.io.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '1'})
    }
    const [first, second] = [units, labels].sort()
    const secondFile = second === units ? 'src/units.ts' : 'src/labels.ts'

    // No key in the integrate job: the conflict is dropped, and the report says why.
    const keyless = await stageInProcess(world, 'integrate', {
      publish: 'separate-job',
      'anthropic-api-key': ''
    })
    expect(keyless.error, said(keyless)).toBeUndefined()
    expect(keyless.io.summary).toMatch(
      new RegExp(
        `\`${second}\`[^\\n]*conflict: touches docs/fixes.md, owned by ${first}; not re-fixed: the integrate job has no anthropic-api-key`
      )
    )
    expect(keyless.io.outputs['fixed-count']).toBe('1')

    // With the key: the second group is fixed again on top of the first, and verified.
    const calls = world.model.requests.length
    const integrate = await stageInProcess(world, 'integrate')
    expect(integrate.error, said(integrate)).toBeUndefined()
    expect(world.model.requests.length).toBeGreaterThan(calls)
    const {github} = world
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    const body = github.state.issue(pr.number)!.body ?? ''
    expect(body).toMatch(
      new RegExp(
        `\`${second}\`[^\\n]*refixed: its proposal was not applied \\(touches docs/fixes.md, owned by ${first}\\); re-fixed on top of the others: 1 of 1 fixed`
      )
    )
    expect(body).toMatch(new RegExp(`\`${first}\`[^\\n]*\\| applied`))
    expect(body).toMatch(/show no failure the plan's baseline did not have/)
    // Both fixes and both notes lines are on the PR's branch.
    expect(github.git.readFile(pr.head, 'src/units.ts')).toContain('kg * 1000')
    expect(github.git.readFile(pr.head, 'src/labels.ts')).toContain('toUpperCase')
    expect(github.git.readFile(pr.head, secondFile)).not.toBe(
      github.git.readFile('main', secondFile)
    )
    const notes = github.git.readFile(pr.head, 'docs/fixes.md')
    expect(notes).toContain('- units: fixed')
    expect(notes).toContain('- labels: fixed')
    expect(integrate.io.outputs).toMatchObject({'fixed-count': '2'})
  })
})
