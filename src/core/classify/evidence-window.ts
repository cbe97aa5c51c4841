// What a streamed log leaves for the evidence model (learned/) besides what the parsers
// recognised: the log's last lines (where the failing step ends, before the runner's post-job
// steps) and pieces of the context windows the parsers read (the scanner otherwise drops
// them). Bounded whatever the log's size: at most EVIDENCE_TAIL_CHARS + EVIDENCE_WINDOW_CHARS
// characters are kept, in a buffer allocated once (the tail) and copies of the pieces.
// A piece is a window's lines without those that only say a test passed (or, from a long
// window, the lines around its strongest failure lines). Pieces are ranked by the failure
// vocabulary they hold (evidence.ts: a failure described in words > only an exit status >
// none) and by what the rules made of their window (one that gave only weak hints > one where
// nothing was recognised > one with findings, whose excerpts reach the model anyway); when the
// budget is full a piece displaces the weakest ranked below it, the latest first, so the
// failure lines survive however many windows came before them, wherever they sit in the log.
// What the model reads leaves out lines that only say a test passed and the runner's post-job
// steps (words the model was not trained on that swayed it in learned-cv's job-log columns).
// Text comes in as the scanner reads it (Latin-1, a char per byte) and leaves as UTF-8,
// normalised (ANSI codes, runner timestamps stripped).
import {asLatin1} from './candidates.js'
import {failureEvidence} from './evidence.js'
import {normalizeText, stripAnsi} from './normalize.js'
import {PASSING_TEST_LINE} from './passing-line.js'

/** The log's last characters kept (the failing step's end, the post-job steps after it). */
export const EVIDENCE_TAIL_CHARS = 32 * 1024
/** Characters of window pieces kept, the strongest ones first. */
export const EVIDENCE_WINDOW_CHARS = 32 * 1024
/** One piece's share at most. */
export const ONE_WINDOW_CHARS = 4 * 1024

/**
 * What the rules made of a window: only weak hints (where a weak verdict comes from),
 * nothing, or findings.
 */
export type WindowKind = 'hinted' | 'bare' | 'found'

/**
 * A line that only says a test passed (after normalising): the bulk of a test-heavy log's
 * end, and words (test names) that say nothing of the failure but sway the model.
 */
const PASSING = PASSING_TEST_LINE
/** The same, on a Latin-1 line without its runner timestamp and colours (as windows come in). */
const PASSING_LATIN1 = new RegExp(
  PASSING.source.replace('✓|✔|√', ['✓', '✔', '√'].map(asLatin1).join('|'))
)
const STAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/

/**
 * Where the runner's post-job steps begin (actions' cleanup, git config, orphan processes):
 * boilerplate every failed job ends with, which the model was never trained on.
 */
const POST_JOB = /^(?:Post job cleanup\.|Cleaning up orphan processes)$/m

/**
 * The runner's closing line of a failed step, a status of 128 or below ("Process completed
 * with exit code 1."): every failed job prints it, it says nothing of the failure, and the
 * model, which met it in a few pasted excerpts (most of them a missing dependency), read it as
 * evidence of one.
 */
export const RUNNER_STATUS = /^Process completed with exit code (?:\d\d?|1[01]\d|12[0-8])\.$/

/** Lines kept around a window's strongest lines when the whole window does not fit. */
const BEFORE_STRONGEST = 3
const AFTER_STRONGEST = 8

const STRENGTH = {none: 0, 'exit-status': 1, described: 2} as const
const KIND_RANK: Record<WindowKind, number> = {found: 0, bare: 1, hinted: 2}
/** The highest rank a window of this kind can reach (its strength at most `described`). */
const rankOf = (strength: number, kind: WindowKind): number => strength * 3 + KIND_RANK[kind]

interface Piece {
  text: string
  rank: number
}

/**
 * A window's lines that say more than a test passing, each with its failure strength (0-2),
 * or 0 for every line when `measure` is false.
 */
function informative(
  lines: readonly string[],
  measure: boolean
): {lines: string[]; strengths: number[]} {
  const kept: string[] = []
  const strengths: number[] = []
  for (const raw of lines) {
    const line = stripAnsi(raw.replace(STAMP, ''))
    if (line.trim() === '' || PASSING_LATIN1.test(line)) continue
    kept.push(raw)
    strengths.push(measure ? STRENGTH[failureEvidence(line)] : 0)
  }
  return {lines: kept, strengths}
}

/** Lines (each ending in '\n') while they fit in `room` characters. */
function fitting(lines: readonly string[], room: number): string {
  let text = ''
  for (const line of lines) {
    if (text.length + line.length + 1 > room) break
    text += `${line}\n`
  }
  return text
}

/**
 * The piece of a window: its informative lines, or when they do not fit, those around its
 * strongest lines (the first ones first); and its strength, that of its strongest line.
 */
