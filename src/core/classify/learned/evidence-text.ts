// What the statistical model reads of a run. Text in memory (a paste, a small log) is read
// as it is, capped at its first and last lines. A streamed log can be hundreds of megabytes
// and is never held in memory: then the model reads what the scanner kept, the failures it
// recognised (message and surrounding lines), the error markers, the weak hints, the
// failed steps' commands and the log's last lines. (A window in which no failure was
// recognised is not kept by the scanner today, so a streamed log gives the model less to
// read than the same text in memory.)
import type {ScanResult} from '../types.js'

/** Enough for every corpus excerpt; a cap on what is tokenised. */
const MAX_CHARS = 24_000

function capped(text: string): string {
  return text.length > MAX_CHARS
    ? `${text.slice(0, MAX_CHARS / 2)}\n${text.slice(-MAX_CHARS / 2)}`
    : text
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
    parts.push(...s.signals.errorMarkers, ...s.signals.failedSteps)
    for (const h of s.signals.hints ?? []) parts.push(h.message)
    if (s.tail) parts.push(s.tail)
  }
  return capped(parts.join('\n'))
}
