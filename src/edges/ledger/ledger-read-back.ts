// Reading the ledger back from workflow artifacts (`ledger: artifact`): the
// repository's trusted ledger artifacts are listed newest first, page by page;
// the walk (core/ledger/ledger-walk.ts) says how far back to read (a snapshot,
// the window, or a cap); each artifact's ledger file is downloaded and parsed,
// and the parts are merged (core/ledger/ledger-merge.ts). What is written is
// edges/github/artifact-ledger.ts.
import {ledgerFileKind} from '../../core/ledger/ledger-delta.js'
import {parseLedgerText, type ParsedLedger} from '../../core/ledger/ledger-line.js'
import {mergeLedgers} from '../../core/ledger/ledger-merge.js'
import {
  afterRead,
  cappedNote,
  LEDGER_READ_CAPS,
  nextStep,
  snapshotThrough,
  startWalk,
  type LedgerReadLimits,
  type ListedArtifact,
  type WalkStop
} from '../../core/ledger/ledger-walk.js'
import type {GitHubClient} from '../github/client.js'
import {statusOf} from '../github/http-status.js'
import type {RepoRef} from '../github/workflow-runs.js'
import type {Logger} from '../../logger.js'
import {
  LEDGER_ARTIFACT,
  ledgerArtifacts,
  ledgerFileIn,
  LedgerTooLargeError,
  ledgerTrust,
  trustChecker,
  type Artifact,
  type ListingState
} from './ledger-artifacts.js'

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

/** What one read needs: where to read, its limits, and where to note the artifacts it skipped. */
export interface ReadBackContext {
  api: GitHubClient
  repo: RepoRef
  options: ArtifactLedgerOptions
  windowDays: number
  /** The cap on one ledger artifact. */
  perArtifact: number
  /** Trusted artifacts this read could not read (over the cap on one artifact, or gone). */
  skipped: number[]
  now: () => number
}

/** What the walk read: the merged ledger, and the `through` of the snapshot to write, if any. */
export interface LoadedLedger {
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

/** Walks the trusted ledger artifacts newest first and merges what it read. */
export async function readBack(ctx: ReadBackContext): Promise<LoadedLedger> {
  const {api, repo, options} = ctx
  const whyNot = trustChecker(api, repo, await ledgerTrust(api, repo, options.currentRunId))
  const caps = options.readCaps ?? LEDGER_READ_CAPS
  const limits: LedgerReadLimits = {
    now: ctx.now(),
    windowDays: ctx.windowDays,
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
    const text = await readOne(
      ctx,
      artifact,
      Math.min(ctx.perArtifact, limits.maxBytes - walk.bytes)
    )
    if (text === READ_FULL) {
      stop = 'bytes'
      break
    }
    if (text === undefined) continue
    parts.push(parseLedgerText(text))
    walk = afterRead(walk, listedOf(artifact), {
      kind: ledgerFileKind(text),
      bytes: Buffer.byteLength(text)
    })
  }
  if (stop === undefined && listing.pagesCapped) stop = 'pages'
  reportPassedOver(options.logger, passedOver)
  const capped = cappedNote(walk, stop, limits, listing.pages)
  if (capped) options.logger?.warning(capped)
  // A skipped artifact's records are not in this run's reading: a snapshot would hide them.
  const through = ctx.skipped.length ? undefined : snapshotThrough(walk, stop)
  return {ledger: mergeLedgers(parts.reverse()), through}
}

/**
 * The ledger file's text in one artifact (undefined when it holds none, is
 * gone, or is over the cap on one artifact: one warning, and the rest is
 * read), or READ_FULL when it is over what is left of the read's cap.
 */
async function readOne(
  ctx: ReadBackContext,
  artifact: Artifact,
  room: number
): Promise<string | typeof READ_FULL | undefined> {
  const logger = ctx.options.logger
  try {
    return await ledgerFileIn(ctx.api, ctx.repo, artifact, room)
  } catch (error) {
    // Gone since it was listed (expired, deleted): the others still count.
    if (GONE.has(statusOf(error) ?? 0)) {
      ctx.skipped.push(artifact.id)
      logger?.info(`Ledger: artifact ${artifact.id} is gone since it was listed; read on.`)
      return undefined
    }
    if (!(error instanceof LedgerTooLargeError)) throw error
    if (room < ctx.perArtifact) return READ_FULL
    ctx.skipped.push(artifact.id)
    logger?.warning(error.message)
    return undefined
  }
}

function reportPassedOver(logger: Logger | undefined, passedOver: string[]): void {
  if (passedOver.length === 0) return
  logger?.info(
    `Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by a default-branch run of this repository (a ci-medic-ledger one: of this workflow): ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; …' : ''}`
  )
}
