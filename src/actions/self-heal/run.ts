// self-heal: read unresolved Sentry errors, triage and group them; in fix
// mode also check the fixes of earlier runs (merged? did the error stop?),
// raise alerts for rate storms, and for each group to fix: reproduce it with
// a failing test, fix it, verify both in code, and open `fix/sentry-<id>`.
// State lives in a tracking issue; the report goes to the job summary and a
// comment on that issue. Outputs are set on every exit path.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import * as core from '@actions/core'
import {BudgetTracker, budgetLimitsOf} from '../../core/fixing/index.js'
import {
  alreadyHandledFrom,
  attachToKnownGroups,
  handledGroupsFrom,
  EMPTY_STATE,
  healBody,
  healBranch,
  healOutcome,
  healTitle,
  pruneHealState,
  recordAlert,
  renderHealSections,
  renderIncidentReport,
  renderTrackingSummary,
  triage,
  triageOptionsFrom,
  triageOutput,
  upsertFixRecord,
  type FixCheck,
  type HealCase,
  type HealResult,
  type HealState,
  type RaisedAlert,
  type TriageResult
} from '../../core/self-heal/index.js'
import {raiseAlert} from '../../edges/github/alert-issues.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {createGitHubClient, type GitHubClient} from '../../edges/github/client.js'
import {findOpenPullRequest, upsertPullRequest} from '../../edges/github/pull-requests.js'
import {trackingIssue, type TrackingStore} from '../../edges/github/tracking-issue.js'
import {createModelClient} from '../../edges/model/anthropic-client.js'
import {createSentryClient, type SentryClient} from '../../edges/sentry/index.js'
import {
  createCommandRunner,
  createGitWorkspace,
  listTrackedFiles,
  type GitWorkspace
} from '../../edges/workspace/index.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {setOutputs} from '../../runtime/outputs.js'
import {loggerFrom} from '../../runtime/actions-logger.js'
import type {InputSource} from '../../settings/input-source.js'
import {readSelfHealSettings, type SelfHealSettings} from '../../settings/self-heal-settings.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import {failuresOf, runChecks} from '../../engine/checks.js'
import {createDecisionLog, type DecisionLog} from '../../engine/decision-log.js'
import {pushWithLease} from '../../engine/push-branch.js'
import {
  defaultBranch,
  detectChecks,
  mapFiles,
  requireCleanCheckout
} from '../../engine/workspace-checks.js'
import {checkNames, healGroup} from './heal-loop.js'
import {readCandidates} from './read-errors.js'
import {verifyEarlierFixes} from './verify-fixes.js'

import {SELF_HEAL_FAILURE_OUTPUTS} from '../failure-outputs.js'
export {SELF_HEAL_FAILURE_OUTPUTS}

const logger = loggerFrom(core)

interface GitHubSide {
  client: GitHubClient
  repo: {owner: string; repo: string}
  botLogin: string
  tracking: TrackingStore
}

