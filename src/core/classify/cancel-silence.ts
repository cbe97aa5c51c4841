// "The operation was canceled." alone says a person or a limit stopped the job, not which:
// read alone it is a rerun (rules.ts, root.canceled). When the log's own timestamps show the
// job printed nothing for many minutes before the cancel (`20:35:17 …` then `21:15:25
// ##[error]The operation was canceled.`), something hung until the job's time limit (or a
// person gave up waiting): a timeout, which a rerun would most likely repeat.

/** Minutes of silence before a cancel that make it a hang. */
export const HUNG_AFTER_MINUTES = 10
/** Lines looked back for the previous timestamp. */
const LOOK_BACK = 40

/** A runner timestamp (`2026-08-24T07:57:02Z`) or a clock (`20:35:17`) at the start of a raw line. */
const STAMP =
  /^\s*(?:\uFEFF?\d{4}-\d\d-\d\d[T ](\d\d):(\d\d):(\d\d)(?:\.\d+)?Z?|\[?(\d{1,2}):(\d\d):(\d\d)\b)/

function secondsOfDay(line: string): number | undefined {
  const m = STAMP.exec(line)
  if (!m) return undefined
  const [h, min, s] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]
  return Number(h) * 3600 + Number(min) * 60 + Number(s)
}

/**
 * Whole minutes between the timestamp of `raw[index]` and the last timestamped line before it
 * (undefined when either has none). Past midnight, the day wraps.
 */
export function silentMinutesBefore(raw: readonly string[], index: number): number | undefined {
  const at = secondsOfDay(raw[index] ?? '')
  if (at === undefined) return undefined
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const before = secondsOfDay(raw[i])
    if (before === undefined) continue
    const gap = at >= before ? at - before : at + 86_400 - before
    return Math.floor(gap / 60)
  }
  return undefined
}
