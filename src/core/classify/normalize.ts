// Turning a raw CI log line into the text a person would read.

// CSI sequences (colours, cursor moves), OSC sequences (hyperlinks, titles), lone ESC codes.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-9;?]*[@-~]/g
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/
const BUILDKIT = /^#\d+ \d+\.\d+ /
const STEP_LINK = /#step:\d+:\d+/g

export function stripAnsi(text: string): string {
  return text.indexOf('\u001b') < 0 && text.indexOf('\u009b') < 0 ? text : text.replace(ANSI, '')
}

export interface NormalizedLine {
  text: string
  /** 'error' for `##[error]`/`::error` lines, 'group' for `##[group]` titles. */
  marker?: 'error' | 'group' | 'warning'
}

/**
 * One raw log line → the readable line. Strips the runner timestamp, ANSI codes,
 * `##[group]`/`##[endgroup]`/`##[error]` markers (keeping the message), `[command]`,
 * BuildKit step prefixes (`#12 3.456 `), step-link fragments, and carriage-return
 * progress (only the text after the last CR is what the terminal showed).
 */
export function normalizeLine(raw: string): NormalizedLine {
  let line = raw
  if (line.endsWith('\r')) line = line.slice(0, -1)
  const cr = line.lastIndexOf('\r')
  if (cr >= 0) line = line.slice(cr + 1)
  line = line.replace(TIMESTAMP, '')
  line = stripAnsi(line)
  if (line.endsWith('\r')) line = line.slice(0, -1)
  let marker: NormalizedLine['marker']
  if (line.startsWith('##[')) {
    const end = line.indexOf(']')
    const kind = line.slice(3, end)
    line = line.slice(end + 1)
    if (kind === 'error') marker = 'error'
    else if (kind === 'group') marker = 'group'
    else if (kind === 'warning') marker = 'warning'
  } else if (line.startsWith('::error')) {
    const end = line.indexOf('::', 2)
    if (end > 0) {
      line = line.slice(end + 2)
      marker = 'error'
    }
  } else if (line.startsWith('[command]')) {
    line = line.slice(9)
  }
  line = line.replace(TIMESTAMP, '').replace(BUILDKIT, '')
  if (line.includes('#step:')) line = line.replace(STEP_LINK, '')
  return marker ? {text: line, marker} : {text: line}
}

/** Normalize a whole (small) text, line by line. */
export function normalizeText(text: string): string {
  return text
    .split('\n')
    .map(l => normalizeLine(l).text)
    .join('\n')
}
