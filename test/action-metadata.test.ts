// action.yml is the contract users' workflows are written against: each input
// it lists must be read by the code with the same default, and the README and
// root action.yml must say the same thing.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {autofixFields} from '../src/settings/autofix-settings.js'
import {classifyFields} from '../src/settings/classify-settings.js'
import type {InputFields} from '../src/settings/fields.js'
import {selfHealFields} from '../src/settings/self-heal-settings.js'
import {publishFields} from '../src/settings/publish-settings.js'
import {REPO_ROOT} from './harness/run-action.js'
import {renderReadme, renderRootAction} from '../scripts/action-docs.mjs'

interface ActionYaml {
  name: string
  description: string
  branding?: {icon?: string; color?: string}
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs: Record<string, {description: string}>
  runs: {using: string; main: string}
}

function load(path: string): ActionYaml {
  return parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as ActionYaml
}

const ACTIONS: [string, InputFields, string[]][] = [
  [
    'classify',
    classifyFields,
    [
      'category',
      'confidence',
      'fingerprint',
      'next-action',
      'failures',
      'summary',
      'report-path',
      'patterns',
      'learnings-pr-url',
      'metrics-path'
    ]
  ],
  [
    'autofix',
    autofixFields,
    [
      'outcome',
      'fixed-count',
      'failed-count',
      'pr-url',
      'pr-number',
      'branch',
      'input-tokens',
      'output-tokens',
      'cache-read-tokens',
      'cost-usd',
      'sandbox',
      'report-path',
      'proposal-path',
      'matrix',
      'plan-path'
    ]
  ],
  [
    'self-heal',
    selfHealFields,
    [
      'triage',
      'fixed-count',
      'pr-urls',
      'alerts',
      'outcome',
      'input-tokens',
      'output-tokens',
      'cache-read-tokens',
      'cost-usd',
      'sandbox',
      'report-path',
      'proposal-path'
    ]
  ],
  ['publish', publishFields, ['pr-url', 'pr-number', 'branch', 'pr-urls']]
]

describe.each(ACTIONS)('actions/%s/action.yml', (name, fields, outputs) => {
  const action = load(`actions/${name}/action.yml`)

  it('is a complete node24 JavaScript action pointing at its bundle', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe(`../../dist/${name}/index.mjs`)
    expect(existsSync(join(REPO_ROOT, 'actions', name, action.runs.main))).toBe(true)
    expect(action.name).toMatch(/^ci-medic /)
    expect(action.description.length).toBeGreaterThan(40)
    expect(action.branding?.icon).toBeTruthy()
    expect(action.branding?.color).toBeTruthy()
  })

  it('lists exactly the inputs the settings read, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(fields).sort())
    for (const [input, spec] of Object.entries(action.inputs)) {
      const field = fields[input]!
      expect(spec.description, `${input} needs a description`).toBeTruthy()
      expect(Boolean(spec.required), `${input}: required`).toBe(Boolean(field.required))
      const yamlDefault = spec.default ?? ''
      if (yamlDefault.startsWith('${{')) continue // an expression the runner fills in
      expect(yamlDefault, `${input}: default in action.yml vs code`).toBe(field.default ?? '')
    }
  })

  it('declares the output contract', () => {
    expect(Object.keys(action.outputs)).toEqual(outputs)
    for (const spec of Object.values(action.outputs)) expect(spec.description).toBeTruthy()
  })
})

describe('root action.yml', () => {
  it('is generated from the sub-actions (node scripts/action-docs.mjs)', () => {
    expect(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')).toBe(renderRootAction())
  })

  it('takes a command and every sub-action input', () => {
    const root = load('action.yml')
    expect(root.runs).toEqual({using: 'node24', main: 'dist/main/index.mjs'})
    expect(root.inputs.command?.required).toBe(true)
    for (const [, fields] of ACTIONS) {
      for (const input of Object.keys(fields)) expect(root.inputs, input).toHaveProperty(input)
    }
  })
})

describe('README', () => {
  it('has input and output tables in step with each action.yml', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    expect(readme, 'run node scripts/action-docs.mjs').toBe(renderReadme(readme))
  })

  it('gives the two commands for a fresh machine', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
  })
})
