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

// Pasted excerpts: what people paste into issues and pull requests wraps the tool output in
// their own shapes. These are stripped for a second parsing pass over a context window where
// the first pass found nothing; the lines themselves (and their excerpts) stay as they were.

/** Per-line wrappers that are never part of a tool's output. */
const PASTE_LINE_PREFIX = new RegExp(
  [
    // the web log view's line number and the runner timestamp after it
    String.raw`^\s*\d{1,7}\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?`,
    // `gh run view --log`: job and step names, tab-separated, then the runner timestamp
    String.raw`^[^\t\n]{1,80}\t[^\t\n]{1,120}\t\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?`,
    // [2023-03-06T18:34:20.273Z] and bracketed clock times
    String.raw`^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?`,
    // a date-time with a zone offset or a space (2016-07-23T08:54:12.92+0530, 2024-06-06 23:14:32)
    String.raw`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? `,
    // Netlify-style `11:44:36 AM: ` and bare `15:29:52 ` clock prefixes
    String.raw`^\d{1,2}:\d\d:\d\d(?: ?[AP]M:? |:? (?=\S))`,
    // leading HTML tags of a paste rendered as HTML
    String.raw`^(?:<(?:pre|code|h\d|p|span|font|b|i|div|br)\b[^>]*>)+`
  ].join('|')
)
const ENTITY = /&(?:quot|apos|#39|lt|gt|amp);/g
const ENTITIES: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&'
}
const HTML_TAG = /<\/?(?:font|span|b|i|h\d|pre|code|br)\b[^>]*>/g
/** A prefix several lines of one paste share: a process tag, a build step, a remote. */
const SHARED_PREFIX =
  /^[ \t]*(?:\[[^\]\s]{1,24}\] |\d{1,3}>|Step #\d+ - "[^"]{1,60}": |[\w@][\w@./#-]{1,50}: (?=\S))/
/** Shared prefixes that are the tool's own words, not a wrapper around them. */
const TOOL_WORDS =
  /^(?:\[(?:ERROR|INFO|WARNING|WARN|DEBUG|TRACE|FATAL|ERR|error|info|warn|warning|debug|notice|NOTICE|OK|FAIL|PASS|SKIP)\] |(?:error|warning|note|help|info|debug|hint|fatal|panic|Error|Warning|Note|ERROR|WARN|WARNING|INFO|DEBUG|go|npm|yarn|pnpm|cargo|make|gradle|mvn|pip|vet|E|W|F): )/

function unwrapLine(line: string): string {
  let l = line.replace(PASTE_LINE_PREFIX, '')
  // tags first: an entity-encoded `&lt;b&gt;` is text the tool printed
  if (l.includes('<')) l = l.replace(HTML_TAG, '')
  if (l.includes('&') && l.includes(';')) l = l.replace(ENTITY, e => ENTITIES[e] ?? e)
  // a one-liner wrapped in backticks, or the first/last line of a backtick-wrapped paste
  if (l.startsWith('`') && !l.startsWith('```')) l = l.slice(1)
  if (l.endsWith('`') && !l.endsWith('```') && !/`[^`]*`$/.test(l)) l = l.slice(0, -1)
  if (l.startsWith('**')) l = l.slice(2)
  if (l.endsWith('**')) l = l.slice(0, -2)
  return l.includes('`') ? inlineCode(l) : l
}

/** A sentence that quotes a tool's line in inline code: `CI fails with \`panic: …\``. */
const PROSE_AROUND_CODE = /^[A-Za-z][\w ,'()-]*[A-Za-z,:] `([^`]{8,})`[\s.!,)]*$/

/**
 * Inline code a person put around (part of) a tool's line: the quoted line itself when
 * prose surrounds it, otherwise the line without a lone backtick left by wrapping only its
 * start (`\`src/a.c:20:5:\` fatal error: …`).
 */
function inlineCode(line: string): string {
  const quoted = PROSE_AROUND_CODE.exec(line)
  if (quoted && /\S: |^\S+:\d+/.test(quoted[1])) return quoted[1]
  const first = line.indexOf('`')
  return line.indexOf('`', first + 1) < 0 ? line.slice(0, first) + line.slice(first + 1) : line
}

/**
 * The lines of one context window without the shapes a paste adds: markdown `> ` quotes,
 * a prefix shared by most lines, also behind their indentation (`[0] `, `remote: `,
 * `    [javac] `, `Step #2 - "plan": `, `1>`), clock
 * and timestamp prefixes, HTML tags and entities, wrapping backticks, and the indentation
 * common to every line. Undefined when nothing changed.
 */
export function unwrapPaste(lines: readonly string[]): string[] | undefined {
  let out = lines.map(unwrapLine)
  const filled = (): string[] => out.filter(l => l.trim() !== '')
  // markdown quotes, up to two levels
  for (let level = 0; level < 2; level++) {
    const nonEmpty = filled()
    const quoted = nonEmpty.filter(l => /^>(?: |$)/.test(l)).length
    if (nonEmpty.length === 0 || quoted < Math.max(1, nonEmpty.length * 0.5)) break
    out = out.map(l => (/^>(?: |$)/.test(l) ? l.replace(/^> ?/, '') : l))
  }
  // a prefix most lines share
  const counts = new Map<string, number>()
  for (const l of filled()) {
    const m = SHARED_PREFIX.exec(l)
    if (m && !TOOL_WORDS.test(m[0].trimStart())) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
  }
  const nonEmpty = filled().length
  for (const [prefix, n] of counts) {
    if (n >= 2 && n >= nonEmpty * 0.6) {
      out = out.map(l => (l.startsWith(prefix) ? l.slice(prefix.length) : l))
      break
    }
  }
  // indentation every non-empty line has
  let common: string | undefined
  for (const l of out) {
    if (l.trim() === '') continue
    const indent = /^[ \t]*/.exec(l)?.[0] ?? ''
    if (common === undefined) common = indent
    else {
      let k = 0
      while (k < common.length && k < indent.length && common[k] === indent[k]) k++
      common = common.slice(0, k)
    }
    if (common === '') break
  }
  if (common) out = out.map(l => (l.startsWith(common) ? l.slice(common.length) : l.trimStart()))
  return out.some((l, i) => l !== lines[i]) ? out : undefined
}
