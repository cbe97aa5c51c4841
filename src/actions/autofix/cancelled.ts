// A cancelled autofix run (the runner's SIGINT/SIGTERM, run-wrapper.ts): the
// fix loop has stopped with only verified commits in the workspace; nothing
// is pushed and no PR is touched, and the report says so (outcome:
// cancelled), rendered as the publish step would render it.
import {computeOutcome} from '../../core/autofix/index.js'
import type {RunJournal} from '../../core/journal.js'
import {cancelReason} from '../../errors.js'
import type {AutofixDeps} from './deps.js'
import type {FixedRun} from './fix-step.js'
import {renderReport, type Published} from './publish.js'

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
  const report = renderReport(deps, run, journal)
  return {
    run,
    published: {publication: {branch: '', prUrl: '', prNumber: 0, action: 'none'}, report}
  }
}
