// The cheap filter that finds lines worth parsing. It runs over every byte of the log,
// so it is two literal-only regexes over Latin-1 text (one char per byte, the cheapest
// decoding; UTF-8 glyphs are matched as their byte sequences). Each regex is one pass over
// the text, and how fast V8 skips through text depends on the literals an alternation
// holds: `rror` and `fail` (short, lower-case, common letters) slow down every alternation
// they are in, and everything else is fast together. Measured on three shapes (the bench's
// generated log, a test-heavy log of passing-test lines, the corpora), these two passes
// scan 1.7-3x faster than the seven small groups they replaced (bench:classify).
//
// Everything a parser anchors on must contain one of these literals or sit within the
// context window (20 lines before, 30 after) of a line that does. Almost every failure
// prints an "error"/"fail" word nearby, and the runner's own messages start with
// `##[error]`; the other literals catch lines that stand alone (`Dubious`: prove's line for a
// test file that died, which may print no failure word at all).

export const CANDIDATE_GROUPS: readonly (readonly string[])[] = [
  ['rror', 'fail'],
  [
    ...['RROR', 'FAIL', 'Fail'],
    ...['ERR!', 'ERR_', '##[group]Run', 'ENOSPC', 'not ok'],
    ...['Killed', 'panic:', 'fatal', 'cancel', 'Dubious'],
    ...['×', '●', '✕', '✖', '✘'],
    ...['ECONN', 'ETIMEDOUT', 'EAI_AGAIN', 'hang up'],
    ...['ate limit', 'Too Many', 'toomany', 'xceeded'],
    ...['lost communication', 'shutdown signal', 'No space', 'of memory', 'budget exceeded']
  ]
]

/** The candidate literals, flattened (for documentation and tests). */
export const CANDIDATE_LITERALS: readonly string[] = CANDIDATE_GROUPS.flat()

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A string as its UTF-8 bytes read as Latin-1 (how it appears in Latin-1-decoded text). */
export function asLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1')
}

/**
 * Where V8 starts looking for a literal. An alternation is fast when the first letters of
 * its alternatives are rare in logs; `ate limit`, `of memory`… start with the commonest
 * ones and made the second group scan at half the speed of the first. Each literal here is
 * found by its rarer end, then checked whole with a lookbehind (`limit(?<=ate limit)`):
 * the same lines match, and the match ends where the literal ends. Chosen by measuring
 * (bench:classify, both log shapes); anchoredLiteral keeps any other literal as it is.
 */
export const CANDIDATE_ANCHORS: Readonly<Record<string, string>> = {
  'not ok': ' ok',
  'panic:': 'nic:',
  Dubious: 'bious',
  'ate limit': 'limit',
  'shutdown signal': 'down signal',
  'of memory': 'mory'
}

/** The regex source finding `literal` (Latin-1), from its anchor when it has one. */
export function anchoredLiteral(literal: string): string {
  const anchor = CANDIDATE_ANCHORS[literal]
  const whole = escape(asLatin1(literal))
  if (anchor === undefined || !literal.endsWith(anchor) || anchor === literal) return whole
  return `${escape(asLatin1(anchor))}(?<=${whole})`
}

/**
 * Literals that hold another literal of the set are dropped from the regexes: a line
 * with `budget exceeded` has `xceeded` too, so it is found anyway, and one alternative
 * fewer is a faster scan.
 */
function withoutRedundant(groups: readonly (readonly string[])[]): string[][] {
  const all = groups.flat()
  return groups.map(g => g.filter(l => !all.some(o => o !== l && l.includes(o))))
}

/** One global regex per group, over Latin-1 text. */
export function candidateRegexes(
  groups: readonly (readonly string[])[] = CANDIDATE_GROUPS
): RegExp[] {
  return withoutRedundant(groups)
    .filter(g => g.length > 0)
    .map(g => new RegExp(g.map(anchoredLiteral).join('|'), 'g'))
}

/**
 * Start offsets of the lines in `text` (complete lines) that contain a candidate literal,
 * sorted and unique.
 */
export function candidateLineStarts(text: string, regexes: readonly RegExp[]): number[] {
  let starts: number[] = []
  for (const re of regexes) {
    const found = lineStartsOf(text, re)
    starts = starts.length === 0 ? found : mergeSorted(starts, found)
  }
  return starts
}

