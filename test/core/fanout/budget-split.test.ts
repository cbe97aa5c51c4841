// divideBudgets, budgetShortfall and fundableGroups: the whole fan-out keeps the run's budgets.
import {describe, expect, it} from 'vitest'
import {
  budgetShortfall,
  divideBudgets,
  fundableGroups,
  MIN_GROUP_BUDGET
} from '../../../src/core/fanout/budget-split.js'

const defaults = {maxInputTokens: 3_000_000, maxCostUsd: 5, timeBudgetMinutes: 20}

describe('divideBudgets', () => {
  it('floors tokens, rounds cost down to cents and keeps the minutes (jobs run in parallel)', () => {
    expect(divideBudgets(defaults, 3)).toEqual({
      maxInputTokens: 1_000_000,
      maxCostUsd: 1.66,
      timeBudgetMinutes: 20
    })
    expect(
      divideBudgets({maxInputTokens: 1_000_001, maxCostUsd: 1, timeBudgetMinutes: 7}, 7)
    ).toEqual({
      maxInputTokens: 142_857,
      maxCostUsd: 0.14,
      timeBudgetMinutes: 7
    })
  })

  it('never sums to more than the whole', () => {
    for (const n of [1, 2, 3, 7, 16, 256]) {
      for (const cost of [0.29, 1, 4.99, 5, 12.34]) {
        const share = divideBudgets({...defaults, maxCostUsd: cost}, n)
        expect(share.maxCostUsd * n).toBeLessThanOrEqual(cost + 1e-9)
        expect(share.maxInputTokens * n).toBeLessThanOrEqual(defaults.maxInputTokens)
      }
    }
    // A float's 0.29 * 100 = 28.999…: still 29 cents for one group.
    expect(divideBudgets({...defaults, maxCostUsd: 0.29}, 1).maxCostUsd).toBe(0.29)
  })

  it('treats a group count below one, and bad totals, safely', () => {
    expect(divideBudgets(defaults, 0)).toEqual(divideBudgets(defaults, 1))
    expect(divideBudgets(defaults, Number.NaN)).toEqual(divideBudgets(defaults, 1))
    expect(
      divideBudgets({maxInputTokens: -5, maxCostUsd: Number.NaN, timeBudgetMinutes: -1}, 2)
    ).toEqual({maxInputTokens: 0, maxCostUsd: 0, timeBudgetMinutes: 0})
  })
})

describe('which groups a budget can fund', () => {
  it('says why a share cannot make one attempt, naming the settings to change', () => {
    expect(budgetShortfall(divideBudgets(defaults, 3))).toBeUndefined()
    const thin = divideBudgets(defaults, 40)
    expect(thin.maxInputTokens).toBe(75_000)
    expect(budgetShortfall(thin)).toBe(
      'its share of the budgets is 75,000 input tokens (one attempt needs 100,000) and $0.12 (one attempt needs $0.30): raise max-input-tokens / max-cost-usd or lower max-parallel'
    )
    expect(budgetShortfall({...divideBudgets(defaults, 2), timeBudgetMinutes: 0})).toMatch(
      /no minutes/
    )
    expect(budgetShortfall({...MIN_GROUP_BUDGET, timeBudgetMinutes: 1})).toBeUndefined()
  })

  it('counts the groups the whole budget funds, by its scarcest part', () => {
    // 3M tokens fund 30 groups, $5 funds 16.
    expect(fundableGroups(defaults)).toBe(16)
    expect(budgetShortfall(divideBudgets(defaults, 16))).toBeUndefined()
    expect(budgetShortfall(divideBudgets(defaults, 17))).toBeDefined()
    expect(fundableGroups({...defaults, maxCostUsd: 100})).toBe(30)
    expect(fundableGroups({...defaults, maxCostUsd: 0.2})).toBe(0)
    expect(fundableGroups({...defaults, timeBudgetMinutes: 0})).toBe(0)
  })
})
