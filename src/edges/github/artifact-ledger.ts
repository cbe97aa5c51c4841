// The ledger kept as workflow artifacts (`ledger: artifact`): each run writes
// only the records it added (a delta, or now and then a snapshot: see
// core/ledger/ledger-delta.ts) as JSON Lines to a file that the run's own
// artifact carries (actions/artifact-step.ts uploads it as
// `ci-medic-<action>-<run id>-<attempt>`, with `ledger/ledger.jsonl` inside),
// so two runs at the same time never drop each other's records. Reading
// lists the repository's trusted ledger artifacts through the REST API,
// newest first, page by page, downloads those the walk asks for
// (core/ledger/ledger-walk.ts: back to a snapshot, the window, or a cap) and
// merges them (core/ledger/ledger-merge.ts: each record once, by time). A
// `ci-medic-ledger` artifact with `ledger.jsonl` at its root, from a manual
// upload step, and the whole ledgers runs wrote before deltas, are read and
// merged too. Any run can upload an artifact of such a name, a
// fork's pull request too: only one uploaded by a default-branch run of this
// repository is read (a ci-medic action's own artifact from any workflow, so
// classify, autofix and self-heal share one ledger; `ci-medic-ledger` from
// this workflow only: core/ledger/artifact-trust.ts), and what it unzips to
// is capped. A trusted run artifact without a ledger in it
// (ledger: issue, or nothing recorded) is passed over for the next one.
//
// Listing, trust and download are here; the store (what is read and what is
// written) is edges/ledger/artifact-store.ts.
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {headerLine, ledgerFileKind} from '../../core/ledger/ledger-delta.js'
import {parseLedgerText, type ParsedLedger} from '../../core/ledger/ledger-line.js'
import {mergeLedgers, recordsSince} from '../../core/ledger/ledger-merge.js'
import {ledgerRecordSchema, type LedgerRecord} from '../../core/ledger/ledger-record.js'
import {
  afterRead,
  cappedNote,
  LEDGER_READ_CAPS,
  ledgerWindowDays,
  nextStep,
  snapshotThrough,
  startWalk,
  type LedgerReadLimits,
  type ListedArtifact,
  type WalkStop
} from '../../core/ledger/ledger-walk.js'
import type {Logger} from '../../logger.js'
import {
  LEDGER_ARTIFACT,
  ledgerArtifacts,
  ledgerFileIn,
  LedgerTooLargeError,
  ledgerTrust,
  MAX_LEDGER_BYTES,
  trustChecker,
  type Artifact,
  type ListingState
} from '../ledger/ledger-artifacts.js'
import {
  emptyLedger,
  ledgerJsonLines,
  withRecords,
  type AnyLedgerRecord,
  type LedgerStore
} from '../ledger/store.js'
import type {GitHubClient} from './client.js'
import {statusOf} from './http-status.js'
import type {RepoRef} from './workflow-runs.js'

export {
  isLedgerArtifactName,
  LEDGER_ARTIFACT,
  LEDGER_FILE,
  MAX_LEDGER_BYTES,
  RUN_ARTIFACT_LEDGER_FILE
} from '../ledger/ledger-artifacts.js'

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

export interface ArtifactLedgerOptions {
  /** The run classify is part of (GITHUB_RUN_ID): its workflow is the one whose artifacts are trusted. */
  currentRunId: number
  /** Told which artifacts were passed over, and why, and when a cap cut the read short. */
  logger?: Logger
  /** The cap on one ledger artifact, zipped and unzipped; MAX_LEDGER_BYTES by default. */
  maxBytes?: number
  /** Patterns mode's `period-days`: a period longer than LEDGER_WINDOW_DAYS widens the window read back. */
  periodDays?: number
  /** Caps on one read, all artifacts together; LEDGER_READ_CAPS by default. */
  readCaps?: {artifacts: number; bytes: number}
  /** The clock (ms), for the window and the records' times. */
  now?: () => number
}

/** What the walk read: the merged ledger, and the `through` of the snapshot to write, if any. */
interface Loaded {
  ledger: ParsedLedger
  through?: string
}

const listedOf = (a: Artifact): ListedArtifact => ({
  createdAt: a.created_at ?? '',
  size: a.size_in_bytes
})

/** Statuses of a download whose artifact expired or was deleted after it was listed. */
const GONE = new Set([404, 410])
/** What is left of a read's byte cap does not hold the next artifact. */
const READ_FULL = Symbol('read full')

