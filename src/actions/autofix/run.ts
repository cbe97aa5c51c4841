// autofix: run the checks, fix failures one by one (deterministic fixers,
// then the model), keep only verified fixes, and end with one honest PR and
// a report. Outputs are set on every exit path.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import * as core from '@actions/core'
import {
  computeOutcome,
  outcomeOutputs,
  renderReportTable,
  type RunOutcome
} from '../../core/autofix/index.js'
import {
  BudgetTracker,
  budgetLimitsOf,
  type DetectedProject,
  type UsageTotals
} from '../../core/fixing/index.js'
import {BUDGET_MARKER} from '../../core/classify/index.js'
import {flakyFingerprints} from '../../core/ledger/ledger-record.js'
import {cell} from '../../core/report/markdown.js'
import {resolveBotLogin} from '../../edges/github/bot-identity.js'
import {createGitHubClient} from '../../edges/github/client.js'
import {issueLedger} from '../../edges/github/issue-ledger.js'
import {getWorkflowRun} from '../../edges/github/workflow-runs.js'
import {createModelClient} from '../../edges/model/anthropic-client.js'
import {createGitWorkspace} from '../../edges/workspace/index.js'
import {errorMessage} from '../../errors.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {setOutputs} from '../../runtime/outputs.js'
import {loggerFrom} from '../../runtime/actions-logger.js'
import {readAutofixSettings, type AutofixSettings} from '../../settings/autofix-settings.js'
import type {InputSource} from '../../settings/input-source.js'
import {createDecisionLog} from '../../engine/decision-log.js'
import {
  defaultBranch,
  detectChecks,
  listRepoFiles,
  requireCleanCheckout
} from '../../engine/workspace-checks.js'
import {sandboxedRunner, sandboxLogLine} from '../sandboxed-runner.js'
import {fixLoop, type FixLoopResult} from './fix-loop.js'
import {branchName, publish, type Publication} from './publish.js'

export {AUTOFIX_FAILURE_OUTPUTS} from '../failure-outputs.js'

const logger = loggerFrom(core)

