// Reading this run's own workflow artifacts back, the way
// actions/download-artifact does without a token: through @actions/artifact,
// with the runtime token and results URL the runner gives JavaScript actions
// (the library reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL itself and
// sees only the artifacts of the run that token belongs to). Loaded with a
// dynamic import, like upload.ts, so a run that downloads nothing never pays
// for it.
import {mkdir} from 'node:fs/promises'

export interface RunArtifact {
  name: string
  id: number
  /** Bytes of the zip, as the service reports them. */
  size: number
}

/** The run's artifacts whose name starts with `prefix`, sorted by name (the newest of a name only). */
export async function listRunArtifacts(prefix: string): Promise<RunArtifact[]> {
  const {DefaultArtifactClient} = await import('@actions/artifact')
  const {artifacts} = await new DefaultArtifactClient().listArtifacts({latest: true})
  return artifacts
    .filter(a => a.name.startsWith(prefix))
    .map(a => ({name: a.name, id: a.id, size: a.size}))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Downloads one artifact and unpacks it into `path` (created if needed); rejects with the library's error. */
export async function downloadRunArtifact(artifact: RunArtifact, path: string): Promise<string> {
  await mkdir(path, {recursive: true})
  const {DefaultArtifactClient} = await import('@actions/artifact')
  const result = await new DefaultArtifactClient().downloadArtifact(artifact.id, {path})
  if (result.digestMismatch)
    throw new Error(`the artifact ${artifact.name} changed while it was downloaded`)
  return result.downloadPath ?? path
}
