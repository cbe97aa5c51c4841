// Real-shaped event payloads for GITHUB_EVENT_PATH (the fields ci-medic reads
// and the ones around them, as GitHub sends them).

export interface RepoRef {
  owner: string
  repo: string
}

const DEFAULT_REPO: RepoRef = {owner: 'octo-org', repo: 'octo-repo'}

function repository({owner, repo}: RepoRef): Record<string, unknown> {
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: {login: owner, id: 9919, type: 'Organization'},
    html_url: `https://github.com/${owner}/${repo}`,
    default_branch: 'main'
  }
}

const sender = {login: 'octocat', id: 583231, type: 'User'}

export interface WorkflowRunEventOptions extends Partial<RepoRef> {
  runId: number
  conclusion?: 'failure' | 'success' | 'cancelled' | 'timed_out'
  workflowName?: string
  /** The workflow file, e.g. `.github/workflows/ci.yml`. */
  path?: string
  headBranch?: string
  headSha?: string
  runAttempt?: number
  event?: string
}

export function workflowRunEvent(o: WorkflowRunEventOptions): Record<string, unknown> {
  const ref = {owner: o.owner ?? DEFAULT_REPO.owner, repo: o.repo ?? DEFAULT_REPO.repo}
  const api = `https://api.github.com/repos/${ref.owner}/${ref.repo}`
  return {
    action: 'completed',
    workflow_run: {
      id: o.runId,
      name: o.workflowName ?? 'CI',
      node_id: 'WFR_kwLOAAAAAA',
      head_branch: o.headBranch ?? 'main',
      head_sha: o.headSha ?? 'a'.repeat(40),
      path: o.path ?? '.github/workflows/ci.yml',
      display_title: 'Update pricing rules',
      run_number: 42,
      event: o.event ?? 'push',
      status: 'completed',
      conclusion: o.conclusion ?? 'failure',
      workflow_id: 161335,
      check_suite_id: 414944374,
      url: `${api}/actions/runs/${o.runId}`,
      html_url: `https://github.com/${ref.owner}/${ref.repo}/actions/runs/${o.runId}`,
      pull_requests: [],
      created_at: '2026-11-23T10:00:00Z',
      updated_at: '2026-11-23T10:05:00Z',
      run_attempt: o.runAttempt ?? 1,
      run_started_at: '2026-11-23T10:00:00Z',
      jobs_url: `${api}/actions/runs/${o.runId}/jobs`,
      logs_url: `${api}/actions/runs/${o.runId}/logs`,
      artifacts_url: `${api}/actions/runs/${o.runId}/artifacts`,
      rerun_url: `${api}/actions/runs/${o.runId}/rerun`,
      cancel_url: `${api}/actions/runs/${o.runId}/cancel`,
      previous_attempt_url: null,
      actor: sender,
      triggering_actor: sender,
      head_commit: {id: o.headSha ?? 'a'.repeat(40), message: 'Update pricing rules'},
      repository: repository(ref),
      head_repository: repository(ref)
    },
    workflow: {
      id: 161335,
      name: o.workflowName ?? 'CI',
      path: o.path ?? '.github/workflows/ci.yml'
    },
    repository: repository(ref),
    sender
  }
}

export function workflowDispatchEvent(
  inputs: Record<string, string>,
  o: Partial<RepoRef> & {workflow?: string; ref?: string} = {}
): Record<string, unknown> {
  const ref = {owner: o.owner ?? DEFAULT_REPO.owner, repo: o.repo ?? DEFAULT_REPO.repo}
  return {
    inputs,
    ref: o.ref ?? 'refs/heads/main',
    workflow: o.workflow ?? '.github/workflows/ci-medic-autofix.yml',
    repository: repository(ref),
    sender
  }
}

export function scheduleEvent(cron = '0 6 * * 1'): Record<string, unknown> {
  return {schedule: cron}
}

export function pushEvent(
  o: Partial<RepoRef> & {ref?: string; before?: string; after?: string} = {}
): Record<string, unknown> {
  const ref = {owner: o.owner ?? DEFAULT_REPO.owner, repo: o.repo ?? DEFAULT_REPO.repo}
  return {
    ref: o.ref ?? 'refs/heads/main',
    before: o.before ?? '0'.repeat(40),
    after: o.after ?? 'b'.repeat(40),
    repository: repository(ref),
    pusher: {name: 'octocat', email: 'octocat@github.com'},
    sender,
    commits: [],
    head_commit: null
  }
}
