// Path conventions (test files, snapshots, source files) and a cheap view of
// source text with comments and string contents blanked, so that patterns
// (`it(`, `.skip`, `@ts-ignore`…) match code, not prose. Blanking keeps every
// newline and every offset, so a match in a view is at the same index in the
// raw text.

export type Syntax = 'c' | 'rust' | 'python' | 'hash' | 'none'

/** Forward slashes, no leading `./`. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

function extOf(path: string): string {
  const base = normalizePath(path).split('/').pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

function baseName(path: string): string {
  return normalizePath(path).split('/').pop() ?? ''
}

const C_LIKE = new Set([
  'ts',
  'tsx',
  'mts',
  'cts',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'go',
  'java',
  'kt',
  'kts',
  'scala',
  'swift',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'cs',
  'dart',
  'vue',
  'svelte',
  'php'
])
const HASH = new Set(['sh', 'bash', 'zsh', 'yml', 'yaml', 'toml', 'cfg', 'ini', 'rb', 'r', 'mk'])

export function syntaxOf(path: string): Syntax {
  const ext = extOf(path)
  if (ext === 'rs') return 'rust'
  if (ext === 'py' || ext === 'pyi') return 'python'
  if (C_LIKE.has(ext)) return 'c'
  const base = baseName(path)
  if (
    HASH.has(ext) ||
    /^(?:Makefile|GNUmakefile|Dockerfile|Containerfile|\.env.*)$/.test(base) ||
    /^Dockerfile\./.test(base)
  )
    return 'hash'
  return 'none'
}

export type Language = 'js' | 'python' | 'go' | 'rust' | 'java' | 'other'

export function languageOf(path: string): Language {
  const ext = extOf(path)
  if (['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte'].includes(ext))
    return 'js'
  if (ext === 'py' || ext === 'pyi') return 'python'
  if (ext === 'go') return 'go'
  if (ext === 'rs') return 'rust'
  if (ext === 'java' || ext === 'kt' || ext === 'kts') return 'java'
  return 'other'
}

const TEST_DIR = /(?:^|\/)(?:test|tests|__tests__|spec|specs|__mocks__|e2e)\//
const TEST_NAME = [
  /\.(?:test|spec|e2e)\.[^/]+$/,
  /_test\.go$/,
  /(?:^|\/)test_[^/]*\.py$/,
  /_test\.py$/,
  /(?:^|\/)conftest\.py$/,
  /_spec\.rb$/,
  /(?:^|\/)[^/]*Tests?\.(?:java|kt|cs)$/
]

/** A test file by path convention (test names, test folders, pytest/go/jest/rspec conventions). */
export function isTestFile(path: string): boolean {
  const p = normalizePath(path)
  return TEST_DIR.test(p) || TEST_NAME.some(re => re.test(p))
}

/**
 * A stored snapshot or golden file (jest/vitest `__snapshots__`, `.snap`,
 * syrupy `.ambr`, go `.golden`, ApprovalTests `*.approved.*`).
 */
export function isSnapshotFile(path: string): boolean {
  const p = normalizePath(path)
  return (
    /(?:^|\/)__snapshots__\//.test(p) ||
    /\.(?:snap|ambr|golden|pending-snap)$/.test(p) ||
    /\.(?:approved|golden)\.[^/.]+$/.test(p)
  )
}

const SOURCE_EXT = new Set([
  'ts',
  'tsx',
  'mts',
  'cts',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'vue',
  'svelte',
  'py',
  'go',
  'rs',
  'java',
  'kt',
  'kts',
  'scala',
  'swift',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'cs',
  'dart',
  'php',
  'rb',
  'ex',
  'exs',
  'erl',
  'hs',
  'ml',
  'fs',
  'clj',
  'lua',
  'zig',
  'sql',
  'graphql',
  'proto'
])

/** Program source outside the tests (what a real fix changes). */
export function isSourceFile(path: string): boolean {
  return SOURCE_EXT.has(extOf(path)) && !isTestFile(path) && !isSnapshotFile(path)
}

export interface SourceViews {
  /** Comments and string contents blanked: what the program does. */
  code: string
  /** String contents blanked, comments kept: where suppression comments live. */
  codeAndComments: string
}

function blank(ch: string): string {
  return ch === '\n' ? '\n' : ' '
}

/** A scan of a text from `i`, building both views one character at a time. */
interface Scan {
  readonly text: string
  readonly n: number
  i: number
  readonly code: string[]
  readonly withComments: string[]
}

function pushCode(s: Scan, ch: string): void {
  s.code.push(ch)
  s.withComments.push(ch)
}

function pushComment(s: Scan, ch: string): void {
  s.code.push(blank(ch))
  s.withComments.push(ch)
}

