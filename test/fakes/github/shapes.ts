// Serializes the fake's records into GitHub REST's JSON shapes.
import type {BareRepo} from './git.js'
import {
  BOT_USER,
  sha256,
  type ArtifactRecord,
  type CommentRecord,
  type GitHubState,
  type IssueRecord,
  type JobRecord,
  type LabelRecord,
  type PullRecord,
  type RunRecord,
  type TeamRecord,
  type UserRecord
} from './state.js'

export const REPO_ID = 812_345_678

type Json = Record<string, unknown>

/** A stable id for a fork, never REPO_ID. */
function forkId(fullName: string): number {
  let h = 0
  for (const c of fullName) h = (h * 31 + c.charCodeAt(0)) % 100_000_000
  return 900_000_000 + h
}

function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}

export class Shapes {
  constructor(
    private readonly state: GitHubState,
    private readonly git: BareRepo,
    /** API base (also the web base: the fake serves both). */
    private readonly base: string,
    private readonly defaultBranch: string
  ) {}

  get repoApi(): string {
    return `${this.base}/repos/${this.state.owner}/${this.state.repo}`
  }

  get repoHtml(): string {
    return `${this.base}/${this.state.owner}/${this.state.repo}`
  }

  user(u: UserRecord): Json {
    const api = `${this.base}/users/${encodeURIComponent(u.login)}`
    const isBot = u.type === 'Bot'
    return {
      login: u.login,
      id: u.id,
      node_id: isBot
        ? `BOT_kgDO${Buffer.from(String(u.id)).toString('base64url')}`
        : nodeId('U', u.id),
      avatar_url:
        u.id === BOT_USER.id
          ? 'https://avatars.githubusercontent.com/in/15368?v=4'
          : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        u.id === BOT_USER.id
          ? `${this.base}/apps/github-actions`
          : `${this.base}/${encodeURIComponent(u.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** A superset of GitHub's full-repository, repository and minimal-repository shapes. */
  repository(): Json {
    const {owner, repo} = this.state
    const api = this.repoApi
    const created = '2024-01-02T03:04:05Z'
    return {
      id: REPO_ID,
      node_id: nodeId('R', REPO_ID),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: false,
      owner: this.user(this.state.ownerUser),
      html_url: this.repoHtml,
      description: null,
      fork: false,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: `${api}/keys{/key_id}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: `${api}/issues/events{/number}`,
      events_url: `${api}/events`,
      assignees_url: `${api}/assignees{/user}`,
      branches_url: `${api}/branches{/branch}`,
      tags_url: `${api}/tags`,
      blobs_url: `${api}/git/blobs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      trees_url: `${api}/git/trees{/sha}`,
      statuses_url: `${api}/statuses/{sha}`,
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: `${api}/commits{/sha}`,
      git_commits_url: `${api}/git/commits{/sha}`,
      comments_url: `${api}/comments{/number}`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      contents_url: `${api}/contents/{+path}`,
      compare_url: `${api}/compare/{base}...{head}`,
      merges_url: `${api}/merges`,
      archive_url: `${api}/{archive_format}{/ref}`,
      downloads_url: `${api}/downloads`,
      issues_url: `${api}/issues{/number}`,
      pulls_url: `${api}/pulls{/number}`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      labels_url: `${api}/labels{/name}`,
      releases_url: `${api}/releases{/id}`,
      deployments_url: `${api}/deployments`,
      created_at: created,
      updated_at: created,
      pushed_at: created,
      git_url: `git://127.0.0.1/${owner}/${repo}.git`,
      ssh_url: `git@127.0.0.1:${owner}/${repo}.git`,
      clone_url: `${this.repoHtml}.git`,
      svn_url: this.repoHtml,
      homepage: null,
      size: 1,
      stargazers_count: 0,
      watchers_count: 0,
      language: 'TypeScript',
      has_issues: true,
      has_projects: false,
      has_downloads: true,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: this.state.issues.filter(i => i.state === 'open').length,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: 'public',
      forks: 0,
      open_issues: this.state.issues.filter(i => i.state === 'open').length,
      watchers: 0,
      default_branch: this.defaultBranch,
      permissions: {admin: false, maintain: false, push: true, triage: true, pull: true},
      temp_clone_token: '',
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      merge_commit_message: 'PR_TITLE',
      merge_commit_title: 'MERGE_MESSAGE',
      network_count: 0,
      subscribers_count: 0
    }
  }