export async function autofix(inputs: InputSource): Promise<void> {
  const context = runnerContext()
  const settings = readAutofixSettings(inputs, maskSecret)
  const startedAt = Date.now()
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const log = createDecisionLog(join(reportDir, 'autofix-decisions.jsonl'))
  const secrets = [settings.githubToken, settings.anthropicApiKey].filter(Boolean)
  const repo = {owner: context.owner, repo: context.repo}

  // Preconditions: a clean git checkout, and the sandbox the repository's commands run in
  const git = createGitWorkspace(context.workspace, {secrets})
  await requireCleanCheckout(git, 'autofix')
  const {runner, sandbox} = await sandboxedRunner({
    settings,
    workspace: context.workspace,
    secrets,
    parentEnv: process.env
  })
  const sandboxLine = sandboxLogLine(sandbox)
  if (sandboxLine.warning) logger.warning(sandboxLine.text)
  else logger.info(sandboxLine.text)

  // The project and its checks
  const project = await detectChecks(context.workspace, settings, reportDir)
  log.record('detected', {...project})
  logger.info(
    `Checks: ${[project.testCommand, project.lintCommand, project.typecheckCommand].filter(Boolean).join(' | ')}`
  )

  // The ledger's known flakes (read-only; skipped in a dry run or without the API)
  const client = settings.githubToken
    ? createGitHubClient({token: settings.githubToken, apiUrl: context.apiUrl, logger})
    : undefined
  const notes: string[] = []
  /** Context for the report (not warnings). */
  const facts: string[] = []
  let knownFlakes = new Set<string>()
  if (settings.dryRun || !client) {
    notes.push('The ledger was not read (dry run or no token): known flakes are not skipped.')
  } else {
    try {
      const ledger = issueLedger(
        client,
        repo,
        settings.ledgerIssueTitle,
        await resolveBotLogin(client)
      )
      knownFlakes = flakyFingerprints(await ledger.read())
    } catch (error) {
      notes.push(
        `The ledger could not be read (${errorMessage(error)}): known flakes are not skipped.`
      )
    }
  }

  // The failed run classify dispatched us for: named in the report, so a reviewer can compare.
  if (settings.runId && client) {
    try {
      const run = await getWorkflowRun(client, repo, settings.runId)
      const head = await git.head()
      facts.push(
        `Dispatched for the failed run [${run.name} #${run.id}](${run.htmlUrl})${settings.fingerprint ? ` (failure fingerprint \`${settings.fingerprint}\`)` : ''}${
          head && run.headSha && head !== run.headSha
            ? `; that run tested ${run.headSha.slice(0, 7)}, this checkout is ${head.slice(0, 7)}`
            : ''
        }.`
      )
    } catch (error) {
      notes.push(`The failed run ${settings.runId} could not be read (${errorMessage(error)}).`)
    }
  } else if (settings.runId) {
    facts.push(`Dispatched for the failed run ${settings.runId}.`)
  }

  const budget = new BudgetTracker(budgetLimitsOf(settings), {now: () => Date.now()})
  const model = settings.anthropicApiKey
    ? createModelClient({
        apiKey: settings.anthropicApiKey,
        baseUrl: settings.anthropicBaseUrl,
        maxRetries: 3
      })
    : undefined
  if (!model)
    notes.push(
      'No anthropic-api-key: only the deterministic fixers ran; the model tiers are not-evaluated.'
    )

  const loop = await fixLoop({
    settings,
    project,
    runner,
    git,
    budget,
    log,
    model,
    knownFlakes,
    secrets,
    repoFiles: await listRepoFiles(context.workspace)
  })
  const outcome = computeOutcome({results: loop.results, budgetStop: loop.budgetStop})
  const totals = budget.totals()

  // Publish
  let publication: Publication = {branch: '', prUrl: '', prNumber: 0, action: 'none'}
  let publishError: unknown
  const branch = branchName(settings, new Date(startedAt))
  if (settings.dryRun) {
    notes.push(
      loop.fixes.length
        ? `Dry run: would push ${loop.fixes.length} verified commit(s) to ${branch} and open a PR.`
        : 'Dry run: nothing to push.'
    )
  }
  const body = renderBody(outcome, loop, totals, facts, notes, settings, project)
  if (settings.dryRun) {
    // nothing leaves the runner
  } else if (client && (loop.fixes.length > 0 || settings.fingerprint)) {
    const base = settings.baseBranch || (await defaultBranch(client, repo))
    try {
      publication = await publish({
        client,
        repo,
        git,
        settings,
        branch,
        base,
        title: `fix: ${outcome.fixedCount} failing check${outcome.fixedCount === 1 ? '' : 's'} (ci-medic autofix)`,
        body,
        hasFixes: loop.fixes.length > 0,
        logger,
        log
      })
    } catch (error) {
      // The verified work and the report are kept; the step still fails, with the reason.
      publishError = error
      notes.push(`Nothing was published: ${errorMessage(error)}`)
    }
  }

  // Report
  const reportPath = join(reportDir, 'autofix-report.json')
  await writeFile(
    reportPath,
    JSON.stringify(
      {
        version: 1,
        outcome,
        results: loop.results,
        fixes: loop.fixes,
        totals,
        project,
        publication,
        notes
      },
      null,
      2
    )
  )
  const outputs = {
    ...outcomeOutputs(outcome),
    'pr-url': publication.prUrl,
    'pr-number': publication.prNumber ? String(publication.prNumber) : '',
    branch: publication.branch,
    'input-tokens': String(totals.inputTokens),
    'output-tokens': String(totals.outputTokens),
    'cache-read-tokens': String(totals.cacheReadTokens),
    'cost-usd': totals.costUsd.toFixed(4),
    'report-path': reportPath
  }
  setOutputs(core, outputs)
  for (const note of notes) logger.warning(note)
  if (log.lost)
    logger.warning(`${log.lost} decision log entries could not be written to ${log.path}.`)
  const seconds = Math.round((Date.now() - startedAt) / 1000)
  await core.summary
    .addRaw(
      `## ci-medic autofix: ${outcome.outcome}\n\n${outcome.summary.replace(/\.$/, '')}, in ${seconds}s.${
        publication.prUrl ? ` PR: ${publication.prUrl} (${publication.action}).` : ''
      }\n\n${renderBody(outcome, loop, totals, facts, notes, settings, project)}\n`
    )
    .write()
  logger.info(outcome.summary)
  if (outcome.outcome === 'budget-exceeded') {
    // The marker classify recognises, so a later classification of this run says budget_exceeded.
    logger.warning(`${BUDGET_MARKER}: ${loop.budgetStop ?? 'a per-failure budget ran out'}`)
  }
  if (publishError !== undefined) throw publishError
}

function renderBody(
  outcome: RunOutcome,
  loop: FixLoopResult,
  totals: UsageTotals,
  facts: string[],
  notes: string[],
  settings: AutofixSettings,
  project: DetectedProject
): string {
  const checks = loop.baseline
    .map(
      r =>
        `\`${cell(r.command, 120)}\`: ${r.failures.length ? `${r.failures.length} failure(s)` : 'passed'}`
    )
    .join(', ')
  return [
    ...facts.map(f => `${f}\n`),
    `**${outcome.summary.replace(/\.$/, '')}.** Every fix below was verified by ci-medic in code: the affected test, then the full checks (${checks || 'none'}). Changes that broke anything, touched protected paths or weakened tests were reverted.`,
    '',
    renderReportTable(loop.results),
    '',
    `**Model use**: ${totals.inputTokens} input tokens (${totals.cacheReadTokens} from cache), ${totals.outputTokens} output tokens, $${totals.costUsd.toFixed(4)} (model ${cell(settings.model)}, escalation ${cell(settings.escalationModel)}).`,
    `**Project**: ${cell(project.reasons.join('; '), 600)}`,
    ...(notes.length ? ['', ...notes.map(n => `- ${cell(n, 400)}`)] : []),
    '',
    '_Checks on a pull request opened with the workflow token may wait for a maintainer to approve them before they run._'
  ].join('\n')
}
