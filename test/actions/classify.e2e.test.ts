// classify through the bundle, run as a runner runs it: the runner's side of
// the contract (the outputs file in heredoc form, the summary file, workflow
// commands for groups, annotations and masks, one ::error:: line and exit 1
// on a bad input, the failure outputs). What classify decides and does is
// tested in-process in classify.pipeline.test.ts.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLASSIFY_FAILURE_OUTPUTS} from '../../src/actions/failure-outputs.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const TOKEN = 'ghs_classifytoken'
const TSC_LOG = [
  "src/tax.ts(13,5): error TS2322: Type 'string' is not assignable to type 'number'.",
  "src/cart.ts(4,10): error TS2304: Cannot find name 'Discount'.",
  '',
  'Found 2 errors in 2 files.'
].join('\n')
const STEPS = [
  'Read the logs',
  'Classify',
  'Read the ledger',
  'Second opinion',
  'Decide',
  'Set the outputs',
  'Act',
  'Write the ledger',
  'Report'
]
/** A workflow run is also compared with the last green run of its workflow (not a local log). */
const RUN_STEPS = [...STEPS.slice(0, 4), 'Compare with the last green run', ...STEPS.slice(4)]

/**
 * One test's fake GitHub, log directory and runs, removed when it ends. Each
 * test has its own, so they run side by side (describe.concurrent): the
 * bundle paces its GitHub writes as on a runner, and the waits overlap.
 */
interface World {
  fake: FakeGitHub
  dir: string
  classify: (options: Parameters<typeof runAction>[1]) => Promise<ActionRun>
}

async function worldFor(onTestFinished: (fn: () => Promise<void>) => void): Promise<World> {
  const fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {'README.md': '# octo-repo\n'}
  })
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-logs-'))
  const runs: ActionRun[] = []
  onTestFinished(async () => {
    await fake.close()
    await rm(dir, {recursive: true, force: true})
    await Promise.all(runs.splice(0).map(cleanupRun))
  })
  return {
    fake,
    dir,
    classify: async options => {
      const run = await runAction('classify', options)
      runs.push(run)
      return run
    }
  }
}

/** The error lines the runner turns into failure annotations. */
const errorLines = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter(l => l.startsWith('::error'))

describe.concurrent('the bundle on a runner', () => {
  it('classifies a workflow_run: outputs in heredoc form, the summary file, groups, annotations, masks', async ({
    onTestFinished
  }) => {
    const {fake, classify} = await worldFor(onTestFinished)
    const seeded = fake.addWorkflowRun({
      workflow: 'ci.yml',
      name: 'CI',
      jobs: [
        {
          name: 'typecheck',
          conclusion: 'failure',
          log: jobLog([{run: 'npx tsc --noEmit', output: TSC_LOG, exitCode: 2}])
        }
      ]
    })
    const run = await classify({
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'workflow_run',
      event: workflowRunEvent({owner: OWNER, repo: REPO, runId: seeded.id}),
      inputs: {'github-token': TOKEN}
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    // Every output, each in the heredoc form that keeps multi-line values whole.
    const raw = await readFile(join(run.runnerDir, 'github_output'), 'utf8')
    for (const name of Object.keys(CLASSIFY_FAILURE_OUTPUTS))
      expect(raw, name).toMatch(new RegExp(`^${name}<<ghadelimiter_[\\w-]+$`, 'm'))
    expect(run.outputs).toMatchObject({category: 'compile_error', 'next-action': 'autofix'})
    const failures = JSON.parse(run.outputs.failures ?? '[]') as {file?: string}[]
    expect(failures.map(f => f.file)).toEqual(['src/tax.ts', 'src/cart.ts'])
    const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as {
      version: number
    }
    expect(report.version).toBe(1)

    expect(run.summary).toContain('## ci-medic classify: `compile_error`')
    expect(run.summary).toContain('- Ledger updated: ')
    expect(run.groups).toEqual(RUN_STEPS)
    expect(run.log).toContain(run.outputs.summary)
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([
      expect.objectContaining({
        file: 'src/tax.ts',
        line: 13,
        col: 5,
        title: 'compile_error TS2322'
      }),
      expect.objectContaining({file: 'src/cart.ts', line: 4, col: 10})
    ])
    expect(run.masks).toContain(TOKEN)
    const printed = run.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    expect(printed.join('\n') + run.summary + raw).not.toContain(TOKEN)
  })

  it('classifies a local log with no token: the first step is written once it ends, warnings are ::warning::', async ({
    onTestFinished
  }) => {
    const {dir, classify} = await worldFor(onTestFinished)
    await writeFile(join(dir, 'typecheck.log'), TSC_LOG)
    const run = await classify({workspace: dir, inputs: {'log-path': '*.log'}})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({category: 'compile_error', 'next-action': 'autofix'})
    expect(run.groups).toEqual(STEPS)
    expect(run.annotations.find(a => a.file === 'src/tax.ts')?.line).toBe(13)
    expect(run.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([
      "Keep the ledger: no 'github-token' was given."
    ])
    expect(run.summary).toContain('**Could not do**')
  })

  it('a bad input ends the step with one ::error:: line, exit 1, and failure outputs', async ({
    onTestFinished
  }) => {
    const {dir, classify} = await worldFor(onTestFinished)
    const run = await classify({
      workspace: dir,
      inputs: {'log-path': 'reports/*.xml', ledger: 'none'}
    })
    expect(run.code).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(run.annotations[0]?.message).toMatch(
      /^ci-medic classify: Input 'log-path' \(reports\/\*\.xml\) matched no files/
    )
    expect(run.outputs).toEqual(CLASSIFY_FAILURE_OUTPUTS)
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
  })

  it('a run that does not exist ends the step with one ::error:: line naming run-id', async ({
    onTestFinished
  }) => {
    const {fake, classify} = await worldFor(onTestFinished)
    const run = await classify({
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      inputs: {'github-token': TOKEN, 'run-id': '987654321'}
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toHaveLength(1)
    expect(run.annotations[0]?.message).toMatch(/does not exist \(404\)\. Check 'run-id'/)
    expect(run.outputs['next-action']).toBe('none')
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
  })
})
