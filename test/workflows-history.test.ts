// The example workflows give the fixing actions the history they read, and
// leave uploads to the actions: every job that runs autofix (any stage but
// publish; a feature build reads no ledger) or self-heal checks out with
// fetch-depth 0, so "a commit since the last failed fix touched its files"
// can lift a failed-twice skip (depth 1, actions/checkout's default, never
// can); and the weekly learnings workflow has no upload step of its own,
// since classify uploads metrics.json itself.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {REPO_ROOT} from './harness/run-action.js'

const dir = join(REPO_ROOT, '.github', 'workflows')

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  jobs: Record<string, {steps: Step[]}>
}

function workflow(file: string): Workflow {
  return parse(readFileSync(join(dir, file), 'utf8')) as Workflow
}

/** Jobs whose steps run autofix (not its publish stage, nor a feature build: no ledger) or self-heal. */
function fixingJobs(): {name: string; steps: Step[]}[] {
  return readdirSync(dir)
    .filter(f => f.endsWith('.yml'))
    .flatMap(file =>
      Object.entries(workflow(file).jobs)
        .filter(([, job]) =>
          job.steps.some(
            s =>
              /(^|\/)actions\/(autofix|self-heal)(@|$)/.test(s.uses ?? '') &&
              s.with?.stage !== 'publish' &&
              s.with?.task !== 'issue'
          )
        )
        .map(([name, job]) => ({name: `${file}: ${name}`, steps: job.steps}))
    )
}

describe('the example workflows', () => {
  it('check out with full history in every job that fixes', () => {
    const jobs = fixingJobs()
    expect(jobs.map(j => j.name)).toEqual(
      expect.arrayContaining([
        'ci-medic-autofix.yml: fix',
        'ci-medic-self-heal.yml: heal',
        'ci-medic-fanout.yml: plan',
        'ci-medic-fanout.yml: work',
        'ci-medic-fanout.yml: integrate'
      ])
    )
    for (const job of jobs) {
      const checkout = job.steps.find(s => s.uses?.startsWith('actions/checkout@'))
      expect(checkout?.with?.['fetch-depth'], `${job.name}: fetch-depth`).toBe(0)
    }
  })

  it('leave metrics.json to classify in the weekly learnings workflow', () => {
    const steps = Object.values(workflow('ci-medic-learn.yml').jobs).flatMap(j => j.steps)
    expect(steps.filter(s => s.uses?.startsWith('actions/upload-artifact'))).toEqual([])
    const learn = steps.find(s => s.uses === './actions/classify')
    expect(learn?.with).toMatchObject({mode: 'patterns'})
    expect(learn?.with?.['upload-artifacts']).toBeUndefined()
    expect(learn?.with?.['artifact-retention-days']).toBe(90)
  })
})