export async function selfHeal(inputs: InputSource): Promise<void> {
  const context = runnerContext()
  const settings = readSelfHealSettings(inputs, maskSecret)
  const fix = settings.mode === 'fix'
  // The time budget counts from the start: reading Sentry and checking earlier fixes take time too.
  const budget = new BudgetTracker(budgetLimitsOf(settings), {now: () => Date.now()})
  const now = Date.now()
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const log = createDecisionLog(join(reportDir, 'self-heal-decisions.jsonl'))
  const secrets = [settings.githubToken, settings.anthropicApiKey, settings.sentryToken].filter(
    Boolean
  )
  const notes: string[] = []
  const sentry = createSentryClient({
    baseUrl: settings.sentryUrl,
    token: settings.sentryToken,
    logger
  })
  const git = createGitWorkspace(context.workspace, {secrets})
  if (fix) await requireCleanCheckout(git, 'self-heal')

  // State: which groups have PRs, and what became of them
  const github = settings.githubToken ? await gitHubSide(settings, context) : undefined
  let state: HealState = {...EMPTY_STATE, fixes: []}
  let stateRead = false
  if (github) {
    try {
      state = await github.tracking.read()
      stateRead = true
    } catch (error) {
      const why = `The self-heal state in the issue '${settings.trackingIssueTitle}' could not be read (${errorMessage(error)})`
      if (fix && !settings.dryRun) {
        throw new ConfigurationError(
          `${why}. Without it self-heal could open duplicate PRs, so it stops: give the token 'issues: read' (and 'issues: write'), or repair the state block (or remove the ci-medic-self-heal label from that issue to start with empty state).`
        )
      }
      notes.push(`${why}: earlier fixes are not checked and not excluded.`)
    }
  } else {
    notes.push('No github-token: earlier fixes are not checked and not excluded.')
  }

  // After deploy: did earlier fixes stop their errors?
  let checks: FixCheck[] = []
  if (fix && github && stateRead) {
    const verified = await verifyEarlierFixes(
      {client: github.client, repo: github.repo, sentry, settings, logger, now},
      state
    )
    state = verified.state
    checks = verified.checks
  } else if (!fix && state.fixes.length) {
    notes.push('Triage mode: earlier fixes were not checked (that happens in fix mode).')
  }

  // Read and triage
  const tracked = await repositoryFiles(context.workspace)
  const candidates = await readCandidates(sentry, settings, logger)
  const result = triage(
    candidates,
    triageOptionsFrom(settings, {
      now,
      repoFiles: tracked,
      alreadyHandled: alreadyHandledFrom(state),
      handledGroups: handledGroupsFrom(state)
    })
  )
  const entries = triageOutput(result)
  // New Sentry issues of a bug that already has a fix join that fix's record.
  state = attachToKnownGroups(state, result.issues)

  // Alerts for a human (rate storms), once per workflow run
  const alerts: RaisedAlert[] = []
  if (fix && github && !settings.dryRun) {
    for (const issue of result.alerts) {
      const raised = await raiseStormAlert(github, issue, state, context, settings.sentryOrg).catch(
        (error: unknown) => {
          notes.push(
            `The alert issue for ${issue.shortId} could not be written (${errorMessage(error)}).`
          )
          return undefined
        }
      )
      if (!raised) continue
      alerts.push({shortId: issue.shortId, url: raised.url, action: raised.action})
      state = recordAlert(state, {
        issueId: issue.id,
        number: raised.number,
        url: raised.url,
        runId: String(context.runId)
      })
    }
  }

  // Heal: reproduce, fix, verify, publish — group by group
  const results: HealResult[] = []
  let publishError: unknown
  if (fix) {
    const healed = await healAll({
      settings,
      context,
      git,
      github,
      log,
      budget,
      secrets,
      result,
      candidates,
      notes,
      state,
      sentry,
      tracked
    })
    results.push(...healed.results)
    state = healed.state
    publishError = healed.publishError
  }

  // Report
  const totals = budget.totals()
  const report = renderIncidentReport({
    result,
    org: settings.sentryOrg,
    period: settings.period,
    mode: settings.mode,
    rateGuardPerHour: settings.rateGuardPerHour,
    extraSections: [
      ...(fix
        ? renderHealSections({
            results,
            checks,
            alerts,
            usage: totals,
            model: settings.model,
            escalationModel: settings.escalationModel,
            dryRun: settings.dryRun
          })
        : []),
      ...(notes.length ? [notes.map(n => `- ${n.replace(/\n/g, ' ')}`).join('\n')] : [])
    ]
  })
  const reportPath = join(reportDir, 'self-heal-report.json')
  await writeFile(
    reportPath,
    JSON.stringify(
      {
        version: 1,
        mode: settings.mode,
        triage: entries,
        groups: result.groups,
        results,
        checks,
        alerts,
        totals,
        notes
      },
      null,
      2
    )
  )
  const outcome = healOutcome(settings.mode, results)
  const prUrls = results.flatMap(r => (r.prUrl ? [r.prUrl] : []))
  const outputs: Record<string, string> = {
    ...SELF_HEAL_FAILURE_OUTPUTS,
    triage: JSON.stringify(entries),
    'fixed-count': String(results.filter(r => r.verdict === 'fixed').length),
    'pr-urls': JSON.stringify(prUrls),
    alerts: JSON.stringify(alerts.map(a => a.url)),
    outcome,
    'input-tokens': String(totals.inputTokens),
    'output-tokens': String(totals.outputTokens),
    'cache-read-tokens': String(totals.cacheReadTokens),
    'cost-usd': totals.costUsd.toFixed(4),
    'report-path': reportPath
  }
  setOutputs(core, outputs)
  for (const note of notes) logger.warning(note)
  await core.summary.addRaw(report).write()

  // The tracking issue: state and this run's report (never in triage mode or a dry run)
  if (fix && github && !settings.dryRun && stateRead) {
    try {
      state = pruneHealState(state, now)
      await github.tracking.write(state, renderTrackingSummary(state.fixes))
      const comment = await github.tracking.comment(String(context.runId), report)
      logger.info(`Incident report: ${comment.url} (${comment.action}).`)
    } catch (error) {
      logger.warning(
        `The tracking issue could not be written (${errorMessage(error)}): the next run may not know about this run's PRs. Give the token 'issues: write'.`
      )
    }
  }
  if (publishError !== undefined) throw publishError
}

