// rustc/cargo diagnostics, clippy lints and cargo test failures.
// A diagnostic about another crate's API (an unresolved `use axum::Server`, a call whose
// definition is under ~/.cargo/registry) is a contract break, not a compile error.
import {draft, int, PATH, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import type {Category} from '../types.js'

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
  return ['compile_error', 'rustc.diagnostic', 0.95]
}

const SUMMARY = guarded(
  /^error: (?:could not compile|aborting due to|test failed, to rerun pass|\d+ targets? failed)/,
  ['error: ']
)

export const parseRust: LineParser = (lines, ctx) => {
  const out: Found[] = []
  const panics = new Map<
    string,
    {file: string; line?: number; column?: number; message: string; index: number}
  >()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = PANIC_NEW.exec(line)
    if (m) {
      panics.set(m[1], {
        file: ctx.relativize(m[2]),
        line: int(m[3]),
        column: int(m[4]),
        message: (lines[i + 1] ?? '').trim() || 'panicked',
        index: i
      })
      continue
    }
    m = PANIC_OLD.exec(line)
    if (m) {
      panics.set(m[1], {
        file: ctx.relativize(m[3]),
        line: int(m[4]),
        column: int(m[5]),
        message: m[2],
        index: i
      })
      continue
    }
    m = PANIC_OLD_OPEN.exec(line)
    if (m) {
      const name = m[1]
      const first = m[2]
      for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
        const end = PANIC_OLD_CLOSE.exec(lines[j])
        if (!end) continue
        panics.set(name, {
          file: ctx.relativize(end[1]),
          line: int(end[2]),
          column: int(end[3]),
          message: first,
          index: i
        })
        break
      }
      continue
    }
    m = TEST_FAILED.exec(line)
    if (m) {
      out.push(
        draft(i, 'cargo-test', 'cargo-test.failed', 'test_fail', 0.9, 'Test failed', {
          test: m[1].replace(/::/g, ' > ')
        })
      )
      continue
    }
    if (SUMMARY.test(line)) continue
    m = DIAG.exec(line)
    if (m) {
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
      if (!at && !m[1] && !clippy) continue // a cargo-level `error:` (handled by the signatures)
      // a rustc lint (a warning) that `-D warnings` turned into an error: a lint failure
      const denied = lines
        .slice(i + 1, j)
        .some(l => /`-D [\w:-]+` implied by `-D warnings`/.test(l))
      const [category, rule, confidence] = clippy
        ? (['lint_error', 'clippy.lint', 0.95] as const)
        : denied
          ? (['lint_error', 'rustc.denied-lint', 0.85] as const)
          : rustcCategory(m[1], m[2], lines.slice(i + 1, j))
      out.push(
        draft(i, clippy ? 'clippy' : 'rustc', rule, category, confidence, m[2], {
          file: at ? ctx.relativize(at[1]) : undefined,
          line: int(at?.[2]),
          column: int(at?.[3]),
          errorCode: clippy ?? m[1]
        })
      )
    }
  }
  const named = new Set<string>()
  for (const f of out) {
    if (f.rule !== 'cargo-test.failed' || !f.test) continue
    const key = f.test.replace(/ > /g, '::')
    named.add(key)
    const p = panics.get(key)
    if (p) Object.assign(f, {file: p.file, line: p.line, column: p.column, message: p.message})
  }
  // a pasted panic of a test thread without cargo's `test … FAILED` line: the test failed
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
  return out
}
