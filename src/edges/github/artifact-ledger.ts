// The ledger kept as a workflow artifact (`ledger: artifact`): the newest
// trusted ledger artifact of the repository is read through the REST API,
// and the updated ledger is written as JSON Lines to a file that the run's
// own artifact carries (actions/artifact-step.ts uploads it as
// `ci-medic-<action>-<run id>-<attempt>`, with `ledger/ledger.jsonl` inside;
// a `ci-medic-ledger` artifact with `ledger.jsonl` at its root, from a manual
// upload step, is read too). Any run can upload an artifact of such a name, a
// fork's pull request too: only one uploaded by a default-branch run of this
// repository is read (a ci-medic action's own artifact from any workflow, so
// classify, autofix and self-heal share one ledger; `ci-medic-ledger` from
// this workflow only: core/ledger/artifact-trust.ts), and what it unzips to
// is capped. A trusted run artifact without a ledger in it
// (ledger: issue, or nothing recorded) is passed over for the next one.
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {
  runIdOfRunArtifact,
  untrustedBecause,
  type LedgerTrust,
  type UploadingRun
} from '../../core/ledger/artifact-trust.js'
import {parseLedgerText, type ParsedLedger} from '../../core/ledger/ledger-line.js'
import {ledgerRecordSchema, type LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {Logger} from '../../logger.js'
import {formatBytes, readZipEntries, ZipTooLargeError} from '../files/zip-reader.js'
import {emptyLedger, ledgerJsonLines, withRecords, type LedgerStore} from '../ledger/store.js'
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export const LEDGER_ARTIFACT = 'ci-medic-ledger'
export const LEDGER_FILE = 'ledger.jsonl'
/** Where the ledger is inside a run's own artifact (the ledger folder under ci-medic's report folder). */
export const RUN_ARTIFACT_LEDGER_FILE = `ledger/${LEDGER_FILE}`

/** A name a ledger may be under: the manual upload's, or a run's own artifact. */
export function isLedgerArtifactName(name: string): boolean {
  return name === LEDGER_ARTIFACT || runIdOfRunArtifact(name) !== undefined
}

export function parseLedgerLines(text: string): LedgerRecord[] {
  const records: LedgerRecord[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const parsed = ledgerRecordSchema.safeParse(JSON.parse(line))
      if (parsed.success) records.push(parsed.data)
    } catch {
      // a damaged line is skipped; the rest of the ledger still counts
    }
  }
  return records
}

/** The most a ledger artifact may weigh, zipped or unzipped. */
export const MAX_LEDGER_BYTES = 32 * 1024 * 1024
/** Pages of 100 artifacts looked through for a trusted one (a flood of untrusted ones ends the search). */
const MAX_ARTIFACT_PAGES = 5
/** Trusted artifacts downloaded in search of one that holds a ledger. */
const MAX_DOWNLOADS = 5

export interface ArtifactLedgerOptions {
  /** The run classify is part of (GITHUB_RUN_ID): its workflow is the one whose artifacts are trusted. */
  currentRunId: number
  /** Told which artifacts were passed over, and why. */
  logger?: Logger
  /** The cap on a ledger artifact, zipped and unzipped; MAX_LEDGER_BYTES by default. */
  maxBytes?: number
}

type Artifact = Awaited<
  ReturnType<GitHubClient['rest']['actions']['listArtifactsForRepo']>
>['data']['artifacts'][number]

