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

/**
 * Blank comments and string contents. Cheap and forgiving: an unterminated
 * single-line string ends at the end of the line, so one odd quote never hides
 * the rest of a file. `hash` syntax (shell, YAML, TOML) only strips comments.
 */
export function sourceViews(text: string, syntax: Syntax): SourceViews {
  if (syntax === 'none') return {code: text, codeAndComments: text}
  const code: string[] = []
  const withComments: string[] = []
  const n = text.length
  let i = 0
  const pushCode = (ch: string): void => {
    code.push(ch)
    withComments.push(ch)
  }
  const pushComment = (ch: string): void => {
    code.push(blank(ch))
    withComments.push(ch)
  }
  const pushString = (ch: string): void => {
    code.push(blank(ch))
    withComments.push(blank(ch))
  }
  const lineComment = (): void => {
    while (i < n && text[i] !== '\n') pushComment(text[i++] as string)
  }
  /** A quoted string from i (at the opening quote); the quotes themselves stay. */
  const quoted = (quote: string, multiline: boolean, escapes: boolean): void => {
    for (const q of quote) pushCode(q)
    i += quote.length
    while (i < n) {
      const ch = text[i] as string
      if (escapes && ch === '\\' && i + 1 < n) {
        pushString(ch)
        pushString(text[i + 1] as string)
        i += 2
        continue
      }
      if (text.startsWith(quote, i)) {
        for (const q of quote) pushCode(q)
        i += quote.length
        return
      }
      if (ch === '\n' && !multiline) return
      pushString(ch)
      i++
    }
  }
  while (i < n) {
    const ch = text[i] as string
    const next = text[i + 1]
    if (syntax === 'c' || syntax === 'rust') {
      if (ch === '/' && next === '/') {
        lineComment()
        continue
      }
      if (ch === '/' && next === '*') {
        const end = text.indexOf('*/', i + 2)
        const stop = end < 0 ? n : end + 2
        while (i < stop) pushComment(text[i++] as string)
        continue
      }
      if (ch === '"') {
        quoted('"', syntax === 'rust', true)
        continue
      }
      if (ch === '`' && syntax === 'c') {
        quoted('`', true, true)
        continue
      }
      if (ch === "'") {
        // Rust: 'a is a lifetime, 'x' and '\n' are chars.
        if (syntax === 'rust' && !/^'(?:\\.[^']{0,8}|[^'\\])'/.test(text.slice(i, i + 12))) {
          pushCode(ch)
          i++
          continue
        }
        quoted("'", false, true)
        continue
      }
      pushCode(ch)
      i++
      continue
    }
    if (syntax === 'python') {
      if (ch === '#') {
        lineComment()
        continue
      }
      if (ch === '"' || ch === "'") {
        const triple = text.startsWith(ch.repeat(3), i)
        const raw = /[rR]/.test(text[i - 1] ?? '') && /[^\w]|^$/.test(text[i - 2] ?? '')
        quoted(triple ? ch.repeat(3) : ch, triple, !raw)
        continue
      }
      pushCode(ch)
      i++
      continue
    }
    // hash: comments start a line or follow whitespace (`$#`, `a#b` are not comments).
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      lineComment()
      continue
    }
    pushCode(ch)
    i++
  }
  return {code: code.join(''), codeAndComments: withComments.join('')}
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
