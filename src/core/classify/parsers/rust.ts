// rustc/cargo diagnostics, clippy lints and cargo test failures.
// A diagnostic about another crate's API (an unresolved `use axum::Server`, a call whose
// definition is under ~/.cargo/registry) is a contract break, not a compile error.
import {draft, int, PATH, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import type {Category} from '../types.js'
import {runSteps, type Step, type StepState} from './steps.js'

const DIAG = guarded(/^error(?:\[(E\d{4})\])?: (.+)$/, ['error'])
const ARROW = guarded(new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)`), ['--> '])
const TEST_FAILED = guarded(/^test (\S+) \.\.\. FAILED$/, [' ... FAILED'])
const PANIC_NEW = guarded(
  new RegExp(String.raw`^thread '([^']+)' panicked at (${PATH}):(\d+):(\d+):?$`),
  ["' panicked at "]
)
const PANIC_OLD = guarded(
  new RegExp(String.raw`^thread '([^']+)' panicked at '(.*)', (${PATH}):(\d+):(\d+)$`),
  ["' panicked at '"]
)
/** The old format with a multi-line message (`assertion failed: \`(left == right)\`` then left/right). */
const PANIC_OLD_OPEN = guarded(/^thread '([^']+)' panicked at '(.*)$/, ["' panicked at '"])
const PANIC_OLD_CLOSE = guarded(new RegExp(String.raw`', (${PATH}):(\d+):(\d+)$`), ["', "])
/** A thread named after a test function (`kad::tests::expires`, `test_parse`): a test's panic. */
const TEST_THREAD = guarded(/(?:^|::)tests?(?:::|$)|(?:^|::)test_\w+$/, ['test'])
/** A note pointing into a downloaded crate (`--> ~/.cargo/registry/src/index.crates.io-…/reqwest-0.12.9/src/…`). */
const CRATE_SOURCE = guarded(
  /-->\s+\S*[/\\]\.cargo[/\\](?:registry[/\\]src|git[/\\]checkouts)[/\\]/,
  ['registry', 'checkouts']
)
/** Errors that say the code and a crate disagree on the crate's API when the item is the crate's. */
const API_CODES = new Set([
  'E0061', // wrong number of arguments
  'E0050',
  'E0107', // wrong number of generic arguments
  'E0599', // no method
  'E0560', // struct has no field
  'E0609', // no field
  'E0063', // missing struct fields
  'E0026',
  'E0027',
  'E0603', // private item
  'E0616',
  'E0624'
])
/** The type an item was looked up on, when rustc names it by a path: its first segment. */
const FOUND_FOR =
  /\bfound for (?:struct|enum|union|type|trait|reference|associated type|opaque type) `&?(?:mut )?(\w+)::\w/
/** `use` roots that are the crate itself or the standard library. */
const LOCAL_ROOTS = guarded(/^(?:crate|self|super|std|core|alloc|proc_macro|test)$/, [
  'crate',
  'self',
  'super',
  'std',
  'core',
  'alloc',
  'proc_macro',
  'test'
])

/**
 * rustc's category for a diagnostic: an unresolved path into another crate is a missing
 * crate (`unlinked crate`) or a contract break (`no \`Server\` in the root`); an API error whose
 * definition is in a downloaded crate is a contract break.
 */
function rustcCategory(
  code: string | undefined,
  message: string,
  block: readonly string[]
): [Category, string, number] {
  const text = block.join('\n')
  if (code === 'E0432' || code === 'E0433') {
    const path = /unresolved import `([\w:]+)`|failed to resolve: [^`]*`(\w+)`/.exec(message)
    const root = (path?.[1] ?? path?.[2] ?? '').split('::')[0]
    const all = `${message}\n${text}`
    // rustc itself says the crate is not a dependency (or a build script lacks its
    // build-dependency): a missing crate
    if (
      /unlinked crate|can't find crate|you might be missing crate|`cargo add /.test(all) ||
      (/undeclared crate/.test(all) && /-->\s+(?:\S*[/\\])?build\.rs:/.test(text))
    )
      return ['dependency_missing', 'rustc.missing-crate', 0.8]
    // `undeclared crate or module` is as often a module of the crate itself (one a cfg left
    // out, one a generator did not write): a compile error, unless the path was written by
    // another crate's macro, which then expects a crate this one does not have.
    if (/undeclared crate/.test(all))
      return /originates in the (?:derive |attribute )?macro/.test(text)
        ? ['contract_violation', 'rustc.macro-path', 0.6]
        : ['compile_error', 'rustc.unresolved-path', 0.8]
    if (
      root &&
      !LOCAL_ROOTS.test(root) &&
      /could not find `\w+` in `\w+`|no `\w+` in /.test(`${message}\n${text}`)
    )
      return ['contract_violation', 'rustc.crate-api', 0.7]
  }
  if (code && API_CODES.has(code) && CRATE_SOURCE.test(text))
    return ['contract_violation', 'rustc.crate-api', 0.75]
  // the item is missing from a type rustc names by another crate's path
  // (`no method named \`x\` found for struct \`gsgdt::Node\``)
  const owner = FOUND_FOR.exec(message)?.[1]
  if (code && API_CODES.has(code) && owner && !LOCAL_ROOTS.test(owner))
    return ['contract_violation', 'rustc.crate-api', 0.7]
  return ['compile_error', 'rustc.diagnostic', 0.95]
}

const SUMMARY = guarded(
  /^error: (?:could not compile|aborting due to|test failed, to rerun pass|\d+ targets? failed)/,
  ['error: ']
)

/** Where a thread panicked, kept for the `test … FAILED` line that names the same test. */
interface Panic {
  file: string
  line?: number
  column?: number
  message: string
  index: number
}