export function artifactLedger(
  client: GitHubClient | undefined,
  repo: RepoRef,
  outputPath: string,
  options: ArtifactLedgerOptions
): LedgerStore {
  const maxBytes = options.maxBytes ?? MAX_LEDGER_BYTES
  let ledger: ParsedLedger | undefined

  /** This repository, its default branch, and the workflow of the current run. */
  async function trust(api: GitHubClient): Promise<LedgerTrust> {
    if (!options.currentRunId) {
      throw new Error(
        'cannot tell which workflow this run belongs to (GITHUB_RUN_ID is not set), so no ledger artifact is trusted'
      )
    }
    const [{data: repository}, {data: current}] = await Promise.all([
      api.rest.repos.get({...repo}),
      api.rest.actions.getWorkflowRun({...repo, run_id: options.currentRunId})
    ])
    return {
      repositoryId: repository.id,
      defaultBranch: repository.default_branch,
      workflowId: current.workflow_id
    }
  }

  /** The artifacts trusted runs uploaded under a ledger name, newest first. */
  async function* trustedNewestFirst(api: GitHubClient): AsyncGenerator<Artifact> {
    const trusted = await trust(api)
    const runs = new Map<number, UploadingRun>()
    const passedOver: string[] = []
    for (let page = 1; page <= MAX_ARTIFACT_PAGES; page++) {
      // Unfiltered: run artifacts carry the run in their names, and GitHub filters by exact name only.
      const {data} = await api.rest.actions.listArtifactsForRepo({...repo, per_page: 100, page})
      const candidates = data.artifacts
        .filter(a => !a.expired && isLedgerArtifactName(a.name))
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
      for (const artifact of candidates) {
        const why = await whyNot(api, artifact, trusted, runs)
        if (why !== undefined) {
          passedOver.push(`artifact ${artifact.id}: ${why}`)
          continue
        }
        report(passedOver.splice(0))
        yield artifact
      }
      if (data.artifacts.length < 100) break
    }
    report(passedOver)
  }

  async function whyNot(
    api: GitHubClient,
    artifact: Artifact,
    trusted: LedgerTrust,
    runs: Map<number, UploadingRun>
  ): Promise<string | undefined> {
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

  function report(passedOver: string[]): void {
    if (passedOver.length === 0) return
    options.logger?.info(
      `Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by a default-branch run of this repository (a ci-medic-ledger one: of this workflow): ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; …' : ''}`
    )
  }

  async function load(): Promise<ParsedLedger> {
    if (ledger) return ledger
    ledger = emptyLedger()
    if (!client) return ledger
    let downloads = 0
    for await (const artifact of trustedNewestFirst(client)) {
      const found = await ledgerIn(client, artifact)
      if (found) return (ledger = found)
      if (++downloads >= MAX_DOWNLOADS) break
    }
    return ledger
  }

  /** The ledger records in an artifact, or undefined when it holds no ledger file. */
  async function ledgerIn(
    api: GitHubClient,
    artifact: Artifact
  ): Promise<ParsedLedger | undefined> {
    const tooLarge = (): Error =>
      new Error(
        `The ${artifact.name} artifact ${artifact.id} holds more than ${formatBytes(maxBytes)}, the most ci-medic reads (a zip bomb, or a ledger grown past the cap); it was not read, and the ledger starts again from this run.`
      )
    if (artifact.size_in_bytes > maxBytes) throw tooLarge()
    const download = await api.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip'
    })
    const zip = Buffer.from(download.data as ArrayBuffer)
    if (zip.length > maxBytes) throw tooLarge()
    let entries: Map<string, Buffer>
    try {
      entries = readZipEntries(zip, {maxBytes, only: [LEDGER_FILE, RUN_ARTIFACT_LEDGER_FILE]})
    } catch (error) {
      if (error instanceof ZipTooLargeError) throw tooLarge()
      throw error
    }
    const file = entries.get(LEDGER_FILE) ?? entries.get(RUN_ARTIFACT_LEDGER_FILE)
    return file ? parseLedgerText(file.toString('utf8')) : undefined
  }

  return {
    read: load,
    async append(records) {
      // The whole ledger is rewritten for the upload: future lines verbatim, corrupt ones dropped.
      ledger = withRecords(await load().catch(() => emptyLedger()), records)
      await mkdir(dirname(outputPath), {recursive: true})
      await writeFile(outputPath, ledgerJsonLines(ledger))
      return {location: outputPath}
    }
  }
}
