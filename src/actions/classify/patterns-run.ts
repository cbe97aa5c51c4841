// classify with mode: patterns, the weekly learnings: read the ledger, find
// the failures seen more than min-occurrences times in the last period-days,
// write (or update) one doc per pattern under patterns-path, and with a
// token open or update one learnings PR and rewrite the one summary comment
// of the learnings issue. The outputs are set before anything is written to
// GitHub; a failed write is a warning naming what is missing. The learnings
// issue is pinned once. metrics.json and the run's report (patterns-report.json:
// the patterns output and what the run did) go up as the run's artifact.
//
// Loaded with a dynamic import only for mode: patterns, so a plain classify
// run does not pay for it.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {RunJournal} from '../../core/journal.js'
import type {ParsedLedger} from '../../core/ledger/ledger-line.js'
import {
  renderDashboard,
  renderWebhookText,
  type DashboardInput
} from '../../core/patterns/dashboard.js'
import type {PatternDoc} from '../../core/patterns/doc.js'
import {analyseWeek, type WeekResult} from '../../core/patterns/week.js'
import {withPushedMarker} from '../../core/fixing/index.js'
import {pinRefusal} from '../../edges/github/pin-issue.js'
import {reportDir, uploadFiles} from './artifact.js'
import {couldNot} from './could-not.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'
import {
  findLearnings,
  learningsBranchDocs,
  publishLearnings,
  type LearningsPr,
  type LearningsTarget
} from './learnings-pr.js'
import {ledgerSourceOf} from './ledger-source.js'
import {preferDocs, readWorkspaceDocs, writeDocs} from './pattern-docs.js'
import {postWebhook} from './webhook.js'

interface GitHubLearnings {
  gh: GitHubAccess
  target: LearningsTarget
}

export async function runPatterns(deps: ClassifyDeps): Promise<void> {
  const {io} = deps
  const journal = new RunJournal()
  const ledger = await io.group('Read the ledger', () => readLedger(deps, journal))
  const github = await io.group('Find the learnings PR and issue', () => findGitHub(deps, journal))
  const existing = await io.group('Read the pattern docs', () => readDocs(deps, github, journal))
  const week = await io.group('Find the patterns', async () => findWeek(deps, ledger, existing))
  const metricsPath = await io.group('Write the docs', () => writeWeek(deps, week))
  io.setOutputs({
    patterns: JSON.stringify(week.output),
    'metrics-path': metricsPath,
    'learnings-pr-url': github?.target.open?.url ?? ''
  })
  const pr = github
    ? await io.group('Learnings pull request', () => openPr(deps, github, week, journal))
    : undefined
  if (pr?.url) io.setOutputs({'learnings-pr-url': pr.url})
  const dashboard = renderDashboard(dashboardInput(deps, week, pr?.url))
  if (github) await io.group('Learnings issue', () => postComment(github, {dashboard, pr}, journal))
  if (deps.settings.webhookUrl)
    await io.group('Webhook', () => notify(deps, dashboardInput(deps, week, pr?.url)))
  const report = await io.group('Report', async () => {
    for (const line of journal.warnings()) io.logger.warning(line)
    await io.writeSummary(`${dashboard}\n${journalLines(journal)}`)
    return writeReport(deps, {week, prUrl: pr?.url, journal})
  })
  await uploadFiles(deps, [metricsPath, report])
}

