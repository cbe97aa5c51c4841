// The example classify workflow: on every completed CI run, and by hand for
// any past run (workflow_dispatch with a run id handed to the action's
// `run-id` input). Outputs carry text from the logs, so they reach the shell
// through env only.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {parse} from 'yaml'
import {REPO_ROOT} from '../harness/run-action.js'

interface Workflow {
  on: {
    workflow_run?: unknown
    workflow_dispatch?: {inputs?: Record<string, {required?: boolean; type?: string}>}
  }
  jobs: Record<
    string,
    {if?: string; steps: {uses?: string; run?: string; with?: Record<string, string>}[]}
  >
}

const text = readFileSync(join(REPO_ROOT, '.github/workflows/ci-medic-classify.yml'), 'utf8')
const workflow = parse(text) as Workflow

it('classifies a past run by hand: workflow_dispatch takes a run id and hands it to the action', () => {
  expect(workflow.on.workflow_run).toBeTruthy()
  expect(workflow.on.workflow_dispatch?.inputs?.['run-id']).toMatchObject({
    required: true,
    type: 'string'
  })
  const job = workflow.jobs.classify!
  expect(job.if).toContain("github.event_name == 'workflow_dispatch'")
  const step = job.steps.find(s => s.uses === './actions/classify')
  expect(step?.with?.['run-id']).toBe('${{ inputs.run-id }}')
})

it('hands outputs to the shell through env, never as ${{ }} inside run', () => {
  for (const job of Object.values(workflow.jobs))
    for (const step of job.steps) expect(step.run ?? '').not.toContain('${{')
})
