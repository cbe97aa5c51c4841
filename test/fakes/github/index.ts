// A fake GitHub for end-to-end tests: REST on 127.0.0.1 in GitHub's wire
// format, in-memory state, recorded requests, fault injection, and a real
// git remote over smart HTTP.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Fault, RecordedRequest} from '../http-fake.js'
import {
  PRIMARY_RATE_LIMIT_DOCS,
  SECONDARY_RATE_LIMIT_DOCS,
  SECONDARY_RATE_LIMIT_MESSAGE
} from './errors.js'
import {BareRepo, gitHttpHandler, type GitHttpRequest} from './git.js'
import {registerActionsRoutes} from './routes/actions.js'
import {registerCollaboratorRoutes} from './routes/collaborators.js'
import type {RouteContext} from './routes/context.js'
import {registerGraphqlRoutes, type PinBoard} from './routes/graphql.js'
import {registerIssueRoutes} from './routes/issues.js'
import {registerPullRoutes} from './routes/pulls.js'
import {registerCompareRoutes} from './routes/compare.js'
import {registerTreeRoutes} from './routes/trees.js'
import {registerRawDownloads, registerRepoRoutes} from './routes/repo.js'
import {registerTimelineRoutes, type IssueTimeline} from './routes/timeline.js'
import {registerUserRoutes} from './routes/users.js'
import {GitHubServer, type Endpoint} from './server.js'
import {Shapes} from './shapes.js'
import {
  GitHubState,
  type ArtifactRecord,
  type CommentRecord,
  type CommentSeed,
  type IssueRecord,
  type IssueSeed,
  type MergePullRequestOptions,
  type PullRecord,
  type RunRecord,
  type TokenPermissions,
  type WorkflowRecord,
  type WorkflowRunSeed
} from './state.js'
import type {ZipFiles} from './zip.js'

export {BOT_USER, isoNow} from './state.js'
export type * from './state.js'
export type {Endpoint} from './server.js'
export type {CommitInfo, GitHttpRequest, TreeEntry} from './git.js'
export {BareRepo} from './git.js'
export {createZip, readZip, type ZipFiles} from './zip.js'
export {SECONDARY_RATE_LIMIT_MESSAGE} from './errors.js'
export type {IssueTimeline} from './routes/timeline.js'
export {setRepoRole, type RepoRole} from './routes/collaborators.js'
export type {GraphqlErrorItem, PinBoard} from './routes/graphql.js'

export interface FakeGitHubOptions {
  /** Default `acme`. */
  owner?: string
  /** Default `widgets`. */
  repo?: string
  /** When set, the API and git accept only this token (others: 401 Bad credentials). */
  token?: string
  /** What the token may do; every area defaults to `write`. */
  permissions?: Partial<TokenPermissions>
  /** Seed the bare repository from a git work tree/repo (its branches) or a plain directory (one commit). */
  seedFrom?: string
  /** Files of the initial commit when there is no `seedFrom` (default a README.md). */
  files?: Record<string, string>
  /** Default `main`. */
  defaultBranch?: string
  /** When git over HTTP demands Basic auth: `push` (default, like a public repo), `always`, `never`. */
  gitAuth?: 'push' | 'always' | 'never'
  /** `x-ratelimit-limit`; default 5000. */
  rateLimit?: number
  /** False: a private repository on GitHub Free or Pro, where POST /pulls refuses `draft: true` (422). */
  draftPullRequests?: boolean
}

export interface RateLimitFaultOptions {
  /** Method to hit; default `*`. */
  method?: string
  /** Path pattern or RegExp; default every API path. */
  path?: string | RegExp
  /** How many requests get the fault; default 1. */
  times?: number
}

export interface GitInspector {
  branches(): string[]
  branchSha(branch: string): string | undefined
  resolve(ref: string): string | undefined
  readFile(ref: string, path: string): string | undefined
  log(ref: string, max?: number): ReturnType<BareRepo['log']>
  /** Runs any git command against the bare repository. */
  run(args: string[]): string
  /** A commit on `branch` writing `files`, as if someone pushed it; returns its sha. */
  commitFiles(branch: string, files: Record<string, string>, message: string): string
}