/** patterns-report.json next to metrics.json: the outputs and the journal, for the artifact. */
async function writeReport(
  deps: ClassifyDeps,
  run: {week: WeekResult; prUrl: string | undefined; journal: RunJournal}
): Promise<string> {
  const path = join(reportDir(deps), 'patterns-report.json')
  const report = {
    mode: 'patterns',
    runId: deps.context.runId,
    periodDays: deps.settings.periodDays,
    minOccurrences: deps.settings.minOccurrences,
    patterns: run.week.output,
    learningsPrUrl: run.prUrl ?? '',
    journal: run.journal.entries
  }
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

async function readLedger(deps: ClassifyDeps, journal: RunJournal): Promise<ParsedLedger> {
  const source = await ledgerSourceOf(deps)
  const ledger = await source.read()
  const counted = `${ledger.verdicts.length} verdict(s) and ${ledger.outcomes.length} outcome(s)`
  journal.done('ledger-read', `Read ${counted} from ${source.name}.`)
  deps.io.logger.info(`Read ${counted} from ${source.name}.`)
  if (ledger.corrupt)
    deps.io.logger.warning(
      `${ledger.corrupt} line(s) of the ledger are not ledger records and were skipped.`
    )
  if (ledger.future.length)
    deps.io.logger.info(
      `${ledger.future.length} record(s) of a newer ledger format were left out (a newer ci-medic wrote them).`
    )
  return ledger
}

/** The learnings PR and issue, when a token is given; a failed lookup leaves the docs local. */
async function findGitHub(
  deps: ClassifyDeps,
  journal: RunJournal
): Promise<GitHubLearnings | undefined> {
  const gh = await deps.github()
  if (!gh) {
    journal.skipped('publish', "No 'github-token': the docs are written in the workspace only.")
    return undefined
  }
  try {
    return {gh, target: await findLearnings(deps, gh)}
  } catch (error) {
    couldNot(journal, 'publish', 'Find the learnings PR and issue', {
      error,
      permission: 'pull-requests: read, issues: read'
    })
    return undefined
  }
}

async function readDocs(
  deps: ClassifyDeps,
  github: GitHubLearnings | undefined,
  journal: RunJournal
): Promise<PatternDoc[]> {
  const {context, settings, io} = deps
  const local = await readWorkspaceDocs(context.workspace, settings.patternsPath)
  let branch: PatternDoc[] = []
  if (github) {
    try {
      branch = await learningsBranchDocs(deps, github.gh, github.target)
    } catch (error) {
      couldNot(journal, 'publish', 'Read the docs of the open learnings PR', {
        error,
        permission: 'contents: read'
      })
    }
  }
  io.logger.info(
    `${local.length} doc(s) in ${settings.patternsPath}, ${branch.length} in the open learnings PR.`
  )
  return preferDocs(branch, local)
}

function findWeek(deps: ClassifyDeps, ledger: ParsedLedger, existing: PatternDoc[]): WeekResult {
  const {settings, context, io} = deps
  const week = analyseWeek({
    ledger,
    existing,
    now: new Date(),
    periodDays: settings.periodDays,
    minOccurrences: settings.minOccurrences,
    patternsPath: settings.patternsPath,
    context: {serverUrl: context.serverUrl, repository: `${context.owner}/${context.repo}`}
  })
  const failures = week.metrics.period.failures
  io.logger.info(
    failures === 0
      ? `No failure in the last ${settings.periodDays} days: nothing to learn from this period.`
      : `${failures} failure(s) in the last ${settings.periodDays} days; ${week.docs.length} pattern(s) seen more than ${settings.minOccurrences} times.`
  )
  return week
}

/** The docs into the workspace, metrics.json into RUNNER_TEMP; returns the metrics' path. */
async function writeWeek(deps: ClassifyDeps, week: WeekResult): Promise<string> {
  const {context, io} = deps
  await writeDocs(context.workspace, week.docs)
  for (const doc of week.docs)
    io.logger.info(`${doc.updated ? 'Updated' : 'Wrote'} ${doc.path} (seen ${doc.pattern.count}×).`)
  const dir = reportDir(deps)
  await mkdir(dir, {recursive: true})
  const path = join(dir, 'metrics.json')
  await writeFile(path, `${JSON.stringify(week.metrics, null, 2)}\n`)
  return path
}

async function openPr(
  deps: ClassifyDeps,
  {gh, target}: GitHubLearnings,
  week: WeekResult,
  journal: RunJournal
): Promise<LearningsPr | undefined> {
  if (!week.docs.length) {
    journal.skipped('publish', 'No pattern this period: the learnings PR is left as it is.')
    return undefined
  }
  try {
    const body = renderDashboard(dashboardInput(deps, week, undefined))
    const pr = await publishLearnings(deps, gh, target, {week, body})
    if (pr.action === 'created') journal.done('pr-opened', `Opened the learnings PR: ${pr.url}`)
    else if (pr.action === 'none')
      journal.skipped('publish', 'The docs are what the default branch holds: nothing to propose.')
    else journal.done('pr-updated', `Updated the learnings PR: ${pr.url}`)
    return pr
  } catch (error) {
    couldNot(journal, 'publish', 'Open the learnings PR', {
      error,
      permission: 'contents: write, pull-requests: write'
    })
    return undefined
  }
}

async function postComment(
  {target}: GitHubLearnings,
  {dashboard, pr}: {dashboard: string; pr: LearningsPr | undefined},
  journal: RunJournal
): Promise<void> {
  // The lease of the next push: kept here too, since a merged PR's body is no longer looked up.
  const pushed = pr?.sha || target.lastPushed
  const body = pushed ? withPushedMarker(dashboard, pushed) : dashboard
  try {
    const comment = await target.issue.writeComment(body)
    journal.done(
      'report-commented',
      `${comment.action === 'created' ? 'Posted' : 'Updated'} the learnings comment: ${comment.url}`
    )
  } catch (error) {
    couldNot(journal, 'report-commented', 'Post the learnings comment', {
      error,
      permission: 'issues: write'
    })
    return
  }
  await pinOnce(target, journal)
}

/** The learnings issue pinned once; a refusal is one warning, and the run goes on. */
async function pinOnce(target: LearningsTarget, journal: RunJournal): Promise<void> {
  try {
    const pinned = await target.issue.pin()
    if (pinned.outcome === 'pinned')
      journal.done('report-commented', `Pinned the learnings issue #${pinned.number}.`)
    else if (pinned.outcome === 'already-pinned')
      journal.fact('report-commented', `The learnings issue #${pinned.number} is pinned already.`)
  } catch (error) {
    const at = target.issue.location()
    journal.couldNot('report-commented', pinRefusal(error, at))
  }
}

async function notify(deps: ClassifyDeps, input: DashboardInput): Promise<void> {
  const {context, settings, io} = deps
  const text = renderWebhookText({
    ...input,
    repository: `${context.owner}/${context.repo}`,
    link: input.prUrl ?? ''
  })
  const failure = await postWebhook(settings.webhookUrl, text)
  if (failure) io.logger.warning(`The weekly summary was not posted to webhook-url: ${failure}.`)
  else io.logger.info('Posted the weekly summary to webhook-url.')
}

function dashboardInput(
  deps: ClassifyDeps,
  week: WeekResult,
  prUrl: string | undefined
): DashboardInput {
  return {
    metrics: week.metrics,
    minOccurrences: deps.settings.minOccurrences,
    ...(prUrl ? {prUrl} : {}),
    patterns: week.docs.map(d => ({
      key: d.pattern.key,
      category: d.pattern.category,
      count: d.pattern.count,
      lastSeen: d.pattern.lastSeen,
      title: d.pattern.title,
      doc: d.path
    }))
  }
}

function journalLines(journal: RunJournal): string {
  const lines = journal.entries.map(e => `- ${e.kind}: ${e.text.replace(/\s+/g, ' ')}`)
  return lines.length ? `\n### What this run did\n\n${lines.join('\n')}\n` : ''
}
