// classify: read the failed run's logs (or local files), find the failures,
// decide the root cause and the next action, and act on it. Outputs are set
// before anything is written to GitHub, and a failed write is a warning that
// names what is missing, never a lost classification.
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {
  classifyFailures,
  looksLikeReport,
  needsSecondOpinion,
  parseReport,
  scanLog
} from '../../core/classify/index.js'
import type {Classification, ScanResult} from '../../core/classify/types.js'
import {decideNextAction, type Decision} from '../../core/decide/next-action.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import {
  oneLineSummary,
  renderClassifySummary,
  type ClassifyOutcome
} from '../../core/report/classify-summary.js'
import type {GitHubClient} from '../../edges/github/client.js'
import {statusOf} from '../../edges/github/http-status.js'
import type {LedgerStore} from '../../edges/github/issue-ledger.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {resolveLogFiles} from '../../edges/logs/local-logs.js'
import {errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {setOutputs as setStepOutputs} from '../../runtime/outputs.js'
import {scanFile} from '../../edges/logs/scan-file.js'
import {loggerFrom} from '../../runtime/actions-logger.js'
import {readClassifySettings, type ClassifySettings} from '../../settings/classify-settings.js'
import type {InputSource} from '../../settings/input-source.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'

type GitHubSide = typeof import('./github-side.js')
type Core = typeof import('@actions/core')

/** What a later step reads when classify fails before it could decide anything. */
export const CLASSIFY_FAILURE_OUTPUTS = {
  category: 'unknown',
  confidence: '0',
  fingerprint: '',
  'next-action': 'none',
  failures: '[]',
  summary: '',
  'report-path': ''
}

const MAX_ANNOTATIONS = 10
/** Structured reports are parsed whole; larger files are scanned as logs. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

interface Sources {
  scans: ScanResult[]
  names: string[]
  run?: WorkflowRunInfo
}

export async function classify(inputs: InputSource): Promise<void> {
  const context = runnerContext()
  const settings = readClassifySettings(inputs, context, maskSecret)
  const repo = {owner: context.owner, repo: context.repo}
  // A local log is read before @actions/core (and its HTTP stack) is loaded,
  // which keeps a 1 GB scan within 100 MB of memory; see action-inputs.ts.
  const local = settings.logPath
    ? await readLocalLogs(settings, context, repositoryRoots(context))
    : undefined
  const core: Core = await import('@actions/core')
  const logger = loggerFrom(core)
  const setOutputs = (values: Record<string, string>): void => setStepOutputs(core, values)

  // The API side is loaded only when there is a token to use it with.
  const gh: GitHubSide | undefined = settings.githubToken
    ? await import('./github-side.js')
    : undefined
  const client = gh?.createGitHubClient({
    token: settings.githubToken,
    apiUrl: context.apiUrl,
    logger
  })
  const done: string[] = []
  const notDone: string[] = []
  const roots = repositoryRoots(context)

  // 1. Read
  const sources: Sources = local
    ? local
    : await readRunLogs(gh as GitHubSide, client as GitHubClient, repo, settings, roots, logger)

  if (sources.run && sources.run.conclusion === 'success') {
    await recordRerunOutcome(
      core,
      gh as GitHubSide,
      client as GitHubClient,
      repo,
      settings,
      context,
      sources.run,
      logger
    )
    return
  }

  // 2. Classify
  let classification = classifyFailures(sources.scans)

  // 3. The ledger (for flakes), read before deciding; unreadable is a warning
  let ledger: LedgerRecord[] = []
  const botLogin = gh && client ? await gh.resolveBotLogin(client) : ''
  let store = await openLedger(gh, settings, client, repo, context, botLogin, notDone)
  if (store) {
    try {
      ledger = await store.read()
    } catch (error) {
      notDone.push(
        `Read the ledger: ${permissionHint(error, settings.ledger === 'issue' ? 'issues: read' : 'actions: read')}`
      )
      if (settings.ledger === 'issue') store = undefined
    }
  }

  // 4. A second opinion when the rules are unsure
  let secondOpinion: ClassifyOutcome['secondOpinion']
  const logTail = sources.scans
    .map(scan => scan.tail ?? '')
    .filter(Boolean)
    .join('\n---\n')
  const somethingToShow = classification.failures.length > 0 || logTail.trim() !== ''
  if (settings.anthropicApiKey && needsSecondOpinion(classification) && somethingToShow) {
    const {askSecondOpinion} = await import('../../edges/model/second-opinion.js')
    const opinion = await askSecondOpinion(classification, logTail, settings, logger)
    classification = opinion.classification
    secondOpinion = opinion.report
  }

  // 5. Decide
  const run = sources.run
  const decision = decideNextAction(
    classification,
    {
      runAttempt: run?.runAttempt ?? context.runAttempt,
      workflowPath: run?.path ?? '',
      headBranch: run?.headBranch ?? context.ref.replace(/^refs\/heads\//, ''),
      sha: run?.headSha ?? context.sha
    },
    settings,
    ledger
  )

  // 6. Outputs first
  const outcome: ClassifyOutcome = {
    classification,
    decision,
    sources: sources.names,
    run: run && runFacts(run),
    done,
    notDone,
    secondOpinion
  }
  const reportPath = await writeReport(context, outcome)
  setOutputs({
    category: classification.category,
    confidence: classification.confidence.toFixed(2),
    fingerprint: classification.fingerprint,
    'next-action': decision.action,
    failures: JSON.stringify(classification.failures),
    summary: oneLineSummary(outcome),
    'report-path': reportPath
  })
  logger.info(oneLineSummary(outcome))

  // 7. Act
  if (decision.act && !settings.logPath && gh && client && run) {
    await act(gh, client, repo, settings, run, classification, decision, botLogin, done, notDone)
  } else if (
    decision.act &&
    decision.action === 'alert' &&
    gh &&
    client &&
    settings.ledger !== 'none'
  ) {
    await alert(gh, client, repo, botLogin, classification, decision, undefined, done, notDone)
  }

  // 8. The ledger
  if (store) {
    try {
      const {location} = await store.append(
        ledgerRecordOf(classification, decision, run, sources.names, done, context)
      )
      done.push(
        settings.ledger === 'artifact'
          ? `Ledger written to ${location}: upload it with actions/upload-artifact as 'ci-medic-ledger'.`
          : `Ledger updated: ${location}`
      )
    } catch (error) {
      notDone.push(`Write the ledger: ${permissionHint(error, 'issues: write')}`)
    }
  }

  // 9. Report
  for (const line of notDone) logger.warning(line)
  annotate(core, classification)
  await writeReport(context, outcome)
  await core.summary.addRaw(renderClassifySummary(outcome)).write()
}

async function readLocalLogs(
  settings: ClassifySettings,
  context: WorkflowContext,
  roots: string[]
): Promise<Sources> {
  const files = await resolveLogFiles(settings.logPath, context.workspace)
  const scans: ScanResult[] = []
  for (const file of files) {
    if (file.size <= MAX_REPORT_BYTES) {
      const head = await readHead(file.path)
      if (looksLikeReport(head, file.name)) {
        scans.push(
          parseReport(await readFile(file.path), file.name, {workspace: context.workspace, roots})
        )
        continue
      }
    }
    scans.push(await scanFile(file.path, {workspace: context.workspace, roots, source: file.name}))
  }
  return {scans, names: files.map(f => f.name)}
}

async function readHead(path: string): Promise<string> {
  const {open} = await import('node:fs/promises')
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(4096)
    const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

async function readRunLogs(
  gh: GitHubSide,
  client: GitHubClient,
  repo: {owner: string; repo: string},
  settings: ClassifySettings,
  roots: string[],
  logger: Logger
): Promise<Sources> {
  const run = await gh.getWorkflowRun(client, repo, settings.runId)
  if (run.conclusion === 'success') return {scans: [], names: [], run}
  const jobs = await gh.listFailedJobs(client, repo, run.id)
  if (jobs.length === 0)
    logger.warning(
      `Run ${run.id} has no failed jobs to read (its conclusion is '${run.conclusion || run.status}').`
    )
  const scans: ScanResult[] = []
  for (const job of jobs) {
    const stream = await gh.streamJobLog(client, repo, job.id)
    scans.push(await scanLog(stream, {roots, source: job.name}))
  }
  return {scans, names: jobs.map(j => j.name), run}
}

/** A run that passed on a later attempt: its earlier failure was flaky, and the ledger says so. */
async function recordRerunOutcome(
  core: Core,
  gh: GitHubSide,
  client: GitHubClient,
  repo: {owner: string; repo: string},
  settings: ClassifySettings,
  context: WorkflowContext,
  run: WorkflowRunInfo,
  logger: Logger
): Promise<void> {
  const message = `Run ${run.id} passed on attempt ${run.runAttempt}: nothing to classify.`
  const store = await openLedger(
    gh,
    settings,
    client,
    repo,
    context,
    await gh.resolveBotLogin(client),
    []
  )
  if (run.runAttempt < 2 || !store) {
    setStepOutputs(core, {summary: message})
    logger.info(message)
    await core.summary.addHeading('ci-medic classify', 2).addRaw(message, true).write()
    return
  }
  let note = message
  try {
    const earlier = (await store.read())
      .filter(r => r.runId === run.id)
      .sort((a, b) => b.runAttempt - a.runAttempt)[0]
    if (earlier) {
      await store.append({
        ...earlier,
        time: new Date().toISOString(),
        runAttempt: run.runAttempt,
        actions: [],
        outcome: 'rerun-passed'
      })
      note = `${message} The failure \`${earlier.fingerprint}\` (${earlier.category}) of attempt ${earlier.runAttempt} went away on the rerun: the ledger now marks it flaky on this commit.`
    }
  } catch (error) {
    logger.warning(
      `Could not record the rerun's outcome in the ledger: ${permissionHint(error, 'issues: write')}`
    )
  }
  setStepOutputs(core, {summary: note})
  logger.info(note)
  await core.summary.addHeading('ci-medic classify', 2).addRaw(note, true).write()
}

/** The ledger the settings ask for, or undefined (with the reason in notDone). */
async function openLedger(
  gh: GitHubSide | undefined,
  settings: ClassifySettings,
  client: GitHubClient | undefined,
  repo: {owner: string; repo: string},
  context: WorkflowContext,
  botLogin: string,
  notDone: string[]
): Promise<LedgerStore | undefined> {
  if (settings.ledger === 'artifact') {
    const {artifactLedger, LEDGER_FILE} = gh ?? (await import('./github-side.js'))
    return artifactLedger(client, repo, join(context.tempDir, 'ci-medic', 'ledger', LEDGER_FILE))
  }
  if (settings.ledger === 'issue') {
    if (gh && client) return gh.issueLedger(client, repo, settings.ledgerIssueTitle, botLogin)
    notDone.push("Keep the ledger: no 'github-token' was given.")
  }
  return undefined
}

async function act(
  gh: GitHubSide,
  client: GitHubClient,
  repo: {owner: string; repo: string},
  settings: ClassifySettings,
  run: WorkflowRunInfo,
  classification: Classification,
  decision: Decision,
  botLogin: string,
  done: string[],
  notDone: string[]
): Promise<void> {
  if (decision.action === 'rerun') {
    try {
      await gh.rerunFailedJobs(client, repo, run.id)
      done.push(`Rerun of the failed jobs of run ${run.id} requested.`)
    } catch (error) {
      notDone.push(`Rerun the failed jobs: ${permissionHint(error, 'actions: write')}`)
    }
  } else if (decision.action === 'autofix') {
    try {
      const {data} = await client.rest.repos.get(repo)
      const dispatched = await gh.dispatchWorkflow(
        client,
        repo,
        settings.dispatchAutofix,
        data.default_branch,
        {
          'run-id': String(run.id),
          fingerprint: classification.fingerprint
        }
      )
      done.push(
        `Dispatched ${settings.dispatchAutofix} on ${data.default_branch}${dispatched.htmlUrl ? `: ${dispatched.htmlUrl}` : ''}.`
      )
    } catch (error) {
      notDone.push(
        `Dispatch ${settings.dispatchAutofix}: ${permissionHint(error, 'actions: write')}`
      )
    }
  } else if (decision.action === 'alert') {
    await alert(gh, client, repo, botLogin, classification, decision, run, done, notDone)
  }
}

async function alert(
  gh: GitHubSide,
  client: GitHubClient,
  repo: {owner: string; repo: string},
  botLogin: string,
  classification: Classification,
  decision: Decision,
  run: WorkflowRunInfo | undefined,
  done: string[],
  notDone: string[]
): Promise<void> {
  const where = run ? `${run.name} #${run.id}` : 'a local log'
  const outcome: ClassifyOutcome = {
    classification,
    decision,
    sources: [],
    run: run && runFacts(run),
    done: [],
    notDone: []
  }
  try {
    const result = await gh.raiseAlert(client, repo, botLogin, {
      fingerprint: classification.fingerprint,
      title: `ci-medic: ${classification.category} in ${run?.name ?? 'CI'} (${classification.fingerprint.slice(0, 8)})`,
      details: renderClassifySummary(outcome),
      occurrence: `Seen again in ${run ? `[${where}](${run.htmlUrl})` : where}`
    })
    done.push(
      `Alert issue #${result.number} ${result.action} (occurrence ${result.occurrences}): ${result.url}`
    )
  } catch (error) {
    notDone.push(`Open or update the alert issue: ${permissionHint(error, 'issues: write')}`)
  }
}

function runFacts(run: WorkflowRunInfo): NonNullable<ClassifyOutcome['run']> {
  return {
    id: run.id,
    attempt: run.runAttempt,
    url: run.htmlUrl,
    workflow: run.name,
    branch: run.headBranch,
    sha: run.headSha
  }
}

function ledgerRecordOf(
  classification: Classification,
  decision: Decision,
  run: WorkflowRunInfo | undefined,
  jobs: string[],
  done: string[],
  context: WorkflowContext
): LedgerRecord {
  return {
    v: 1,
    time: new Date().toISOString(),
    runId: run?.id ?? context.runId,
    runAttempt: run?.runAttempt ?? context.runAttempt,
    workflow: run?.name ?? context.workflow,
    workflowPath: run?.path ?? '',
    jobs,
    sha: run?.headSha ?? context.sha,
    branch: run?.headBranch ?? '',
    category: classification.category,
    confidence: classification.confidence,
    fingerprint: classification.fingerprint,
    nextAction: decision.action,
    actions: done.map(d => d.split(':')[0] ?? d),
    outcome: '',
    failureCount: classification.failures.length,
    rule: classification.rule
  }
}

function annotate(core: Core, classification: Classification): void {
  const located = classification.failures.filter(f => f.file).slice(0, MAX_ANNOTATIONS)
  for (const f of located) {
    core.error(f.message.split('\n')[0] ?? f.message, {
      title: `${f.category}${f.test ? `: ${f.test}` : f.errorCode ? ` ${f.errorCode}` : ''}`,
      file: f.file,
      startLine: f.line,
      startColumn: f.line ? f.column : undefined
    })
  }
}

async function writeReport(context: WorkflowContext, outcome: ClassifyOutcome): Promise<string> {
  const dir = join(context.tempDir, 'ci-medic')
  await mkdir(dir, {recursive: true})
  const path = join(dir, `classify-report-${outcome.run?.id ?? context.runId}.json`)
  await writeFile(path, JSON.stringify({version: 1, ...outcome}, null, 2))
  return path
}

/** Where logs of this repository were checked out on common runners. */
function repositoryRoots(context: WorkflowContext): string[] {
  return [
    context.workspace,
    `/home/runner/work/${context.repo}/${context.repo}`,
    `/github/workspace`,
    `D:\\a\\${context.repo}\\${context.repo}`
  ]
}

/** A failed write, said with the permission that would allow it. */
function permissionHint(error: unknown, permission: string): string {
  const status = statusOf(error)
  if (status === 403 || status === 401)
    return `the token lacks '${permission}' (GitHub answered ${status}). Add it under permissions: in the workflow.`
  if (status === 404)
    return `GitHub answered 404 (the token may not see this repository, or the workflow does not exist).`
  return errorMessage(error)
}