/** Panics by thread name, seen anywhere in the window (they print before the failed tests). */
interface RustState extends StepState {
  panics: Map<string, Panic>
}

/** `thread 'name' panicked at file:line:col:` with the message on the next line. */
const panicNew: Step<RustState> = (s, i, line) => {
  const m = PANIC_NEW.exec(line)
  if (!m) return false
  s.panics.set(m[1], {
    file: s.ctx.relativize(m[2]),
    line: int(m[3]),
    column: int(m[4]),
    message: (s.lines[i + 1] ?? '').trim() || 'panicked',
    index: i
  })
  return true
}

/** The old one-line format: `thread 'name' panicked at 'message', file:line:col`. */
const panicOld: Step<RustState> = (s, i, line) => {
  const m = PANIC_OLD.exec(line)
  if (!m) return false
  s.panics.set(m[1], {
    file: s.ctx.relativize(m[3]),
    line: int(m[4]),
    column: int(m[5]),
    message: m[2],
    index: i
  })
  return true
}

/** The old format with a multi-line message, closed by `', file:line:col` a few lines on. */
const panicOldOpen: Step<RustState> = (s, i, line) => {
  const {lines} = s
  const m = PANIC_OLD_OPEN.exec(line)
  if (!m) return false
  for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
    const end = PANIC_OLD_CLOSE.exec(lines[j])
    if (!end) continue
    s.panics.set(m[1], {
      file: s.ctx.relativize(end[1]),
      line: int(end[2]),
      column: int(end[3]),
      message: m[2],
      index: i
    })
    break
  }
  return true
}

const testFailed: Step<RustState> = (s, i, line) => {
  const m = TEST_FAILED.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'cargo-test', 'cargo-test.failed', 'test_fail', 0.9, 'Test failed', {
      test: m[1].replace(/::/g, ' > ')
    })
  )
  return true
}

/** cargo's closing `error: could not compile …` lines are no diagnostic of their own. */
const summary: Step<RustState> = (_s, _i, line) => SUMMARY.test(line)

/** rustc's `error[E…]: message` and its block up to the next diagnostic: location, clippy lint. */
const diagnostic: Step<RustState> = (s, i, line) => {
  const {lines} = s
  const m = DIAG.exec(line)
  if (!m) return false
  let at: RegExpExecArray | null = null
  let clippy: string | undefined
  let j = i + 1
  for (; j < Math.min(lines.length, i + 30); j++) {
    const l = lines[j]
    if (/^(?:error|warning)(?:\[\w+\])?: /.test(l)) break
    at ??= ARROW.exec(l)
    const c = /clippy::([\w_-]+)|rust-clippy\/master\/index\.html#([\w_-]+)/.exec(l)
    if (c) {
      clippy = `clippy::${c[1] ?? c[2]}`
      break
    }
  }
  if (!at && !m[1] && !clippy) return true // a cargo-level `error:` (handled by the signatures)
  const [category, rule, confidence] = diagnosticKind(lines, i, j, m, clippy)
  s.out.push(
    draft(i, clippy ? 'clippy' : 'rustc', rule, category, confidence, m[2], {
      file: at ? s.ctx.relativize(at[1]) : undefined,
      line: int(at?.[2]),
      column: int(at?.[3]),
      errorCode: clippy ?? m[1]
    })
  )
  return true
}

/** A clippy lint, a rustc lint that `-D warnings` made an error, or what rustc's code says. */
function diagnosticKind(
  lines: readonly string[],
  i: number,
  j: number,
  m: RegExpExecArray,
  clippy: string | undefined
): readonly [Category, string, number] {
  if (clippy) return ['lint_error', 'clippy.lint', 0.95]
  const denied = lines.slice(i + 1, j).some(l => /`-D [\w:-]+` implied by `-D warnings`/.test(l))
  if (denied) return ['lint_error', 'rustc.denied-lint', 0.85]
  return rustcCategory(m[1], m[2], lines.slice(i + 1, j))
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<RustState> = (s, i, line) =>
  panicNew(s, i, line) ||
  panicOld(s, i, line) ||
  panicOldOpen(s, i, line) ||
  testFailed(s, i, line) ||
  summary(s, i, line) ||
  diagnostic(s, i, line)

/** Gives each `test … FAILED` its panic's place and message; returns the tests so named. */
function attachPanics(out: Found[], panics: ReadonlyMap<string, Panic>): Set<string> {
  const named = new Set<string>()
  for (const f of out) {
    if (f.rule !== 'cargo-test.failed' || !f.test) continue
    const key = f.test.replace(/ > /g, '::')
    named.add(key)
    const p = panics.get(key)
    if (p) Object.assign(f, {file: p.file, line: p.line, column: p.column, message: p.message})
  }
  return named
}

/** A pasted panic of a test thread without cargo's `test … FAILED` line: the test failed. */
function unnamedTestPanics(out: Found[], panics: ReadonlyMap<string, Panic>, named: Set<string>) {
  for (const [name, p] of panics) {
    if (named.has(name) || !TEST_THREAD.test(name)) continue
    out.push(
      draft(p.index, 'cargo-test', 'cargo-test.panic', 'test_fail', 0.8, p.message, {
        test: name.replace(/::/g, ' > '),
        file: p.file,
        line: p.line,
        column: p.column
      })
    )
  }
}

export const parseRust: LineParser = (lines, ctx) => {
  const panics = new Map<string, Panic>()
  const out = runSteps({lines, ctx, out: [], panics}, parseLine)
  unnamedTestPanics(out, panics, attachPanics(out, panics))
  return out
}
