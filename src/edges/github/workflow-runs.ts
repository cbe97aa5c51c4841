// Reading a workflow run: the run itself, its failed jobs, and their logs as
// streams (a job log can be large; it is never held whole in memory here).
import {ConfigurationError, toNetworkError} from '../../errors.js'
import {statusOf, type GitHubClient} from './client.js'
import {GitHubApiError} from './errors.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface WorkflowRunInfo {
  id: number
  name: string
  /** `.github/workflows/ci.yml` */
  path: string
  /** The workflow's id (0 when GitHub did not say). */
  workflowId: number
  headBranch: string
  headSha: string
  /** `owner/repo` the head branch lives in: another repository's for a fork's pull request. */
  headRepository: string
  runAttempt: number
  event: string
  status: string
  conclusion: string
  htmlUrl: string
}

export interface FailedJob {
  id: number
  name: string
  conclusion: string
  htmlUrl: string
  /** The steps that failed, by name. */
  failedSteps: string[]
}

export async function getWorkflowRun(
  client: GitHubClient,
  repo: RepoRef,
  runId: number
): Promise<WorkflowRunInfo> {
  try {
    const {data} = await client.rest.actions.getWorkflowRun({...repo, run_id: runId})
    return {
      id: data.id,
      name: data.name ?? '',
      path: data.path,
      workflowId: data.workflow_id ?? 0,
      headBranch: data.head_branch ?? '',
      headSha: data.head_sha,
      headRepository: data.head_repository?.full_name ?? '',
      runAttempt: data.run_attempt ?? 1,
      event: data.event,
      status: data.status ?? '',
      conclusion: data.conclusion ?? '',
      htmlUrl: data.html_url
    }
  } catch (error) {
    throw explainReadError(error, `workflow run ${runId} of ${repo.owner}/${repo.repo}`)
  }
}

/** Jobs of the run's latest attempt that failed (or timed out); successful jobs are never read. */
export async function listFailedJobs(
  client: GitHubClient,
  repo: RepoRef,
  runId: number
): Promise<FailedJob[]> {
  try {
    const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
      ...repo,
      run_id: runId,
      filter: 'latest',
      per_page: 100
    })
    const failed = jobs.filter(j => j.conclusion === 'failure' || j.conclusion === 'timed_out')
    // A cancelled job is read only when nothing failed outright (then the cancellation is the story).
    const chosen = failed.length ? failed : jobs.filter(j => j.conclusion === 'cancelled')
    return chosen.map(j => ({
      id: j.id,
      name: j.name,
      conclusion: j.conclusion ?? '',
      htmlUrl: j.html_url ?? '',
      failedSteps: (j.steps ?? []).filter(s => s.conclusion === 'failure').map(s => s.name)
    }))
  } catch (error) {
    throw explainReadError(error, `the jobs of run ${runId}`)
  }
}

/** Conclusions of a finished run that are not a failure. */
const PASSED = new Set(['success', 'skipped', 'neutral'])

/**
 * Whether another run of the same workflow file failed on this commit (its
 * latest attempt). One request for the newest 100 runs on the commit: how a
 * passing run knows, before reading the ledger, that there is nothing to learn.
 */
export async function otherRunFailedOnCommit(
  client: GitHubClient,
  repo: RepoRef,
  run: Pick<WorkflowRunInfo, 'id' | 'path' | 'headSha'>
): Promise<boolean> {
  try {
    const {data} = await client.rest.actions.listWorkflowRunsForRepo({
      ...repo,
      head_sha: run.headSha,
      per_page: 100
    })
    return data.workflow_runs.some(
      r =>
        r.id !== run.id &&
        r.path === run.path &&
        r.status === 'completed' &&
        !PASSED.has(r.conclusion ?? '')
    )
  } catch (error) {
    throw explainReadError(error, `the runs of commit ${run.headSha}`)
  }
}

/**
 * Streams one job's log. GitHub answers the log request with a 302 to a
 * short-lived download URL; the redirect is taken by hand so the body can be
 * streamed instead of buffered by octokit.
 */
export async function streamJobLog(
  client: GitHubClient,
  repo: RepoRef,
  jobId: number
): Promise<AsyncIterable<Uint8Array>> {
  let location: string | undefined
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      ...repo,
      job_id: jobId,
      request: {redirect: 'manual'}
    })
    location = response.headers.location
    if (!location) {
      // Some servers answer with the text itself.
      const text = typeof response.data === 'string' ? response.data : String(response.data ?? '')
      return (async function* () {
        yield new TextEncoder().encode(text)
      })()
    }
  } catch (error) {
    throw explainReadError(error, `the log of job ${jobId}`)
  }
  const download = await fetch(location).catch((error: unknown) => {
    // The log lives on GitHub's storage host, not on GITHUB_API_URL: name that host.
    throw toNetworkError(error, {service: 'GitHub API', url: location}) ?? error
  })
  if (!download.ok || !download.body) {
    throw new Error(`downloading the log of job ${jobId} failed: HTTP ${download.status}`)
  }
  return download.body as unknown as AsyncIterable<Uint8Array>
}

/** Turns API errors on reads into messages that name the permission or the id to check. */
export function explainReadError(error: unknown, what: string): Error {
  const status = statusOf(error)
  // A rate limit or an outage is not the run id's fault nor a missing permission.
  if (error instanceof GitHubApiError && (error.kind === 'rate-limit' || error.kind === 'server'))
    return error
  if (status === 404) {
    return new ConfigurationError(
      `GitHub says ${what} does not exist (404). Check 'run-id', and that the token can see this repository.`,
      {cause: error}
    )
  }
  if (status === 403 || status === 401) {
    return new ConfigurationError(
      `GitHub refused to show ${what} (${status}): the token needs 'actions: read' (add it under permissions: in the workflow).`,
      {cause: error}
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}
