// The plan stage's job summary: the groups the matrix will run, with their
// failures, files and budget share. Failure text is untrusted: every cell is
// escaped (core/report/markdown.ts).
import type {FailurePlan} from '../../../core/autofix/index.js'
import {groupLabel, type FanoutPlan} from '../../../core/fanout/index.js'
import {cell, table} from '../../../core/report/markdown.js'

export function renderPlanSummary(plan: FanoutPlan, items: FailurePlan, unfunded?: string): string {
  const failures = plan.groups.reduce((n, g) => n + g.failures, 0)
  const head = `## ci-medic autofix: plan\n\n`
  if (plan.groups.length === 0)
    return `${head}The checks found nothing to fix on ${plan.base.sha.slice(0, 12)}: the matrix is empty.\n`
  const rows = plan.groups.map(g => [
    `\`${g.id}\``,
    cell(groupLabel(g, items.items), 120),
    String(g.failures),
    cell(g.files.join(', '), 300),
    `${g.budgets.maxInputTokens.toLocaleString('en-US')} tokens, $${g.budgets.maxCostUsd.toFixed(2)}, ${g.budgets.timeBudgetMinutes} min`
  ])
  const skipped = items.skipped.length
    ? `\n${items.skipped.length} failure(s) skipped (known flakes, or no code change fixes them).\n`
    : ''
  const deferred = items.deferred.length
    ? `\n${items.deferred.length} more over max-failures: not in this fan-out.\n`
    : ''
  return [
    `${head}${failures} failure(s) on ${plan.base.sha.slice(0, 12)} in ${plan.groups.length} independent group(s), one work job each (no two groups change one file).${unfunded ? ` Note: ${unfunded}.` : ''}\n`,
    table(['Group', 'Failure', 'Failures', 'Files it owns', 'Budget share'], rows),
    skipped + deferred
  ].join('\n')
}
