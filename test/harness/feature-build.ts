// The feature the task: issue tests build (coupon codes on the ts-vitest
// fixture): the issue text, the coordinator's plan (a contract, then a core
// and a tests stream), each stream's files, and the scripted model (a
// stand-in for Claude, only in tests) that plans through submit_plan and
// writes files through the real, confined tools. Shared by the one-job
// tests (autofix-feature.test.ts) and the fan-out's (autofix-feature-fanout.test.ts).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {FeaturePlan} from '../../src/core/feature/index.js'
import {textTurn, toolTurn, type ScriptFn, type Turn} from '../fakes/anthropic/index.js'
import {fixturePath, type FixtureName} from './fixture-repo.js'
import {perSession} from './scripted-sessions.js'

// ------------------------------------------------------------ the feature

export const CONTRACT = `/** A coupon code and what it takes off. */
export interface Coupon {
  code: string
  percentOff: number
}

/** The total in cents after the coupon; an unknown code changes nothing. */
export type ApplyCoupon = (totalCents: number, code: string) => number
`

export const CORE = `import type {ApplyCoupon, Coupon} from './coupon-types.js'

const COUPONS: readonly Coupon[] = [{code: 'SAVE10', percentOff: 10}]

export const applyCoupon: ApplyCoupon = (totalCents, code) => {
  const coupon = COUPONS.find(c => c.code === code.trim().toUpperCase())
  return coupon ? Math.round((totalCents * (100 - coupon.percentOff)) / 100) : totalCents
}
`

export const TESTS = `import {describe, expect, it} from 'vitest'
import {applyCoupon} from '../src/coupons.js'

describe('applyCoupon', () => {
  it('takes 10% off with SAVE10, whatever the case', () => {
    expect(applyCoupon(1000, 'SAVE10')).toBe(900)
    expect(applyCoupon(1000, 'save10')).toBe(900)
  })

  it('leaves the total alone for an unknown code', () => {
    expect(applyCoupon(1000, 'NOPE')).toBe(1000)
  })
})
`

/**
 * CORE and TESTS for the ts-node-test fixture: relative imports name the .ts
 * files (Node runs the TypeScript as is) and the tests use node:test and
 * node:assert: the same feature, for the tests that are not about the runner.
 */
export const NODE_CORE = CORE.replace("'./coupon-types.js'", "'./coupon-types.ts'")
export const NODE_TESTS = `import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {applyCoupon} from '../src/coupons.ts'

describe('applyCoupon', () => {
  it('takes 10% off with SAVE10, whatever the case', () => {
    assert.equal(applyCoupon(1000, 'SAVE10'), 900)
    assert.equal(applyCoupon(1000, 'save10'), 900)
  })

  it('leaves the total alone for an unknown code', () => {
    assert.equal(applyCoupon(1000, 'NOPE'), 1000)
  })
})
`

export const SPEC = [
  'Customers want coupon codes.',
  '',
  '## Acceptance criteria',
  '- `applyCoupon(1000, "SAVE10")` returns `900`, whatever the case of the code',
  '- an unknown code leaves the total unchanged'
].join('\n')

export const PLAN: FeaturePlan = {
  summary: 'A pure applyCoupon over a table of codes, against a contract of its types.',
  contracts: [{path: 'src/coupon-types.ts', purpose: 'the coupon types', content: CONTRACT}],
  streams: [
    {id: 'core', goal: 'applyCoupon in src/coupons.ts', owns: ['src/coupons.ts'], criteria: [1, 2]},
    {id: 'tests', goal: 'tests for applyCoupon', owns: ['test/coupons.test.ts'], criteria: [1, 2]}
  ]
}

export const planTurns = (plan: FeaturePlan): Turn[] => [
  toolTurn('read_file', {path: 'src/index.ts'}),
  toolTurn('submit_plan', plan as unknown as Record<string, unknown>),
  textTurn('Planned: a contract, then the core and its tests.')
]

export const write = (path: string, content: string): Turn =>
  toolTurn('write_file', {path, content})

export interface Scripts {
  /** Which fixture the streams write for (default ts-vitest: CORE and TESTS; ts-node-test: NODE_CORE and NODE_TESTS). */
  runner?: 'vitest' | 'node'
  plan?: (task: string) => Turn[]
  core?: Turn[]
  /** The core stream's turns once an earlier attempt of it was reverted. */
  coreAgain?: Turn[]
}

/** The scripted model: the coordinator submits PLAN, each stream writes its file. */
export function featureModel(scripts: Scripts = {}): ScriptFn {
  const [core, tests] = scripts.runner === 'node' ? [NODE_CORE, NODE_TESTS] : [CORE, TESTS]
  return perSession(task => {
    if (task.startsWith('Plan the build')) return scripts.plan?.(task) ?? planTurns(PLAN)
    if (task.includes("stream 'core'") && task.includes('Earlier attempts') && scripts.coreAgain)
      return scripts.coreAgain
    if (task.includes("stream 'core'"))
      return scripts.core ?? [write('src/coupons.ts', core), textTurn('applyCoupon is built.')]
    if (task.includes("stream 'tests'"))
      return [
        write('test/coupons.test.ts', tests),
        toolTurn('run_affected_test', {}),
        textTurn('Tests cover both criteria.')
      ]
    if (task.includes("stream 'all'"))
      return [
        write('src/coupons.ts', core),
        write('test/coupons.test.ts', tests),
        textTurn('Built as one stream.')
      ]
    return [textTurn(`unexpected session: ${task.slice(0, 80)}`)]
  })
}

// ------------------------------------------------------------ the fixture

/** The fixture with its planted test and type failures fixed: a green project to build on. */
export function greenFixture(fixture: FixtureName = 'ts-vitest'): Record<string, string> {
  const source = (path: string): string => readFileSync(join(fixturePath(fixture), path), 'utf8')
  return {
    'src/discounts.ts': source('src/discounts.ts').replace(
      'quantity > tier.minQuantity',
      'quantity >= tier.minQuantity'
    ),
    'src/tax.ts': source('src/tax.ts').replace(
      'const rate: number = TAX_RATES[region]',
      'const rate: number = TAX_RATES[region] ?? 0'
    )
  }
}
