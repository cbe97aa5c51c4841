// One root cause → one group. Sentry hashes every in-app frame, so one bug
// reached from two callers becomes two issues; self-heal joins issues with
// the same exception type, the same normalized message and the same top
// in-app frame (file + function). Two bugs that merely share an exception
// type stay apart: their top frames or message shapes differ. Stacks without
// any application frame are never joined.
import {createHash} from 'node:crypto'

export interface GroupableIssue {
  id: string
  exceptionType: string
  exceptionValue: string
  /** The in-app frame closest to the crash: its repository file (or normalized path) and function. */
  topFrame?: {file: string; function: string | null}
}

/**
 * The message with its variable parts replaced: UUIDs, hex, e-mails, IPs,
 * URLs, quoted values and numbers. JavaScript property accesses
 * (`(reading 'amount')`) are code, not data, and are kept.
 */
export function normalizeMessage(value: string): string {
  return value
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\b0x[0-9a-f]+\b/gi, '<hex>')
    .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>')
    .replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '<email>')
    .replace(/\bhttps?:\/\/\S+/g, '<url>')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '<ip>')
    .replace(/\((reading|setting) '([^'\n]*)'\)/g, '($1 \uE000$2\uE000)')
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, '<q>')
    .replace(/\uE000([^\uE000]*)\uE000/g, "'$1'")
    .replace(/(?<![\w.])-?\d+(?:\.\d+)?/g, '<n>')
    .replace(/\b\w*\d{3,}\w*\b/g, '<id>')
    .replace(/\s+/g, ' ')
    .trim()
}

/** `Object.sumLines`, `async sumLines`, `Layer.handle [as handle_request]` → `sumLines`, `handle`. */
export function normalizeFunction(fn: string | null): string {
  if (!fn) return '?'
  let f = fn.trim()
  f = f.replace(/\s*\[as [^\]]*\]$/, '')
  f = f.replace(/^(?:async|new)\s+/, '')
  f = f.replace(/\s*\(.*\)$/, '')
  const dot = f.lastIndexOf('.')
  if (dot >= 0 && dot < f.length - 1) f = f.slice(dot + 1)
  return f || '?'
}

export function normalizeType(type: string): string {
  return type.trim() || 'Error'
}

/** The root-cause key; issues without an application frame get a key of their own. */
export function groupKey(issue: GroupableIssue): string {
  if (!issue.topFrame) return `issue\u0000${issue.id}`
  return [
    normalizeType(issue.exceptionType),
    normalizeMessage(issue.exceptionValue),
    issue.topFrame.file,
    normalizeFunction(issue.topFrame.function)
  ].join('\u0000')
}

/** A stable id for a key: `g-` + 10 hex characters of its SHA-256. */
export function groupId(key: string): string {
  return `g-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`
}

export interface IssueGroup<T extends GroupableIssue = GroupableIssue> {
  id: string
  key: string
  exceptionType: string
  /** The normalized message shared by the members. */
  message: string
  topFrame: {file: string; function: string} | undefined
  /** In input order. */
  issues: T[]
}

/** Groups issues by root cause; groups come in the order of their first issue. */
export function groupIssues<T extends GroupableIssue>(issues: readonly T[]): IssueGroup<T>[] {
  const groups = new Map<string, IssueGroup<T>>()
  for (const issue of issues) {
    const key = groupKey(issue)
    let group = groups.get(key)
    if (!group) {
      group = {
        id: groupId(key),
        key,
        exceptionType: normalizeType(issue.exceptionType),
        message: normalizeMessage(issue.exceptionValue),
        topFrame: issue.topFrame
          ? {file: issue.topFrame.file, function: normalizeFunction(issue.topFrame.function)}
          : undefined,
        issues: []
      }
      groups.set(key, group)
    }
    group.issues.push(issue)
  }
  return [...groups.values()]
}
