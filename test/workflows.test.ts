// The example workflows must be valid and use the actions as they are declared.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {REPO_ROOT} from './harness/run-action.js'

const dir = join(REPO_ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter(f => f.endsWith('.yml'))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

describe.each(files)('.github/workflows/%s', file => {
  const workflow = parse(readFileSync(join(dir, file), 'utf8')) as {
    on: unknown
    permissions?: Record<string, string>
    jobs: Record<string, {steps: Step[]; 'timeout-minutes'?: number}>
  }

  it('declares triggers, least permissions and a timeout on every job', () => {
    expect(workflow.on).toBeTruthy()
    expect(workflow.permissions, 'explicit permissions').toBeTruthy()
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job['timeout-minutes'], `${name}: timeout-minutes`).toBeGreaterThan(0)
    }
  })

  it('passes only declared inputs to ci-medic actions, and every required one', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        const local = /^\.\/(actions\/[\w-]+)$/.exec(step.uses ?? '')
        if (!local) continue
        const action = parse(
          readFileSync(join(REPO_ROOT, local[1] as string, 'action.yml'), 'utf8')
        ) as {
          inputs: Record<string, {required?: boolean}>
        }
        const given = Object.keys(step.with ?? {})
        for (const input of given)
          expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input)
        for (const [input, spec] of Object.entries(action.inputs)) {
          if (spec.required) expect(given, `${file}: required ${input}`).toContain(input)
        }
      }
    }
  })
})

it('has the autofix schedule on Mondays at 06:00 and a daily self-heal', () => {
  const autofix = parse(readFileSync(join(dir, 'ci-medic-autofix.yml'), 'utf8')) as {
    on: {schedule: {cron: string}[]}
  }
  expect(autofix.on.schedule[0]?.cron).toBe('0 6 * * 1')
  const selfHeal = parse(readFileSync(join(dir, 'ci-medic-self-heal.yml'), 'utf8')) as {
    on: {schedule: {cron: string}[]}
  }
  expect(selfHeal.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/)
})