function pushString(s: Scan, ch: string): void {
  s.code.push(blank(ch))
  s.withComments.push(blank(ch))
}

/** The next character, as code. */
function codeChar(s: Scan): void {
  pushCode(s, s.text[s.i] as string)
  s.i++
}

function lineComment(s: Scan): void {
  while (s.i < s.n && s.text[s.i] !== '\n') pushComment(s, s.text[s.i++] as string)
}

/** A block comment from i; an unterminated one runs to the end of the text. */
function blockComment(s: Scan): void {
  const end = s.text.indexOf('*/', s.i + 2)
  const stop = end < 0 ? s.n : end + 2
  while (s.i < stop) pushComment(s, s.text[s.i++] as string)
}

/** A quoted string from i (at the opening quote); the quotes themselves stay. */
function quoted(s: Scan, quote: string, multiline: boolean, escapes: boolean): void {
  const {text, n} = s
  for (const q of quote) pushCode(s, q)
  s.i += quote.length
  while (s.i < n) {
    const ch = text[s.i] as string
    if (escapes && ch === '\\' && s.i + 1 < n) {
      pushString(s, ch)
      pushString(s, text[s.i + 1] as string)
      s.i += 2
      continue
    }
    if (text.startsWith(quote, s.i)) {
      for (const q of quote) pushCode(s, q)
      s.i += quote.length
      return
    }
    if (ch === '\n' && !multiline) return
    pushString(s, ch)
    s.i++
  }
}

/** One token of C-like or Rust source: a comment, a string or char, or one character of code. */
function stepCLike(s: Scan, syntax: 'c' | 'rust'): void {
  const {text, i} = s
  const ch = text[i] as string
  const next = text[i + 1]
  if (ch === '/' && next === '/') return lineComment(s)
  if (ch === '/' && next === '*') return blockComment(s)
  if (ch === '"') return quoted(s, '"', syntax === 'rust', true)
  if (ch === '`' && syntax === 'c') return quoted(s, '`', true, true)
  if (ch === "'") {
    // Rust: 'a is a lifetime, 'x' and '\n' are chars.
    if (syntax === 'rust' && !/^'(?:\\.[^']{0,8}|[^'\\])'/.test(text.slice(i, i + 12))) {
      return codeChar(s)
    }
    return quoted(s, "'", false, true)
  }
  codeChar(s)
}

/** One token of Python: a comment, a (triple-quoted, raw) string, or one character of code. */
function stepPython(s: Scan): void {
  const {text, i} = s
  const ch = text[i] as string
  if (ch === '#') return lineComment(s)
  if (ch === '"' || ch === "'") {
    const triple = text.startsWith(ch.repeat(3), i)
    const raw = /[rR]/.test(text[i - 1] ?? '') && /[^\w]|^$/.test(text[i - 2] ?? '')
    return quoted(s, triple ? ch.repeat(3) : ch, triple, !raw)
  }
  codeChar(s)
}

/** One token of `hash` syntax: comments start a line or follow whitespace (`$#`, `a#b` are not comments). */
function stepHash(s: Scan): void {
  const {text, i} = s
  if (text[i] === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) return lineComment(s)
  codeChar(s)
}

/**
 * Blank comments and string contents. Cheap and forgiving: an unterminated
 * single-line string ends at the end of the line, so one odd quote never hides
 * the rest of a file. `hash` syntax (shell, YAML, TOML) only strips comments.
 */
export function sourceViews(text: string, syntax: Syntax): SourceViews {
  if (syntax === 'none') return {code: text, codeAndComments: text}
  const s: Scan = {text, n: text.length, i: 0, code: [], withComments: []}
  const step =
    syntax === 'python'
      ? stepPython
      : syntax === 'hash'
        ? stepHash
        : (scan: Scan): void => stepCLike(scan, syntax)
  while (s.i < s.n) step(s)
  return {code: s.code.join(''), codeAndComments: s.withComments.join('')}
}

/** Occurrences of a global regex in a text. */
export function countMatches(text: string, re: RegExp): number {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`)
  g.lastIndex = 0
  let count = 0
  while (g.exec(text) !== null) {
    count++
    if (g.lastIndex === 0) break
  }
  return count
}

/** Lines (trimmed, blank ones dropped) of `a` not in `b`, counted as multisets. */
export function removedLines(a: string, b: string): string[] {
  const left = new Map<string, number>()
  for (const line of b.split('\n')) {
    const t = line.trim()
    if (t !== '') left.set(t, (left.get(t) ?? 0) + 1)
  }
  const out: string[] = []
  for (const line of a.split('\n')) {
    const t = line.trim()
    if (t === '') continue
    const k = left.get(t) ?? 0
    if (k > 0) left.set(t, k - 1)
    else out.push(t)
  }
  return out
}
