// How a failure is named to a person (reports, commit titles, "it broke …"):
// one spelling for both fixing actions.
import type {Failure} from '../classify/types.js'

/** `file:line test` (or the error code, or the message's first line). */
export function failureLabel(f: Failure): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : ''
  const what = f.test ?? f.errorCode ?? f.message.split('\n')[0] ?? ''
  return [where, what].filter(Boolean).join(' ')
}

/** The paths a diff touches (both sides of a rename), sorted, each once. */
export function pathsOf(diff: readonly {path: string; oldPath?: string}[]): string[] {
  return [...new Set(diff.flatMap(c => (c.oldPath ? [c.oldPath, c.path] : [c.path])))].sort()
}

/**
 * Untrusted text (an exception type from Sentry, a test name from a log) as a
 * safe part of a commit subject: one line, no issue references or mentions
 * GitHub would act on (`Closes #12`, `Fixes GH-12`, `Resolves
 * https://github.com/o/r/issues/12`, `@team`), at most `max` characters.
 * `#` and `@` go first, so what they separated cannot join into a reference.
 */
export function commitSafe(text: string, max = 72): string {
  const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim()
  const inert = line
    .replace(/[#@]/g, '')
    .replace(/\b(GH)-(?=\d)/gi, '$1 ')
    .replace(/:\/\//g, ': //')
    .replace(/\b(www)\./gi, '$1 ')
  return inert.length > max ? `${inert.slice(0, max - 1)}…` : inert
}
