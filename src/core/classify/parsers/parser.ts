// What every text parser gets and gives: normalized lines of one context window in,
// failure drafts (with the index of the line they were found on) out.
import type {Relativize} from '../paths.js'
import type {Category, FailureDraft} from '../types.js'

export interface ParseContext {
  relativize: Relativize
}

export interface Found extends FailureDraft {
  /** Index of the line the failure was found on. */
  index: number
  /** Weak evidence, not a failure: kept as a hint for when nothing else is found. */
  hint?: true
  /**
   * The lines the finding read beside its own, `[from, to)` (a retry plugin's log of a failed
   * try): no signature reads them.
   */
  block?: readonly [from: number, to: number]
}

export type LineParser = (lines: readonly string[], ctx: ParseContext) => Found[]

/** A module specifier that names a file of the repository rather than a package. */
export function isLocalModule(spec: string): boolean {
  return /^(?:\.{1,2}(?:\/|$)|\/|[A-Za-z]:[\\/]|[@~#]\/|src\/|app\/|lib\/|test\/)/.test(spec)
}

/** A plausible source path (no spaces, has an extension or a slash). */
export const PATH = String.raw`(?:[A-Za-z]:)?[^\s:()'"<>|*?]*[\w\])]\.[A-Za-z][\w]{0,9}`
/** A path stem: append the extension, e.g. String.raw`${STEM}\.go`. */
export const STEM = String.raw`(?:[A-Za-z]:)?[^\s:()'"<>|*?]*[\w\])-]`

export function draft(
  index: number,
  tool: string,
  rule: string,
  category: Category,
  confidence: number,
  message: string,
  extra: Partial<FailureDraft> = {}
): Found {
  return {index, tool, rule, category, confidence, message: message.trim().slice(0, 500), ...extra}
}

export function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) ? n : undefined
}

/** A regular expression, or one behind its needles (literal-guard.ts). */
export type Matcher = Pick<RegExp, 'exec' | 'test'>

/** The first line at or after `from` (within `limit` lines) that matches. */
export function findAhead(
  lines: readonly string[],
  from: number,
  limit: number,
  re: Matcher,
  stop?: Matcher
): RegExpExecArray | undefined {
  const end = Math.min(lines.length, from + limit)
  for (let i = from; i < end; i++) {
    if (stop && i > from && stop.test(lines[i])) return undefined
    const m = re.exec(lines[i])
    if (m) return m
  }
  return undefined
}
