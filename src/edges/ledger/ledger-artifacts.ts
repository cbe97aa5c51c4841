// The GitHub side of the artifact ledger (edges/github/artifact-ledger.ts):
// listing this repository's ledger artifacts newest first, page by page, as
// far as the reader asks; telling whether the run that uploaded one is
// trusted (core/ledger/artifact-trust.ts); and downloading one ledger file,
// capped (a zip's few KB can unzip to gigabytes).
import {
  runIdOfRunArtifact,
  untrustedBecause,
  type LedgerTrust,
  type UploadingRun
} from '../../core/ledger/artifact-trust.js'
import {formatBytes, readZipEntries, ZipTooLargeError} from '../files/zip-reader.js'
import type {GitHubClient} from '../github/client.js'
import type {RepoRef} from '../github/workflow-runs.js'

export const LEDGER_ARTIFACT = 'ci-medic-ledger'
export const LEDGER_FILE = 'ledger.jsonl'
/** Where the ledger is inside a run's own artifact (the ledger folder under ci-medic's report folder). */
export const RUN_ARTIFACT_LEDGER_FILE = `ledger/${LEDGER_FILE}`
/** The most a ledger artifact may weigh, zipped or unzipped. */
export const MAX_LEDGER_BYTES = 32 * 1024 * 1024
/** Pages of 100 artifacts listed at most (ledger or not): 2,000 artifacts. */
export const MAX_ARTIFACT_PAGES = 20

export type Artifact = Awaited<
  ReturnType<GitHubClient['rest']['actions']['listArtifactsForRepo']>
>['data']['artifacts'][number]

/** A name a ledger may be under: the manual upload's, or a run's own artifact. */
export function isLedgerArtifactName(name: string): boolean {
  return name === LEDGER_ARTIFACT || runIdOfRunArtifact(name) !== undefined
}

/** This repository, its default branch, and the workflow of the current run. */
export async function ledgerTrust(
  api: GitHubClient,
  repo: RepoRef,
  currentRunId: number
): Promise<LedgerTrust> {
  if (!currentRunId) {
    throw new Error(
      'cannot tell which workflow this run belongs to (GITHUB_RUN_ID is not set), so no ledger artifact is trusted'
    )
  }
  const [{data: repository}, {data: current}] = await Promise.all([
    api.rest.repos.get({...repo}),
    api.rest.actions.getWorkflowRun({...repo, run_id: currentRunId})
  ])
  return {
    repositoryId: repository.id,
    defaultBranch: repository.default_branch,
    workflowId: current.workflow_id
  }
}

/** Whether the listing ran out of pages before the reader stopped. */
export interface ListingState {
  pagesCapped: boolean
  pages: number
}

/**
 * The unexpired artifacts under a ledger name, newest first; a page is
 * fetched only when the reader wants more than the ones before it.
 */
export async function* ledgerArtifacts(
  api: GitHubClient,
  repo: RepoRef,
  state: ListingState
): AsyncGenerator<Artifact> {
  for (let page = 1; ; page++) {
    if (page > MAX_ARTIFACT_PAGES) {
      state.pagesCapped = true
      return
    }
    // Unfiltered: run artifacts carry the run in their names, and GitHub filters by exact name only.
    const {data} = await api.rest.actions.listArtifactsForRepo({...repo, per_page: 100, page})
    state.pages = page
    yield* data.artifacts
      .filter(a => !a.expired && isLedgerArtifactName(a.name))
      .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
    if (data.artifacts.length < 100) return
  }
}

/** Why an artifact is not trusted (undefined when it is); each uploading run is asked about once. */
export function trustChecker(
  api: GitHubClient,
  repo: RepoRef,
  trusted: LedgerTrust
): (artifact: Artifact) => Promise<string | undefined> {
  const runs = new Map<number, UploadingRun>()
  return async artifact => {
    const run = artifact.workflow_run
    if (!run?.id) return 'GitHub names no run that uploaded it'
    // A ci-medic action names its artifact after its own run: any other uploader copied the name.
    const named = runIdOfRunArtifact(artifact.name)
    if (named !== undefined && named !== run.id)
      return `its name says run ${named}, but run ${run.id} uploaded it`
    const anyWorkflow = named !== undefined
    // What the listing already says rules most out without another request.
    const listed = untrustedBecause(
      {
        id: run.id,
        event: '',
        workflowId: trusted.workflowId,
        headBranch: run.head_branch ?? null,
        headRepositoryId: run.head_repository_id ?? null,
        repositoryId: run.repository_id ?? null
      },
      trusted
    )
    if (listed !== undefined) return listed
    let facts = runs.get(run.id)
    if (!facts) {
      const {data} = await api.rest.actions.getWorkflowRun({...repo, run_id: run.id})
      facts = {
        id: data.id,
        event: data.event,
        workflowId: data.workflow_id,
        headBranch: data.head_branch,
        headRepositoryId: data.head_repository?.id ?? null,
        repositoryId: data.repository?.id ?? null
      }
      runs.set(run.id, facts)
    }
    return untrustedBecause(facts, trusted, {anyWorkflow})
  }
}

/** An artifact over the cap, zipped or unzipped. */
export class LedgerTooLargeError extends Error {
  override name = 'LedgerTooLargeError'
  constructor(
    artifact: Artifact,
    readonly maxBytes: number
  ) {
    super(
      `The ${artifact.name} artifact ${artifact.id} holds more than ${formatBytes(maxBytes)}, the most ci-medic reads (a zip bomb, or a ledger grown past the cap); it was not read, the rest of the ledger was.`
    )
  }
}

/** The ledger file's text in an artifact, or undefined when it holds none; at most `maxBytes`. */
export async function ledgerFileIn(
  api: GitHubClient,
  repo: RepoRef,
  artifact: Artifact,
  maxBytes: number
): Promise<string | undefined> {
  if (artifact.size_in_bytes > maxBytes) throw new LedgerTooLargeError(artifact, maxBytes)
  const download = await api.rest.actions.downloadArtifact({
    ...repo,
    artifact_id: artifact.id,
    archive_format: 'zip'
  })
  const zip = Buffer.from(download.data as ArrayBuffer)
  if (zip.length > maxBytes) throw new LedgerTooLargeError(artifact, maxBytes)
  let entries: Map<string, Buffer>
  try {
    entries = readZipEntries(zip, {maxBytes, only: [LEDGER_FILE, RUN_ARTIFACT_LEDGER_FILE]})
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new LedgerTooLargeError(artifact, maxBytes)
    throw error
  }
  const file = entries.get(LEDGER_FILE) ?? entries.get(RUN_ARTIFACT_LEDGER_FILE)
  return file?.toString('utf8')
}
