// The GitHub flavour of the shared loopback server: authentication, token
// permissions, rate-limit headers and GitHub's 404 on every API route.
import {randomBytes} from 'node:crypto'
import {
  FakeHttpServer,
  type Fault,
  type FakeRequest,
  type FakeResponse,
  type RecordedRequest
} from '../http-fake.js'
import {
  badCredentials,
  notAccessibleByIntegration,
  notFound,
  requiresAuthentication,
  REST_DOCS
} from './errors.js'
import type {PermissionArea, TokenPermissions} from './state.js'

export interface Need {
  area: PermissionArea
  level: 'read' | 'write'
}

export interface ApiRequest extends FakeRequest {
  /** The token sent in `Authorization: token X` / `Bearer X`. */
  token: string
}

export interface ApiRouteOptions {
  /** Permission(s) the token needs; any one of a list suffices. */
  needs?: Need | Need[] | ((req: ApiRequest) => Need | Need[] | undefined)
  /** `documentation_url` for this endpoint's errors. */
  docs?: string
}

export type ApiHandler = (req: ApiRequest) => FakeResponse | Promise<FakeResponse>

export interface Endpoint {
  method: string
  /** The route pattern, e.g. `/repos/:owner/:repo/issues/:issue_number`. */
  pattern: string
}

/** Paths under these prefixes are not API calls (no auth, no rate limit). */
export const DOWNLOADS_PREFIX = '/_downloads'

export interface GitHubServerOptions {
  owner: string
  repo: string
  /** When set, only this token is accepted (others get 401 Bad credentials). */
  token?: string
  rateLimit: number
  permissions: () => TokenPermissions
  onToken: (token: string) => void
}

const LEVEL = {none: 0, read: 1, write: 2}

export class GitHubServer extends FakeHttpServer {
  /** Every API endpoint served (for fidelity checks against the OpenAPI description). */
  readonly endpoints: Endpoint[] = []
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600

  constructor(private readonly options: GitHubServerOptions) {
    super('GitHub')
  }

  /** Registers an API route with GitHub's authentication, permission and repository checks. */
  api(method: string, pattern: string, options: ApiRouteOptions, handler: ApiHandler): this {
    this.endpoints.push({method: method.toUpperCase(), pattern})
    return this.route(method, pattern, async req => {
      const response = await this.guard(req, options, handler)
      response.headers = {...this.commonHeaders(), ...response.headers}
      return response
    })
  }

  /**
   * GitHub's GraphQL endpoint, POST /graphql: the API's authentication, and
   * not listed in `endpoints` (those are checked against the REST description).
   */
  graphql(handler: ApiHandler): this {
    return this.route('POST', '/graphql', async req => {
      const response = await this.guard(req, {docs: 'https://docs.github.com/graphql'}, handler)
      response.headers = {
        ...this.commonHeaders({'x-ratelimit-resource': 'graphql'}),
        ...response.headers
      }
      return response
    })
  }

  /** A route outside the API (signed download URLs): no auth. */
  download(pattern: string, handler: (req: FakeRequest) => FakeResponse): this {
    return this.route('GET', `${DOWNLOADS_PREFIX}${pattern}`, handler)
  }

  private async guard(
    req: FakeRequest,
    options: ApiRouteOptions,
    handler: ApiHandler
  ): Promise<FakeResponse> {
    const header = String(req.headers.authorization ?? '')
    if (!header) return requiresAuthentication()
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
    if (!match?.[1]) return badCredentials()
    const token = match[1]
    if (this.options.token !== undefined && token !== this.options.token) return badCredentials()
    this.options.onToken(token)
    if (req.params.owner !== undefined || req.params.repo !== undefined) {
      const sameOwner = req.params.owner?.toLowerCase() === this.options.owner.toLowerCase()
      const sameRepo = req.params.repo?.toLowerCase() === this.options.repo.toLowerCase()
      if (!sameOwner || !sameRepo) return notFound(options.docs ?? REST_DOCS)
    }
    const apiReq: ApiRequest = {...req, token}
    const needs = typeof options.needs === 'function' ? options.needs(apiReq) : options.needs
    const list = needs === undefined ? [] : Array.isArray(needs) ? needs : [needs]
    if (list.length) {
      const granted = this.options.permissions()
      const ok = list.some(n => LEVEL[granted[n.area]] >= LEVEL[n.level])
      if (!ok) return notAccessibleByIntegration(options.docs ?? REST_DOCS)
    }
    return handler(apiReq)
  }

  /** Rate-limit and GitHub headers; getters so values are computed when the answer is sent. */
  commonHeaders(overrides: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = {}
    const dynamic: Record<string, () => string> = {
      'x-ratelimit-limit': () => String(this.options.rateLimit),
      'x-ratelimit-remaining': () => String(Math.max(0, this.options.rateLimit - this.used())),
      'x-ratelimit-reset': () => String(this.resetAt),
      'x-ratelimit-used': () => String(this.used()),
      'x-ratelimit-resource': () => 'core',
      'x-github-api-version-selected': () => '2022-11-28',
      'x-github-media-type': () => 'github.v3; format=json',
      'x-github-request-id': () => randomBytes(8).toString('hex').toUpperCase()
    }
    for (const [key, get] of Object.entries(dynamic)) {
      if (key in overrides) continue
      Object.defineProperty(headers, key, {get, enumerable: true, configurable: true})
    }
    return Object.assign(headers, overrides)
  }

  /** API calls so far (what `x-ratelimit-used` reports). */
  used(): number {
    return this.requests.filter(r => isApiPath(r.path, this.options)).length
  }

  /** Faults answering with a status get the rate-limit headers too (unless they set them). */
  override fault(method: string, path: string | RegExp, fault: Fault): this {
    if (fault.status === undefined) return super.fault(method, path, fault)
    return super.fault(method, path, {...fault, headers: this.commonHeaders(fault.headers ?? {})})
  }

  protected override notFound(_record: RecordedRequest): FakeResponse {
    const response = notFound()
    response.headers = this.commonHeaders()
    return response
  }
}

function isApiPath(path: string, options: GitHubServerOptions): boolean {
  if (path.startsWith(DOWNLOADS_PREFIX)) return false
  return !path.startsWith(`/${options.owner}/${options.repo}`)
}