async function gitHubSide(
  settings: SelfHealSettings,
  context: WorkflowContext
): Promise<GitHubSide> {
  const client = createGitHubClient({token: settings.githubToken, apiUrl: context.apiUrl, logger})
  const repo = {owner: context.owner, repo: context.repo}
  const botLogin = await resolveBotLogin(client)
  return {
    client,
    repo,
    botLogin,
    tracking: trackingIssue(client, repo, settings.trackingIssueTitle, botLogin)
  }
}

async function raiseStormAlert(
  github: GitHubSide,
  issue: TriageResult['alerts'][number],
  state: HealState,
  context: WorkflowContext,
  org: string
): Promise<{url: string; number: number; action: string} | undefined> {
  const runId = String(context.runId)
  const known = state.alerts?.find(a => a.issueId === issue.id)
  if (known?.runId === runId) return {url: known.url, number: known.number, action: 'unchanged'}
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${runId}`
  const raised = await raiseAlert(github.client, github.repo, github.botLogin, {
    fingerprint: `sentry-${issue.id}`,
    title: `Sentry ${issue.shortId}: ${issue.eventsPerHour} events/h, above the rate guard`,
    details: [
      `ci-medic self-heal found a rate storm in Sentry organization \`${org.replace(/`/g, '')}\`: an incident for a human, not a bug to patch, so no fix was attempted.`,
      '',
      `- Issue: ${issue.permalink ?? issue.shortId}`,
      `- ${issue.eventsPerHour} events in the last hour (peak ${issue.peakPerHour}/h), ${issue.count} in the period, ${issue.userCount} users, severity ${issue.severity}`,
      `- Found by [this run](${runUrl})`,
      '',
      'The error as Sentry reports it (untrusted text):',
      '',
      '```text',
      `${issue.exceptionType}: ${issue.exceptionValue}`.replace(/```/g, "'''").slice(0, 500),
      '```'
    ].join('\n'),
    occurrence: `Still above the rate guard: ${issue.eventsPerHour} events/h in [run ${runId}](${runUrl})`
  })
  return {url: raised.url, number: raised.number, action: raised.action}
}

interface HealAllInput {
  settings: SelfHealSettings
  context: WorkflowContext
  git: GitWorkspace
  github: GitHubSide | undefined
  log: DecisionLog
  budget: BudgetTracker
  secrets: string[]
  result: TriageResult
  candidates: Awaited<ReturnType<typeof readCandidates>>
  notes: string[]
  state: HealState
  sentry: SentryClient
  /** `git ls-files` of the workspace, read once for triage. */
  tracked: string[] | undefined
}

