// Uploading a run's own files (report JSON, decision log, ledger files) as
// one workflow artifact, the way actions/upload-artifact does: through
// @actions/artifact, with the runtime token and results URL the runner gives
// JavaScript actions (the library reads ACTIONS_RUNTIME_TOKEN and
// ACTIONS_RESULTS_URL from the process environment itself). The library is
// loaded with a dynamic import, so a run that uploads nothing never pays
// for loading it (nor the Azure storage client under it).
import {stat} from '../files/light-fs.js'
import {isAbsolute, relative} from 'node:path'

export interface ArtifactUpload {
  name: string
  /** Every file must be under it; the zip holds paths relative to it. */
  rootDirectory: string
  /** Absolute paths; those that do not exist (or are not files) are left out. */
  files: readonly string[]
  /** 1–90; 0 or absent = the repository's retention setting. */
  retentionDays?: number
}

export interface UploadedArtifact {
  name: string
  id?: number
  size?: number
  /** The files in the artifact, relative to the root directory. */
  files: string[]
}

/** Artifact names may not hold these (the library's own rule); a job id could. */
const UNSAFE_NAME = /["':<>|*?\\/\r\n]/g

/**
 * `ci-medic-<action>-<runId>-<runAttempt>[-<job>]`: unique per run attempt,
 * and per job when the job is named (two jobs of one run may both run it).
 */
export function runArtifactName(
  action: string,
  run: {runId: number; runAttempt: number; job?: string}
): string {
  const job = (run.job ?? '').replace(UNSAFE_NAME, '-').slice(0, 100)
  return `ci-medic-${action}-${run.runId}-${run.runAttempt}${job ? `-${job}` : ''}`
}

/** The files that exist, as regular files, under the root. */
export async function existingFiles(root: string, files: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const file of files) {
    const rel = relative(root, file)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile()) out.push(file)
  }
  return out
}

/** Uploads the files that exist; rejects with the library's error when the service refuses. */
export async function uploadArtifact(upload: ArtifactUpload): Promise<UploadedArtifact> {
  const files = await existingFiles(upload.rootDirectory, upload.files)
  const listed = files.map(f => relative(upload.rootDirectory, f).split('\\').join('/'))
  if (files.length === 0) return {name: upload.name, files: []}
  const {DefaultArtifactClient} = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const result = await client.uploadArtifact(upload.name, files, upload.rootDirectory, {
    ...(upload.retentionDays ? {retentionDays: upload.retentionDays} : {})
  })
  return {name: upload.name, id: result.id, size: result.size, files: listed}
}

/** True when the service refused because the name is taken in this run (a second job, a matrix). */
export function isNameTaken(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /\(409\)|already exists/i.test(message)
}

/** GHES has no artifact service for @actions/artifact v2+: a fact about the host, not a failure. */
export function isUnsupportedHost(error: unknown): boolean {
  return error instanceof Error && error.name === 'GHESNotSupportedError'
}
