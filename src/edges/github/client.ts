// The GitHub REST client every action uses: @actions/github's octokit (which
// honours GITHUB_API_URL) with retries for 5xx and GitHub's recommended
// throttling for primary and secondary rate limits. Every request that still
// fails after them rejects with a GitHubApiError (an answer ≥ 400, with the
// permission it needs) or a NetworkError (no answer): see ./errors.ts.
import {getOctokit} from '@actions/github'
import {retry} from '@octokit/plugin-retry'
import {throttling} from '@octokit/plugin-throttling'
import type {Logger} from '../../logger.js'
import {toGitHubError} from './errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  apiUrl: string
  logger: Logger
  /** Retries for 5xx and network errors (plugin-retry); 0 in tests that want the first answer. */
  retries?: number
  /** Longest wait for a rate limit before giving up on a request, in seconds. */
  maxRateLimitWaitSeconds?: number
  /**
   * GitHub's recommended pacing (one write per second, one issue or comment
   * creation per three seconds). On by default; unit tests of single
   * requests turn it off.
   */
  pace?: boolean
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      userAgent: 'ci-medic',
      retry: {retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451]},
      throttle: {
        enabled: options.pace ?? true,
        onRateLimit: retryUnlessTooLong('rate limit reached', options.logger, maxWait),
        onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit', options.logger, maxWait)
      }
    },
    retry,
    throttling
  )
  // Registered after the plugins, so this hook is the outermost: plugin-retry
  // and plugin-throttling see octokit's own RequestError (and retry 5xx,
  // network errors and rate limits as before); callers get the typed error.
  client.hook.error('request', (error, requestOptions) => {
    throw toGitHubError(error, requestOptions)
  })
  return client
}

/** Retry a rate-limited request twice, unless GitHub asks for a longer wait than we allow. */
function retryUnlessTooLong(
  what: string,
  logger: Logger,
  maxWaitSeconds: number
): (
  retryAfter: number,
  request: {method: string; url: string},
  octokit: unknown,
  retryCount: number
) => boolean {
  return (retryAfter, request, _octokit, retryCount) => {
    logger.warning(
      `GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s.`
    )
    return retryCount < 2 && retryAfter <= maxWaitSeconds
  }
}

export {statusOf} from './http-status.js'
export {
  describeGitHubError,
  GitHubApiError,
  isGitHubApiError,
  missingPermission,
  permissionNeeded,
  type GitHubErrorKind
} from './errors.js'
