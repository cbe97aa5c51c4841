// Is there a cache service this step can use, and if not, why: the same
// choice @actions/cache 6.3 makes (lib/internal/config.js), made before the
// library is loaded, so a step without one says why once and never pays for
// loading it.
// - v2 (github.com, GHE.com): ACTIONS_CACHE_SERVICE_V2 set by the runner, the
//   Twirp CacheService at ACTIONS_RESULTS_URL.
// - v1 (GitHub Enterprise Server, always; or a runner without the v2 flag):
//   the legacy REST service at ACTIONS_CACHE_URL (isFeatureAvailable asks
//   for that one).
// Both need ACTIONS_RUNTIME_TOKEN, which the runner gives JavaScript actions
// only. ACTIONS_CACHE_MODE `none` (an untrusted event) turns both off.

export interface CacheServiceFacts {
  /** GITHUB_SERVER_URL. */
  serverUrl: string
  /** ACTIONS_CACHE_SERVICE_V2 is set. */
  v2: boolean
  /** ACTIONS_RESULTS_URL is set. */
  resultsUrl: boolean
  /** ACTIONS_CACHE_URL is set. */
  cacheUrl: boolean
  /** ACTIONS_RUNTIME_TOKEN is set (only the fact: the token is a secret). */
  runtimeToken: boolean
  /** ACTIONS_CACHE_MODE: '', read, write, write-only or none. */
  mode: string
}

export type CacheService = {enabled: true; version: 'v1' | 'v2'} | {enabled: false; reason: string}

/** The library's isGhes(): any host but github.com, *.ghe.com and *.localhost. */
export function isEnterpriseServer(serverUrl: string): boolean {
  let host: string
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase()
  } catch {
    return false
  }
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'))
}

export function cacheServiceOf(facts: CacheServiceFacts): CacheService {
  if (!facts.runtimeToken)
    return {
      enabled: false,
      reason:
        'this step has no ACTIONS_RUNTIME_TOKEN (the runner gives it to JavaScript actions; a step run another way has none)'
    }
  if (facts.mode.trim().toLowerCase() === 'none')
    return {enabled: false, reason: "the runner's ACTIONS_CACHE_MODE is 'none' for this run"}
  const ghes = isEnterpriseServer(facts.serverUrl)
  const version = !ghes && facts.v2 ? 'v2' : 'v1'
  if (version === 'v2')
    return facts.resultsUrl
      ? {enabled: true, version}
      : {enabled: false, reason: 'this step has no ACTIONS_RESULTS_URL for the cache service'}
  if (facts.cacheUrl) return {enabled: true, version}
  return {
    enabled: false,
    reason: ghes
      ? `${facts.serverUrl} has no cache service for this runner (no ACTIONS_CACHE_URL)`
      : 'this step has no cache service (neither ACTIONS_CACHE_SERVICE_V2 with ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL)'
  }
}
