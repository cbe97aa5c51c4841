// What integrate's re-fix of a conflict may spend: the whole run's budgets
// less the work jobs' usage and the minutes since the plan started.
import {describe, expect, it} from 'vitest'
import {budgetShortfall, remainingBudgets} from '../../../src/core/fanout/index.js'

const total = {maxInputTokens: 1_000_000, maxCostUsd: 5, timeBudgetMinutes: 30}

describe('remainingBudgets', () => {
  it('takes the usage and the elapsed minutes off the whole run', () => {
    expect(remainingBudgets(total, {inputTokens: 250_000, costUsd: 1.234}, 12)).toEqual({
      maxInputTokens: 750_000,
      maxCostUsd: 3.76,
      timeBudgetMinutes: 18
    })
  })

  it('never goes below zero, and says when what is left cannot fund an attempt', () => {
    const left = remainingBudgets(total, {inputTokens: 2_000_000, costUsd: 9}, 45)
    expect(left).toEqual({maxInputTokens: 0, maxCostUsd: 0, timeBudgetMinutes: 0})
    expect(budgetShortfall(left)).toMatch(/0 input tokens.*\$0\.00.*no minutes/)
    const some = remainingBudgets(total, {inputTokens: 950_000, costUsd: 0}, 1)
    expect(budgetShortfall(some)).toMatch(/50,000 input tokens \(one attempt needs 100,000\)/)
  })

  it('rounds a cost spent up to the cent, so a fraction of a cent is never spent twice', () => {
    expect(remainingBudgets(total, {inputTokens: 0, costUsd: 0.001}, 0).maxCostUsd).toBe(4.99)
    expect(remainingBudgets(total, {inputTokens: 0, costUsd: 0.29}, 0).maxCostUsd).toBe(4.71)
  })

  it('treats a negative or non-finite usage as none', () => {
    expect(remainingBudgets(total, {inputTokens: -5, costUsd: Number.NaN}, -1)).toEqual(total)
  })
})
