// Noise that looks like failure: a log whose every line holds a candidate word (`[worker 3]
// error: retrying job 1234`, `WARN failed to fetch optional metadata for pkg-17`, `ECONNRESET
// on keep-alive socket 5, reconnecting`) sends every line through the parsers, some 100 µs a
// line: a few megabytes a second, minutes for a large log. Such noise repeats itself with
// other numbers. Once the scan has read many candidate lines, it counts the shapes of the
// lines the parsers read (a shape: the line with its numbers made equal). A shape counted
// often enough no longer opens or extends a window when it is:
//   - a line no finding was ever made on, or
//   - a line whose findings never name a file or a test (a message said again with other
//     numbers has nothing more to tell).
// A shape that was once the line of a finding with a file or a test is never counted again:
// 500 failing tests named alike are 500 failures. A line of a learned shape still reaches
// the parsers as context of a window something else opened, and the evidence window reads
// every line as before.
//
// Nothing changes below the budget: an ordinary log (an excerpt, a failed job of a few
// thousand lines) is scanned exactly as it always was.

/** Candidate lines a scan reads in full before it starts learning barren shapes. */
export const LEARN_AFTER_CANDIDATES = 2000
/** Times a shape must be read with nothing new in it before it stops being a candidate. */
export const BARREN_AFTER = 20
/** Distinct shapes remembered (past this, new shapes are no longer learned). */
const MAX_SHAPES = 20_000
/** Characters of a line that make its shape. */
const SHAPE_CHARS = 160
/** The count of a shape that named a file or a test: it never becomes barren. */
const PRODUCTIVE = -Infinity

const DIGITS = /\d+/g

/** A line with its numbers (counters, timestamps, durations, ids) made equal. */
export function shapeOf(line: string): string {
  return line.slice(0, SHAPE_CHARS).replace(DIGITS, '0')
}

/** Where in a window the parsers found something, and whether it named a file or a test. */
export interface FindingAt {
  index: number
  named: boolean
}

export class BarrenShapes {
  private readonly counts = new Map<string, number>()
  private barren = 0

  /** Count the shapes of a window's lines, given what the parsers found in it. */
  learn(lines: readonly string[], findings: readonly FindingAt[] = []): void {
    const named = new Set<number>()
    for (const f of findings) if (f.named) named.add(f.index)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      if (named.has(i)) this.counts.set(shapeOf(line), PRODUCTIVE)
      else if (line.trim().length > 0) this.count(shapeOf(line))
    }
  }

  private count(shape: string): void {
    const n = this.counts.get(shape)
    if (n === undefined) {
      if (this.counts.size < MAX_SHAPES) this.counts.set(shape, 1)
    } else if (n !== PRODUCTIVE) {
      this.counts.set(shape, n + 1)
      if (n + 1 === BARREN_AFTER) this.barren++
    }
  }

  /** Whether any shape is barren yet (no line needs its shape computed before). */
  get any(): boolean {
    return this.barren > 0
  }

  /** Whether `line`'s shape has been barren often enough to stop being a candidate. */
  has(line: string): boolean {
    return (this.counts.get(shapeOf(line)) ?? 0) >= BARREN_AFTER
  }
}
