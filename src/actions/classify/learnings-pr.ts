// The learnings pull request: this week's docs, committed on top of the
// checkout's HEAD and pushed to one branch, ci-medic/learnings, the way
// autofix pushes a fix (push-branch.ts: a scratch repository, the
// repository's own URL, a lease on the sha ci-medic pushed last), then one
// PR opened or updated (pull-requests.ts). The lease is read from the open
// PR's body, else from the learnings issue's comment, which outlives a
// merged PR: a branch someone else committed on is never force-pushed.
import {readPushedMarker, withPushedMarker} from '../../core/fixing/index.js'
import type {PatternDoc} from '../../core/patterns/doc.js'
import {parsePatternDoc} from '../../core/patterns/doc.js'
import type {WeekResult} from '../../core/patterns/week.js'
import {learningsIssue, type LearningsIssue} from '../../edges/github/learnings-issue.js'
import {
  findOpenPullRequest,
  upsertPullRequest,
  type OpenPullRequest
} from '../../edges/github/pull-requests.js'
import {readRepoDirectory} from '../../edges/github/repo-files.js'
import {createGitWorkspace} from '../../edges/workspace/index.js'
import {BOT_AUTHOR} from '../../engine/commit-identity.js'
import {pushOwned} from '../../engine/push-branch.js'
import {defaultBranch} from '../../engine/workspace-checks.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'

export const LEARNINGS_BRANCH = 'ci-medic/learnings'
export const LEARNINGS_PR_LABEL = 'ci-medic-learnings'

/** Where this week's learnings go on GitHub, found before anything is written. */
export interface LearningsTarget {
  base: string
  open?: OpenPullRequest
  issue: LearningsIssue
  /** The sha ci-medic pushed last to the learnings branch (null: none known). */
  lastPushed: string | null
}

export async function findLearnings(
  deps: ClassifyDeps,
  gh: GitHubAccess
): Promise<LearningsTarget> {
  const {client, repo} = gh
  const base = await defaultBranch(client, repo)
  const open = await findOpenPullRequest(client, repo, LEARNINGS_BRANCH, base)
  const issue = learningsIssue(client, repo, deps.settings.learningsIssueTitle, await gh.botLogin())
  const lastPushed = readPushedMarker(open?.body) ?? readPushedMarker(await issue.readComment())
  return {base, ...(open ? {open} : {}), issue, lastPushed}
}

/** The docs of the open learnings PR: earlier weeks' docs the default branch does not have yet. */
export async function learningsBranchDocs(
  deps: ClassifyDeps,
  gh: GitHubAccess,
  target: LearningsTarget
): Promise<PatternDoc[]> {
  if (!target.open) return []
  const files = await readRepoDirectory(gh.client, gh.repo, {
    dir: deps.settings.patternsPath,
    ref: LEARNINGS_BRANCH,
    suffix: '.md'
  })
  return files.flatMap(f => parsePatternDoc(f.text) ?? [])
}

export interface LearningsPr {
  url: string
  number: number
  action: 'created' | 'updated' | 'unchanged' | 'none'
  /** The sha now on the learnings branch ('' when nothing was pushed). */
  sha: string
  branch: string
}

/** Commits the docs, pushes the learnings branch and opens or updates its PR. */
export async function publishLearnings(
  deps: ClassifyDeps,
  gh: GitHubAccess,
  target: LearningsTarget,
  draft: {week: WeekResult; body: string}
): Promise<LearningsPr> {
  const {settings, context, io} = deps
  const unchanged: LearningsPr = {
    url: target.open?.url ?? '',
    number: target.open?.number ?? 0,
    action: 'none',
    sha: '',
    branch: LEARNINGS_BRANCH
  }
  const paths = draft.week.docs.map(d => d.path)
  if (!paths.length) return unchanged
  const sha = await commitDocs(deps, paths, draft.week.metrics.generatedAt.slice(0, 10))
  if (!sha) return unchanged
  const pushed = await pushOwned({
    target: {serverUrl: context.serverUrl, ...gh.repo},
    token: settings.githubToken,
    parentEnv: deps.parentEnv,
    secrets: [settings.githubToken],
    source: context.workspace,
    sourceRef: 'HEAD',
    head: sha,
    branch: LEARNINGS_BRANCH,
    action: 'classify',
    tempDir: context.tempDir,
    lastPushed: target.lastPushed,
    runId: context.runId
  })
  const pr = await upsertPullRequest(
    gh.client,
    gh.repo,
    {
      head: pushed.branch,
      base: target.base,
      title: `docs: ci-medic learnings (${paths.length} pattern${paths.length === 1 ? '' : 's'})`,
      body: withPushedMarker(draft.body, pushed.sha),
      draft: false,
      labels: [LEARNINGS_PR_LABEL]
    },
    io.logger
  )
  return {url: pr.url, number: pr.number, action: pr.action, sha: pushed.sha, branch: pushed.branch}
}

/** One commit of the docs on top of HEAD; '' when they are what HEAD already holds. */
async function commitDocs(deps: ClassifyDeps, paths: string[], day: string): Promise<string> {
  const {context, settings} = deps
  const git = createGitWorkspace(context.workspace, {
    parentEnv: deps.parentEnv,
    secrets: [settings.githubToken]
  })
  if (!(await git.isRepository()))
    throw new ConfigurationError(
      `mode: patterns opens the learnings PR from a git checkout, and ${context.workspace} is not one. Add actions/checkout before this step, or leave github-token empty to write the docs in the workspace only.`
    )
  try {
    return await git.commit(`docs: ci-medic learnings to ${day}`, paths, BOT_AUTHOR)
  } catch (error) {
    if (/^Nothing to commit/.test(errorMessage(error))) return ''
    throw error
  }
}
