// The project's import graph, for the fan-out's independent groups: which
// repository files each source file imports. JS/TS (ESM `import … from`,
// `export … from`, side-effect `import '…'`, dynamic `import()`, `require()`)
// and Python (`import a.b`, `from a.b import c`, `from . import x`,
// `from ..pkg import y`). Comments and string contents are blanked first
// (fixing/source-text's cheap tokenizer), so the word `import` in a comment,
// a docstring or a string never makes an edge. Specifiers that name no
// repository file (packages, the standard library, aliases) are dropped. Pure:
// file texts and the repository's file list in, the graph out.
import {languageOf, normalizePath, sourceViews} from '../fixing/source-text.js'

/** file → repository files it imports (repository-relative, '/'-separated). */
export type ImportGraph = Readonly<Record<string, readonly string[]>>

/** Module specifiers a source file imports (JS/TS: import/export from, import(), require(); Python: import / from … import). */
export function importSpecifiers(path: string, text: string): string[] {
  const language = languageOf(path)
  if (language === 'js') return jsSpecifiers(text)
  if (language === 'python') return pythonSpecifiers(text)
  return []
}

// In the code view string contents are blanked but the quotes stay, at the
// same offsets as in the raw text: the pattern finds the opening quote in
// the code view, the specifier is read from the raw text.
const JS_IMPORT = new RegExp(
  [
    String.raw`\bfrom\s*(['"])`, // import … from '…', export … from '…'
    String.raw`(?<![\w$.])import\s*(['"])`, // import '…'
    String.raw`(?<![\w$.])import\s*\(\s*(['"\x60])`, // import('…')
    String.raw`(?<![\w$.])require\s*\(\s*(['"\x60])` // require('…'), import x = require('…')
  ].join('|'),
  'g'
)

function jsSpecifiers(text: string): string[] {
  const {code} = sourceViews(text, 'c')
  const out: string[] = []
  for (const m of code.matchAll(JS_IMPORT)) {
    const quote = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
    const open = m.index + m[0].length - 1
    const close = code.indexOf(quote, open + 1)
    if (close < 0) continue
    const spec = text.slice(open + 1, close)
    if (spec === '' || spec.includes('\n') || spec.includes('${')) continue
    if (!out.includes(spec)) out.push(spec)
  }
  return out
}

const DOTTED = String.raw`[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*`
const PY_IMPORT = new RegExp(
  String.raw`^[ \t]*import[ \t]+(${DOTTED}(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*${DOTTED}(?:[ \t]+as[ \t]+\w+)?)*)`,
  'gm'
)
const PY_FROM = new RegExp(
  String.raw`^[ \t]*from[ \t]+(\.*(?:${DOTTED})?)[ \t]+import[ \t]*(\([^)]*\)|[^\n;]*)`,
  'gm'
)

/** One Python import statement: `import M` (no names) or `from M import n, …` (names; `*` is none). */
interface PythonImport {
  module: string
  names?: string[]
}

function pythonImports(text: string): PythonImport[] {
  // Backslash continuations joined; comments and strings (docstrings) blanked.
  const code = sourceViews(text, 'python').code.replace(/\\\r?\n/g, ' ')
  const out: PythonImport[] = []
  for (const m of code.matchAll(PY_IMPORT))
    for (const part of (m[1] ?? '').split(','))
      out.push({module: part.replace(/\s+as\s+\w+\s*$/, '').replace(/\s+/g, '')})
  for (const m of code.matchAll(PY_FROM)) {
    const module = (m[1] ?? '').replace(/\s+/g, '')
    if (module === '') continue
    const names: string[] = []
    for (const part of (m[2] ?? '').replace(/[()]/g, ' ').split(',')) {
      const name = /^\s*([A-Za-z_]\w*)/.exec(part)?.[1]
      if (name !== undefined) names.push(name)
    }
    out.push({module, names})
  }
  return out
}

