// What the statistical model reads of a run. Text in memory (a paste, a small log) is read
// as it is, capped at its first and last lines. A streamed log can be hundreds of megabytes
// and is never held in memory: then the model reads what the scanner kept, the failures it
// recognised (message and surrounding lines), the error markers, the weak hints, the
// failed steps' commands, and the bounded evidence (../evidence-window.ts): the first
// windows in which nothing was recognised and the log's last lines.
import {RUNNER_STATUS} from '../evidence-window.js'
import type {ScanResult} from '../types.js'

/** Enough for every corpus excerpt; a cap on what is tokenised. */
const MAX_CHARS = 24_000
/** A streamed log's kept text is up to ~48 KB a job (evidence-window.ts): read all of one job's. */
const MAX_STREAMED_CHARS = 64_000

function capped(text: string, max = MAX_CHARS): string {
  return text.length > max ? `${text.slice(0, max / 2)}\n${text.slice(-max / 2)}` : text
}

/** A text in memory, as the model reads it. */
export function modelText(text: string): string {
  return capped(text)
}

/** What the scanner kept of streamed logs, as the model reads it. */
export function evidenceText(scans: readonly ScanResult[]): string {
  const parts: string[] = []
  for (const s of scans) {
    for (const f of s.failures) parts.push(f.message, f.excerpt)
    parts.push(...s.signals.errorMarkers.filter(m => !RUNNER_STATUS.test(m)), ...s.signals.failedSteps)
    for (const h of s.signals.hints ?? []) parts.push(h.message)
    // The evidence holds the log's end; the tail only when the scan kept no evidence.
    const kept = s.evidence ?? s.tail
    if (kept) parts.push(kept)
  }
  return capped(parts.join('\n'), MAX_STREAMED_CHARS)
}
