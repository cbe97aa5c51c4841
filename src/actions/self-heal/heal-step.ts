// The heal step: the checks run once on the base commit, then group by group
// (highest score first, at most max-fixes attempted): skip a group whose PR
// is already open, reproduce and fix it (healGroup), and publish it. A run
// budget stop or a publishing failure leaves the remaining groups for later.
import type Anthropic from '@anthropic-ai/sdk'
import {
  dailyCapReason,
  groupResult,
  healBranch,
  type HealCase,
  type HealResult,
  type TriageCandidate,
  type TriageResult
} from '../../core/self-heal/index.js'
import {modelWithheld} from '../../core/fixing/index.js'
import {findOpenPullRequest} from '../../edges/github/pull-requests.js'
import {isCancelledError, throwIfCancelled} from '../../errors.js'
import {failuresOf, runChecks} from '../../engine/checks.js'
import {defaultBranch, detectChecks, mapFiles} from '../../engine/workspace-checks.js'
import type {SelfHealDeps} from './deps.js'
import {readTheLearnings} from '../learnings.js'
import {checkNames, healGroup, type HealDeps} from './heal-loop.js'
import {failedTwiceBefore} from './ledger-step.js'
import {proposeFix} from './propose.js'
import {publishFix, type Verified} from './publish.js'
import {noteCancelled, proposes, type SelfHealRun} from './run-state.js'

/** What every group's heal shares: the heal loop's deps and the branch PRs target. */
export interface Healing {
  heal: HealDeps
  base: string
  attempted: number
  /** Set when the run's budget ran out: the remaining groups are not attempted. */
  runStop?: string
}

/** The groups to fix, each with its members (best first) and the lead's latest event. */
export function casesToHeal(
  result: TriageResult,
  candidates: readonly TriageCandidate[]
): HealCase[] {
  const byId = new Map(result.issues.map(i => [i.id, i]))
  const events = new Map(candidates.map(c => [c.issue.id, c.event]))
  return result.groups
    .filter(g => g.decision === 'fix')
    .map(group => {
      const members = group.issueIds
        .flatMap(id => byId.get(id) ?? [])
        .filter(m => m.decision === 'fix')
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      return {group, members, event: events.get(members[0]!.id)}
    })
}

export async function healAll(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const cases = casesToHeal(run.triage, run.candidates)
  if (cases.length === 0) return
  if (!deps.model) {
    run.journal.skipped(
      'model',
      'No anthropic-api-key: nothing was reproduced or fixed (self-heal has no deterministic fixers).'
    )
    run.results.push(...cases.map(c => groupResult(c, 'not-evaluated', 'no anthropic-api-key')))
    return
  }
  // publish: same-job holds the write token here: without a sandbox the model's code is not run, unless sandbox: off.
  const withheld = modelWithheld({
    sandboxSetting: deps.settings.sandbox,
    sandboxMode: deps.sandbox.mode,
    publish: deps.settings.publish
  })
  if (withheld) {
    run.journal.skipped('model', `Nothing was reproduced or fixed: ${withheld}.`)
    deps.io.logger.warning(`The model did not run: ${withheld}.`)
    run.results.push(...cases.map(c => groupResult(c, 'not-evaluated', withheld)))
    return
  }
  // Over the daily cap already: no group is attempted, so the checks need not run either.
  const overCap = overDailyCap(deps, run)
  if (overCap) {
    run.results.push(...cases.map(c => groupResult(c, 'skipped', overCap)))
    return
  }
  try {
    await healCases(deps, run, cases, deps.model)
  } catch (error) {
    if (!isCancelledError(error)) throw error
    // The group being healed was restored to its start (healGroup); the rest are not attempted.
    noteCancelled(deps, run)
    const done = new Set(run.results.map(r => r.group))
    for (const c of cases)
      if (!done.has(c.group.id))
        run.results.push(
          groupResult(c, 'not-evaluated', `the run was ${run.cancelled} before it was healed`)
        )
  }
}

/** Rejects with a CancelledError when the run is cancelled (the workspace restored first). */
async function healCases(
  deps: SelfHealDeps,
  run: SelfHealRun,
  cases: readonly HealCase[],
  model: () => Anthropic
): Promise<void> {
  const healing = await deps.io.group('Run the checks on the base commit', () =>
    prepare(deps, run, model())
  )
  for (const c of cases) {
    throwIfCancelled(deps.cancel)
    const skip = notNow(deps, run, healing, c)
    if (skip) {
      run.results.push(groupResult(c, skip.verdict, skip.reason))
      continue
    }
    const shortIds = c.members.map(m => m.shortId).join(', ')
    await deps.io.group(`Heal ${shortIds}`, () => healCase(deps, run, healing, c))
  }
}

