// autofix's fan-out (stage: plan | work | integrate) in-process: the real
// pipeline (runAutofix) of each job in its own checkout, the jobs of one run
// sharing the loopback artifact service through @actions/artifact's real
// protocol, real node:test on a fixture with independent planted failures
// (ts-node-test: what is tested is the fan-out, not reading the runner), and
// a scripted model (a stand-in for Claude, only in tests) fixing them
// through the real tools. The three-jobs-in-parallel path through the bundle
// is autofix-fanout-bundle.e2e.test.ts.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {FanoutPlan} from '../../src/core/fanout/index.js'
import {uploadArtifact} from '../../src/edges/artifacts/upload.js'
import {failureMessage} from '../../src/runtime/failure-report.js'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {said, type AutofixRun} from '../harness/autofix-run.js'
import {cleanupPublishRuns, publishInProcess} from '../harness/publish-run.js'
import {fanoutWorld, matrixGroups, stageInProcess, type FanoutWorld} from '../harness/fanout-run.js'

async function planOf(run: AutofixRun): Promise<FanoutPlan> {
  return JSON.parse(await readFile(run.io.outputs['plan-path']!, 'utf8')) as FanoutPlan
}

/** The plan's group whose failures point at `file`. */
function groupOwning(plan: FanoutPlan, file: string): FanoutPlan['groups'][number] {
  const group = plan.groups.find(g => g.files.includes(file))
  expect(group, `no group owns ${file}: ${JSON.stringify(plan.groups)}`).toBeDefined()
  return group!
}

