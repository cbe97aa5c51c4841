// The run whose code the ledger's same-code checks compare with (core/ledger/record-history.ts):
// the failed workflow run classify reads, or, for a local log, this job's own run.
import type {CodeRun} from '../../core/ledger/record-history.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'

/** `run` is the workflow run classify reads (its summary facts), absent for a local log. */
export function codeRunOf(
  context: WorkflowContext,
  run: {id: number; sha: string; event: string} | undefined
): CodeRun {
  return run
    ? {id: run.id, sha: run.sha, event: run.event}
    : {id: context.runId, sha: context.sha, event: context.eventName}
}