export interface FakeGitHub {
  /** API base URL (GITHUB_API_URL, octokit `baseUrl`). */
  url: string
  /** Web base URL (GITHUB_SERVER_URL); the same server. */
  serverUrl: string
  owner: string
  repo: string
  /** `owner/repo` (GITHUB_REPOSITORY). */
  fullName: string
  defaultBranch: string
  /** Smart-HTTP URL of the repository's remote: `<serverUrl>/<owner>/<repo>.git`. */
  gitUrl: string
  bareRepoPath: string
  state: GitHubState
  /** Issue events (a person's labels) and collaborators' roles: routes/timeline.ts. */
  timeline: IssueTimeline
  /** Pinned issues, as POST /graphql (pinIssue, isPinned) keeps them: routes/graphql.ts. */
  pins: PinBoard
  git: GitInspector
  /** Every request the server received (API, downloads and git). */
  requests: RecordedRequest[]
  requestsTo(method: string, path: string | RegExp): RecordedRequest[]
  /** Git smart-HTTP requests with their Basic-auth user and password (token). */
  gitRequests: GitHttpRequest[]
  /** The API endpoints served (method and `:param` pattern). */
  endpoints: Endpoint[]
  fault(method: string, path: string | RegExp, fault: Fault): void
  clearFaults(): void
  /** Primary rate limit: 403 (or 429) with `x-ratelimit-remaining: 0` and a reset time. */
  primaryRateLimit(
    options?: RateLimitFaultOptions & {status?: 403 | 429; resetInSeconds?: number}
  ): void
  /** Secondary rate limit: 403 with `retry-after` and GitHub's message. */
  secondaryRateLimit(options?: RateLimitFaultOptions & {retryAfterSeconds?: number}): void
  setPermissions(permissions: Partial<TokenPermissions>): void
  addWorkflowRun(seed?: WorkflowRunSeed): RunRecord
  /** Registers a workflow by file name (e.g. `autofix.yml`) so it can be dispatched or listed. */
  addWorkflow(file: string, name?: string): WorkflowRecord
  addArtifact(
    runId: number,
    name: string,
    content: Buffer | ZipFiles,
    options?: {expired?: boolean}
  ): ArtifactRecord
  addIssue(seed: IssueSeed): IssueRecord
  addComment(issueNumber: number, seed: CommentSeed | string): CommentRecord
  addPullRequest(seed: Parameters<GitHubState['addPullRequest']>[0]): {
    issue: IssueRecord
    pull: PullRecord
  }
  /** Merges an open PR (see `GitHubState.mergePullRequest`); throws for unknown or closed ones. */
  mergePullRequest(
    number: number,
    options?: MergePullRequestOptions
  ): {issue: IssueRecord; pull: PullRecord}
  /** GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER (and GITHUB_TOKEN when given). */
  env(token?: string): Record<string, string>
  /** Stops the server and removes the temporary directories. */
  close(): Promise<void>
}

const ALL_WRITE: TokenPermissions = {
  actions: 'write',
  issues: 'write',
  pullRequests: 'write',
  contents: 'write'
}

/**
 * Whether a request the fake received could change something: any method but
 * GET and HEAD, except a GraphQL query (POST /graphql without a mutation),
 * which only reads (e.g. `viewer { login }`).
 */
export function isWriteRequest(request: RecordedRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  if (request.method !== 'POST' || request.path !== '/graphql') return true
  const query = (request.body as {query?: unknown} | undefined)?.query
  return typeof query !== 'string' || !/^\s*query\b/.test(query)
}

/** Whether a request asks GraphQL who the token is (`viewer { login }`), as resolving the bot's login does. */
export function isViewerQuery(request: RecordedRequest): boolean {
  const query = (request.body as {query?: unknown} | undefined)?.query
  return (
    request.method === 'POST' &&
    request.path === '/graphql' &&
    typeof query === 'string' &&
    /\bviewer\s*\{\s*login\s*\}/.test(query)
  )
}