/** A proposal from another workflow run (6999), uploaded into this run's artifacts for `group`. */
async function foreignProposal(world: FanoutWorld, plan: FanoutPlan, group: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-foreign-'))
  const repository = {owner: 'octo-org', repo: 'order-pricing'}
  const work = {
    version: 1,
    repository,
    runId: 6999,
    runAttempt: 1,
    group,
    baseSha: plan.base.sha,
    durationMs: 1000,
    totals: {
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      freshInputTokens: 0,
      costUsd: 0,
      calls: 0
    },
    fixes: [],
    results: []
  }
  const proposal = {
    version: 1,
    action: 'autofix',
    repository,
    runId: 6999,
    runAttempt: 1,
    workflow: 'ci-medic',
    base: {branch: 'main', sha: plan.base.sha},
    branches: []
  }
  await mkdir(join(dir, 'proposal'))
  await writeFile(join(dir, 'proposal', 'work.json'), JSON.stringify(work))
  await writeFile(join(dir, 'proposal', 'proposal.json'), JSON.stringify(proposal))
  try {
    Object.assign(process.env, world.artifacts.env)
    await uploadArtifact({
      name: `ci-medic-fanout-work-${world.runId}-${group}`,
      rootDirectory: dir,
      files: [join(dir, 'proposal', 'work.json'), join(dir, 'proposal', 'proposal.json')]
    })
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

afterEach(cleanupPublishRuns)

describe('autofix fan-out, in-process', () => {
  it('plan: two failures sharing a file are one group; independent ones get a group each, in the matrix and the plan artifact', async () => {
    const world = await fanoutWorld({unitsTwice: true, runner: 'node'})
    const plan = await stageInProcess(world, 'plan')
    expect(plan.error, said(plan)).toBeUndefined()
    const groups = matrixGroups(plan.io.outputs.matrix)
    expect(groups.map(g => g.failures).sort()).toEqual([1, 1, 2])
    const file = await planOf(plan)
    const units = groupOwning(file, 'test/units.test.ts')
    expect(units.failures).toBe(2)
    expect(units.files).toContain('src/units.ts')
    // No two groups share a file.
    const owned = file.groups.flatMap(g => g.files)
    expect(new Set(owned).size).toBe(owned.length)
    expect(file.baseline.length).toBe(4)
    expect(world.artifacts.artifacts.map(a => a.name)).toEqual(['ci-medic-fanout-plan-7000-1'])
    expect(plan.io.summary).toMatch(
      /^## ci-medic autofix: plan\n\n4 failure\(s\) on \w+ in 3 independent group/
    )
    // The plan changes nothing and publishes nothing.
    expect(world.github.state.pulls).toHaveLength(0)
  })

  it('integrate: a combination that fails is reverted, the rest kept; a missing work job and a proposal from another run are named; the publish job pushes its proposal', async () => {
    const world = await fanoutWorld({registry: true, slug: true, runner: 'node'}, {clash: true})
    // The fan-out's run as the Actions API shows it: its jobs, one of them failed.
    const run = world.github.addWorkflowRun({
      workflow: 'ci-medic-fanout.yml',
      status: 'in_progress'
    })
    world.runId = run.id
    const plan = await stageInProcess(world, 'plan')
    expect(plan.error, said(plan)).toBeUndefined()
    const file = await planOf(plan)
    expect(file.groups).toHaveLength(4)
    const units = groupOwning(file, 'src/units.ts').id
    const labels = groupOwning(file, 'src/labels.ts').id
    const discounts = groupOwning(file, 'src/discounts.ts').id
    const slug = groupOwning(file, 'src/slug.ts').id
    // Each fix passes the full checks alone (the registry test included).
    for (const group of [units, labels]) {
      const work = await stageInProcess(world, 'work', {group})
      expect(work.error, said(work)).toBeUndefined()
      expect(work.io.outputs).toMatchObject({outcome: 'fixed', 'fixed-count': '1'})
    }
    // discounts: only a proposal from another run; slug: its work job failed before it reported.
    world.github.state.addJob(run, {
      name: `work (${slug})`,
      conclusion: 'failure',
      steps: ['Set up job', 'Run ./actions/autofix', 'Complete job']
    })
    await foreignProposal(world, file, discounts)
    // integrate holds no write token: it writes one proposal, and the publish job pushes it.
    const integrate = await stageInProcess(world, 'integrate', {publish: 'separate-job'})
    expect(integrate.error, said(integrate)).toBeUndefined()
    const {github} = world
    expect(github.git.branches()).toEqual(['main'])
    const published = await publishInProcess(github, integrate.io.outputs['proposal-path']!, {
      runId: world.runId
    })
    expect(published.error).toBeUndefined()
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    const body = github.state.issue(pr.number)!.body ?? ''
    // Together the two fixes break test/registry.test.ts: one is reverted, the other kept.
    const reverted = [units, labels].filter(g =>
      new RegExp(`\`${g}\`[^\\n]*reverted: the combination broke`).test(body)
    )
    expect(reverted, body).toHaveLength(1)
    const kept = reverted[0] === units ? labels : units
    expect(body).toMatch(new RegExp(`\`${kept}\`[^\\n]*\\| applied`))
    expect(body).toMatch(
      new RegExp(
        `\`${slug}\`[^\\n]*missing: its work job "work \\(${slug}\\)" failed, so it left no proposal`
      )
    )
    expect(body).toMatch(
      new RegExp(`\`${discounts}\`[^\\n]*refused: the proposal comes from run 6999`)
    )
    expect(body).toContain('Wall clock (plan start → integrate end)')
    const keptFile = kept === units ? 'src/units.ts' : 'src/labels.ts'
    const revertedFile = kept === units ? 'src/labels.ts' : 'src/units.ts'
    expect(github.git.readFile(pr.head, keptFile)).toContain("'lb'")
    expect(github.git.readFile(pr.head, revertedFile)).toBe(
      github.git.readFile('main', revertedFile)
    )
    expect(integrate.io.outputs).toMatchObject({
      outcome: 'partial',
      'fixed-count': '1',
      'failed-count': '3'
    })
    // The whole fan-out (plan, three work jobs with their flake pre-checks, integrate,
    // publish) in one test: more time than one stage's default allows on a loaded runner.
  }, 240_000)

  it('settings: plan and work never publish (no write token needed); group only with work; max-parallel within the matrix cap', () => {
    const read = (inputs: Record<string, string>) =>
      readAutofixSettings(inputsFromRecord(inputs), () => undefined)
    expect(read({stage: 'plan', 'github-token': ''})).toMatchObject({
      stage: 'plan',
      publish: 'separate-job',
      maxParallel: 4
    })
    expect(read({stage: 'work', group: 'g-0a1b2c3d4e', 'github-token': ''}).publish).toBe(
      'separate-job'
    )
    expect(() => read({stage: 'integrate', 'github-token': ''})).toThrow(/'github-token' is empty/)
    expect(() => read({group: 'g-0a1b2c3d4e', 'github-token': 't'})).toThrow(
      /only stage: work fixes one group/
    )
    expect(() => read({stage: 'work', group: 'g-../x', 'github-token': 't'})).toThrow(/group/)
    expect(() => read({'max-parallel': '300', 'github-token': 't'})).toThrow(/max-parallel/)
  })

  it('work without a group is one clear error naming the input', async () => {
    const world = await fanoutWorld({runner: 'node'})
    const work = await stageInProcess(world, 'work')
    expect(failureMessage('autofix', work.error)).toMatch(
      /Input 'group' is empty, but stage is 'work'/
    )
  })
})