export function artifactLedger(
  client: GitHubClient | undefined,
  repo: RepoRef,
  outputPath: string,
  options: ArtifactLedgerOptions
): LedgerStore {
  const now = options.now ?? Date.now
  const windowDays = ledgerWindowDays(options.periodDays)
  const perArtifact = options.maxBytes ?? MAX_LEDGER_BYTES
  let loading: Promise<Loaded> | undefined
  /** The records this run appended: all it uploads (its delta), or added to a snapshot. */
  const added: AnyLedgerRecord[] = []
  /** Trusted artifacts this read could not read (over the cap on one artifact, or gone). */
  const skipped: number[] = []

  function load(): Promise<Loaded> {
    loading ??= client
      ? readBack(client).catch((error: unknown) => {
          // A read that failed is an empty ledger from then on (and never a snapshot).
          loading = Promise.resolve({ledger: emptyLedger()})
          throw error
        })
      : Promise.resolve({ledger: emptyLedger()})
    return loading
  }

  /** Walks the trusted ledger artifacts newest first and merges what it read. */
  async function readBack(api: GitHubClient): Promise<Loaded> {
    const whyNot = trustChecker(api, repo, await ledgerTrust(api, repo, options.currentRunId))
    const caps = options.readCaps ?? LEDGER_READ_CAPS
    const limits: LedgerReadLimits = {
      now: now(),
      windowDays,
      maxArtifacts: caps.artifacts,
      maxBytes: caps.bytes
    }
    const listing: ListingState = {pagesCapped: false, pages: 0}
    const parts: ParsedLedger[] = []
    const passedOver: string[] = []
    let walk = startWalk()
    let stop: WalkStop | 'pages' | undefined
    for await (const artifact of ledgerArtifacts(api, repo, listing)) {
      const step = nextStep(walk, listedOf(artifact), limits)
      if (!step.read) {
        stop = step.stop
        break
      }
      const why = await whyNot(artifact)
      if (why !== undefined) {
        passedOver.push(`artifact ${artifact.id}: ${why}`)
        continue
      }
      const text = await readOne(api, artifact, Math.min(perArtifact, limits.maxBytes - walk.bytes))
      if (text === READ_FULL) {
        stop = 'bytes'
        break
      }
      if (text === undefined) continue
      parts.push(parseLedgerText(text))
      const file = {kind: ledgerFileKind(text), bytes: Buffer.byteLength(text)}
      walk = afterRead(walk, listedOf(artifact), file)
    }
    if (stop === undefined && listing.pagesCapped) stop = 'pages'
    report(passedOver)
    const capped = cappedNote(walk, stop, limits, listing.pages)
    if (capped) options.logger?.warning(capped)
    // A skipped artifact's records are not in this run's reading: a snapshot would hide them.
    const through = skipped.length ? undefined : snapshotThrough(walk, stop)
    return {ledger: mergeLedgers(parts.reverse()), through}
  }

  /**
   * The ledger file's text in one artifact (undefined when it holds none, is
   * gone, or is over the cap on one artifact: one warning, and the rest is
   * read), or READ_FULL when it is over what is left of the read's cap.
   */
  async function readOne(
    api: GitHubClient,
    artifact: Artifact,
    room: number
  ): Promise<string | typeof READ_FULL | undefined> {
    try {
      return await ledgerFileIn(api, repo, artifact, room)
    } catch (error) {
      // Gone since it was listed (expired, deleted): the others still count.
      if (GONE.has(statusOf(error) ?? 0)) {
        skipped.push(artifact.id)
        options.logger?.info(
          `Ledger: artifact ${artifact.id} is gone since it was listed; read on.`
        )
        return undefined
      }
      if (!(error instanceof LedgerTooLargeError)) throw error
      if (room < perArtifact) return READ_FULL
      skipped.push(artifact.id)
      options.logger?.warning(error.message)
      return undefined
    }
  }

  function report(passedOver: string[]): void {
    if (passedOver.length === 0) return
    options.logger?.info(
      `Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by a default-branch run of this repository (a ci-medic-ledger one: of this workflow): ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; …' : ''}`
    )
  }

  /** The file this run uploads: its delta, or a snapshot when the walk read many deltas. */
  function fileText(base: Loaded | undefined): string {
    const time = new Date(now()).toISOString()
    const mine = withRecords(emptyLedger(), added)
    if (!base?.through)
      return headerLine({v: 2, kind: 'ledger-delta', time}) + '\n' + ledgerJsonLines(mine)
    const all = recordsSince(mergeLedgers([base.ledger, mine]), now(), windowDays)
    const header = headerLine({v: 2, kind: 'ledger-snapshot', time, through: base.through})
    return `${header}\n${ledgerJsonLines({...all, corrupt: 0})}`
  }

  return {
    async read() {
      return withRecords((await load()).ledger, added)
    },
    async append(records) {
      added.push(...records)
      const base = await load().catch(() => undefined)
      await mkdir(dirname(outputPath), {recursive: true})
      await writeFile(outputPath, fileText(base))
      return {location: outputPath}
    }
  }
}
