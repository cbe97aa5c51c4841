// In-memory state of the fake GitHub: seeding helpers and inspection.
import {createHash, randomBytes} from 'node:crypto'
import type {BareRepo} from './git.js'
import {createZip, type ZipFiles} from './zip.js'

export type PermissionLevel = 'none' | 'read' | 'write'
export type PermissionArea = 'actions' | 'issues' | 'pullRequests' | 'contents'
export type TokenPermissions = Record<PermissionArea, PermissionLevel>

export interface UserRecord {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

/** The identity behind GITHUB_TOKEN: what comments, issues and PRs made through the API are attributed to. */
export const BOT_USER: UserRecord = {login: 'github-actions[bot]', id: 41898282, type: 'Bot'}

/**
 * Who a token acts as. `installation`: the workflow's GITHUB_TOKEN or a GitHub
 * App's installation token, a `<app-slug>[bot]` login that GET /user refuses
 * (403 "Resource not accessible by integration") and GraphQL `viewer` names;
 * `user`: a personal access token, whose user GET /user returns. What the
 * token writes (issues, comments, pull requests) is authored by this login.
 */
export interface TokenIdentity {
  login: string
  kind: 'installation' | 'user'
}

/** Any token the fake was not told about: the workflow's GITHUB_TOKEN. */
export const WORKFLOW_TOKEN_IDENTITY: TokenIdentity = {login: BOT_USER.login, kind: 'installation'}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type Conclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

export interface WorkflowRecord {
  id: number
  name: string
  /** `.github/workflows/<file>` */
  path: string
  file: string
  created_at: string
}

export interface StepRecord {
  name: string
  number: number
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: Conclusion | null
  started_at: string | null
  completed_at: string | null
}

export interface JobRecord {
  id: number
  run_id: number
  run_attempt: number
  name: string
  status: RunStatus
  conclusion: Conclusion | null
  steps: StepRecord[]
  /** The plain-text log served by the log download. */
  log: string
  labels: string[]
  head_sha: string
  head_branch: string | null
  workflow_name: string
  created_at: string
  started_at: string
  completed_at: string | null
}

export interface AttemptRecord {
  run_attempt: number
  status: RunStatus
  conclusion: Conclusion | null
  run_started_at: string
  updated_at: string
}

export interface RunRecord {
  id: number
  workflow_id: number
  name: string
  path: string
  display_title: string
  head_branch: string | null
  head_sha: string
  /** `owner/name` of the fork the run's commit came from; null for this repository. */
  head_repository: string | null
  event: string
  status: RunStatus
  conclusion: Conclusion | null
  run_number: number
  run_attempt: number
  check_suite_id: number
  actor: UserRecord
  triggering_actor: UserRecord
  /** Numbers of the pull requests the run belongs to. */
  pull_requests: number[]
  created_at: string
  updated_at: string
  run_started_at: string
  /** Jobs of every attempt (live records; `state.jobs` holds the same objects). */
  jobs: JobRecord[]
  /** History of earlier and current attempts. */
  attempts: AttemptRecord[]
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

/** Issues and pull requests share this record and the number sequence. */
export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  user: UserRecord
  /** Label names. */
  labels: string[]
  locked: boolean
  is_pull_request: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
  closed_by: UserRecord | null
}

export interface CommentRecord {
  id: number
  issue_number: number
  body: string
  user: UserRecord
  created_at: string
  updated_at: string
}

export interface PullRecord {
  id: number
  number: number
  /** Head branch name. */
  head: string
  /** Owner part of `owner:branch`. */
  head_owner: string
  base: string
  draft: boolean
  maintainer_can_modify: boolean
  merged: boolean
  /** When the PR was merged (see `mergePullRequest`); null while unmerged. */
  merged_at: string | null
  /** The commit the merge produced (the head sha at merge time); null while unmerged. */
  merge_commit_sha: string | null
  /** Who merged it; null while unmerged. */
  merged_by: UserRecord | null
  /** Head sha when the PR was created (the live sha is read from git). */
  head_sha: string
  /** Logins asked for review (POST …/requested_reviewers). */
  requested_reviewers: string[]
  /** Team slugs asked for review. */
  requested_teams: string[]
}

/** A team of the repository's organization (review requests name it by slug). */
export interface TeamRecord {
  id: number
  slug: string
  name: string
}

export interface MergePullRequestOptions {
  /** When it was merged; default now. Also the PR's `closed_at` and `updated_at`. */
  mergedAt?: string | Date
  /** Login of the user who merged it (`merged_by`, the issue's `closed_by`); default the repo owner. */
  by?: string
  /**
   * Also move the base branch of the bare repository to the head sha, as a fast-forward
   * merge would. Only when the base is an ancestor of the head (else the merge throws);
   * default false (the bare repository is left as it is).
   */
  fastForwardBase?: boolean
}

export interface ArtifactRecord {
  id: number
  run_id: number
  name: string
  data: Buffer
  expired: boolean
  created_at: string
  expires_at: string
  updated_at: string
}

export interface DispatchRecord {
  workflow_id: number
  workflow: string
  ref: string
  inputs: Record<string, string>
  return_run_details: boolean
  run_id: number
  token?: string
}

export interface RerunRecord {
  run_id: number
  kind: 'failed-jobs' | 'all'
  /** The attempt created by the rerun. */
  run_attempt: number
  enable_debug_logging: boolean
  token?: string
}

export interface StepSeed {
  name: string
  status?: StepRecord['status']
  conclusion?: Conclusion | null
}

export interface JobSeed {
  name: string
  status?: RunStatus
  conclusion?: Conclusion | null
  steps?: (StepSeed | string)[]
  /** Log text; a small GitHub-like log is generated when omitted. */
  log?: string
  labels?: string[]
}

export interface WorkflowRunSeed {
  /** Workflow file name (e.g. `ci.yml`); default `ci.yml`. */
  workflow?: string
  /** Workflow name; default the `name:` in the repository's file, else its path (as GitHub does). */
  name?: string
  head_branch?: string | null
  /** Default: the head branch's sha in the bare repository. */
  head_sha?: string
  /** `owner/name` of a fork whose pull request the run built; default this repository. */
  head_repository?: string
  event?: string
  status?: RunStatus
  /** Default: `failure` when a job failed, else `success` (null unless completed). */
  conclusion?: Conclusion | null
  run_attempt?: number
  run_number?: number
  display_title?: string
  actor?: string
  pull_requests?: number[]
  created_at?: string
  jobs?: JobSeed[]
}

export interface IssueSeed {
  title: string
  body?: string | null
  state?: 'open' | 'closed'
  labels?: string[]
  /** Login of the author; default the bot. */
  user?: string
  created_at?: string
}

export interface CommentSeed {
  body: string
  user?: string
  created_at?: string
}

/** An ISO timestamp without milliseconds, as GitHub writes them. */
export function isoNow(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const FAILED: (Conclusion | null)[] = ['failure', 'cancelled', 'timed_out']

export class GitHubState {
  readonly workflows: WorkflowRecord[] = []
  readonly runs: RunRecord[] = []
  readonly jobs: JobRecord[] = []
  readonly issues: IssueRecord[] = []
  readonly comments: CommentRecord[] = []
  readonly labels: LabelRecord[] = []
  readonly pulls: PullRecord[] = []
  readonly artifacts: ArtifactRecord[] = []
  readonly dispatches: DispatchRecord[] = []
  readonly reruns: RerunRecord[] = []
  /** Who may be asked for review: the owner, and those added with addCollaborator (lower-case logins). */
  readonly collaborators = new Set<string>()
  /** Teams with access to the repository, by lower-case slug. */
  readonly teams = new Map<string, TeamRecord>()
  /** Tokens seen on API requests, in order (one entry per authenticated request). */
  readonly tokens: string[] = []
  permissions: TokenPermissions
  /**
   * Whether POST /pulls accepts `draft: true`. GitHub refuses drafts (422
   * "Draft pull requests are not supported in this repository.") in private
   * repositories on GitHub Free and Pro; false models such a repository.
   */
  draftPullRequests = true
  /** Entries one GET /git/trees answer lists before `truncated: true` (GitHub: 100,000). */
  treeEntryCap: number | undefined

  private readonly users = new Map<string, UserRecord>()
  private readonly identities = new Map<string, TokenIdentity>()
  private readonly ids = {
    workflow: 161_335_000,
    run: 9_100_000_000,
    job: 25_300_000_000,
    issue: 2_100_000_000,
    comment: 1_900_000_000,
    label: 6_200_000_000,
    pull: 1_700_000_000,
    artifact: 4_400_000_000,
    checkSuite: 22_000_000_000,
    team: 3_300_000,
    user: 5_000_000
  }
  private issueNumber = 0
  private runNumbers = new Map<number, number>()

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly git: BareRepo,
    permissions: TokenPermissions
  ) {
    this.permissions = permissions
    this.users.set(BOT_USER.login, BOT_USER)
    this.users.set(owner, {login: owner, id: 1_000_001, type: 'User'})
    this.collaborators.add(owner.toLowerCase())
  }

  /** Makes `token` act as `identity` (see TokenIdentity); other tokens act as github-actions[bot]. */
  setTokenIdentity(token: string, identity: TokenIdentity): void {
    this.identities.set(token, identity)
    this.user(identity.login)
  }

  identityOf(token: string): TokenIdentity {
    return this.identities.get(token) ?? WORKFLOW_TOKEN_IDENTITY
  }

  /** The login that authors what `token` writes. */
  authorOf(token: string): string {
    return this.identityOf(token).login
  }

  /** A user who may review PRs (GitHub requests review only from collaborators). */
  addCollaborator(login: string): UserRecord {
    this.collaborators.add(login.toLowerCase())
    return this.user(login)
  }

  /** A team with access to the repository (its slug can be asked for review). */
  addTeam(slug: string, name = slug): TeamRecord {
    const team = {id: this.nextId('team'), slug, name}
    this.teams.set(slug.toLowerCase(), team)
    return team
  }

  nextId(kind: keyof GitHubState['ids']): number {
    this.ids[kind] += 1
    return this.ids[kind]
  }

  user(login: string): UserRecord {
    let user = this.users.get(login)
    if (!user) {
      user = {login, id: this.nextId('user'), type: login.endsWith('[bot]') ? 'Bot' : 'User'}
      this.users.set(login, user)
    }
    return user
  }

  get ownerUser(): UserRecord {
    return this.user(this.owner)
  }

  // ---- workflows and runs ----

  /** Finds a workflow by numeric id or file name (`ci.yml`), creating it for file names. */
  workflow(idOrFile: string | number, create = true): WorkflowRecord | undefined {
    const key = String(idOrFile)
    const found = this.workflows.find(w => String(w.id) === key || w.file === key || w.path === key)
    if (found || !create || /^\d+$/.test(key)) return found
    const file = key.replace(/^\.github\/workflows\//, '')
    // Without a `name:`, GitHub names a workflow after its path.
    const workflow: WorkflowRecord = {
      id: this.nextId('workflow'),
      name: `.github/workflows/${file}`,
      path: `.github/workflows/${file}`,
      file,
      created_at: isoNow()
    }
    this.workflows.push(workflow)
    return workflow
  }

  /** Seeds a workflow run with its jobs (and their logs); returns the live record. */
  addWorkflowRun(seed: WorkflowRunSeed = {}): RunRecord {
    const workflow = this.workflow(seed.workflow ?? 'ci.yml') as WorkflowRecord
    if (seed.name) workflow.name = seed.name
    const headBranch =
      seed.head_branch === undefined ? (this.git.branches()[0] ?? 'main') : seed.head_branch
    const headSha =
      seed.head_sha ?? (headBranch ? this.git.branchSha(headBranch) : undefined) ?? randomSha()
    const status = seed.status ?? 'completed'
    const attempt = seed.run_attempt ?? 1
    const created = seed.created_at ?? isoNow()
    const runNumber = seed.run_number ?? (this.runNumbers.get(workflow.id) ?? 0) + 1
    this.runNumbers.set(workflow.id, Math.max(runNumber, this.runNumbers.get(workflow.id) ?? 0))
    const actor = this.user(seed.actor ?? this.owner)
    const run: RunRecord = {
      id: this.nextId('run'),
      workflow_id: workflow.id,
      name: workflow.name,
      path: workflow.path,
      display_title: seed.display_title ?? `Run ${workflow.name}`,
      head_branch: headBranch,
      head_sha: headSha,
      head_repository: seed.head_repository ?? null,
      event: seed.event ?? 'push',
      status,
      conclusion: null,
      run_number: runNumber,
      run_attempt: attempt,
      check_suite_id: this.nextId('checkSuite'),
      actor,
      triggering_actor: actor,
      pull_requests: seed.pull_requests ?? [],
      created_at: created,
      updated_at: created,
      run_started_at: created,
      jobs: [],
      attempts: []
    }
    for (const jobSeed of seed.jobs ?? []) this.addJob(run, jobSeed, attempt, status)
    run.conclusion =
      seed.conclusion !== undefined
        ? seed.conclusion
        : status !== 'completed'
          ? null
          : run.jobs.some(j => FAILED.includes(j.conclusion))
            ? 'failure'
            : 'success'
    for (let n = 1; n <= attempt; n++) {
      run.attempts.push({
        run_attempt: n,
        status: n === attempt ? status : 'completed',
        conclusion: n === attempt ? run.conclusion : 'failure',
        run_started_at: created,
        updated_at: created
      })
    }
    this.runs.push(run)
    return run
  }

  /** Adds a job to a run's attempt (default: the current one). */
  addJob(
    run: RunRecord,
    seed: JobSeed,
    attempt = run.run_attempt,
    runStatus: RunStatus = run.status
  ): JobRecord {
    const status = seed.status ?? (runStatus === 'completed' ? 'completed' : runStatus)
    const conclusion =
      seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null
    const now = run.created_at
    const stepSeeds = seed.steps ?? ['Set up job', `Run ${seed.name}`, 'Complete job']
    const steps: StepRecord[] = stepSeeds.map((s, i) => {
      const step = typeof s === 'string' ? {name: s} : s
      const stepStatus = step.status ?? (status === 'completed' ? 'completed' : 'queued')
      const failing = stepSeeds.length >= 2 ? stepSeeds.length - 2 : 0
      const stepConclusion =
        step.conclusion !== undefined
          ? step.conclusion
          : stepStatus !== 'completed'
            ? null
            : conclusion === 'success' || conclusion === 'skipped' || conclusion === null
              ? conclusion
              : i < failing || (i === stepSeeds.length - 1 && i !== failing)
                ? 'success'
                : i === failing
                  ? conclusion
                  : 'skipped'
      return {
        name: step.name,
        number: i + 1,
        status: stepStatus,
        conclusion: stepConclusion,
        started_at: stepStatus === 'queued' ? null : now,
        completed_at: stepStatus === 'completed' ? now : null
      }
    })
    const job: JobRecord = {
      id: this.nextId('job'),
      run_id: run.id,
      run_attempt: attempt,
      name: seed.name,
      status,
      conclusion,
      steps,
      log: seed.log ?? defaultLog(seed.name, conclusion, now),
      labels: seed.labels ?? ['ubuntu-latest'],
      head_sha: run.head_sha,
      head_branch: run.head_branch,
      workflow_name: run.name,
      created_at: now,
      started_at: now,
      completed_at: status === 'completed' ? now : null
    }
    run.jobs.push(job)
    this.jobs.push(job)
    return job
  }

  run(id: number | string): RunRecord | undefined {
    return this.runs.find(r => String(r.id) === String(id))
  }

  job(id: number | string): JobRecord | undefined {
    return this.jobs.find(j => String(j.id) === String(id))
  }

  /** The log text of a job. */
  logFor(jobId: number): string | undefined {
    return this.job(jobId)?.log
  }

  /** Marks a run (and its current attempt's unfinished jobs) completed. */
  completeRun(
    runId: number,
    conclusion: Conclusion,
    jobConclusions: Record<string, Conclusion> = {}
  ): RunRecord {
    const run = this.run(runId)
    if (!run) throw new Error(`no run ${runId}`)
    const now = isoNow()
    for (const job of run.jobs.filter(j => j.run_attempt === run.run_attempt)) {
      const jobConclusion =
        jobConclusions[job.name] ?? (job.status === 'completed' ? job.conclusion : conclusion)
      job.status = 'completed'
      job.conclusion = jobConclusion
      job.completed_at = now
      for (const step of job.steps) {
        if (step.status !== 'completed') {
          step.status = 'completed'
          step.conclusion = jobConclusion
          step.started_at ??= now
          step.completed_at = now
        }
      }
    }
    run.status = 'completed'
    run.conclusion = conclusion
    run.updated_at = now
    const attempt = run.attempts.find(a => a.run_attempt === run.run_attempt)
    if (attempt) Object.assign(attempt, {status: 'completed', conclusion, updated_at: now})
    return run
  }

  /** Starts a new attempt of a run: failed jobs (or all) are queued again. */
  rerun(
    run: RunRecord,
    kind: RerunRecord['kind'],
    enableDebug: boolean,
    token?: string
  ): RerunRecord {
    const previous = run.jobs.filter(j => j.run_attempt === run.run_attempt)
    run.run_attempt += 1
    run.status = 'queued'
    run.conclusion = null
    run.updated_at = isoNow()
    run.run_started_at = run.updated_at
    run.attempts.push({
      run_attempt: run.run_attempt,
      status: 'queued',
      conclusion: null,
      run_started_at: run.run_started_at,
      updated_at: run.updated_at
    })
    for (const job of previous) {
      const again = kind === 'all' || FAILED.includes(job.conclusion)
      const copy = this.addJob(
        run,
        again
          ? {
              name: job.name,
              status: 'queued',
              conclusion: null,
              steps: job.steps.map(s => s.name),
              labels: job.labels,
              log: ''
            }
          : {
              name: job.name,
              status: job.status,
              conclusion: job.conclusion,
              steps: job.steps,
              labels: job.labels,
              log: job.log
            },
        run.run_attempt,
        run.status
      )
      copy.created_at = run.updated_at
    }
    const record: RerunRecord = {
      run_id: run.id,
      kind,
      run_attempt: run.run_attempt,
      enable_debug_logging: enableDebug,
      token
    }
    this.reruns.push(record)
    return record
  }

  // ---- artifacts ----

  /** Seeds an artifact of a run from zip bytes or a file map (zipped for you). */
  addArtifact(
    runId: number,
    name: string,
    content: Buffer | ZipFiles,
    options: {expired?: boolean} = {}
  ): ArtifactRecord {
    const data = Buffer.isBuffer(content) ? content : createZip(content)
    const now = new Date()
    const artifact: ArtifactRecord = {
      id: this.nextId('artifact'),
      run_id: runId,
      name,
      data,
      expired: options.expired ?? false,
      created_at: isoNow(now),
      updated_at: isoNow(now),
      expires_at: isoNow(new Date(now.getTime() + 90 * 86400_000))
    }
    this.artifacts.push(artifact)
    return artifact
  }

  artifact(id: number | string): ArtifactRecord | undefined {
    return this.artifacts.find(a => String(a.id) === String(id))
  }

  // ---- issues, comments, labels ----

  addIssue(seed: IssueSeed, isPullRequest = false): IssueRecord {
    const now = seed.created_at ?? isoNow()
    this.issueNumber += 1
    const issue: IssueRecord = {
      id: this.nextId('issue'),
      number: this.issueNumber,
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      state_reason: seed.state === 'closed' ? 'completed' : null,
      user: this.user(seed.user ?? BOT_USER.login),
      labels: [],
      locked: false,
      is_pull_request: isPullRequest,
      created_at: now,
      updated_at: now,
      closed_at: seed.state === 'closed' ? now : null,
      closed_by: null
    }
    this.setIssueLabels(issue, seed.labels ?? [])
    this.issues.push(issue)
    return issue
  }

  issue(number: number | string): IssueRecord | undefined {
    return this.issues.find(i => String(i.number) === String(number))
  }

  addComment(issueNumber: number, seed: CommentSeed | string): CommentRecord {
    const s = typeof seed === 'string' ? {body: seed} : seed
    const issue = this.issue(issueNumber)
    if (!issue) throw new Error(`no issue #${issueNumber}`)
    const now = s.created_at ?? isoNow()
    const comment: CommentRecord = {
      id: this.nextId('comment'),
      issue_number: issueNumber,
      body: s.body,
      user: this.user(s.user ?? BOT_USER.login),
      created_at: now,
      updated_at: now
    }
    this.comments.push(comment)
    issue.updated_at = now
    return comment
  }

  commentsOn(issueNumber: number): CommentRecord[] {
    return this.comments.filter(c => c.issue_number === issueNumber)
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const existing = this.label(name)
    if (existing) return existing
    const label: LabelRecord = {id: this.nextId('label'), name, color, description, default: false}
    this.labels.push(label)
    return label
  }

  label(name: string): LabelRecord | undefined {
    return this.labels.find(l => l.name.toLowerCase() === name.toLowerCase())
  }

  /** Replaces an issue's labels, creating unknown ones as GitHub does. */
  setIssueLabels(issue: IssueRecord, names: string[]): void {
    issue.labels = []
    this.addIssueLabels(issue, names)
  }

  addIssueLabels(issue: IssueRecord, names: string[]): void {
    for (const name of names) {
      const label = this.addLabel(name)
      if (!issue.labels.some(l => l.toLowerCase() === label.name.toLowerCase()))
        issue.labels.push(label.name)
    }
  }

  // ---- pull requests ----

  /** Seeds a pull request (the head branch must exist in the bare repository). */
  addPullRequest(seed: {
    title: string
    head: string
    base?: string
    body?: string | null
    draft?: boolean
    state?: 'open' | 'closed'
    user?: string
    labels?: string[]
  }): {issue: IssueRecord; pull: PullRecord} {
    const issue = this.addIssue(
      {
        title: seed.title,
        body: seed.body ?? null,
        state: seed.state,
        user: seed.user,
        labels: seed.labels
      },
      true
    )
    const [headOwner, headBranch] = seed.head.includes(':')
      ? (seed.head.split(':', 2) as [string, string])
      : [this.owner, seed.head]
    const pull: PullRecord = {
      id: this.nextId('pull'),
      number: issue.number,
      head: headBranch,
      head_owner: headOwner,
      base: seed.base ?? 'main',
      draft: seed.draft ?? false,
      maintainer_can_modify: false,
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      merged_by: null,
      head_sha: this.git.branchSha(headBranch) ?? randomSha(),
      requested_reviewers: [],
      requested_teams: []
    }
    this.pulls.push(pull)
    return {issue, pull}
  }

  pull(number: number | string): PullRecord | undefined {
    return this.pulls.find(p => String(p.number) === String(number))
  }

  /**
   * Marks an open pull request merged, as if someone pressed the button: `merged`,
   * `merged_at`, `merge_commit_sha` (the head branch's sha in the bare repository, else a
   * random one) and `merged_by` are set, and its issue is closed at the same time. Throws
   * for an unknown, closed or already merged pull request.
   */
  mergePullRequest(
    number: number,
    options: MergePullRequestOptions = {}
  ): {issue: IssueRecord; pull: PullRecord} {
    const pull = this.pull(number)
    const issue = this.issue(number)
    if (!pull || !issue) throw new Error(`no pull request #${number}`)
    if (pull.merged) throw new Error(`pull request #${number} is already merged`)
    if (issue.state === 'closed') throw new Error(`pull request #${number} is closed`)
    const at = options.mergedAt === undefined ? new Date() : new Date(options.mergedAt)
    if (Number.isNaN(at.getTime())) {
      throw new Error(`not a date: ${JSON.stringify(options.mergedAt)}`)
    }
    const mergedAt = isoNow(at)
    const headSha = this.git.branchSha(pull.head)
    if (options.fastForwardBase) {
      const baseSha = this.git.branchSha(pull.base)
      if (!headSha || !baseSha || !this.git.isAncestor(baseSha, headSha)) {
        throw new Error(
          `cannot fast-forward ${pull.base} to ${pull.head_owner}:${pull.head} for #${number}`
        )
      }
      this.git.run(['update-ref', `refs/heads/${pull.base}`, headSha, baseSha])
    }
    const by = this.user(options.by ?? this.owner)
    pull.merged = true
    pull.merged_at = mergedAt
    pull.merge_commit_sha = headSha ?? randomSha()
    pull.merged_by = by
    issue.state = 'closed'
    issue.state_reason = null
    issue.closed_at = mergedAt
    issue.closed_by = by
    issue.updated_at = mergedAt
    return {issue, pull}
  }
}

export function randomSha(): string {
  return randomBytes(20).toString('hex')
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function defaultLog(name: string, conclusion: Conclusion | null, at: string): string {
  const ts = at.replace(/Z$/, '.0000000Z')
  const lines = [
    `${ts} ##[group]Runner Image`,
    `${ts} Image: ubuntu-24.04`,
    `${ts} ##[endgroup]`,
    `${ts} ##[group]Run ${name}`,
    `${ts} ${name}`,
    `${ts} ##[endgroup]`
  ]
  if (conclusion === 'failure') lines.push(`${ts} ##[error]Process completed with exit code 1.`)
  lines.push(`${ts} Cleaning up orphan processes`)
  return lines.join('\n') + '\n'
}
