// The last step of classify, autofix and self-heal: the run's own files (the
// report JSON, the decision log, any ledger file it wrote) uploaded as one
// workflow artifact, so they outlive the job and a later run can read the
// ledger back. Best effort by design: no runtime token is a notice, a
// refused or failed upload a warning; the run's result never depends on it.
import {join} from 'node:path'
import {
  existingFiles,
  isNameTaken,
  isUnsupportedHost,
  runArtifactName,
  uploadArtifact,
  type UploadedArtifact
} from '../edges/artifacts/upload.js'
import {errorMessage} from '../errors.js'
import type {ActionIO} from '../runtime/action-io.js'
import type {ArtifactSettings} from '../settings/common-fields.js'
import type {WorkflowContext} from '../settings/workflow-context.js'
import type {FixingRunDeps} from './fixing-deps.js'

export interface RunFiles {
  action: 'classify' | 'autofix' | 'self-heal'
  settings: ArtifactSettings
  context: WorkflowContext
  io: ActionIO
  /** Where the files are (ci-medic's folder under RUNNER_TEMP): the zip's paths start here. */
  rootDirectory: string
  /** Candidate files; those the run did not write are left out. */
  files: readonly string[]
}

/**
 * A fixing action's files (autofix, self-heal): its report JSON, its decision
 * log, and the ledger file a run with an artifact ledger writes, whichever exist.
 */
export async function uploadFixingRunFiles(
  action: 'autofix' | 'self-heal',
  deps: FixingRunDeps & Pick<RunFiles, 'settings' | 'context' | 'io'>
): Promise<void> {
  const {reportDir} = deps
  await uploadRunFiles({
    action,
    settings: deps.settings,
    context: deps.context,
    io: deps.io,
    rootDirectory: reportDir,
    files: [
      join(reportDir, `${action}-report.json`),
      deps.log.path,
      join(reportDir, 'ledger', 'ledger.jsonl')
    ]
  })
}

/** A second job of the same run (a matrix leg) gets `-2`, `-3` after the name. */
const MAX_NAME_TRIES = 3

export async function uploadRunFiles(run: RunFiles): Promise<UploadedArtifact | undefined> {
  const {io, settings, context} = run
  if (!settings.uploadArtifacts) return undefined
  if (!context.artifactService) {
    notice(
      io,
      `No artifact was uploaded: this step has no ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (the runner gives them to JavaScript actions; a step run another way has none). The ${run.action} report stays in ${run.rootDirectory}. Set upload-artifacts: false to leave this out.`
    )
    return undefined
  }
  if (!artifactHost(context.serverUrl)) {
    // Checked here too: the library would say it in a warning of its own first.
    notice(
      io,
      `No artifact was uploaded: ${context.serverUrl} is a GitHub Enterprise Server, where @actions/artifact v2+ (and actions/upload-artifact v4+) do not work.`
    )
    return undefined
  }
  const files = await existingFiles(run.rootDirectory, run.files)
  if (files.length === 0) {
    io.logger.debug('No artifact was uploaded: this run wrote no report, decision log or ledger.')
    return undefined
  }
  return io.group('Upload the artifact', () => tryNames(run, files))
}

async function tryNames(
  run: RunFiles,
  files: readonly string[]
): Promise<UploadedArtifact | undefined> {
  const {io, settings, context} = run
  const base = runArtifactName(run.action, {...context, job: context.job})
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? base : `${base}-${n}`
    try {
      const uploaded = await uploadArtifact({
        name,
        rootDirectory: run.rootDirectory,
        files,
        retentionDays: settings.artifactRetentionDays
      })
      const kept = settings.artifactRetentionDays
        ? `${settings.artifactRetentionDays} day(s)`
        : "the repository's retention setting"
      io.logger.info(
        `Uploaded the artifact ${name}${uploaded.id ? ` (id ${uploaded.id})` : ''}: ${uploaded.files.join(', ')}; kept for ${kept}.`
      )
      return uploaded
    } catch (error) {
      if (isNameTaken(error) && n < MAX_NAME_TRIES) continue
      if (isUnsupportedHost(error)) {
        notice(io, `No artifact was uploaded: ${errorMessage(error)}`)
        return undefined
      }
      io.logger.warning(
        `The artifact ${name} could not be uploaded (${errorMessage(error).split('\n')[0]}). The run's result stands; its files stay in ${run.rootDirectory} until the job ends.`
      )
      return undefined
    }
  }
  return undefined
}

/** github.com, GHE.com and *.localhost: the hosts @actions/artifact serves (its isGhes check). */
export function artifactHost(serverUrl: string): boolean {
  try {
    const host = new URL(serverUrl).hostname.toLowerCase()
    return host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost')
  } catch {
    return true
  }
}

function notice(io: ActionIO, message: string): void {
  if (io.notice) io.notice(message)
  else io.logger.info(message)
}
