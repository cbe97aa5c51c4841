// The whole fan-out keeps the run's budgets, not each job: the plan stage
// divides tokens and dollars over the groups (the work jobs run in parallel,
// so each keeps the minutes), and says which groups a budget cannot fund,
// rather than starting a job that cannot make one model attempt. The plan
// stage can cap its groups first: maxGroups = min(max-parallel, 256,
// fundableGroups(total)) merges groups instead of leaving some unfunded;
// budgetShortfall then words the case where not even one group is. Pure.

export interface FanoutBudgets {
  maxInputTokens: number
  maxCostUsd: number
  timeBudgetMinutes: number
}

/**
 * The least a group needs for one attempt at one failure: a fix prompt with
 * its files and a few tool round trips (100k input tokens, $0.30 of them
 * uncached at $3 per million).
 */
export const MIN_GROUP_BUDGET: Readonly<Omit<FanoutBudgets, 'timeBudgetMinutes'>> = {
  maxInputTokens: 100_000,
  maxCostUsd: 0.3
}

function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** Whole cents, rounded down (a float's `0.29 * 100 = 28.999…` counts as 29). */
function cents(usd: number): number {
  return Math.floor(nonNegative(usd) * 100 + 1e-6)
}

/** Divides whole-run budgets over n groups (floor tokens, cost rounded down to cents, minutes unchanged
 *  since jobs run in parallel); each share ≥ a floor that lets one attempt run, or the plan says which
 *  groups cannot be funded (budgetShortfall, fundableGroups). */
export function divideBudgets(total: FanoutBudgets, groups: number): FanoutBudgets {
  const n = Math.max(1, Math.floor(nonNegative(groups)))
  return {
    maxInputTokens: Math.floor(nonNegative(total.maxInputTokens) / n),
    maxCostUsd: Math.floor(cents(total.maxCostUsd) / n) / 100,
    timeBudgetMinutes: nonNegative(total.timeBudgetMinutes)
  }
}

/** Why a group's share cannot fund one attempt, or undefined when it can. */
export function budgetShortfall(share: FanoutBudgets): string | undefined {
  const short: string[] = []
  if (share.maxInputTokens < MIN_GROUP_BUDGET.maxInputTokens)
    short.push(
      `${share.maxInputTokens.toLocaleString('en-US')} input tokens (one attempt needs ${MIN_GROUP_BUDGET.maxInputTokens.toLocaleString('en-US')})`
    )
  if (cents(share.maxCostUsd) < cents(MIN_GROUP_BUDGET.maxCostUsd))
    short.push(
      `$${share.maxCostUsd.toFixed(2)} (one attempt needs $${MIN_GROUP_BUDGET.maxCostUsd.toFixed(2)})`
    )
  if (share.timeBudgetMinutes <= 0) short.push('no minutes')
  return short.length === 0
    ? undefined
    : `its share of the budgets is ${short.join(' and ')}: raise max-input-tokens / max-cost-usd or lower max-parallel`
}

/** How many groups the budgets fund, each with at least MIN_GROUP_BUDGET (0 when not even one). */
export function fundableGroups(total: FanoutBudgets): number {
  if (nonNegative(total.timeBudgetMinutes) === 0) return 0
  const byTokens = Math.floor(nonNegative(total.maxInputTokens) / MIN_GROUP_BUDGET.maxInputTokens)
  const byCost = Math.floor(cents(total.maxCostUsd) / cents(MIN_GROUP_BUDGET.maxCostUsd))
  return Math.min(byTokens, byCost)
}

/** What is left of the whole run's budgets after `used` (the work jobs' and earlier re-fixes'
 *  usage) and `elapsedMinutes` since the plan started: integrate's re-fixes run on it. */
export function remainingBudgets(
  total: FanoutBudgets,
  used: {inputTokens: number; costUsd: number},
  elapsedMinutes: number
): FanoutBudgets {
  return {
    maxInputTokens: Math.floor(nonNegative(total.maxInputTokens - nonNegative(used.inputTokens))),
    maxCostUsd:
      Math.max(0, cents(total.maxCostUsd) - Math.ceil(nonNegative(used.costUsd) * 100 - 1e-6)) /
      100,
    timeBudgetMinutes: nonNegative(total.timeBudgetMinutes - nonNegative(elapsedMinutes))
  }
}
