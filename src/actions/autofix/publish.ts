// Publishing verified fixes: one branch per failure fingerprint (or per day
// for scheduled runs), pushed with a lease so a branch that moved is never
// overwritten blindly, and one PR, updated on reruns instead of duplicated,
// and closed when a rerun finds nothing left to fix. The PR body is the
// run's report, rendered here once; the job summary shows the same text.
import {renderAutofixReport} from '../../core/autofix/index.js'
import type {RunJournal} from '../../core/journal.js'
import {closeStalePullRequest, upsertPullRequest} from '../../edges/github/pull-requests.js'
import {pushVerified} from '../../engine/push-branch.js'
import {defaultBranch} from '../../engine/workspace-checks.js'
import {errorMessage} from '../../errors.js'
import type {AutofixSettings} from '../../settings/autofix-settings.js'
import type {AutofixDeps, GitHubSide} from './deps.js'
import type {FixedRun} from './fix-step.js'
import {permissionFor} from './prepare.js'

export interface Publication {
  branch: string
  prUrl: string
  prNumber: number
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none'
}

export interface Published {
  publication: Publication
  /** The run's report: the PR body, and the job summary below its heading. */
  report: string
  /** Why publishing failed: the run still reports, then fails with it. */
  error?: unknown
}

export function branchName(
  settings: Pick<AutofixSettings, 'branchPrefix' | 'fingerprint'>,
  now: Date
): string {
  const suffix = settings.fingerprint || now.toISOString().slice(0, 10)
  return `${settings.branchPrefix}${suffix}`.replace(/[^\w./-]+/g, '-')
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
  // A fingerprint names this failure's branch: with no fixes left, its stale PR is closed.
  if (settings.dryRun || !github || (fixes === 0 && !settings.fingerprint))
    return {publication: NOTHING, report}
  try {
    const publication = await publish(deps, github, {run, body: report})
    recordPublication(journal, publication)
    return {publication, report}
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

function renderReport(deps: AutofixDeps, run: FixedRun, journal: RunJournal): string {
  return renderAutofixReport({
    outcome: run.outcome,
    results: run.loop.results,
    checks: run.loop.baseline.map(r => ({command: r.command, failures: r.failures.length})),
    totals: run.totals,
    model: deps.settings.model,
    escalationModel: deps.settings.escalationModel,
    projectReasons: run.project.reasons,
    journal: [...journal.entries]
  })
}

function recordPublication(journal: RunJournal, publication: Publication): void {
  const pr = `PR #${publication.prNumber}`
  if (publication.branch) journal.done('branch-pushed', `Pushed ${publication.branch}.`)
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
  const {settings, git, log, io} = deps
  const {client, repo} = github
  const {branch, outcome, loop} = draft.run
  const base = settings.baseBranch || (await defaultBranch(client, repo))
  if (loop.fixes.length === 0) {
    const closed = await closeStalePullRequest(
      client,
      repo,
      branch,
      base,
      'ci-medic autofix ran again and found nothing left to fix on this branch’s failure, so this PR is closed.',
      io.logger
    )
    if (closed.closed) log.record('published', {action: 'closed', number: closed.number})
    return {...NOTHING, prNumber: closed.number ?? 0, action: closed.closed ? 'closed' : 'none'}
  }

  const pushed = await pushVerified({
    target: {serverUrl: deps.context.serverUrl, ...repo},
    token: settings.githubToken,
    parentEnv: deps.parentEnv,
    secrets: deps.secrets,
    source: git.root,
    sourceRef: 'HEAD',
    head: loop.fixes.at(-1)!.sha,
    branch,
    action: 'autofix',
    tempDir: deps.context.tempDir
  })
  log.record('published', {branch, replaced: pushed.replaced})
  const fixed = outcome.fixedCount
  const pr = await upsertPullRequest(
    client,
    repo,
    {
      head: branch,
      base,
      title: `fix: ${fixed} failing check${fixed === 1 ? '' : 's'} (ci-medic autofix)`,
      body: draft.body,
      draft: settings.draft,
      labels: settings.labels
    },
    io.logger
  )
  log.record('published', {action: pr.action, number: pr.number, url: pr.url})
  return {branch, prUrl: pr.url, prNumber: pr.number, action: pr.action}
}
