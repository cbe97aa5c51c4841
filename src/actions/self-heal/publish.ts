// Publishing one verified group: push `fix/sentry-<id>` with a lease, open
// (or update) its PR, remember it in the state, and note the PR on each of
// the group's Sentry issues. A dry run (or no github-token) says what it
// would have done. A refused push or PR is kept as the run's publishError:
// the verified work stays on the local branch, and nothing else is published.
import {
  healBody,
  healTitle,
  lastPushedTo,
  openFixRecord,
  type HealCase,
  type HealResult
} from '../../core/self-heal/index.js'
import type {PullRequestResult} from '../../edges/github/pull-requests.js'
import {openHealPullRequest} from '../../engine/heal-pull-request.js'
import {pushOwned, type Pushed} from '../../engine/push-branch.js'
import {requestReviews} from '../../engine/review-requests.js'
import {describeGitHubError} from '../../edges/github/errors.js'
import {sentryScopeMissing} from '../../edges/sentry/index.js'
import {errorMessage} from '../../errors.js'
import type {SelfHealDeps} from './deps.js'
import {runUrlOf, type SelfHealRun} from './run-state.js'

export interface Verified {
  case: HealCase
  /** healGroup's result, verdict `fixed`. */
  healed: HealResult
  /** The branch the PR targets. */
  base: string
  /** The checks that passed after the fix (named in the PR body). */
  checks: string[]
}

export async function publishFix(
  deps: SelfHealDeps,
  run: SelfHealRun,
  fix: Verified
): Promise<HealResult> {
  const {settings, github} = deps
  const {healed} = fix
  const title = healTitle(fix.case)
  if (settings.dryRun || !github) {
    run.journal.fact('dry-run', `${healed.branch} stays on the runner: "${title}" was not opened.`)
    return {
      ...healed,
      prAction: 'none',
      reason: `${healed.reason}; dry run: would push ${healed.branch} and open "${title}"`
    }
  }
  try {
    const pushed = await pushFix(deps, run, healed)
    const instead = pushed.diverted
      ? ` (instead of ${healed.branch}, which has commits ci-medic did not push)`
      : ''
    run.journal.done('branch-pushed', `Pushed ${pushed.branch}${instead}.`)
    const {pr} = await openHealPullRequest(
      github,
      pushed,
      {
        base: fix.base,
        title,
        body: prBody(deps, fix),
        draft: settings.draft,
        labels: settings.labels
      },
      deps.io.logger
    )
    const published = {...fix, healed: {...healed, branch: pushed.branch, head: pushed.sha}}
    recordPublished(deps, run, published, pr)
    const files = [healed.testFile ?? '', ...(healed.fixFiles ?? [])].filter(Boolean)
    const review = {settings: settings.review, root: deps.git.root, files}
    await requestReviews({...github, number: pr.number}, review, deps.io.logger)
    if (pr.action === 'created' && settings.sentryNotes) await noteOnSentry(deps, run, fix, pr)
    return {...published.healed, prUrl: pr.url, prNumber: pr.number, prAction: pr.action}
  } catch (error) {
    run.publishError = error
    return {
      ...healed,
      verdict: 'not-fixed',
      reason: `${healed.reason}, verified, but not published: ${describeGitHubError(error, 'contents: write')}`
    }
  }
}

/** Pushes the group's branch, leased on the sha the state says self-heal pushed there last. */
function pushFix(deps: SelfHealDeps, run: SelfHealRun, healed: HealResult): Promise<Pushed> {
  const {settings, github} = deps
  return pushOwned({
    target: {serverUrl: deps.context.serverUrl, ...github!.repo},
    token: settings.githubToken,
    parentEnv: deps.parentEnv,
    secrets: deps.secrets,
    source: deps.git.root,
    sourceRef: `refs/heads/${healed.branch}`,
    head: healed.head ?? '',
    branch: healed.branch,
    action: 'self-heal',
    tempDir: deps.context.tempDir,
    lastPushed: lastPushedTo(run.state, healed.branch),
    runId: deps.context.runId
  })
}

export function prBody(deps: SelfHealDeps, fix: Verified): string {
  const {healed} = fix
  return healBody({
    case: fix.case,
    testFile: healed.testFile ?? '',
    failingOutput: healed.failingOutput ?? '',
    fixFiles: healed.fixFiles ?? [],
    reproductionNote: healed.reproductionNote ?? '',
    fixNote: healed.fixNote ?? '',
    model: healed.model ?? deps.settings.model,
    checks: fix.checks,
    runUrl: runUrlOf(deps.context)
  })
}

/** The decision log, the journal and the state (so the next run knows the group has a PR). */
function recordPublished(
  deps: SelfHealDeps,
  run: SelfHealRun,
  fix: Verified,
  pr: PullRequestResult
): void {
  const {case: c, healed} = fix
  deps.log.record('published', {
    group: c.group.id,
    action: pr.action,
    number: pr.number,
    url: pr.url
  })
  if (pr.action !== 'unchanged')
    run.journal.done(
      pr.action === 'created' ? 'pr-opened' : 'pr-updated',
      `PR #${pr.number}: ${pr.url}.`
    )
  run.state = openFixRecord(run.state, {
    group: c.group.id,
    lead: healed.lead,
    issueIds: c.members.map(m => m.id),
    shortIds: c.members.map(m => m.shortId),
    title: healTitle(c),
    branch: healed.branch,
    head: healed.head,
    prNumber: pr.number,
    prUrl: pr.url,
    testFile: healed.testFile,
    projectId: c.members[0]!.projectId || undefined,
    openedAt: new Date(deps.clock()).toISOString()
  })
}

async function noteOnSentry(
  deps: SelfHealDeps,
  run: SelfHealRun,
  fix: Verified,
  pr: PullRequestResult
): Promise<void> {
  for (const m of fix.case.members) {
    try {
      await deps.sentry.addNote(
        deps.settings.sentryOrg,
        m.id,
        `ci-medic self-heal reproduced this error with a failing test and opened a verified fix: ${pr.url} (PR #${pr.number}). Once it is merged and deployed, a later run checks that the error stopped and resolves this issue.`
      )
      run.journal.done('sentry-noted', `Noted PR #${pr.number} on ${m.shortId}.`)
    } catch (error) {
      run.journal.couldNot(
        'sentry-noted',
        `No note was added to Sentry issue ${m.shortId} (${errorMessage(error)}).`,
        sentryScopeMissing(error, 'event:write')
      )
    }
  }
}
