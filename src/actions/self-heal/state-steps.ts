// The steps around the tracking issue: read the state (which groups have
// PRs, and what became of them), check the earlier fixes against Sentry, and
// at the end write the state and this run's report back.
import {pruneHealState, renderTrackingSummary} from '../../core/self-heal/index.js'
import {describeGitHubError, missingPermission} from '../../edges/github/errors.js'
import {healPullsToday} from '../../engine/heal-pull-request.js'
import {ConfigurationError} from '../../errors.js'
import type {SelfHealDeps} from './deps.js'
import type {SelfHealRun} from './run-state.js'
import {verifyEarlierFixes} from './verify-fixes.js'

export async function readState(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {github, settings} = deps
  if (!github) {
    run.journal.skipped(
      'state-read',
      'No github-token: earlier fixes are not checked and not excluded.'
    )
    return
  }
  try {
    run.state = await github.tracking.read()
    run.stateRead = true
    run.journal.done(
      'state-read',
      `Read the state in '${settings.trackingIssueTitle}': ${run.state.fixes.length} fix(es).`
    )
  } catch (error) {
    const why = `The self-heal state in the issue '${settings.trackingIssueTitle}' could not be read (${describeGitHubError(error, 'issues: read')})`
    // separate-job: the publish job reads the state itself before it opens anything.
    if (run.fixMode && !settings.dryRun && settings.publish === 'same-job') {
      throw new ConfigurationError(
        `${why}. Without it self-heal could open duplicate PRs, so it stops: give the token 'issues: read' (and 'issues: write'), or repair the state block (or remove the ci-medic-self-heal label from that issue to start with empty state).`
      )
    }
    run.journal.couldNot(
      'state-read',
      `${why}: earlier fixes are not checked and not excluded.`,
      missingPermission(error)
    )
  }
  if (!run.fixMode && run.state.fixes.length) {
    run.journal.skipped(
      'earlier-fixes-checked',
      'Triage mode: earlier fixes were not checked (that happens in fix mode).'
    )
  }
  if (run.fixMode) await countPrsToday(deps, run)
}

/**
 * The daily cap's count: the fix/sentry-* PRs this token opened in the last
 * 24 hours, open, merged or closed (GitHub is the record, not the state: a
 * lost state must not lift the cap). Not counted, nothing is opened.
 */
async function countPrsToday(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {github} = deps
  if (!github) return
  try {
    const count = await healPullsToday(github, github.botLogin, run.now)
    run.prsToday = {count}
    deps.io.logger.info(
      `${count} self-heal PR(s) opened in the last 24 hours (max-prs-per-day ${deps.settings.maxPrsPerDay}).`
    )
  } catch (error) {
    const why = describeGitHubError(error, 'pull-requests: read')
    // A dry run opens nothing, so it goes on uncapped, as does a proposal (the publish job
    // counts again before it opens anything); a real run opens nothing it cannot count.
    const dry = deps.settings.dryRun || deps.settings.publish === 'separate-job'
    run.prsToday = dry ? undefined : {count: 0, error: why}
    run.journal.couldNot(
      'daily-cap',
      `The self-heal PRs of the last 24 hours could not be counted (${why}), so ${dry ? (deps.settings.dryRun ? 'this dry run ignores max-prs-per-day' : 'the publish job counts them again before it opens a PR') : 'no PR is opened in this run (max-prs-per-day)'}.`,
      missingPermission(error)
    )
  }
}

/** Earlier fixes are checked in fix mode, against a state that was read. */
export function checksEarlierFixes(deps: SelfHealDeps, run: SelfHealRun): boolean {
  return run.fixMode && deps.github !== undefined && run.stateRead
}

/** After deploy: did earlier fixes stop their errors? */
export async function checkEarlierFixes(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const github = deps.github!
  const verified = await verifyEarlierFixes(
    {
      client: github.client,
      repo: github.repo,
      sentry: deps.sentry,
      settings: deps.settings,
      journal: run.journal,
      now: run.now
    },
    run.state
  )
  run.state = verified.state
  run.checks = verified.checks
}

/** The state and this run's report, in the tracking issue (never in triage mode or a dry run). */
export async function writeTrackingIssue(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const github = deps.github!
  try {
    run.state = pruneHealState(run.state, run.now)
    const issue = await github.tracking.write(run.state, renderTrackingSummary(run.state.fixes))
    run.journal.done('state-written', `Wrote the state to ${issue.url}.`)
    const comment = await github.tracking.comment(String(deps.context.runId), run.report)
    run.journal.done('report-commented', `Incident report: ${comment.url} (${comment.action}).`)
    deps.io.logger.info(`Incident report: ${comment.url} (${comment.action}).`)
  } catch (error) {
    run.journal.couldNot(
      'state-written',
      `The tracking issue could not be written (${describeGitHubError(error, 'issues: write')}): the next run may not know about this run's PRs.`,
      missingPermission(error)
    )
  }
}
