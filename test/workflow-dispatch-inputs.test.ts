// classify dispatches autofix with run-id and fingerprint, and for a pull
// request branch also base-branch and head-sha. GitHub refuses a dispatch
// with inputs the workflow does not declare (422 "Unexpected inputs
// provided"), so the example autofix workflow must declare all four, check
// out head-sha, and pass them on to the action.
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {parse} from 'yaml'

const DISPATCHED = ['run-id', 'fingerprint', 'base-branch', 'head-sha']

it('the example autofix workflow declares and uses every input classify dispatches', () => {
  const workflow = parse(readFileSync('.github/workflows/ci-medic-autofix.yml', 'utf8')) as {
    on: {workflow_dispatch: {inputs: Record<string, unknown>}}
    jobs: Record<string, {steps: {uses?: string; with?: Record<string, string>}[]}>
  }
  expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(
    expect.arrayContaining(DISPATCHED)
  )
  const steps = workflow.jobs.fix!.steps
  expect(steps.find(s => s.uses?.startsWith('actions/checkout'))?.with?.ref).toBe(
    '${{ inputs.head-sha }}'
  )
  const autofix = steps.find(s => s.uses?.endsWith('actions/autofix'))
  for (const name of DISPATCHED) expect(autofix?.with?.[name]).toBe(`\${{ inputs.${name} }}`)
})