async function healAll(
  input: HealAllInput
): Promise<{results: HealResult[]; state: HealState; publishError?: unknown}> {
  const {settings, context, git, github, log, budget, result, notes} = input
  let state = input.state
  const toFix = result.groups.filter(g => g.decision === 'fix')
  if (toFix.length === 0) return {results: [], state}
  const byId = new Map(result.issues.map(i => [i.id, i]))
  const events = new Map(input.candidates.map(c => [c.issue.id, c.event]))
  const cases: HealCase[] = toFix.map(group => {
    const members = group.issueIds
      .flatMap(id => byId.get(id) ?? [])
      .filter(m => m.decision === 'fix')
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    return {group, members, event: events.get(members[0]!.id)}
  })
  const skip = (c: HealCase, verdict: HealResult['verdict'], reason: string): HealResult => ({
    group: c.group.id,
    lead: c.members[0]!.shortId,
    shortIds: c.members.map(m => m.shortId),
    verdict,
    reason,
    branch: ''
  })

  if (!settings.anthropicApiKey) {
    notes.push(
      'No anthropic-api-key: nothing was reproduced or fixed (self-heal has no deterministic fixers).'
    )
    return {results: cases.map(c => skip(c, 'not-evaluated', 'no anthropic-api-key')), state}
  }
  const model = createModelClient({
    apiKey: settings.anthropicApiKey,
    baseUrl: settings.anthropicBaseUrl,
    maxRetries: 3
  })
  const reportDir = join(context.tempDir, 'ci-medic')
  const project = await detectChecks(context.workspace, settings, reportDir)
  log.record('detected', {...project})
  const runner = createCommandRunner({secrets: input.secrets, parentEnv: process.env})
  const timeoutMs = budget.commandTimeoutMs(settings.commandTimeoutMinutes * 60_000)
  const baselineRuns = await runChecks({runner, root: git.root, project, timeoutMs})
  for (const r of baselineRuns)
    log.record('check', {
      step: 'baseline',
      command: r.command,
      exitCode: r.result.exitCode,
      failures: r.failures.length
    })
  const baseline = failuresOf(baselineRuns)
  if (baseline.length) {
    notes.push(
      `The checks already fail on the base commit (${baseline.length} failure(s)); fixes were verified to add no new failure.`
    )
  }
  const baseSha = (await git.head()) ?? 'HEAD'
  const base = github
    ? settings.baseBranch || (await defaultBranch(github.client, github.repo))
    : settings.baseBranch
  const repoFiles = mapFiles(input.tracked ?? [])
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`

  const results: HealResult[] = []
  let runStop: string | undefined
  let publishError: unknown
  let attempted = 0
  for (const c of cases) {
    if (attempted >= settings.maxFixes) {
      results.push(
        skip(c, 'skipped', `over max-fixes (${settings.maxFixes}): not attempted in this run`)
      )
      continue
    }
    if (runStop || publishError !== undefined) {
      results.push(
        skip(
          c,
          runStop ? 'budget-exceeded' : 'skipped',
          runStop ?? 'not attempted: publishing failed earlier in this run'
        )
      )
      continue
    }
    // A PR left open by a run whose state was lost: never a second one.
    if (github) {
      const open = await findOpenPullRequest(
        github.client,
        github.repo,
        healBranch(c.members[0]!.shortId),
        base
      ).catch(() => undefined)
      if (open) {
        results.push({
          ...skip(c, 'skipped', `PR #${open.number} is already open for it`),
          prUrl: open.url,
          prNumber: open.number
        })
        continue
      }
    }
    attempted += 1
    logger.info(
      `Healing ${c.members.map(m => m.shortId).join(', ')}: ${c.group.exceptionType}: ${c.group.message}`
    )
    const healed = await healGroup(
      {
        settings,
        project,
        runner,
        git,
        budget,
        log,
        model,
        secrets: input.secrets,
        repoFiles,
        baseline,
        baseSha
      },
      c
    )
    if (healed.runBudgetStop) runStop = healed.runBudgetStop
    if (healed.verdict !== 'fixed') {
      results.push(healed)
      continue
    }
    const title = healTitle(c)
    const body = healBody({
      case: c,
      testFile: healed.testFile ?? '',
      failingOutput: healed.failingOutput ?? '',
      fixFiles: healed.fixFiles ?? [],
      reproductionNote: healed.reproductionNote ?? '',
      fixNote: healed.fixNote ?? '',
      model: healed.model ?? settings.model,
      checks: checkNames(project),
      runUrl
    })
    if (settings.dryRun || !github) {
      results.push({
        ...healed,
        prAction: 'none',
        reason: `${healed.reason}; dry run: would push ${healed.branch} and open "${title}"`
      })
      continue
    }
    try {
      await pushWithLease(git, healed.branch, settings.githubToken, 'self-heal')
      const pr = await upsertPullRequest(
        github.client,
        github.repo,
        {head: healed.branch, base, title, body, draft: settings.draft, labels: settings.labels},
        logger
      )
      log.record('published', {
        group: c.group.id,
        action: pr.action,
        number: pr.number,
        url: pr.url
      })
      results.push({...healed, prUrl: pr.url, prNumber: pr.number, prAction: pr.action})
      state = upsertFixRecord(state, {
        group: c.group.id,
        lead: healed.lead,
        issueIds: c.members.map(m => m.id),
        shortIds: c.members.map(m => m.shortId),
        title,
        branch: healed.branch,
        prNumber: pr.number,
        prUrl: pr.url,
        status: 'open',
        testFile: healed.testFile,
        projectId: c.members[0]!.projectId || undefined,
        openedAt: new Date().toISOString()
      })
      if (pr.action === 'created' && settings.sentryNotes)
        await noteOnSentry(input, c, pr.url, pr.number)
    } catch (error) {
      // The verified work stays on the local branch; nothing else is published in this run.
      publishError = error
      results.push({
        ...healed,
        verdict: 'not-fixed',
        reason: `${healed.reason}, verified, but not published: ${errorMessage(error)}`
      })
    }
  }
  return {results, state, publishError}
}

async function noteOnSentry(
  input: HealAllInput,
  c: HealCase,
  url: string,
  number: number
): Promise<void> {
  for (const m of c.members) {
    try {
      await input.sentry.addNote(
        input.settings.sentryOrg,
        m.id,
        `ci-medic self-heal reproduced this error with a failing test and opened a verified fix: ${url} (PR #${number}). Once it is merged and deployed, a later run checks that the error stopped and resolves this issue.`
      )
    } catch (error) {
      input.notes.push(
        `No note was added to Sentry issue ${m.shortId} (${errorMessage(error)}); the token needs event:write for notes.`
      )
    }
  }
}

async function repositoryFiles(root: string): Promise<string[] | undefined> {
  const files = await listTrackedFiles(root)
  if (!files)
    logger.warning(
      'The workspace is not a git checkout, so frames are not mapped to repository files.'
    )
  return files
}
