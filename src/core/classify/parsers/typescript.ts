// tsc diagnostics: `file(line,col): error TS2322: …`, the --pretty form
// `file:line:col - error TS2322: …`, and ts-loader's `[tsl] ERROR in file(l,c)` + `TS2322: …`.
import {draft, int, isLocalModule, PATH, type Found, type LineParser} from './parser.js'
import type {Category} from '../types.js'

const PLAIN = new RegExp(String.raw`(${PATH})\((\d+),(\d+)\): error (TS\d+): (.*)$`)
const PRETTY = new RegExp(String.raw`(${PATH}):(\d+):(\d+) - error (TS\d+): (.*)$`)
const LOADER = new RegExp(String.raw`ERROR in (${PATH})(?:\((\d+),(\d+)\)|[: ](\d+):(\d+))`)
const BARE = /^\s*(?:error )?(TS\d{4,5}): (.*)$/
const NO_FILE = /^error (TS\d+): (.*)$/

/** Package-level module errors are a dependency or contract problem, not a compile error. */
export function tsCategory(code: string, message: string): [Category, string] {
  const spec = /(?:module|Module) '"?([^'"]+)"?'/.exec(message)?.[1]
  const pkg = spec !== undefined && !isLocalModule(spec)
  if ((code === 'TS2307' || code === 'TS2792') && pkg)
    return ['dependency_missing', 'tsc.module-not-found']
  if ((code === 'TS2305' || code === 'TS2724' || code === 'TS2614' || code === 'TS2459') && pkg)
    return ['contract_violation', 'tsc.missing-export']
  if (code === 'TS7016' && pkg) return ['dependency_missing', 'tsc.missing-types']
  return ['compile_error', 'tsc.diagnostic']
}

export const parseTsc: LineParser = (lines, ctx) => {
  const out: Found[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line.includes('TS')) continue
    const m = PLAIN.exec(line) ?? PRETTY.exec(line)
    if (m) {
      const [category, rule] = tsCategory(m[4], m[5])
      out.push(
        draft(i, 'tsc', rule, category, 0.95, m[5], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[4]
        })
      )
      continue
    }
    const nf = NO_FILE.exec(line)
    if (nf) {
      out.push(draft(i, 'tsc', 'tsc.diagnostic', 'compile_error', 0.85, nf[2], {errorCode: nf[1]}))
      continue
    }
    const b = BARE.exec(line)
    if (b && i > 0) {
      const loc = LOADER.exec(lines[i - 1]) ?? (i > 1 ? LOADER.exec(lines[i - 2]) : null)
      if (!loc) continue
      const [category, rule] = tsCategory(b[1], b[2])
      out.push(
        draft(i, 'tsc', rule, category, 0.9, b[2], {
          file: ctx.relativize(loc[1]),
          line: int(loc[2] ?? loc[4]),
          column: int(loc[3] ?? loc[5]),
          errorCode: b[1]
        })
      )
    }
  }
  return out
}
