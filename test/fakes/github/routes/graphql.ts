// GitHub's GraphQL endpoint, POST /graphql, for what ci-medic asks of it:
// who the token is (`viewer { login }`), whether an issue is pinned
// (`node(id: $id) { ... on Issue { isPinned } }`)
// and pinning it (`pinIssue(input: {issueId: $id})`, or `input: $input`).
// As on GitHub, an answer is HTTP 200 even when it carries errors:
// `{data, errors: [{type, path, locations, message}]}` (FORBIDDEN for a token
// that may not pin, NOT_FOUND for an unknown node id); authentication is the
// REST routes' (401 without a token). Node ids are the fake's REST `node_id`s.
// Pins live here, per fake: at most 3 per repository, as on GitHub (the text
// of that refusal is the fake's own; GitHub's exact wording was not checked).
// `fake.pins` seeds a pin made by hand and makes GitHub refuse pinning.
import type {FakeResponse} from '../../http-fake.js'
import type {ApiRequest} from '../server.js'
import type {IssueRecord} from '../state.js'
import {bodyOf, json, type RouteContext} from './context.js'

export interface GraphqlErrorItem {
  type?: string
  path?: (string | number)[]
  locations?: {line: number; column: number}[]
  extensions?: Record<string, unknown>
  message: string
}

export interface PinBoard {
  /** Numbers of the pinned issues, in the order they were pinned. */
  pinned(): number[]
  /** Pins an issue as a person would in the web UI (no request). */
  pinByHand(issueNumber: number): void
  /** From now on pinIssue answers this error (no argument: FORBIDDEN, as for a GITHUB_TOKEN); null lifts it. */
  refuse(error?: GraphqlErrorItem | null): void
}

/** The most issues a repository can pin. */
const MAX_PINNED = 3

export const FORBIDDEN_BY_INTEGRATION: GraphqlErrorItem = {
  type: 'FORBIDDEN',
  extensions: {saml_failure: false},
  message: 'Resource not accessible by integration'
}

export function registerGraphqlRoutes(ctx: RouteContext): PinBoard {
  const {server, state} = ctx
  const pinned: number[] = []
  let refusal: GraphqlErrorItem | undefined

  function issueOf(nodeId: unknown): IssueRecord | undefined {
    const match = /^I_kwDO([\w-]+)$/.exec(typeof nodeId === 'string' ? nodeId : '')
    if (!match?.[1]) return undefined
    const id = Number(Buffer.from(match[1], 'base64url').toString('utf8'))
    return state.issues.find(i => i.id === id && !i.is_pull_request)
  }

  function pin(query: string, id: unknown): FakeResponse {
    const at = where(query, 'pinIssue')
    const issue = issueOf(id)
    if (!issue)
      return answer({pinIssue: null}, [
        {
          type: 'NOT_FOUND',
          ...at,
          message: `Could not resolve to Issue node with the global id of '${String(id)}'.`
        }
      ])
    // Pinning needs write on issues; GitHub may refuse it to a workflow's token all the same.
    if (state.permissions.issues !== 'write' || refusal)
      return answer({pinIssue: null}, [{...(refusal ?? FORBIDDEN_BY_INTEGRATION), ...at}])
    if (!pinned.includes(issue.number)) {
      if (pinned.length >= MAX_PINNED)
        return answer({pinIssue: null}, [
          {
            type: 'UNPROCESSABLE',
            ...at,
            message: `A repository can pin at most ${MAX_PINNED} issues; unpin one to pin another.`
          }
        ])
      pinned.push(issue.number)
    }
    return answer({pinIssue: {issue: {isPinned: true}}})
  }

  function isPinned(query: string, id: unknown): FakeResponse {
    const issue = issueOf(id)
    if (issue) return answer({node: {isPinned: pinned.includes(issue.number)}})
    return answer({node: null}, [
      {
        type: 'NOT_FOUND',
        ...where(query, 'node'),
        message: `Could not resolve to a node with the global id of '${String(id)}'`
      }
    ])
  }

  server.graphql((req: ApiRequest) => {
    const body = bodyOf(req)
    const query = typeof body.query === 'string' ? body.query : ''
    const variables = (body.variables ?? {}) as Record<string, unknown>
    if (!query)
      return answer(undefined, [
        {message: 'A query attribute must be specified and must be a string.'}
      ])
    const mutation = /pinIssue\s*\(\s*input\s*:\s*(?:\{\s*issueId\s*:\s*\$(\w+)\s*\}|\$(\w+))/.exec(
      query
    )
    if (/^\s*mutation\b/.test(query) && mutation) {
      const id = mutation[1]
        ? variables[mutation[1]]
        : (variables[mutation[2] ?? ''] as {issueId?: unknown} | undefined)?.issueId
      return pin(query, id)
    }
    // `viewer`: the token's own login, for an installation token too (its `<app-slug>[bot]`),
    // which GET /user refuses (fullsend-ai/fullsend#1953 reads a GitHub App's login this way).
    if (/^\s*(?:query\b[^{]*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
      return answer({viewer: {login: state.authorOf(req.token)}})
    const node = /node\s*\(\s*id\s*:\s*\$(\w+)\s*\)[\s\S]*\bisPinned\b/.exec(query)
    if (node?.[1]) return isPinned(query, variables[node[1]])
    return answer(undefined, [
      {
        extensions: {code: 'undefinedField'},
        message: `The fake GitHub answers only viewer { login }, pinIssue and node(id) { ... on Issue { isPinned } }, not: ${query.slice(0, 200)}`
      }
    ])
  })

  return {
    pinned: () => [...pinned],
    pinByHand: issueNumber => {
      if (!pinned.includes(issueNumber)) pinned.push(issueNumber)
    },
    refuse: error => {
      refusal = error === undefined ? FORBIDDEN_BY_INTEGRATION : (error ?? undefined)
    }
  }
}

function answer(data: unknown, errors?: GraphqlErrorItem[]): FakeResponse {
  return json(200, {...(data === undefined ? {} : {data}), ...(errors ? {errors} : {})})
}

/** GraphQL's `path` and `locations` of a field in the document. */
function where(
  query: string,
  field: string
): {path: string[]; locations: {line: number; column: number}[]} {
  const index = Math.max(0, query.indexOf(field))
  const before = query.slice(0, index).split('\n')
  return {
    path: [field],
    locations: [{line: before.length, column: (before.at(-1)?.length ?? 0) + 1}]
  }
}
