// Publishing a self-heal proposal (kind: self-heal): the state is read from
// the tracking issue here, never taken from the proposal; every fix branch is
// checked (verify.ts) before any is pushed; then each is pushed with
// self-heal's lease (the head the state recorded) under the daily cap, its
// PR opened or updated, the alert issues raised once per run, and the state
// and the run's report written back. Every text from the proposal passes
// through inertForPublish. No repository code, no model, no Sentry.
import {inertForPublish} from '../../core/proposal/inert.js'
import type {ProposedAlert, ProposedBranch} from '../../core/proposal/proposal.js'
import {
  alertRaisedBy,
  applyFixUpdates,
  dailyCapReason,
  lastPushedTo,
  openFixRecord,
  pruneHealState,
  recordAlert,
  renderTrackingSummary,
  type HealState,
  type PrsToday
} from '../../core/self-heal/index.js'
import {raiseAlert, type AlertContent} from '../../edges/github/alert-issues.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {describeGitHubError} from '../../edges/github/errors.js'
import {findOpenPullRequest} from '../../edges/github/pull-requests.js'
import {trackingIssue, type TrackingStore} from '../../edges/github/tracking-issue.js'
import type {ScratchRepo} from '../../edges/workspace/index.js'
import {healPullsToday, openHealPullRequest} from '../../engine/heal-pull-request.js'
import {pushOwnedFrom} from '../../engine/push-branch.js'
import {requestReviews} from '../../engine/review-requests.js'
import {ConfigurationError} from '../../errors.js'
import type {PublishDeps} from './deps.js'
import {checkBranch, requireBase, type ReadProposal} from './verify.js'

/** One fix branch's fate in this publish. */
export interface HealPublished {
  /** The branch the proposal named. */
  proposed: string
  /** The branch pushed to (the proposed one, or `<branch>-<runId>` when it was diverted). */
  branch: string
  prUrl?: string
  prNumber?: number
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'
  note?: string
}

export interface SelfHealPublication {
  fixes: HealPublished[]
  alerts: Array<{key: string; url: string; action: string}>
  trackingUrl: string
}

/** What one self-heal publish works with, built once. */
interface Job {
  deps: PublishDeps
  read: ReadProposal
  base: string
  botLogin: string
  tracking: TrackingStore
  state: HealState
  counted: PrsToday
  runId: string
  /** This run's page: the one link kept clickable in the proposal's text. */
  inert: (text: string) => string
}

export async function publishSelfHeal(
  deps: PublishDeps,
  read: ReadProposal,
  base: string,
  withScratch: <T>(use: (scratch: ScratchRepo) => Promise<T>) => Promise<T>
): Promise<SelfHealPublication> {
  const job = await startJob(deps, read, base)
  const fixes = read.proposal.branches.length
    ? await withScratch(async scratch => {
        await requireBase(scratch, read.proposal)
        // Every branch passes the checks before any is pushed.
        for (const branch of read.proposal.branches) await checkBranch(scratch, read, branch)
        const done: HealPublished[] = []
        for (const branch of read.proposal.branches)
          done.push(await publishFixBranch(job, scratch, branch, done))
        return done
      })
    : []
  const alerts = await raiseAlerts(job, fixes)
  const trackingUrl = await writeState(job)
  const failed = fixes.find(f => f.action === 'failed')
  if (failed)
    throw new ConfigurationError(
      `${failed.branch} was checked but could not be published: ${failed.note}. The tracking issue records what was published.`
    )
  return {fixes, alerts, trackingUrl}
}

async function startJob(deps: PublishDeps, read: ReadProposal, base: string): Promise<Job> {
  const {client, repo, context} = deps
  const selfHeal = read.proposal.selfHeal!
  const runUrl = `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`
  const inert = (text: string): string => inertForPublish(text, [runUrl])
  const botLogin = await resolveBotLogin(client)
  const tracking = trackingIssue(client, repo, inert(selfHeal.trackingIssueTitle), botLogin)
  let state: HealState
  try {
    state = await tracking.read()
  } catch (error) {
    throw new ConfigurationError(
      `The proposal was refused: the self-heal state in the issue '${selfHeal.trackingIssueTitle}' could not be read (${describeGitHubError(error, 'issues: read')}), and without it the publish job could open duplicate PRs or push over a branch someone else committed on. Nothing was pushed.`
    )
  }
  let counted: PrsToday
  try {
    counted = {count: await healPullsToday({client, repo}, botLogin, Date.now())}
  } catch (error) {
    counted = {count: 0, error: describeGitHubError(error, 'pull-requests: read')}
  }
  state = applyFixUpdates(state, selfHeal.fixUpdates)
  const runId = String(context.runId)
  return {deps, read, base, botLogin, tracking, state, counted, runId, inert}
}