  /** A fork of this repository, `owner/name`, in the repository shape. */
  fork(fullName: string): Json {
    const [owner = 'fork-owner', name = this.state.repo] = fullName.split('/')
    const id = forkId(fullName)
    const html = `${this.base}/${owner}/${name}`
    return {
      ...this.repository(),
      id,
      node_id: nodeId('R', id),
      name,
      full_name: `${owner}/${name}`,
      owner: this.user(this.state.user(owner)),
      html_url: html,
      url: `${this.base}/repos/${owner}/${name}`,
      clone_url: `${html}.git`,
      fork: true
    }
  }

  private headRepositoryId(run: RunRecord): number {
    return run.head_repository ? forkId(run.head_repository) : REPO_ID
  }

  reactions(url: string): Json {
    return {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
  }

  label(l: LabelRecord): Json {
    return {
      id: l.id,
      node_id: nodeId('LA', l.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: l.default,
      description: l.description
    }
  }

  private issueLabels(issue: IssueRecord): Json[] {
    return issue.labels
      .map(name => this.state.label(name))
      .filter((l): l is LabelRecord => l !== undefined)
      .map(l => this.label(l))
  }

  private association(u: UserRecord): string {
    if (u.login === this.state.owner) return 'OWNER'
    return u.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
  }

  issue(issue: IssueRecord, single = false): Json {
    const url = `${this.repoApi}/issues/${issue.number}`
    const html = `${this.repoHtml}/${issue.is_pull_request ? 'pull' : 'issues'}/${issue.number}`
    const pull = issue.is_pull_request ? this.state.pull(issue.number) : undefined
    const json: Json = {
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      id: issue.id,
      node_id: nodeId(issue.is_pull_request ? 'PR' : 'I', issue.id),
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: this.issueLabels(issue),
      state: issue.state,
      locked: issue.locked,
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.state.commentsOn(issue.number).length,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: this.association(issue.user),
      active_lock_reason: null,
      body: issue.body,
      reactions: this.reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.state_reason
    }
    if (pull) {
      json.draft = pull.draft
      json.pull_request = {
        url: `${this.repoApi}/pulls/${issue.number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: pull.merged_at
      }
    }
    if (single) json.closed_by = issue.closed_by ? this.user(issue.closed_by) : null
    return json
  }

  comment(c: CommentRecord): Json {
    const url = `${this.repoApi}/issues/comments/${c.id}`
    const issue = this.state.issue(c.issue_number)
    const kind = issue?.is_pull_request ? 'pull' : 'issues'
    return {
      url,
      html_url: `${this.repoHtml}/${kind}/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${this.repoApi}/issues/${c.issue_number}`,
      id: c.id,
      node_id: nodeId('IC', c.id),
      user: this.user(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: this.association(c.user),
      body: c.body,
      reactions: this.reactions(url),
      performed_via_github_app: null
    }
  }

  private branchRef(branch: string, owner: string, fallbackSha: string): Json {
    return {
      label: `${owner}:${branch}`,
      ref: branch,
      sha: this.git.branchSha(branch) ?? fallbackSha,
      user: this.user(this.state.user(owner)),
      repo: this.repository()
    }
  }

  /** A team as GitHub lists it on a PR's `requested_teams`. */
  team(t: TeamRecord): Json {
    const org = this.state.owner
    return {
      id: t.id,
      node_id: nodeId('T', t.id),
      url: `${this.base}/organizations/1000001/team/${t.id}`,
      html_url: `${this.base}/orgs/${org}/teams/${t.slug}`,
      name: t.name,
      slug: t.slug,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'push',
      members_url: `${this.base}/organizations/1000001/team/${t.id}/members{/member}`,
      repositories_url: `${this.base}/organizations/1000001/team/${t.id}/repos`,
      type: 'organization',
      organization_id: 1_000_001,
      parent: null
    }
  }

  /** `full` adds the single-PR fields (merged, mergeable, commits, additions, ...). */
  pull(pull: PullRecord, full: boolean): Json {
    const issue = this.state.issue(pull.number) as IssueRecord
    const url = `${this.repoApi}/pulls/${pull.number}`
    const html = `${this.repoHtml}/pull/${pull.number}`
    const issueUrl = `${this.repoApi}/issues/${pull.number}`
    const head = this.branchRef(pull.head, pull.head_owner, pull.head_sha)
    const base = this.branchRef(pull.base, this.state.owner, pull.head_sha)
    const json: Json = {
      url,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      number: pull.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.user(issue.user),
      body: issue.body,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      merged_at: pull.merged_at,
      merge_commit_sha: pull.merge_commit_sha,
      assignee: null,
      assignees: [],
      requested_reviewers: pull.requested_reviewers.map(login => this.user(this.state.user(login))),
      requested_teams: pull.requested_teams.flatMap(slug => {
        const team = this.state.teams.get(slug.toLowerCase())
        return team ? [this.team(team)] : []
      }),
      labels: this.issueLabels(issue),
      milestone: null,
      draft: pull.draft,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.repoApi}/statuses/${String(head.sha)}`,
      head,
      base,
      _links: {
        self: {href: url},
        html: {href: html},
        issue: {href: issueUrl},
        comments: {href: `${issueUrl}/comments`},
        review_comments: {href: `${url}/comments`},
        review_comment: {href: `${this.repoApi}/pulls/comments{/number}`},
        commits: {href: `${url}/commits`},
        statuses: {href: `${this.repoApi}/statuses/${String(head.sha)}`}
      },
      author_association: this.association(issue.user),
      auto_merge: null,
      active_lock_reason: null
    }
    if (full) {
      const stats = this.git.compare(String(base.sha), String(head.sha))
      Object.assign(json, {
        merged: pull.merged,
        mergeable: issue.state === 'open' ? true : null,
        rebaseable: issue.state === 'open' ? true : null,
        mergeable_state: issue.state === 'open' ? (pull.draft ? 'draft' : 'clean') : 'unknown',
        merged_by: pull.merged_by ? this.user(pull.merged_by) : null,
        comments: this.state.commentsOn(pull.number).length,
        review_comments: 0,
        maintainer_can_modify: pull.maintainer_can_modify,
        commits: stats.commits,
        additions: stats.additions,
        deletions: stats.deletions,
        changed_files: stats.changedFiles
      })
    }
    return json
  }

  private pullMinimal(number: number): Json | undefined {
    const pull = this.state.pull(number)
    if (!pull) return undefined
    const repo = {id: REPO_ID, url: this.repoApi, name: this.state.repo}
    return {
      url: `${this.repoApi}/pulls/${number}`,
      id: pull.id,
      number,
      head: {ref: pull.head, sha: this.git.branchSha(pull.head) ?? pull.head_sha, repo},
      base: {ref: pull.base, sha: this.git.branchSha(pull.base) ?? pull.head_sha, repo}
    }
  }

  private headCommit(sha: string): Json | null {
    try {
      const c = this.git.commit(sha)
      return {
        id: c.sha,
        tree_id: c.tree,
        message: c.message,
        timestamp: c.committerDate.replace(/\+00:00$/, 'Z'),
        author: {name: c.authorName, email: c.authorEmail},
        committer: {name: c.committerName, email: c.committerEmail}
      }
    } catch {
      return {
        id: sha,
        tree_id: sha.split('').reverse().join(''),
        message: 'Commit message',
        timestamp: '2024-01-02T03:04:05Z',
        author: {name: 'Octo Cat', email: 'octocat@example.com'},
        committer: {name: 'GitHub', email: 'noreply@github.com'}
      }
    }
  }

  /** A workflow run; `attempt` renders an earlier attempt's status. */
  run(run: RunRecord, attempt?: number): Json {
    const url = `${this.repoApi}/actions/runs/${run.id}`
    const n = attempt ?? run.run_attempt
    const history = run.attempts.find(a => a.run_attempt === n)
    const repository = this.repository()
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      path: run.path,
      display_title: run.display_title,
      run_number: run.run_number,
      event: run.event,
      status: history?.status ?? run.status,
      conclusion: history ? history.conclusion : run.conclusion,
      workflow_id: run.workflow_id,
      check_suite_id: run.check_suite_id,
      check_suite_node_id: nodeId('CS', run.check_suite_id),
      url,
      html_url: `${this.repoHtml}/actions/runs/${run.id}`,
      pull_requests: run.pull_requests
        .map(p => this.pullMinimal(p))
        .filter((p): p is Json => p !== undefined),
      created_at: run.created_at,
      updated_at: history?.updated_at ?? run.updated_at,
      actor: this.user(run.actor),
      run_attempt: n,
      referenced_workflows: [],
      run_started_at: history?.run_started_at ?? run.run_started_at,
      triggering_actor: this.user(run.triggering_actor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.repoApi}/check-suites/${run.check_suite_id}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: n > 1 ? `${url}/attempts/${n - 1}` : null,
      workflow_url: `${this.repoApi}/actions/workflows/${run.workflow_id}`,
      head_commit: this.headCommit(run.head_sha),
      repository,
      head_repository: run.head_repository ? this.fork(run.head_repository) : repository,
      head_repository_id: this.headRepositoryId(run)
    }
  }

  job(job: JobRecord): Json {
    return {
      id: job.id,
      run_id: job.run_id,
      workflow_name: job.workflow_name,
      head_branch: job.head_branch,
      run_url: `${this.repoApi}/actions/runs/${job.run_id}`,
      run_attempt: job.run_attempt,
      node_id: nodeId('CR', job.id),
      head_sha: job.head_sha,
      url: `${this.repoApi}/actions/jobs/${job.id}`,
      html_url: `${this.repoHtml}/actions/runs/${job.run_id}/job/${job.id}`,
      status: job.status,
      conclusion: job.conclusion,
      created_at: job.created_at,
      started_at: job.started_at,
      completed_at: job.completed_at,
      name: job.name,
      steps: job.steps.map(s => ({...s})),
      check_run_url: `${this.repoApi}/check-runs/${job.id}`,
      labels: job.labels,
      runner_id: job.status === 'queued' ? null : 1,
      runner_name: job.status === 'queued' ? null : 'GitHub Actions 1',
      runner_group_id: job.status === 'queued' ? null : 2,
      runner_group_name: job.status === 'queued' ? null : 'GitHub Actions'
    }
  }

  artifact(a: ArtifactRecord): Json {
    const url = `${this.repoApi}/actions/artifacts/${a.id}`
    const run = this.state.run(a.run_id)
    return {
      id: a.id,
      node_id: nodeId('MDg6QXJ0aWZhY3Q', a.id),
      name: a.name,
      size_in_bytes: a.data.length,
      url,
      archive_download_url: `${url}/zip`,
      expired: a.expired,
      digest: `sha256:${sha256(a.data)}`,
      created_at: a.created_at,
      updated_at: a.updated_at,
      expires_at: a.expires_at,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: REPO_ID,
            head_repository_id: this.headRepositoryId(run),
            head_branch: run.head_branch ?? '',
            head_sha: run.head_sha
          }
        : null
    }
  }
}