/** Starts a fake GitHub on 127.0.0.1 (random port) with a bare git remote. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'widgets'
  const defaultBranch = options.defaultBranch ?? 'main'
  const tmp = await mkdtemp(join(tmpdir(), 'ci-medic-fake-github-'))
  try {
    const bare = await BareRepo.create({
      seedFrom: options.seedFrom,
      files: options.files,
      defaultBranch,
      root: join(tmp, 'git'),
      owner,
      repo,
      workDir: join(tmp, 'seed')
    })
    const state = new GitHubState(owner, repo, bare, {...ALL_WRITE, ...options.permissions})
    state.draftPullRequests = options.draftPullRequests ?? true
    const server = new GitHubServer({
      owner,
      repo,
      token: options.token,
      rateLimit: options.rateLimit ?? 5000,
      permissions: () => state.permissions,
      onToken: token => state.tokens.push(token)
    })
    const gitRequests: GitHttpRequest[] = []
    server.rawRoute(
      `/${owner}/${repo}`,
      gitHttpHandler({
        repo: bare,
        owner,
        name: repo,
        auth: options.gitAuth ?? 'push',
        token: options.token,
        canPush: () => state.permissions.contents === 'write',
        log: gitRequests
      })
    )
    const url = await server.start()
    const shapes = new Shapes(state, bare, url, defaultBranch)
    const ctx: RouteContext = {server, state, shapes, git: bare, defaultBranch}
    registerRepoRoutes(ctx)
    registerCompareRoutes(ctx)
    registerTreeRoutes(ctx)
    registerActionsRoutes(ctx)
    registerIssueRoutes(ctx)
    registerPullRoutes(ctx)
    const timeline = registerTimelineRoutes(ctx)
    registerCollaboratorRoutes(ctx)
    registerUserRoutes(ctx)
    const pins = registerGraphqlRoutes(ctx)
    registerRawDownloads(ctx)

    // Workflows present in the repository are known, as on GitHub.
    for (const entry of bare.list(bare.resolve(defaultBranch) ?? 'HEAD', '.github/workflows')) {
      if (/\.ya?ml$/.test(entry.path)) {
        const file = entry.path.split('/').pop() as string
        const workflow = state.workflow(file) as WorkflowRecord
        const name = /^name:\s*['"]?(.+?)['"]?\s*$/m.exec(
          bare.readFile(defaultBranch, entry.path) ?? ''
        )?.[1]
        if (name) workflow.name = name
      }
    }

    const apiPaths = /^\/(?!_downloads\/)/
    const fake: FakeGitHub = {
      url,
      serverUrl: url,
      owner,
      repo,
      fullName: `${owner}/${repo}`,
      defaultBranch,
      gitUrl: `${url}/${owner}/${repo}.git`,
      bareRepoPath: bare.path,
      state,
      timeline,
      pins,
      git: {
        branches: () => bare.branches(),
        branchSha: branch => bare.branchSha(branch),
        resolve: ref => bare.resolve(ref),
        readFile: (ref, path) => bare.readFile(ref, path),
        log: (ref, max) => bare.log(ref, max),
        run: args => bare.run(args),
        commitFiles: (branch, files, message) => bare.commitFiles(branch, files, message)
      },
      requests: server.requests,
      requestsTo: (method, path) => server.requestsTo(method, path),
      gitRequests,
      endpoints: server.endpoints,
      fault: (method, path, fault) => {
        server.fault(method, path, fault)
      },
      clearFaults: () => server.clearFaults(),
      primaryRateLimit: (o = {}) => {
        const status = o.status ?? 403
        const reset = Math.floor(Date.now() / 1000) + (o.resetInSeconds ?? 60)
        server.fault(o.method ?? '*', o.path ?? apiPaths, {
          status,
          times: o.times ?? 1,
          headers: {
            'x-ratelimit-limit': String(options.rateLimit ?? 5000),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(options.rateLimit ?? 5000),
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-resource': 'core'
          },
          body: {
            message: 'API rate limit exceeded for installation ID 12345678.',
            documentation_url: PRIMARY_RATE_LIMIT_DOCS,
            status: String(status)
          }
        })
      },
      secondaryRateLimit: (o = {}) => {
        server.fault(o.method ?? '*', o.path ?? apiPaths, {
          status: 403,
          times: o.times ?? 1,
          headers: {'retry-after': String(o.retryAfterSeconds ?? 60)},
          body: {
            message: SECONDARY_RATE_LIMIT_MESSAGE,
            documentation_url: SECONDARY_RATE_LIMIT_DOCS,
            status: '403'
          }
        })
      },
      setPermissions: permissions => {
        state.permissions = {...state.permissions, ...permissions}
      },
      addWorkflowRun: seed => state.addWorkflowRun(seed),
      addWorkflow: (file, name) => {
        const workflow = state.workflow(file) as WorkflowRecord
        if (name) workflow.name = name
        return workflow
      },
      addArtifact: (runId, name, content, o) => state.addArtifact(runId, name, content, o),
      addIssue: seed => state.addIssue(seed),
      addComment: (issueNumber, seed) => state.addComment(issueNumber, seed),
      addPullRequest: seed => state.addPullRequest(seed),
      mergePullRequest: (number, o) => state.mergePullRequest(number, o),
      env: token => ({
        GITHUB_API_URL: url,
        GITHUB_SERVER_URL: url,
        GITHUB_GRAPHQL_URL: `${url}/graphql`,
        GITHUB_REPOSITORY: `${owner}/${repo}`,
        GITHUB_REPOSITORY_OWNER: owner,
        ...(token === undefined ? {} : {GITHUB_TOKEN: token})
      }),
      close: async () => {
        await server.close()
        await rm(tmp, {recursive: true, force: true})
      }
    }
    return fake
  } catch (error) {
    await rm(tmp, {recursive: true, force: true})
    throw error
  }
}