/** Pushes one checked branch (lease: the head the state recorded) and opens or updates its PR. */
async function publishFixBranch(
  job: Job,
  scratch: ScratchRepo,
  branch: ProposedBranch,
  earlier: readonly HealPublished[]
): Promise<HealPublished> {
  const {deps, base} = job
  const github = {client: deps.client, repo: deps.repo}
  const open = await findOpenPullRequest(github.client, github.repo, branch.branch, base)
  if (!open) {
    const opened = earlier.filter(f => f.action === 'created').length
    const overCap = dailyCapReason(job.counted, opened, job.read.proposal.selfHeal!.maxPrsPerDay)
    if (overCap)
      return {proposed: branch.branch, branch: branch.branch, action: 'skipped', note: overCap}
  }
  try {
    const pushed = await pushOwnedFrom(scratch, {
      head: branch.head,
      branch: branch.branch,
      action: 'publish',
      lastPushed: lastPushedTo(job.state, branch.branch),
      runId: deps.context.runId
    })
    const title = job.inert(branch.title)
    const {pr, diverted} = await openHealPullRequest(
      github,
      pushed,
      {base, title, body: job.inert(branch.body), draft: branch.draft, labels: branch.labels},
      deps.io.logger
    )
    await requestReviews(
      {...github, number: pr.number},
      {settings: deps.settings.review, root: deps.context.workspace, files: branch.files},
      deps.io.logger
    )
    const sentry = branch.sentry!
    job.state = openFixRecord(job.state, {
      ...sentry,
      title,
      branch: pushed.branch,
      head: pushed.sha,
      prNumber: pr.number,
      prUrl: pr.url,
      openedAt: new Date().toISOString()
    })
    return {
      proposed: branch.branch,
      branch: pushed.branch,
      prUrl: pr.url,
      prNumber: pr.number,
      action: pr.action,
      ...(diverted ? {note: diverted} : {})
    }
  } catch (error) {
    return {
      proposed: branch.branch,
      branch: branch.branch,
      action: 'failed',
      note: describeGitHubError(error, 'contents: write')
    }
  }
}

/** The proposal's alert issues, each once per workflow run; a P0 alert links its group's PR. */
async function raiseAlerts(
  job: Job,
  fixes: readonly HealPublished[]
): Promise<SelfHealPublication['alerts']> {
  const {deps} = job
  const raised: SelfHealPublication['alerts'] = []
  for (const alert of job.read.proposal.selfHeal!.alerts) {
    const known = alertRaisedBy(job.state, alert.key, job.runId)
    if (known) {
      raised.push({key: alert.key, url: known.url, action: 'unchanged'})
      continue
    }
    const result = await raiseAlert(
      deps.client,
      deps.repo,
      job.botLogin,
      alertContent(job, alert, fixes)
    )
    deps.io.logger.info(`Alert issue ${result.url} (${result.action}).`)
    raised.push({key: alert.key, url: result.url, action: result.action})
    job.state = recordAlert(job.state, {
      issueId: alert.key,
      number: result.number,
      url: result.url,
      runId: job.runId
    })
  }
  return raised
}

function alertContent(
  job: Job,
  alert: ProposedAlert,
  fixes: readonly HealPublished[]
): AlertContent {
  const pr = fixes.find(f => f.prUrl && f.proposed === alert.branch)
  // The PR's URL is GitHub's own answer to this job, so it stays a link.
  const link = pr?.prUrl ? `\n\n- Fix PR (opened by the publish job): ${pr.prUrl}` : ''
  return {
    fingerprint: alert.fingerprint,
    title: job.inert(alert.title),
    details: `${job.inert(alert.details)}${link}`,
    occurrence: job.inert(alert.occurrence)
  }
}

/** The state (read here, with the proposal's checks of earlier fixes and this publish) and the run's report. */
async function writeState(job: Job): Promise<string> {
  const state = pruneHealState(job.state, Date.now())
  const issue = await job.tracking.write(state, renderTrackingSummary(state.fixes))
  const report = job.read.proposal.selfHeal!.report
  if (report) await job.tracking.comment(job.runId, job.inert(report))
  return issue.url
}