/** `M.n`, or `.n` after a relative module of dots only. */
function submodule(module: string, name: string): string {
  return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`
}

/**
 * Python specifiers as dotted names: `a.b`, and for `from M import n` both
 * `M` and `M.n` (n may be a submodule); relative ones keep their dots
 * (`.x`, `..pkg.y`).
 */
function pythonSpecifiers(text: string): string[] {
  const out: string[] = []
  for (const {module, names} of pythonImports(text))
    for (const spec of [module, ...(names ?? []).map(n => submodule(module, n))])
      if (!out.includes(spec)) out.push(spec)
  return out
}

/**
 * The repository files a Python file imports. `from M import n` depends on
 * the submodule M.n when there is one, and on M itself (its `__init__.py` or
 * module) only for names that are not submodules: `from app.services import
 * billing` does not tie every importer of a submodule to the package's
 * `__init__.py`.
 */
function pythonTargets(from: string, text: string, files: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const {module, names} of pythonImports(text)) {
    const subs = (names ?? []).map(n => resolvePython(from, submodule(module, n), files))
    const found = subs.filter((f): f is string => f !== undefined)
    out.push(...found)
    if (names === undefined || found.length < Math.max(1, subs.length)) {
      const own = resolvePython(from, module, files)
      if (own !== undefined) out.push(own)
    }
  }
  return out
}

/** Resolves each file's specifiers against the repository's files (relative specifiers, `.js`→`.ts`/`.tsx`,
 *  index files, Python packages/modules, dotted relative imports); bare packages are dropped. */
export function buildImportGraph(
  sources: Readonly<Record<string, string>>,
  repoFiles: readonly string[]
): ImportGraph {
  const files = new Set(repoFiles.map(normalizePath))
  const graph: Record<string, string[]> = {}
  for (const raw of Object.keys(sources).sort()) {
    const path = normalizePath(raw)
    const text = sources[raw] ?? ''
    const targets =
      languageOf(path) === 'python'
        ? pythonTargets(path, text, files)
        : importSpecifiers(path, text).map(spec => resolveSpecifier(path, spec, files))
    const edges: string[] = []
    for (const target of targets)
      if (target !== undefined && target !== path && !edges.includes(target)) edges.push(target)
    graph[path] = edges
  }
  return graph
}

/** The repository file a specifier of `from` names, or undefined (a package, the standard library). */
export function resolveSpecifier(
  from: string,
  spec: string,
  files: ReadonlySet<string>
): string | undefined {
  const language = languageOf(from)
  if (language === 'js') return resolveJs(from, spec, files)
  if (language === 'python') return resolvePython(from, spec, files)
  return undefined
}

/** `a/b/../c` → `a/c`; undefined when it climbs out of the repository. */
function joinPath(dir: string, rel: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/')
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(seg)
  }
  return parts.join('/')
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

const JS_EXTS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json']
/** What TypeScript's NodeNext resolution maps a written extension to. */
const SOURCE_FOR: Record<string, readonly string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts']
}

function resolveJs(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  if (!spec.startsWith('./') && !spec.startsWith('../') && spec !== '.' && spec !== '..')
    return undefined
  const base = joinPath(dirOf(from), spec.split(/[?#]/)[0] ?? '')
  if (base === undefined) return undefined
  const ext = /\.[cm]?jsx?$/.exec(base)?.[0]
  // TypeScript's order: the source a written `.js` stands for, then the file itself.
  const candidates = [
    ...(ext ? (SOURCE_FOR[ext] ?? []).map(e => base.slice(0, -ext.length) + e) : []),
    base,
    ...JS_EXTS.map(e => base + e),
    ...JS_EXTS.map(e => `${base === '' ? '' : `${base}/`}index${e}`)
  ]
  return candidates.find(c => c !== '' && files.has(c))
}

/** `a.b` → `a/b.py` or `a/b/__init__.py` under root (`''` is the repository root). */
function pythonModule(
  root: string,
  dotted: string,
  files: ReadonlySet<string>
): string | undefined {
  const rel = dotted.split('.').filter(Boolean).join('/')
  const base = [root, rel].filter(Boolean).join('/')
  const candidates = rel === '' ? [`${base}/__init__.py`] : [`${base}.py`, `${base}/__init__.py`]
  return candidates.map(c => c.replace(/^\//, '')).find(c => files.has(c))
}

/**
 * Relative (`.x`: the importing file's package, one more dot per level up) or
 * absolute, tried under the repository root, `src/`, then the importing
 * file's own folder (pytest's default `prepend` import mode puts a test's
 * folder on sys.path, so `import helpers` in tests/ is tests/helpers.py).
 */
function resolvePython(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const dots = /^\.*/.exec(spec)?.[0].length ?? 0
  const rest = spec.slice(dots)
  if (dots > 0) {
    let dir: string | undefined = dirOf(from)
    for (let i = 1; i < dots && dir !== undefined; i++) dir = joinPath(dir, '..')
    return dir === undefined ? undefined : pythonModule(dir, rest, files)
  }
  for (const root of ['', 'src', dirOf(from)]) {
    const found = pythonModule(root, rest, files)
    if (found !== undefined) return found
  }
  return undefined
}

// A barrel: a file that only passes other modules' names on (`index.ts` of
// `export … from` lines, a Python `__init__.py` of imports and `__all__`).
const JS_REEXPORT = new RegExp(
  [
    String.raw`(?:import|export)\s+(?:type\s+)?[\w$\s{},*]*?\bfrom\s*(['"])\s*\1`,
    String.raw`import\s*(['"])\s*\2`,
    String.raw`export\s+(?:type\s+)?\{[\w$\s,]*\}`
  ]
    .map(alternative => `(?:${alternative})\\s*;?`)
    .join('|'),
  'g'
)
const PY_REEXPORT =
  /^[ \t]*(?:from[ \t]+[.\w]+[ \t]+import[ \t]+(?:\([^)]*\)|[^\n]*)|import[ \t]+[^\n]*|__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(][^\])]*[\])])[ \t]*$/gm

/** A file that only re-exports (a barrel): nothing but import/re-export statements (and `__all__`),
 *  at least one export among them in JS/TS (a Python module's imports are its names). */
export function isBarrel(path: string, text: string): boolean {
  const language = languageOf(path)
  if (language === 'js') {
    const code = sourceViews(text, 'c').code
    // Imports alone make a side-effect module (a test without tests), not a barrel.
    return /\bexport\b/.test(code) && code.replace(JS_REEXPORT, '').trim() === ''
  }
  if (language === 'python') {
    const code = sourceViews(text, 'python').code.replace(/\\\r?\n/g, ' ')
    // Blanked string literals (a docstring) go too: only their quotes are left.
    const rest = code.replace(PY_REEXPORT, '').replace(/("""|'''|"|')\s*\1/g, '')
    return /\bimport\b/.test(code) && rest.trim() === ''
  }
  return false
}

/** The barrels among the sources (sorted): what the fan-out's one hop passes over (groups.ts). */
export function barrelFiles(sources: Readonly<Record<string, string>>): string[] {
  return Object.keys(sources)
    .filter(p => isBarrel(p, sources[p] ?? ''))
    .map(normalizePath)
    .sort()
}
