// What a streamed log leaves for the evidence model (learned/) besides what the parsers
// recognised: the log's last lines (where the failing step ends, before the runner's post-job
// steps) and the first context windows around candidate lines in which no parser recognised a
// failure (the scanner otherwise drops them). Bounded whatever the log's size: at most
// EVIDENCE_TAIL_CHARS + EVIDENCE_WINDOW_CHARS characters are kept, in a buffer allocated once
// (the tail) and copies of the first windows. What the model reads leaves out lines that only
// say a test passed and the runner's post-job steps (words the model was not trained on that
// swayed it in learned-cv's job-log columns).
// Text comes in as the scanner reads it (Latin-1, a char per byte) and leaves as UTF-8,
// normalised (ANSI codes, runner timestamps stripped).
import {normalizeText} from './normalize.js'

/** The log's last characters kept (the failing step's end, the post-job steps after it). */
export const EVIDENCE_TAIL_CHARS = 32 * 1024
/** Characters of dropped windows kept, the first ones first. */
export const EVIDENCE_WINDOW_CHARS = 32 * 1024
/**
 * A line that only says a test passed (after normalising): the bulk of a test-heavy log's
 * end, and words (test names) that say nothing of the failure but sway the model.
 */
const PASSING = /^\s*(?:✓|✔|√|PASS(?:ED)?\b|ok\b|--- PASS|=== RUN|test \S+ \.\.\. ok$)/

/**
 * Where the runner's post-job steps begin (actions' cleanup, git config, orphan processes):
 * boilerplate every failed job ends with, which the model was never trained on.
 */
const POST_JOB = /^(?:Post job cleanup\.|Cleaning up orphan processes)$/m

/** One window's share at most. */
const ONE_WINDOW_CHARS = 4 * 1024

export class EvidenceWindow {
  /**
   * The last EVIDENCE_TAIL_CHARS of the stream, copied into one buffer allocated once. Holding
   * the latest chunks by reference instead made them survive scavenges, and V8 grew the young
   * generation (+10 MB RSS on the test-heavy log).
   */
  private readonly ring = Buffer.alloc(EVIDENCE_TAIL_CHARS)
  private ringEnd = 0
  private seenChars = 0
  private readonly windows: string[] = []
  private windowChars = 0

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

  /** A context window (Latin-1 lines) in which nothing was recognised: kept while the budget lasts. */
  dropped(lines: readonly string[]): void {
    if (this.windowChars >= EVIDENCE_WINDOW_CHARS) return
    const room = Math.min(ONE_WINDOW_CHARS, EVIDENCE_WINDOW_CHARS - this.windowChars)
    let text = ''
    for (const line of lines) {
      if (text.length + line.length + 1 > room) break
      text += `${line}\n`
    }
    if (text.trim() === '') return
    // A copy: a slice would keep its whole chunk of the stream alive.
    const copy = Buffer.from(text, 'latin1').toString('latin1')
    this.windows.push(copy)
    this.windowChars += copy.length
  }

  /** Characters held (by reference or copied): bounded whatever was seen. */
  heldChars(): number {
    return this.ring.length + this.windowChars
  }

  /** The kept text, readable: the dropped windows not already in the tail, then the tail, without passing-test lines. */
  text(): string {
    const size = this.ring.length
    let tail =
      this.seenChars < size
        ? this.ring.toString('latin1', 0, this.ringEnd)
        : this.ring.toString('latin1', this.ringEnd) + this.ring.toString('latin1', 0, this.ringEnd)
    if (this.seenChars > size) tail = tail.slice(tail.indexOf('\n') + 1)
    const windows = this.windows.filter(w => !tail.includes(w))
    const all = [...windows, tail].join('\n')
    const text = normalizeText(Buffer.from(all, 'latin1').toString('utf8'))
    const postJob = text.search(POST_JOB)
    return (postJob > 0 ? text.slice(0, postJob) : text)
      .split('\n')
      .filter(line => !PASSING.test(line))
      .join('\n')
  }
}