/** Why a group is not attempted in this run, if it is not. */
function notNow(
  deps: SelfHealDeps,
  run: SelfHealRun,
  healing: Healing,
  c: HealCase
): {verdict: HealResult['verdict']; reason: string} | undefined {
  const {maxFixes} = deps.settings
  const failedTwice = failedTwiceBefore(run, c.group.id)
  if (failedTwice) return {verdict: 'skipped', reason: failedTwice}
  if (healing.attempted >= maxFixes)
    return {verdict: 'skipped', reason: `over max-fixes (${maxFixes}): not attempted in this run`}
  if (healing.runStop) return {verdict: 'budget-exceeded', reason: healing.runStop}
  if (run.publishError !== undefined)
    return {verdict: 'skipped', reason: 'not attempted: publishing failed earlier in this run'}
  const overCap = overDailyCap(deps, run)
  if (overCap) return {verdict: 'skipped', reason: overCap}
  return undefined
}

/**
 * Why no further PR may be opened today, if so: the PRs of the last 24 hours
 * (counted before the run) and those this run opened (or, in a dry run,
 * would have opened) reach max-prs-per-day.
 */
export function overDailyCap(deps: SelfHealDeps, run: SelfHealRun): string | undefined {
  const thisRun = run.results.filter(r => r.verdict === 'fixed' && r.prAction !== 'updated').length
  const reason = dailyCapReason(run.prsToday, thisRun, deps.settings.maxPrsPerDay)
  if (!reason || reason.startsWith('not attempted')) return reason
  if (!run.journal.entries.some(e => e.code === 'daily-cap'))
    run.journal.skipped('daily-cap', `Groups over the daily cap were not attempted: ${reason}.`)
  return reason
}

/** The checks on the base commit (what already fails is not ours to fix, nor to make worse). */
async function prepare(deps: SelfHealDeps, run: SelfHealRun, model: Anthropic): Promise<Healing> {
  const {settings, git, github, log, runner} = deps
  const project = await detectChecks(deps.context.workspace, settings, deps.reportDir)
  log.record('detected', {...project})
  const timeoutMs = deps.budget.commandTimeoutMs(settings.commandTimeoutMinutes * 60_000)
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
    run.journal.couldNot(
      'checks-run',
      `The checks already fail on the base commit (${baseline.length} failure(s)); fixes were verified to add no new failure.`
    )
  } else run.journal.done('checks-run', 'The checks pass on the base commit.')
  const baseSha = (await git.head()) ?? 'HEAD'
  const base = github
    ? settings.baseBranch || (await defaultBranch(github.client, github.repo))
    : settings.baseBranch
  const heal: HealDeps = {
    settings,
    project,
    runner,
    git,
    budget: deps.budget,
    log,
    model,
    secrets: deps.secrets,
    cancel: deps.cancel,
    repoFiles: mapFiles(run.tracked ?? []),
    baseline,
    baseSha,
    learnings: await readTheLearnings(git.root, settings.learningsPath, deps.io.logger)
  }
  return {heal, base, attempted: 0}
}

async function healCase(
  deps: SelfHealDeps,
  run: SelfHealRun,
  healing: Healing,
  c: HealCase
): Promise<void> {
  // A PR left open by a run whose state was lost: never a second one.
  const open = deps.github
    ? await findOpenPullRequest(
        deps.github.client,
        deps.github.repo,
        healBranch(c.members[0]!.shortId),
        healing.base
      ).catch(() => undefined)
    : undefined
  if (open) {
    const reason = `PR #${open.number} is already open for it`
    run.results.push({...groupResult(c, 'skipped', reason), prUrl: open.url, prNumber: open.number})
    return
  }
  healing.attempted += 1
  deps.io.logger.info(
    `Healing ${c.members.map(m => m.shortId).join(', ')}: ${c.group.exceptionType}: ${c.group.message}`
  )
  const healed = await healGroup(healing.heal, c)
  if (healed.runBudgetStop) healing.runStop = healed.runBudgetStop
  if (healed.verdict !== 'fixed') {
    run.results.push(healed)
    return
  }
  run.journal.done('fixes-verified', `Reproduced and fixed ${healed.shortIds.join(', ')}.`)
  const verified: Verified = {
    case: c,
    healed,
    base: healing.base,
    checks: checkNames(healing.heal.project)
  }
  run.results.push(
    proposes(deps, run)
      ? proposeFix(deps, run, verified, healing.heal.baseSha)
      : await publishFix(deps, run, verified)
  )
}
