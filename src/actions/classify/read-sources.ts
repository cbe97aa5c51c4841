// Step 1, read: local log and report files (log-path), or the failed jobs'
// logs of a workflow run through the API. Logs are streamed through the
// scanner, never held whole in memory.
import {open, readFile} from '../../edges/files/light-fs.js'
import {looksLikeReport} from '../../core/classify/reports/detect.js'
import {scanLog} from '../../core/classify/scanner.js'
import type {ToolVersions} from '../../core/classify/tool-versions.js'
import type {ScanResult} from '../../core/classify/types.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import {resolveLogFiles} from '../../edges/logs/local-logs.js'
import {scanFile} from '../../edges/logs/scan-file.js'
import {ConfigurationError} from '../../errors.js'
import type {Logger} from '../../logger.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'

/** Structured reports are parsed whole; larger files are scanned as logs. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

export interface Sources {
  scans: ScanResult[]
  /** Job names, or file names. */
  names: string[]
  /** The workflow run read, when not classifying local files. */
  run?: WorkflowRunInfo
  /** Tool versions each failed job's log states, by job name (a workflow run only). */
  versions?: Record<string, ToolVersions>
}

export async function readSources(deps: ClassifyDeps): Promise<Sources> {
  const {settings, context, io} = deps
  if (settings.logPath) return readLocalLogs(settings.logPath, context)
  const gh = await deps.github()
  // readClassifySettings asks for a token whenever there is no log-path.
  if (!gh) throw new ConfigurationError("Input 'github-token' is needed to read the job logs.")
  return readRunLogs(gh, settings.runId, repositoryRoots(context), io.logger)
}

async function readLocalLogs(logPath: string, context: WorkflowContext): Promise<Sources> {
  const files = await resolveLogFiles(logPath, context.workspace)
  const roots = repositoryRoots(context)
  const scans: ScanResult[] = []
  for (const file of files) {
    if (file.size <= MAX_REPORT_BYTES) {
      const head = await readHead(file.path)
      if (looksLikeReport(head, file.name)) {
        // The report parsers (and the XML parser) load only when a report is given.
        const {parseReport} = await import('../../core/classify/reports/index.js')
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
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(4096)
    const {bytesRead} = await handle.readNow(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

async function readRunLogs(
  gh: GitHubAccess,
  runId: number,
  roots: string[],
  logger: Logger
): Promise<Sources> {
  const run = await gh.api.getWorkflowRun(gh.client, gh.repo, runId)
  if (run.conclusion === 'success') return {scans: [], names: [], run}
  const jobs = await gh.api.listFailedJobs(gh.client, gh.repo, run.id)
  if (jobs.length === 0)
    logger.warning(
      `Run ${run.id} has no failed jobs to read (its conclusion is '${run.conclusion || run.status}').`
    )
  // Read beside the scanner, for the comparison with the last green run (loaded on this path only).
  const {teeVersions} = await import('../../edges/logs/version-tee.js')
  const scans: ScanResult[] = []
  const versions: Record<string, ToolVersions> = {}
  for (const job of jobs) {
    const tee = teeVersions(await gh.api.streamJobLog(gh.client, gh.repo, job.id))
    scans.push(await scanLog(tee.stream, {roots, source: job.name}))
    versions[job.name] ??= tee.result()
  }
  return {scans, names: jobs.map(j => j.name), run, versions}
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
