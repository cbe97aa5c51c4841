// What the runner tells every step about the run it is in, read once from
// the environment and the event payload, and validated like an input.
import type {CacheServiceFacts} from '../core/baseline/service.js'
import {ConfigurationError} from '../errors.js'

export interface WorkflowContext {
  owner: string
  repo: string
  /** Absolute path of the checked-out repository (GITHUB_WORKSPACE). */
  workspace: string
  /** The run this step is part of. */
  runId: number
  runAttempt: number
  eventName: string
  /** The parsed GITHUB_EVENT_PATH payload ({} when absent). */
  event: Record<string, unknown>
  apiUrl: string
  serverUrl: string
  sha: string
  ref: string
  /** The workflow's name, as GITHUB_WORKFLOW gives it. */
  workflow: string
  /** Directory for temporary files (RUNNER_TEMP). */
  tempDir: string
  /** The job's id in the workflow (GITHUB_JOB): part of the run artifact's name. */
  job?: string
  /**
   * The runner gave this step ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL,
   * which @actions/artifact needs (and reads from the environment itself).
   * Only the fact is kept: the token is a secret and nothing else uses it.
   */
  artifactService?: boolean
  /** What the runner tells @actions/cache (which reads it itself); only facts, no token. */
  cacheService?: CacheServiceFacts
}

export function readWorkflowContext(
  env: Record<string, string | undefined>,
  event: Record<string, unknown>,
  fallbackTempDir: string
): WorkflowContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is '${repository}', expected 'owner/repo'. ci-medic runs as a step of a GitHub Actions job, which sets it.`
    )
  }
  return {
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    tempDir: env.RUNNER_TEMP || fallbackTempDir,
    job: env.GITHUB_JOB ?? '',
    artifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    cacheService: {
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      v2: Boolean(env.ACTIONS_CACHE_SERVICE_V2),
      resultsUrl: Boolean(env.ACTIONS_RESULTS_URL),
      cacheUrl: Boolean(env.ACTIONS_CACHE_URL),
      runtimeToken: Boolean(env.ACTIONS_RUNTIME_TOKEN),
      mode: env.ACTIONS_CACHE_MODE ?? ''
    }
  }
}
