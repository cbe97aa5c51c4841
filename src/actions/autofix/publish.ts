// Publishing verified fixes: one branch per failure fingerprint (or per day
// for scheduled runs) and one PR, updated on reruns instead of duplicated.
// The push's lease is the sha autofix itself pushed last, read back from a
// hidden marker in the open PR's body: a branch someone else committed on is
// never replaced, the fix goes to `<branch>-<runId>` with its own PR. A
// stale PR is closed only when the checks ran and passed (nothing-to-fix),
// never after a model outage, a budget stop or a run that could not judge.
// The PR body is the run's report, rendered here once; the job summary
// shows the same text.
import {renderAutofixReport} from '../../core/autofix/index.js'
import type {RunJournal} from '../../core/journal.js'
import {divertedNote, readPushedMarker, withPushedMarker} from '../../core/fixing/index.js'
import {
  closeStalePullRequest,
  findOpenPullRequest,
  upsertPullRequest
} from '../../edges/github/pull-requests.js'
import {pushOwned} from '../../engine/push-branch.js'
import {requestReviews} from '../../engine/review-requests.js'
import {defaultBranch} from '../../engine/workspace-checks.js'
import {errorMessage} from '../../errors.js'
import type {AutofixDeps, GitHubSide} from './deps.js'
import type {FixedRun} from './fix-step.js'
import {permissionFor} from './prepare.js'
import {writeProposal} from './proposal.js'

export interface Publication {
  branch: string
  prUrl: string
  prNumber: number
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none'
  /** Why the fix went to another branch than its own (someone else's commits are on that one). */
  diverted?: string
  /** True when the branch already held the fix (nothing was pushed). */
  alreadyThere?: boolean
}

export interface Published {
  publication: Publication
  /** The run's report: the PR body, and the job summary below its heading. */
  report: string
  /** Why publishing failed: the run still reports, then fails with it. */
  error?: unknown
  /** publish: separate-job: the proposal directory written for the publish job. */
  proposalPath?: string
}

const NOTHING: Publication = {branch: '', prUrl: '', prNumber: 0, action: 'none'}

/** The publish step: renders the report, then pushes the fixes and opens or updates the PR. */
export async function publishFixes(
  deps: AutofixDeps,
  run: FixedRun,
  journal: RunJournal
): Promise<Published> {
  const {settings, github} = deps
  const fixes = run.loop.fixes.length
  if (settings.dryRun) {
    journal.skipped(
      'dry-run',
      fixes
        ? `Dry run: would push ${fixes} verified commit(s) to ${run.branch} and open a PR.`
        : 'Dry run: nothing to push.'
    )
  }
  const report = renderReport(deps, run, journal)
  // The branch is stable (the failure's, or the target's for a scheduled run):
  // once the checks ran and passed, its stale PR is closed.
  if (settings.publish === 'separate-job' && !settings.dryRun)
    return propose(deps, run, journal, report)
  if (settings.dryRun || !github) return {publication: NOTHING, report}
  if (fixes === 0 && !mayCloseStale(run)) {
    const kept = `Nothing to push; an open PR for ${run.branch}, if any, is left open: the outcome is ${run.outcome.outcome}, not a verified nothing-to-fix.`
    journal.fact('publish', kept)
    deps.io.logger.info(kept)
    return {publication: NOTHING, report}
  }
  try {
    const publication = await publish(deps, github, {run, body: report})
    recordPublication(journal, publication)
    if (publication.diverted) deps.io.logger.warning(publication.diverted)
    const shown = publication.diverted ? `> ${publication.diverted}\n\n${report}` : report
    return {publication, report: shown}
  } catch (error) {
    // The verified work and the report are kept; the step still fails, with the reason.
    journal.couldNot(
      'publish',
      `Nothing was published: ${errorMessage(error)}`,
      permissionFor(error)
    )
    return {publication: NOTHING, report, error}
  }
}

/** separate-job: the proposal the publish job pushes (a stale PR's close only on a verified nothing-to-fix). */
async function propose(
  deps: AutofixDeps,
  run: FixedRun,
  journal: RunJournal,
  report: string
): Promise<Published> {
  const close = run.loop.fixes.length === 0 && mayCloseStale(run)
  try {
    const proposalPath = await writeProposal(deps, run, {
      title: prTitle(run.outcome.fixedCount),
      body: report,
      ...(close ? {closeComment: CLOSE_COMMENT} : {})
    })
    journal.done(
      'publish',
      `Wrote the proposal for the publish job (${run.loop.fixes.length} verified commit(s)) to ${proposalPath}.`
    )
    return {publication: NOTHING, report, proposalPath}
  } catch (error) {
    journal.couldNot('publish', `No proposal was written: ${errorMessage(error)}`)
    return {publication: NOTHING, report, error}
  }
}

/** The PR's title. */
export function prTitle(fixed: number): string {
  return `fix: ${fixed} failing check${fixed === 1 ? '' : 's'} (ci-medic autofix)`
}

/** The comment a stale PR is closed with. */
export const CLOSE_COMMENT =
  'ci-medic autofix ran again and found nothing left to fix on this branch’s failure: the checks ran and passed, so this PR is closed.'

