// What every route module gets: the server, the state, the JSON shapes and git.
import type {FakeResponse} from '../../http-fake.js'
import type {BareRepo} from '../git.js'
import {paginate} from '../pagination.js'
import type {ApiRequest, GitHubServer} from '../server.js'
import type {Shapes} from '../shapes.js'
import type {GitHubState} from '../state.js'

export interface RouteContext {
  server: GitHubServer
  state: GitHubState
  shapes: Shapes
  git: BareRepo
  defaultBranch: string
}

export function json(
  status: number,
  body: unknown,
  headers?: Record<string, string>
): FakeResponse {
  return {status, body, headers}
}

/** A paginated JSON array answer. */
export function pagedArray<T>(
  req: ApiRequest,
  items: T[],
  render: (item: T) => unknown
): FakeResponse {
  const page = paginate(req, items)
  return {status: 200, headers: page.headers, body: page.items.map(render)}
}

/** A paginated `{total_count, <key>: [...]}` answer. */
export function pagedEnvelope<T>(
  req: ApiRequest,
  key: string,
  items: T[],
  render: (item: T) => unknown
): FakeResponse {
  const page = paginate(req, items)
  return {
    status: 200,
    headers: page.headers,
    body: {total_count: items.length, [key]: page.items.map(render)}
  }
}

/** The request body as an object ({} when absent or not an object). */
export function bodyOf(req: ApiRequest): Record<string, unknown> {
  const body = req.body
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}
}

export function docs(path: string): string {
  return `https://docs.github.com/rest/${path}`
}
