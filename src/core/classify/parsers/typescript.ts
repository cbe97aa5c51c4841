// tsc diagnostics: `file(line,col): error TS2322: …`, the --pretty form
// `file:line:col - error TS2322: …`, ts-loader's `[tsl] ERROR in file(l,c)` + `TS2322: …`,
// and Next.js's `./app/page.tsx:14:23` + `Type error: …`.
import {draft, int, isLocalModule, PATH, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import type {Category} from '../types.js'

const PLAIN = guarded(new RegExp(String.raw`(${PATH})\((\d+),(\d+)\): error (TS\d+): (.*)$`), [
  '): error '
])
const PRETTY = guarded(new RegExp(String.raw`(${PATH}):(\d+):(\d+) - error (TS\d+): (.*)$`), [
  ' - error '
])
const LOADER = guarded(
  new RegExp(String.raw`ERROR in (${PATH})(?:\((\d+),(\d+)\)|[: ](\d+):(\d+))`),
  ['ERROR in ']
)
const BARE = guarded(/^\s*(?:error )?(TS\d{4,5}): (.*)$/, ['TS'])
const NO_FILE = guarded(/(?:^|\s)error (TS\d+): (.*)$/, ['error '])
const NEXT_LOCATION = guarded(new RegExp(String.raw`^(${PATH}):(\d+):(\d+)$`), ['.'])
const NEXT_TYPE_ERROR = guarded(/^Type error: (.+)$/, ['Type error: '])
/** Related information pointing into an installed package's declarations. */
const PACKAGE_DECLARATION = guarded(/node_modules[/\\]\S+\.d\.[cm]?ts(?:\(\d+,\d+\)|:\d+:\d+)/, [
  'node_modules'
])
/** A declaration file of an installed package, as a diagnostic's own location. */
const INSTALLED_DECLARATION = /(?:^|[/\\])node_modules[/\\]\S+\.d\.[cm]?ts$/
const DECLARED_HERE = guarded(/(?:is|was also) declared here\.?$/, [' declared here'])
/** Codes that say "install the type definitions" (TS2580: `Do you need to install type definitions for node?`). */
const MISSING_TYPES_CODES = new Set([
  'TS2688',
  'TS2580',
  'TS2581',
  'TS2582',
  'TS2591',
  'TS2592',
  'TS2593'
])

/** Package-level module errors are a dependency or contract problem, not a compile error. */
export function tsCategory(code: string, message: string): [Category, string] {
  const spec = /(?:module|Module) '"?([^'"]+)"?'/.exec(message)?.[1]
  const pkg = spec !== undefined && !isLocalModule(spec)
  if ((code === 'TS2307' || code === 'TS2792') && pkg)
    return ['dependency_missing', 'tsc.module-not-found']
  if ((code === 'TS2305' || code === 'TS2724' || code === 'TS2614' || code === 'TS2459') && pkg)
    return ['contract_violation', 'tsc.missing-export']
  if (code === 'TS7016' && pkg) return ['dependency_missing', 'tsc.missing-types']
  if (MISSING_TYPES_CODES.has(code)) return ['dependency_missing', 'tsc.missing-types']
  return ['compile_error', 'tsc.diagnostic']
}

/** Codes for a message printed without one (Next.js's `Type error:`). */
function codeOf(message: string): string {
  if (/^Cannot find module '/.test(message)) return 'TS2307'
  if (/^Module '"[^"]+"' has no exported member/.test(message)) return 'TS2305'
  if (/^Cannot find type definition file for/.test(message)) return 'TS2688'
  return ''
}

/**
 * A type error whose related information points into a package's declarations
 * (`node_modules/…/x.d.ts(212,5): 'postMessage' is declared here.`): the code and the
 * installed package disagree about the package's API.
 */
function declaredInPackage(lines: readonly string[], from: number): boolean {
  let packageAt = -1
  for (let j = from + 1; j < Math.min(lines.length, from + 12); j++) {
    const l = lines[j]
    if (/error TS\d+:/.test(l)) return false
    if (PACKAGE_DECLARATION.test(l)) packageAt = j
    else if (/\.[cm]?tsx?(?:\(\d+,\d+\)|:\d+:\d+)/.test(l)) packageAt = -1
    // plain: `node_modules/…d.ts(212,5): 'x' is declared here.`; pretty: the location, code, then the words
    if (packageAt >= 0 && j - packageAt <= 4 && DECLARED_HERE.test(l)) return true
  }
  return false
}

export const parseTsc: LineParser = (lines, ctx) => {
  const out: Found[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const next = NEXT_TYPE_ERROR.exec(line)
    if (next) {
      const loc = i > 0 ? NEXT_LOCATION.exec(lines[i - 1].trim()) : null
      if (!loc) continue
      const code = codeOf(next[1])
      const [category, rule] = tsCategory(code, next[1])
      out.push(
        draft(
          i,
          'tsc',
          rule === 'tsc.diagnostic' ? 'next.type-error' : rule,
          category,
          0.9,
          next[1],
          {
            file: ctx.relativize(loc[1].replace(/^\.\//, '')),
            line: int(loc[2]),
            column: int(loc[3]),
            ...(code ? {errorCode: code} : {})
          }
        )
      )
      continue
    }
    if (!line.includes('TS')) continue
    const m = PLAIN.exec(line) ?? PRETTY.exec(line)
    if (m) {
      let [category, rule] = tsCategory(m[4], m[5])
      if (category === 'compile_error' && declaredInPackage(lines, i))
        [category, rule] = ['contract_violation', 'tsc.package-api']
      // the error is in an installed package's own declarations: the package does not fit
      // the TypeScript in use or another package (`node_modules/@types/webpack/index.d.ts`)
      else if (category === 'compile_error' && INSTALLED_DECLARATION.test(m[1]))
        [category, rule] = ['contract_violation', 'tsc.package-declarations']
      out.push(
        draft(i, 'tsc', rule, category, rule.startsWith('tsc.package') ? 0.75 : 0.95, m[5], {
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
      const [category, rule] = tsCategory(nf[1], nf[2])
      out.push(draft(i, 'tsc', rule, category, 0.85, nf[2], {errorCode: nf[1]}))
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