/** The run's report: the PR body, and the job summary below its heading. */
export function renderReport(deps: AutofixDeps, run: FixedRun, journal: RunJournal): string {
  const report = renderAutofixReport({
    outcome: run.outcome,
    results: run.loop.results,
    checks: run.loop.baseline.map(r => ({command: r.command, failures: r.failures.length})),
    totals: run.totals,
    model: deps.settings.model,
    escalationModel: deps.settings.escalationModel,
    projectReasons: run.project.reasons,
    journal: [...journal.entries]
  })
  return run.fanout ? `${run.fanout}\n\n${report}` : report
}

/**
 * A stale PR may be closed only on a verified "nothing left to fix": the
 * checks ran and passed. Not after a model outage, a budget stop, a run that
 * could not judge (not-evaluated) or one that fixed nothing (not-fixed).
 */
export function mayCloseStale(run: FixedRun): boolean {
  return run.outcome.outcome === 'nothing-to-fix' && run.loop.baseline.length > 0
}

function recordPublication(journal: RunJournal, publication: Publication): void {
  const pr = `PR #${publication.prNumber}`
  if (publication.branch)
    journal.done(
      'branch-pushed',
      publication.alreadyThere
        ? `${publication.branch} already held the fix.`
        : `Pushed ${publication.branch}.${publication.diverted ? ` ${publication.diverted}` : ''}`
    )
  if (publication.action === 'created') journal.done('pr-opened', `Opened ${pr}.`)
  if (publication.action === 'updated' || publication.action === 'unchanged')
    journal.done('pr-updated', `Updated ${pr}.`)
  if (publication.action === 'closed')
    journal.done('pr-closed', `Closed ${pr}: nothing left to fix.`)
}

interface Draft {
  run: FixedRun
  body: string
}

async function publish(deps: AutofixDeps, github: GitHubSide, draft: Draft): Promise<Publication> {
  const {branch, outcome, loop} = draft.run
  if (loop.fixes.length === 0) {
    const base = deps.settings.baseBranch || (await defaultBranch(github.client, github.repo))
    return closeStale(deps, github, branch, base)
  }
  return pushAndOpenPr(deps, github, {
    branch,
    head: loop.fixes.at(-1)!.sha,
    title: prTitle(outcome.fixedCount),
    body: draft.body,
    files: [...new Set(loop.fixes.flatMap(f => f.files))]
  })
}

/** What pushAndOpenPr publishes: verified commits up to `head`, and the PR's text. */
export interface PrDraft {
  branch: string
  head: string
  title: string
  body: string
  /** The files the commits change (whose owners are asked for review). */
  files: string[]
}

/**
 * Pushes `head` to the branch under autofix's lease (the sha it pushed last,
 * from the open PR's marker; else to `<branch>-<runId>`), then opens or
 * updates the PR and asks for reviews. autofix's fixes and a feature build
 * (task: issue) both publish through here.
 */
export async function pushAndOpenPr(
  deps: AutofixDeps,
  github: GitHubSide,
  draft: PrDraft
): Promise<Publication> {
  const {settings, git, log, io} = deps
  const {client, repo} = github
  const {branch} = draft
  const base = settings.baseBranch || (await defaultBranch(client, repo))
  const open = await findOpenPullRequest(client, repo, branch, base)
  const pushed = await pushOwned({
    target: {serverUrl: deps.context.serverUrl, ...repo},
    token: settings.githubToken,
    parentEnv: deps.parentEnv,
    secrets: deps.secrets,
    source: git.root,
    sourceRef: 'HEAD',
    head: draft.head,
    branch,
    action: 'autofix',
    tempDir: deps.context.tempDir,
    lastPushed: readPushedMarker(open?.body),
    runId: deps.context.runId
  })
  log.record('published', {branch: pushed.branch, replaced: pushed.replaced, push: pushed.action})
  const diverted = pushed.diverted
    ? divertedNote(branch, pushed.diverted.theirs, pushed.branch)
    : undefined
  const body = diverted ? `> ${diverted}\n\n${draft.body}` : draft.body
  const pr = await upsertPullRequest(
    client,
    repo,
    {
      head: pushed.branch,
      base,
      title: draft.title,
      body: withPushedMarker(body, pushed.sha),
      draft: settings.draft,
      labels: settings.labels
    },
    io.logger
  )
  log.record('published', {action: pr.action, number: pr.number, url: pr.url})
  const review = {settings: settings.review, root: git.root, files: draft.files}
  await requestReviews({client, repo, number: pr.number}, review, io.logger)
  return {
    branch: pushed.branch,
    prUrl: pr.url,
    prNumber: pr.number,
    action: pr.action,
    ...(diverted ? {diverted} : {}),
    ...(pushed.action === 'unchanged' ? {alreadyThere: true} : {})
  }
}

async function closeStale(
  deps: AutofixDeps,
  github: GitHubSide,
  branch: string,
  base: string
): Promise<Publication> {
  const closed = await closeStalePullRequest(
    github.client,
    github.repo,
    {head: branch, base, comment: CLOSE_COMMENT},
    deps.io.logger
  )
  if (closed.closed) deps.log.record('published', {action: 'closed', number: closed.number})
  return {...NOTHING, prNumber: closed.number ?? 0, action: closed.closed ? 'closed' : 'none'}
}
