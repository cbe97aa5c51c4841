// Which changed source a rewritten snapshot may go with. A stored snapshot
// (jest/vitest `__snapshots__/*.snap`, syrupy `.ambr`, insta `.snap`, Go
// `.golden`, ApprovalTests `*.approved.*`) records what some code produced;
// rewriting it is a fix only when that code changed too. Rewriting it next to
// an unrelated source edit is the same as rewriting it alone.
//
// The rule, by names only (the guards read no files):
//  1. the snapshot's names: the words of its file name and, for a snapshot
//     under `__snapshots__/` or `snapshots/`, of its test file's name, with
//     extensions and test words dropped (`receipt.test.ts.snap` → `receipt`,
//     `test_receipt.ambr` → `receipt`, `crate__parser__expr.snap` → `crate`,
//     `parser`, `expr`, `ReceiptTest.total.approved.txt` → `receipt`, `total`);
//  2. a changed source's names: its file name without extension, and its
//     folder's name when the file is an index (`index`, `__init__`, `mod`, `lib`);
//  3. the snapshot is covered when a name of 2 equals a name of 1 (case, `-`
//     and `_` aside), or when the snapshot's test file is in the change and
//     imports a changed source by that name, or, for a file under a Go
//     `testdata/` folder, when a changed non-test .go file sits in the package
//     folder that holds `testdata/`.
import {normalizePath} from './source-text.js'

const GENERIC = new Set([
  'test',
  'tests',
  'spec',
  'specs',
  'snap',
  'snapshot',
  'snapshots',
  'approved',
  'received',
  'golden',
  'ambr',
  'index',
  'main',
  'init'
])
const EXTENSION =
  /^(?:[cm]?[jt]sx?|py|go|rs|java|kt|rb|php|cs|txt|json|html?|xml|ya?ml|md|out|svg|png)$/i
const INDEX_FILE = /^(?:index|__init__|mod|lib)$/

const key = (word: string): string => word.toLowerCase().replace(/[-_]/g, '')

function dirOf(path: string): string {
  const p = normalizePath(path)
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''
}

function baseOf(path: string): string {
  return normalizePath(path).split('/').pop() ?? ''
}

/** The words of a file name that can name code, keyed (`ReceiptTest.total.approved.txt` → receipt, total). */
function nameWords(fileName: string): string[] {
  return fileName
    .split(/\.|__/)
    .map(w => w.replace(/^test_|_test$|_spec$|(?<=[a-z0-9])Tests?$/g, ''))
    .filter(w => w.length > 1 && !EXTENSION.test(w) && !GENERIC.has(w.toLowerCase()))
    .map(key)
}

/** The test file a stored snapshot belongs to, by the runners' conventions. */
export function snapshotOwner(snapshot: string): string[] {
  const dir = dirOf(snapshot)
  const base = baseOf(snapshot)
  if (!/(?:^|\/)__snapshots__$/.test(dir)) return []
  const parent = dirOf(dir)
  const join = (name: string): string => (parent === '' ? name : `${parent}/${name}`)
  if (base.endsWith('.snap')) return [join(base.slice(0, -'.snap'.length))]
  if (base.endsWith('.ambr')) return [join(`${base.slice(0, -'.ambr'.length)}.py`)]
  return []
}

/** Module names a test file imports (the last segment of each specifier). */
export function importedNames(text: string): string[] {
  const specs = [
    ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*from\s+([\w.]+)\s+import\s+([\w, ]+)/gm),
    ...text.matchAll(/^\s*import\s+([\w.]+)/gm)
  ].flatMap(m => [m[1] ?? '', ...(m[2] ?? '').split(',')])
  return specs
    .flatMap(moduleName)
    .filter(w => w.length > 1)
    .map(key)
}

/** `../src/receipt.js` → receipt, `../lib/receipt/index` → receipt, `app.receipt` → receipt. */
function moduleName(specifier: string): string[] {
  const parts = specifier.trim().split('/')
  const last = parts.pop() ?? ''
  const dotted = last.split('.')
  const ext = dotted.length > 1 && EXTENSION.test(dotted[dotted.length - 1] as string)
  const name = ext ? dotted.slice(0, -1).join('.') : (dotted.pop() ?? '')
  return INDEX_FILE.test(name) ? [parts.pop() ?? ''] : [name]
}

/** The names a source file goes by: its base name, or its folder's for an index file. */
function sourceNames(path: string): string[] {
  const stem = baseOf(path).replace(/\.[^.]+$/, '')
  const folder = baseOf(dirOf(path))
  return (INDEX_FILE.test(stem) ? [folder] : [stem]).filter(w => w !== '').map(key)
}

export interface CoverageInput {
  /** The stored snapshot (or, for inline snapshots, the test file) that changed. */
  snapshot: string
  /** Non-test source files whose code changed. */
  sources: readonly string[]
  /** Contents after the change of test files in the diff, by path (to read their imports). */
  tests: ReadonlyMap<string, string>
}

/** The changed sources the snapshot plausibly records the output of (see the rule above). */
export function coveringSources(input: CoverageInput): string[] {
  const owners = [input.snapshot, ...snapshotOwner(input.snapshot)]
  const names = new Set(owners.flatMap(o => nameWords(baseOf(o))))
  for (const o of owners) {
    const text = input.tests.get(normalizePath(o))
    if (text !== undefined) for (const n of importedNames(text)) names.add(n)
  }
  const goPackage = /(?:^|\/)testdata(?:\/|$)/.test(input.snapshot)
    ? input.snapshot.replace(/\/?testdata(?:\/.*)?$/, '')
    : undefined
  return input.sources.filter(
    s =>
      sourceNames(s).some(n => names.has(n)) ||
      (goPackage !== undefined && s.endsWith('.go') && dirOf(s) === goPackage)
  )
}