/** Start offsets of the lines holding a match of `re` (global), ascending and unique. */
function lineStartsOf(text: string, re: RegExp): number[] {
  const starts: number[] = []
  re.lastIndex = 0
  // test(), not exec(): no match array per hit. The literals hold no '\n', so the
  // match's last char (lastIndex - 1) is on the same line as its first.
  while (re.test(text)) {
    const at = re.lastIndex - 1
    starts.push(text.lastIndexOf('\n', at) + 1)
    const end = text.indexOf('\n', at)
    if (end < 0) break
    re.lastIndex = end + 1
  }
  return starts
}

/** Two ascending lists of unique offsets as one (a merge: no sort, no comparator calls). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[]
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x < y) {
      out.push(x)
      i++
    } else {
      out.push(y)
      j++
      if (x === y) i++
    }
  }
  while (i < a.length) out.push(a[i++])
  while (j < b.length) out.push(b[j++])
  return out
}

// Lines that contain a candidate word but are a tool saying all is well: passing tests
// ("✓ handles error responses"), INFO logging, zero-failure summaries. They never open a
// context window (they can still be context around a real failure). Matched in place
// (sticky, at the line start, over the Latin-1 chunk text): no allocation per line.
const L1 = (s: string): string => escape(asLatin1(s))
const LINE_START = String.raw`(?:\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?)?(?:\u001b\[[0-9;?]*[A-Za-z]|[ \t])*(?:#\d+ [\d.]+ )?`
const BENIGN_START = [
  ...['✓', '✔', '√'].map(L1),
  String.raw`PASS(?:ED)?\b`,
  String.raw`ok\b`,
  '--- PASS',
  '=== RUN',
  String.raw`\[INFO\]`,
  String.raw`INFO\b`,
  String.raw`\[info\] (?![^\n]*\*\*\*)`,
  'info ',
  String.raw`DEBUG\b`,
  String.raw`\[debug\]`,
  String.raw`TRACE\b`,
  String.raw`test \S+ \.\.\. ok\r?$`,
  String.raw`Passed \S`
].join('|')
const BENIGN_MID = String.raw`\bPASSED\b|\b(?:0 errors?|0 failures?|0 failed|Failures: 0, Errors: 0)\b(?![^\n]*\b[1-9]\d* (?:errors?|failures?|failed))`
const BENIGN = new RegExp(
  String.raw`${LINE_START}(?:${BENIGN_START})|[^\n]*?(?:${BENIGN_MID})`,
  'my'
)

/** True when the line starting at `start` in Latin-1 text only says something passed. */
export function isBenignAt(text: string, start: number): boolean {
  BENIGN.lastIndex = start
  return BENIGN.test(text)
}

/**
 * Strings (Latin-1) a line BENIGN matches holds at least one of: each alternative of
 * BENIGN_START and BENIGN_MID needs one, and no alternative reaches past the line's end.
 */
const BENIGN_NEEDLES = [
  ...['✓', '✔', '√'].map(asLatin1),
  ...['PASS', 'ok', '=== RUN', 'INFO', 'info', 'DEBUG', 'debug', 'TRACE', 'Passed '],
  ...['0 error', '0 failure', '0 failed', 'Failures: 0, Errors: 0']
]

/**
 * isBenignAt for the lines of one chunk of Latin-1 text, false at once in a chunk that holds
 * none of BENIGN's needles: V8 compiles BENIGN the first time it runs, about 1.5 M
 * instructions of a one-line log's start-up (#11), for a line it could not match.
 */
export function benignIn(text: string): (start: number) => boolean {
  if (!BENIGN_NEEDLES.some(n => text.includes(n))) return () => false
  return start => isBenignAt(text, start)
}

const HIGH_BYTES = /[\u0080-\u00ff]/

/** Latin-1-decoded text back to what its bytes say in UTF-8. */
export function fromLatin1(text: string): string {
  return HIGH_BYTES.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text
}

/** True for a line (ordinary text) that only says something passed (see BENIGN). */
export function isBenign(line: string): boolean {
  return isBenignAt(asLatin1(line), 0)
}
