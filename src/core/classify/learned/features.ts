// The words a statistical model reads in failure output: lower-cased tokens and the
// pairs of adjacent tokens on one line, with what changes from run to run normalised
// away (timestamps, URLs, paths, hex and hashes, long numbers), so that the same
// failure in another repository, on another day, gives the same features.
// Short numbers stay (exit code 137, HTTP 503, E0308's digits are part of the token).

import {stripAnsi} from '../normalize.js'

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g
const CLOCK = /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]+/gi
/** A path: something with a slash or backslash between word characters. */
const PATH = /(?:[A-Za-z]:)?[\w.@~+-]*(?:[\\/][\w.@~+-]+)+[\\/]?/g
const HEX = /\b(?:0x)?(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/gi
const LONG_NUMBER = /\b\d{4,}\b/g
const TOKEN = /[a-z_][a-z0-9_]*|\d{1,3}/g

/** Lines longer than this are cut (minified code, base64) before tokenising. */
const MAX_LINE = 400
const MAX_TOKEN = 40

/** The extension of a path's last component (`.d.ts`, `.rs`), kept as a token of its own. */
function pathToken(path: string): string {
  const name = path.split(/[\\/]/).filter(Boolean).pop() ?? ''
  const ext = /(\.d)?\.([a-z0-9]{1,6})$/i.exec(name)
  return ext ? ` xpath x${ext[1] ? 'd' : ''}${ext[2].toLowerCase()} ` : ' xpath '
}

/** One line, normalised to words: volatile parts replaced by placeholder tokens. */
export function normaliseLine(line: string): string {
  return stripAnsi(line.slice(0, MAX_LINE))
    .replace(TIMESTAMP, ' ')
    .replace(CLOCK, ' ')
    .replace(URL, ' xurl ')
    .replace(PATH, pathToken)
    .replace(HEX, ' xhex ')
    .replace(LONG_NUMBER, ' xnum ')
    .toLowerCase()
}

/** The tokens of one line (single letters dropped, single digits kept: `exit code 1`). */
export function tokens(line: string): string[] {
  const out: string[] = []
  for (const m of normaliseLine(line).matchAll(TOKEN)) {
    const t = m[0]
    if (t.length <= MAX_TOKEN && !/^[a-z_]$/.test(t)) out.push(t)
  }
  return out
}

/** The distinct features of a text: tokens and same-line bigrams (`a b`), in first-seen order. */
export function features(text: string): string[] {
  const seen = new Set<string>()
  for (const line of text.split('\n')) {
    const t = tokens(line)
    for (let i = 0; i < t.length; i++) {
      seen.add(t[i])
      if (i > 0) seen.add(`${t[i - 1]} ${t[i]}`)
    }
  }
  return [...seen]
}
