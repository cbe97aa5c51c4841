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

/** The newest successful run of the workflow on the branch, other than `runId`; undefined if none. */
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
    per_page: 2
  })
  const green = data.workflow_runs.find(r => r.id !== run.id && r.conclusion === 'success')
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
  const status = statusOf(error)
  if (status === 410) return 'its logs have expired on GitHub (410)'
  if (status === 404)
    return 'GitHub answered 404 (the run, job or log is gone, or the token cannot see it)'
  return describeGitHubError(error, 'actions: read')
}
