// The last green run of a workflow on a branch, and the log of its job with a
// given name: what a failing run is compared with. Three requests at most (the
// run, its jobs, the log); the log is streamed like any job log.
import {statusOf, type GitHubClient} from './client.js'
import {describeGitHubError} from './errors.js'
import {streamJobLog, type RepoRef} from './workflow-runs.js'

export interface GreenRun {
  id: number
  /** The number GitHub shows as `#N`. */
  runNumber: number
  headSha: string
  htmlUrl: string
}

/** Successful runs looked at for one older than the failed run (a run classified late may have newer ones). */
const LOOK_AT = 10

/** The newest successful run of the workflow on the branch before the failed one; undefined if none. */
export async function lastGreenRun(
  client: GitHubClient,
  repo: RepoRef,
  run: {id: number; workflowId: number; headBranch: string}
): Promise<GreenRun | undefined> {
  const {data} = await client.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: run.workflowId,
    branch: run.headBranch,
    status: 'success',
    per_page: LOOK_AT
  })
  // Run ids grow with time: an older run's id is smaller.
  const green = data.workflow_runs.find(r => r.id < run.id && r.conclusion === 'success')
  return (
    green && {
      id: green.id,
      runNumber: green.run_number,
      headSha: green.head_sha,
      htmlUrl: green.html_url
    }
  )
}

/** The id of the run's job named `name` (one page of 100 jobs of the latest attempt). */
export async function jobNamed(
  client: GitHubClient,
  repo: RepoRef,
  runId: number,
  name: string
): Promise<number | undefined> {
  const {data} = await client.rest.actions.listJobsForWorkflowRun({
    ...repo,
    run_id: runId,
    filter: 'latest',
    per_page: 100
  })
  return data.jobs.find(j => j.name === name)?.id
}

export {streamJobLog}

/** Why a read of the green run failed, in words that name the fix. */
export function describeGreenRunError(error: unknown): string {
  // A log read's error names 'run-id' (workflow-runs.ts): the status under it says more here.
  const status = statusOf(error) ?? statusOf(error instanceof Error ? error.cause : undefined)
  if (status === 403 || status === 401)
    return `the token lacks 'actions: read' (GitHub answered ${status}). Add it under permissions: in the workflow.`
  if (status === 410) return 'its logs have expired on GitHub (410)'
  if (status === 404)
    return 'GitHub answered 404 (the run, job or log is gone, or the token cannot see it)'
  return describeGitHubError(error, 'actions: read')
}
