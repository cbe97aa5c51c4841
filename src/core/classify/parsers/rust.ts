// rustc/cargo diagnostics, clippy lints and cargo test failures.
import {draft, int, PATH, type Found, type LineParser} from './parser.js'

const DIAG = /^error(?:\[(E\d{4})\])?: (.+)$/
const ARROW = new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)`)
const TEST_FAILED = /^test (\S+) \.\.\. FAILED$/
const PANIC_NEW = new RegExp(String.raw`^thread '([^']+)' panicked at (${PATH}):(\d+):(\d+):?$`)
const PANIC_OLD = new RegExp(
  String.raw`^thread '([^']+)' panicked at '(.*)', (${PATH}):(\d+):(\d+)$`
)
const SUMMARY =
  /^error: (?:could not compile|aborting due to|test failed, to rerun pass|\d+ targets? failed)/

export const parseRust: LineParser = (lines, ctx) => {
  const out: Found[] = []
  const panics = new Map<string, {file: string; line?: number; column?: number; message: string}>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = PANIC_NEW.exec(line)
    if (m) {
      panics.set(m[1], {
        file: ctx.relativize(m[2]),
        line: int(m[3]),
        column: int(m[4]),
        message: (lines[i + 1] ?? '').trim() || 'panicked'
      })
      continue
    }
    m = PANIC_OLD.exec(line)
    if (m) {
      panics.set(m[1], {
        file: ctx.relativize(m[3]),
        line: int(m[4]),
        column: int(m[5]),
        message: m[2]
      })
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
      for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
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
      out.push(
        draft(
          i,
          clippy ? 'clippy' : 'rustc',
          clippy ? 'clippy.lint' : 'rustc.diagnostic',
          clippy ? 'lint_error' : 'compile_error',
          0.95,
          m[2],
          {
            file: at ? ctx.relativize(at[1]) : undefined,
            line: int(at?.[2]),
            column: int(at?.[3]),
            errorCode: clippy ?? m[1]
          }
        )
      )
    }
  }
  for (const f of out) {
    if (f.rule !== 'cargo-test.failed' || !f.test) continue
    const p = panics.get(f.test.replace(/ > /g, '::'))
    if (p) Object.assign(f, {file: p.file, line: p.line, column: p.column, message: p.message})
  }
  return out
}
