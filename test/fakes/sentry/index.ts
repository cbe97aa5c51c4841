// A loopback fake of Sentry's web API (sentry.io or self-hosted) for the
// self-heal action's tests. Shapes and errors follow
// /work/shared/reference/sentry-api.md.
import {FakeHttpServer, type Fault, type FakeResponse, type RecordedRequest} from '../http-fake.js'
import {DEFAULT_TOKEN, DETAIL, type TokenSpec} from './auth.js'
import {
  DEFAULT_PROJECT,
  type SentryIssue,
  type SentryProject,
  type SentryRelease
} from './builders.js'
import {RateLimiter, type RateLimitOptions} from './rate-limit.js'
import {registerRoutes} from './routes.js'
import {SentryState, type AddIssueInput} from './state.js'
import type {BuildReleaseOptions} from './builders.js'

export * from './builders.js'
export {DEFAULT_TOKEN, DEFAULT_SCOPES, DETAIL, type TokenKind, type TokenSpec} from './auth.js'
export {parseCursor, formatCursor, type Cursor} from './pagination.js'
export type {RateLimitOptions} from './rate-limit.js'
export {
  SentryState,
  type AddIssueInput,
  type RecordedNote,
  type SentryActivity,
  type StatusUpdate,
  type StoredIssue
} from './state.js'

export interface FakeSentryOptions {
  /** Organization slug, default `my-org`. The org's id (`orgId`, default `1234567`) is accepted too. */
  org?: string
  orgId?: string
  /** Projects, default one `web-api` node project (id `4501234567890123`). */
  projects?: SentryProject[]
  /**
   * Accepted bearer tokens. Default: `{ 'test-token': {kind: 'integration'} }`
   * with event:read, event:write, project:read, org:read.
   */
  tokens?: Record<string, TokenSpec>
  /** Self-hosted: no rate limiting, no X-Sentry-Rate-Limit-* headers. */
  selfHosted?: boolean
  /** Per (caller, endpoint) fixed-window limit; default 1000 per 60 s. */
  rateLimit?: RateLimitOptions
  /** Issues to seed (each with its events). */
  issues?: AddIssueInput[]
  releases?: (BuildReleaseOptions | SentryRelease)[]
  /** Clock in epoch ms (stats buckets, seen-times, rate windows). Default `Date.now`. */
  now?: () => number
  /** Fixed port, default 0 (any). */
  port?: number
}

export interface FakeSentry {
  /** Base URL, e.g. `http://127.0.0.1:41234`; clients append `/api/0/...`. */
  url: string
  /** `${url}/api/0`. */
  apiUrl: string
  org: string
  state: SentryState
  /** Every request received, in order (incl. rejected ones; `status` = the answer). */
  requests: RecordedRequest[]
  requestsTo(method: string, path: string | RegExp): RecordedRequest[]
  /** Shorthand for `state.addIssue`. */
  addIssue(input?: AddIssueInput): SentryIssue
  addRelease(input?: BuildReleaseOptions | SentryRelease): SentryRelease
  /** The next `times` API requests (optionally only to one endpoint name) get 429s with Sentry's body and headers. */
  rateLimitStorm(times: number, endpoint?: SentryEndpoint): void
  /** Raw fault injection from the base server (answers bypass auth and rate-limit headers). */
  fault(method: string, path: string | RegExp, fault: Fault): void
  close(): Promise<void>
}

/** Endpoint names used for per-endpoint rate limits and storms. */
export type SentryEndpoint =
  | 'organization-group-index'
  | 'group-details'
  | 'group-events'
  | 'group-event-details'
  | 'group-notes'
  | 'organization-releases'
  | 'organization-release-details'

class SentryHttpServer extends FakeHttpServer {
  protected override notFound(_record: RecordedRequest): FakeResponse {
    return {status: 404, body: {detail: DETAIL.notFound}}
  }
}

export async function startFakeSentry(options: FakeSentryOptions = {}): Promise<FakeSentry> {
  const clock = options.now ?? ((): number => Date.now())
  const server = new SentryHttpServer('sentry')
  const orgSlug = options.org ?? 'my-org'
  const state = new SentryState(
    {slug: orgSlug, id: options.orgId ?? '1234567', name: orgSlug},
    options.projects ?? [DEFAULT_PROJECT],
    clock,
    () => server.url
  )
  const tokens = new Map(Object.entries(options.tokens ?? {[DEFAULT_TOKEN]: {kind: 'integration'}}))
  const limiter = new RateLimiter(options.rateLimit ?? {}, clock)
  registerRoutes(server, {state, tokens, limiter, selfHosted: options.selfHosted ?? false})
  const url = await server.start(options.port ?? 0)

  for (const release of options.releases ?? []) state.addRelease(release)
  for (const issue of options.issues ?? []) state.addIssue(issue)

  return {
    url,
    apiUrl: `${url}/api/0`,
    org: orgSlug,
    state,
    requests: server.requests,
    requestsTo: (method, path) => server.requestsTo(method, path),
    addIssue: input => state.addIssue(input),
    addRelease: input => state.addRelease(input),
    rateLimitStorm: (times, endpoint) => limiter.storm(times, endpoint),
    fault: (method, path, fault) => {
      server.fault(method, path, fault)
    },
    close: () => server.close()
  }
}
