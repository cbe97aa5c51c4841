// Which ledger artifacts a run reads back (`ledger: artifact`): this
// repository's trusted ones, newest first, until what is left is already in
// a file read, is older than the ledger's window, or a cap is reached.
// - A snapshot (ledger-delta.ts) holds every trusted ledger artifact created
//   before its `through`; a whole ledger from before deltas holds the ones
//   before it, except those of runs that overlapped it (the records that
//   format lost), so the walk reads on for OVERLAP_MS past it.
// - The window is LEDGER_WINDOW_DAYS (GitHub keeps an artifact 90 days at
//   most by default, so an older one is rarely there), or patterns mode's
//   `period-days` when that is longer. The 12-week trend (84 days) fits in
//   it, and so do the failed fixes the "never a third time" rule counts
//   (those since a fingerprint's last fix, most of them recent).
// - Caps: LEDGER_READ_CAPS artifacts and bytes together. A capped read says
//   so, and is not compacted (its snapshot would hide what it did not read).
// A run that read COMPACT_AFTER deltas or more, and nothing capped the walk,
// uploads a snapshot instead of its delta, so the next walk is short again.
// Pure: the listing's facts in, a decision out.
import type {LedgerFileKind} from './ledger-delta.js'

export const LEDGER_WINDOW_DAYS = 90
/** How long past a snapshot's or whole ledger's boundary the walk reads on. */
export const OVERLAP_MS = 60 * 60 * 1000
/** Deltas read in one walk that make the run upload a snapshot. */
export const COMPACT_AFTER = 20
export const LEDGER_READ_CAPS = {artifacts: 100, bytes: 64 * 1024 * 1024}

const DAY_MS = 86_400_000

/** The days of ledger a run reads: the default window, or a longer patterns period. */
export function ledgerWindowDays(periodDays = 0): number {
  return Math.max(LEDGER_WINDOW_DAYS, Math.ceil(periodDays))
}

export interface LedgerReadLimits {
  /** Now (ms): the window ends here. */
  now: number
  windowDays: number
  /** Artifacts downloaded at most. */
  maxArtifacts: number
  /** Bytes read at most, all artifacts together (unzipped). */
  maxBytes: number
}

export interface ListedArtifact {
  /** ISO time GitHub created it. */
  createdAt: string
  /** Bytes of the zip, as listed. */
  size: number
}

export interface LedgerWalk {
  /** Ledger files read. */
  read: number
  /** Of them, deltas. */
  deltas: number
  /** Bytes read (unzipped). */
  bytes: number
  /** Artifacts created before this (ms) are in a file already read. */
  coveredBefore: number
  /** The newest created time (ms) of an artifact read: a snapshot's `through` starts here. */
  newest: number
}

export type WalkStop = 'covered' | 'window' | 'artifacts' | 'bytes'
export type WalkStep = {read: true} | {read: false; stop: WalkStop}

export function startWalk(): LedgerWalk {
  return {read: 0, deltas: 0, bytes: 0, coveredBefore: -Infinity, newest: -Infinity}
}

function createdMs(artifact: ListedArtifact): number {
  const t = Date.parse(artifact.createdAt)
  return Number.isNaN(t) ? Infinity : t
}

/** Read the next artifact of the listing (newest first), or stop, and why. */
export function nextStep(
  walk: LedgerWalk,
  artifact: ListedArtifact,
  limits: LedgerReadLimits
): WalkStep {
  const created = createdMs(artifact)
  if (created < walk.coveredBefore) return {read: false, stop: 'covered'}
  if (created < limits.now - limits.windowDays * DAY_MS) return {read: false, stop: 'window'}
  if (walk.read >= limits.maxArtifacts) return {read: false, stop: 'artifacts'}
  if (walk.bytes + artifact.size > limits.maxBytes) return {read: false, stop: 'bytes'}
  return {read: true}
}

/** The walk after a ledger file of `kind` and `bytes` was read from the artifact. */
export function afterRead(
  walk: LedgerWalk,
  artifact: ListedArtifact,
  file: {kind: LedgerFileKind; bytes: number}
): LedgerWalk {
  const created = createdMs(artifact)
  const boundary =
    file.kind.kind === 'snapshot'
      ? Date.parse(file.kind.through)
      : file.kind.kind === 'whole' && Number.isFinite(created)
        ? created - OVERLAP_MS
        : -Infinity
  return {
    read: walk.read + 1,
    deltas: walk.deltas + (file.kind.kind === 'delta' ? 1 : 0),
    bytes: walk.bytes + file.bytes,
    coveredBefore: Math.max(walk.coveredBefore, Number.isNaN(boundary) ? -Infinity : boundary),
    newest: Math.max(walk.newest, Number.isFinite(created) ? created : -Infinity)
  }
}

/** A stop that may have left records unread. */
export function isCapped(stop: WalkStop | 'pages' | undefined): boolean {
  return stop === 'artifacts' || stop === 'bytes' || stop === 'pages'
}

/**
 * The `through` of the snapshot this run uploads, or undefined when it
 * uploads a delta: too few deltas read to be worth it, or a capped walk.
 * An artifact still uploading when the run listed them can be older than the
 * newest it read: OVERLAP_MS before that is claimed, no more.
 */
export function snapshotThrough(
  walk: LedgerWalk,
  stop: WalkStop | 'pages' | undefined
): string | undefined {
  if (walk.deltas < COMPACT_AFTER || isCapped(stop) || !Number.isFinite(walk.newest))
    return undefined
  return new Date(walk.newest - OVERLAP_MS).toISOString()
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MiB`
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`
}

/** The one line a capped walk is told in; undefined when nothing capped it. */
export function cappedNote(
  walk: LedgerWalk,
  stop: WalkStop | 'pages' | undefined,
  limits: Pick<LedgerReadLimits, 'maxArtifacts' | 'maxBytes'>,
  pages: number
): string | undefined {
  if (!isCapped(stop)) return undefined
  const cap =
    stop === 'artifacts'
      ? `${limits.maxArtifacts} ledger artifacts`
      : stop === 'bytes'
        ? `${sizeText(limits.maxBytes)} of ledger`
        : `${pages * 100} listed artifacts`
  return `The ledger was read from the newest ${walk.read} ledger artifact(s) only: the cap of ${cap} was reached before the window or a snapshot was. Older records were not read, and this run uploads only its own records (no snapshot).`
}
