// Bearer-token authentication and scopes (reference §1, §2.10).
import type {SentryUser} from './builders.js'

export type TokenKind = 'user' | 'org' | 'integration'

export interface TokenSpec {
  /** Default: `org` for `sntrys_…` tokens, else `integration`. */
  kind?: TokenKind
  /** Default per kind: org → `org:ci`; user/integration → event:read/write, project:read, org:read. */
  scopes?: string[]
  /** Restrict the token to this org slug (other orgs → 401 "Unauthorized organization access."). */
  org?: string
  /** The acting user (integrations act as their proxy user). */
  user?: SentryUser
  /** 401 "Token expired". */
  expired?: boolean
  /** 401 with an object `detail` (`{code: "sso-required", message, extra}`). */
  ssoRequired?: boolean
}

export interface Caller {
  token: string
  kind: TokenKind
  scopes: string[]
  user: SentryUser
  spec: TokenSpec
}

export const DEFAULT_TOKEN = 'test-token'

export const DEFAULT_SCOPES = ['event:read', 'event:write', 'project:read', 'org:read']

export const READ_ISSUES = ['event:read', 'event:write', 'event:admin']
export const WRITE_ISSUES = ['event:write', 'event:admin']
export const READ_RELEASES = [
  'project:read',
  'project:write',
  'project:admin',
  'project:releases',
  'org:ci'
]

export const DETAIL = {
  noCredentials: 'Authentication credentials were not provided.',
  invalidToken: 'Invalid token',
  invalidOrgToken: 'Invalid org token',
  expired: 'Token expired',
  wrongOrg: 'Unauthorized organization access.',
  forbidden: 'You do not have permission to perform this action.',
  notFound: 'The requested resource does not exist'
} as const

export type AuthResult = {caller: Caller} | {status: 401; body: {detail: unknown}}

export function kindOf(token: string, spec: TokenSpec): TokenKind {
  return spec.kind ?? (token.startsWith('sntrys_') ? 'org' : 'integration')
}

export function authenticate(
  header: string | string[] | undefined,
  tokens: Map<string, TokenSpec>,
  org: string,
  baseUrl: string
): AuthResult {
  const value = Array.isArray(header) ? header[0] : header
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '')
  if (!match?.[1]) return {status: 401, body: {detail: DETAIL.noCredentials}}
  const token = match[1]
  const spec = tokens.get(token)
  if (!spec) {
    return {
      status: 401,
      body: {detail: token.startsWith('sntrys_') ? DETAIL.invalidOrgToken : DETAIL.invalidToken}
    }
  }
  if (spec.expired) return {status: 401, body: {detail: DETAIL.expired}}
  if (spec.org && spec.org !== org) return {status: 401, body: {detail: DETAIL.wrongOrg}}
  if (spec.ssoRequired) {
    return {
      status: 401,
      body: {
        detail: {
          code: 'sso-required',
          message: 'Must login via SSO',
          extra: {loginUrl: `${baseUrl}/auth/login/${org}/`}
        }
      }
    }
  }
  const kind = kindOf(token, spec)
  const scopes = spec.scopes ?? (kind === 'org' ? ['org:ci'] : DEFAULT_SCOPES)
  const user: SentryUser = spec.user ?? {
    id: kind === 'integration' ? '3141592' : '2718281',
    name: kind === 'integration' ? 'ci-medic' : 'Jane Doe',
    username: kind === 'integration' ? 'ci-medic-3e1f0c' : 'jane',
    email: kind === 'integration' ? '' : 'jane@example.com',
    avatarUrl: null,
    isActive: true,
    hasPasswordAuth: kind !== 'integration',
    dateJoined: '2024-02-01T10:00:00.000000Z'
  }
  return {caller: {token, kind, scopes, user, spec}}
}

export function hasAnyScope(caller: Caller, wanted: readonly string[]): boolean {
  return caller.scopes.some(s => wanted.includes(s))
}
