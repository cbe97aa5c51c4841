// A fan-out plan as the plan stage would write it for three failures of a
// vitest run (shared by the plan-file and integrate tests).
import {divideBudgets} from '../../../src/core/fanout/budget-split.js'
import {independentGroups} from '../../../src/core/fanout/groups.js'
import {buildImportGraph} from '../../../src/core/fanout/import-graph.js'
import type {FanoutPlan} from '../../../src/core/fanout/plan-file.js'
import {failuresIn, planOf, SHOP, vitestBlock, vitestLog} from './fixtures.js'

export const BASE_SHA = 'a'.repeat(40)
export const RUN = {owner: 'acme', repo: 'shop', runId: 9001}

export function threeGroupPlan(): FanoutPlan {
  const log = vitestLog([
    vitestBlock(
      'test/cart.test.ts',
      'cart > totals',
      'expected 10 to be 11',
      ['test/cart.test.ts:5:17'],
      1,
      3
    ),
    vitestBlock(
      'test/money.test.ts',
      'money > price',
      'expected 1 to be 2',
      ['test/money.test.ts:5:17'],
      2,
      3
    ),
    vitestBlock(
      'test/tax.test.ts',
      'tax > vat',
      'expected 2 to be 2.2',
      ['test/tax.test.ts:5:17'],
      3,
      3
    )
  ])
  const baseline = failuresIn(log)
  const groups = independentGroups(planOf(baseline), {
    importGraph: buildImportGraph(SHOP, Object.keys(SHOP)),
    maxGroups: 10
  })
  const budgets = divideBudgets(
    {maxInputTokens: 3_000_000, maxCostUsd: 5, timeBudgetMinutes: 20},
    groups.length
  )
  return {
    version: 1,
    repository: {owner: RUN.owner, repo: RUN.repo},
    runId: RUN.runId,
    runAttempt: 1,
    base: {branch: 'main', sha: BASE_SHA},
    checks: {test: 'npx vitest run', lint: 'npx eslint .', typecheck: 'npx tsc --noEmit'},
    groups: groups.map(g => ({...g, budgets})),
    baseline,
    createdAt: '2026-12-05T23:00:00.000Z'
  }
}
