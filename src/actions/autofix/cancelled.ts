// A cancelled autofix run (the runner's SIGINT/SIGTERM, run-wrapper.ts): the
// fix loop has stopped with only verified commits in the workspace; nothing
// is pushed and no PR is touched, and the report says so (outcome:
// cancelled), rendered as the publish step would render it.
import {computeOutcome, renderAutofixReport} from '../../core/autofix/index.js'
import type {RunJournal} from '../../core/journal.js'
import {cancelReason} from '../../errors.js'
import type {AutofixDeps} from './deps.js'
import type {FixedRun} from './fix-step.js'
import type {Published} from './publish.js'

/** The run as cancelled (also when the signal came after the fixes), and a publication of nothing. */
export function notPublished(
  deps: AutofixDeps,
  fixed: FixedRun,
  journal: RunJournal
): {run: FixedRun; published: Published} {
  const reason = fixed.loop.cancelled ?? cancelReason(deps.cancel).message
  const run: FixedRun = {
    ...fixed,
    outcome: computeOutcome({
      results: fixed.loop.results,
      budgetStop: fixed.loop.budgetStop,
      cancelled: reason
    })
  }
  const kept = run.loop.fixes.length
  journal.skipped(
    'cancelled',
    `The run was ${reason}: the attempt in progress was reverted${kept ? `, ${kept} verified commit(s) stay in the workspace` : ''}, and nothing was pushed.`
  )
  const report = renderAutofixReport({
    outcome: run.outcome,
    results: run.loop.results,
    checks: run.loop.baseline.map(r => ({command: r.command, failures: r.failures.length})),
    totals: run.totals,
    model: deps.settings.model,
    escalationModel: deps.settings.escalationModel,
    projectReasons: run.project.reasons,
    journal: [...journal.entries]
  })
  return {
    run,
    published: {publication: {branch: '', prUrl: '', prNumber: 0, action: 'none'}, report}
  }
}
