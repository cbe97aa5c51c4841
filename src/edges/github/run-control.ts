// Acting on a run: rerunning its failed jobs, and dispatching the autofix
// workflow. Both need `actions: write`.
import {statusOf, type GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export async function rerunFailedJobs(
  client: GitHubClient,
  repo: RepoRef,
  runId: number
): Promise<void> {
  await client.rest.actions.reRunWorkflowFailedJobs({...repo, run_id: runId})
}

export interface DispatchResult {
  /** Present when GitHub returned the run (return_run_details). */
  runId?: number
  htmlUrl?: string
}

/** A workflow_dispatch: the workflow (file name or id), the ref to run it on, and its inputs. */
export interface Dispatch {
  workflow: string
  ref: string
  inputs: Record<string, string>
}

/**
 * Dispatches a workflow, asking for the new run's id. Servers that do not know
 * `return_run_details` (older GHES) reject it with 422; then it is sent without.
 */
export async function dispatchWorkflow(
  client: GitHubClient,
  repo: RepoRef,
  {workflow, ref, inputs}: Dispatch
): Promise<DispatchResult> {
  const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches' as const
  try {
    const response = await client.request(route, {
      ...repo,
      workflow_id: workflow,
      ref,
      inputs,
      return_run_details: true
    })
    const data = (response.data ?? {}) as {workflow_run_id?: number; html_url?: string}
    return {runId: data.workflow_run_id, htmlUrl: data.html_url}
  } catch (error) {
    if (statusOf(error) !== 422 || !/return_run_details/.test(String((error as Error).message)))
      throw error
    await client.request(route, {...repo, workflow_id: workflow, ref, inputs})
    return {}
  }
}