export function pieceOf(
  window: readonly string[],
  room = ONE_WINDOW_CHARS,
  measure = true
): {text: string; strength: number} {
  const {lines, strengths} = informative(window, measure)
  const strength = Math.max(0, ...strengths)
  const size = lines.reduce((n, l) => n + l.length + 1, 0)
  if (size <= room || strength === 0) return {text: fitting(lines, room), strength}
  const near = new Uint8Array(lines.length)
  strengths.forEach((s, i) => {
    if (s !== strength) return
    const to = Math.min(lines.length - 1, i + AFTER_STRONGEST)
    for (let j = Math.max(0, i - BEFORE_STRONGEST); j <= to; j++) near[j] = 1
  })
  return {text: fitting(lines.filter((_, i) => near[i] === 1), room), strength}
}

export class EvidenceWindow {
  /**
   * The last EVIDENCE_TAIL_CHARS of the stream, copied into one buffer allocated once. Holding
   * the latest chunks by reference instead made them survive scavenges, and V8 grew the young
   * generation (+10 MB RSS on the test-heavy log).
   */
  private readonly ring = Buffer.alloc(EVIDENCE_TAIL_CHARS)
  private ringEnd = 0
  private seenChars = 0
  /** Kept pieces, in the log's order. */
  private readonly pieces: Piece[] = []
  private windowChars = 0
  /** The rank of the weakest kept piece (-1 with none), updated as pieces come and go. */
  private weakest = -1

  /** The next whole lines of the stream (Latin-1, ending in '\n'): at most the ring's size copied. */
  see(text: string): void {
    const size = this.ring.length
    const last = text.length > size ? text.slice(-size) : text
    const first = Math.min(size - this.ringEnd, last.length)
    this.ring.write(last, this.ringEnd, first, 'latin1')
    if (first < last.length) this.ring.write(last.slice(first), 0, last.length - first, 'latin1')
    this.ringEnd = (this.ringEnd + last.length) % size
    this.seenChars += text.length
  }

  /**
   * A context window the parsers read (Latin-1 lines) and what the rules made of it: its piece
   * is kept if the budget has room or it outranks the weakest kept piece.
   */
  window(lines: readonly string[], kind: WindowKind): void {
    const full = this.windowChars >= EVIDENCE_WINDOW_CHARS
    // A full budget no piece of this kind could displace: not worth reading the lines.
    const best = kind === 'found' ? STRENGTH.none : STRENGTH.described
    if (full && rankOf(best, kind) <= this.weakest) return
    // A window with findings is not weighed: its findings' excerpts reach the model anyway, and
    // the failure vocabulary's expressions then compile only when a log has windows without
    // findings (a one-line log with a compiler error never pays for them: start-up, #11).
    const {text, strength} = pieceOf(lines, ONE_WINDOW_CHARS, kind !== 'found')
    if (text === '') return
    const rank = rankOf(strength, kind)
    while (this.windowChars + text.length > EVIDENCE_WINDOW_CHARS && this.evictBelow(rank));
    const room = EVIDENCE_WINDOW_CHARS - this.windowChars
    const kept = text.length > room ? fitting(text.split('\n').slice(0, -1), room) : text
    if (kept.trim() === '') return
    // A copy: a slice would keep its whole chunk of the stream alive.
    const copy = Buffer.from(kept, 'latin1').toString('latin1')
    this.pieces.push({text: copy, rank})
    this.windowChars += copy.length
    this.weakest = Math.min(...this.pieces.map(p => p.rank))
  }

  /** Drops the weakest piece ranked below `rank`, the latest of them: false when there is none. */
  private evictBelow(rank: number): boolean {
    let at = -1
    for (let i = 0; i < this.pieces.length; i++)
      if (this.pieces[i].rank < rank && (at < 0 || this.pieces[i].rank <= this.pieces[at].rank))
        at = i
    if (at < 0) return false
    this.windowChars -= this.pieces[at].text.length
    this.pieces.splice(at, 1)
    this.weakest = this.pieces.length ? Math.min(...this.pieces.map(p => p.rank)) : -1
    return true
  }

  /** Characters held (by reference or copied): bounded whatever was seen. */
  heldChars(): number {
    return this.ring.length + this.windowChars
  }

  /** The kept text, readable: the pieces' lines not already in the tail, then the tail, without passing-test lines. */
  text(): string {
    const tail = this.tail()
    const inTail = new Set(tail.split('\n'))
    const pieces = this.pieces
      .map(p => p.text.split('\n').filter(l => l !== '' && !inTail.has(l)))
      .filter(lines => lines.length > 0)
      .map(lines => lines.join('\n'))
    const all = [...pieces, tail].join('\n')
    const text = normalizeText(Buffer.from(all, 'latin1').toString('utf8'))
    const postJob = text.search(POST_JOB)
    return (postJob > 0 ? text.slice(0, postJob) : text)
      .split('\n')
      .filter(line => !PASSING.test(line) && !RUNNER_STATUS.test(line))
      .join('\n')
  }

  /** The ring's text in the stream's order, from its first whole line (Latin-1). */
  private tail(): string {
    const size = this.ring.length
    const tail =
      this.seenChars < size
        ? this.ring.toString('latin1', 0, this.ringEnd)
        : this.ring.toString('latin1', this.ringEnd) + this.ring.toString('latin1', 0, this.ringEnd)
    return this.seenChars > size ? tail.slice(tail.indexOf('\n') + 1) : tail
  }
}
