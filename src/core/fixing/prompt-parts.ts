// The parts of a model prompt both fixing actions share: the Messages API
// shapes, cache breakpoints (stable parts first so later turns read them from
// the cache), the repository map, trimming of long output, and what the model
// is told about earlier attempts.
import type Anthropic from '@anthropic-ai/sdk'
import {normalizePath} from './source-text.js'

type Tool = Anthropic.Messages.Tool
type TextBlockParam = Anthropic.Messages.TextBlockParam
type MessageParam = Anthropic.Messages.MessageParam

export const EPHEMERAL = {type: 'ephemeral'} as const

/** The API allows at most 4 cache breakpoints per request. */
export const MAX_CACHE_BREAKPOINTS = 4

export interface ErrorHint {
  id: string
  title: string
  text: string
}

/** The end of a text, at most `maxBytes` of UTF-8, cut at a line start, with a note of what was cut. */
export function tailTrim(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let tail = bytes
    .subarray(bytes.length - maxBytes)
    .toString('utf8')
    .replace(/^\uFFFD+/, '')
  const nl = tail.indexOf('\n')
  if (nl >= 0 && nl < tail.length - 1) tail = tail.slice(nl + 1)
  return `[… ${bytes.length - Buffer.byteLength(tail, 'utf8')} earlier bytes trimmed …]\n${tail}`
}

/** A compact map of the repository: paths grouped by folder, capped. */
export function repositoryMap(paths: readonly string[], maxEntries = 400): string {
  const sorted = [...new Set(paths.map(normalizePath))].filter(p => p !== '').sort()
  const byDir = new Map<string, string[]>()
  for (const p of sorted) {
    const slash = p.lastIndexOf('/')
    const dir = slash < 0 ? '.' : p.slice(0, slash)
    const list = byDir.get(dir) ?? []
    list.push(slash < 0 ? p : p.slice(slash + 1))
    byDir.set(dir, list)
  }
  const lines: string[] = []
  let shown = 0
  for (const [dir, names] of byDir) {
    if (shown >= maxEntries) break
    const room = maxEntries - shown
    const part = names.slice(0, room)
    shown += part.length
    lines.push(
      `${dir}/: ${part.join(', ')}${names.length > part.length ? `, … (+${names.length - part.length})` : ''}`
    )
  }
  if (sorted.length > shown) lines.push(`… ${sorted.length - shown} more files (use list_files)`)
  return lines.join('\n')
}

export interface PromptFile {
  path: string
  content: string
}

export interface PreviousAttempt {
  /** What was tried (the files changed). */
  summary: string
  /** Why it was not kept: the checks' output tail, the guard's verdict. */
  outcome: string
}

export interface FixPrompt {
  system: TextBlockParam[]
  tools: Tool[]
  messages: MessageParam[]
  hint?: ErrorHint
  /** Cache breakpoints used (≤ MAX_CACHE_BREAKPOINTS). */
  cacheBreakpoints: number
}

function hasCacheControl(block: unknown): boolean {
  return (
    typeof block === 'object' &&
    block !== null &&
    'cache_control' in block &&
    (block as {cache_control?: unknown}).cache_control != null
  )
}

/** Cache breakpoints in a request (tools, system blocks and message blocks). */
export function countCacheBreakpoints(request: {
  tools?: readonly unknown[]
  system?: readonly unknown[] | string
  messages: readonly MessageParam[]
}): number {
  let n = 0
  for (const t of request.tools ?? []) if (hasCacheControl(t)) n++
  if (Array.isArray(request.system)) for (const b of request.system) if (hasCacheControl(b)) n++
  for (const m of request.messages) {
    if (typeof m.content === 'string') continue
    for (const b of m.content) if (hasCacheControl(b)) n++
  }
  return n
}

/**
 * For the next turn of a conversation: one breakpoint on the last block of the
 * last message (so the conversation so far is read from the cache next time),
 * and none on earlier messages. With tools and two system breakpoints that is
 * 4, the API's maximum. Returns new messages; the input is not changed.
 */
export function withConversationBreakpoint(messages: readonly MessageParam[]): MessageParam[] {
  type Block = Anthropic.Messages.ContentBlockParam
  const uncached = (b: Block): Block => {
    if (!hasCacheControl(b)) return b
    const copy = {...b} as Block & {cache_control?: unknown}
    delete copy.cache_control
    return copy
  }
  const out = messages.map((m): MessageParam => {
    if (m.role === 'system' || typeof m.content === 'string') return m
    return {...m, content: m.content.map(uncached)}
  })
  const last = out[out.length - 1]
  if (last === undefined || last.role === 'system') return out
  const content: Block[] =
    typeof last.content === 'string' ? [{type: 'text', text: last.content}] : [...last.content]
  const tail = content[content.length - 1]
  if (tail === undefined || tail.type === 'thinking' || tail.type === 'redacted_thinking')
    return out
  content[content.length - 1] = {...tail, cache_control: EPHEMERAL} as Block
  out[out.length - 1] = {...last, content}
  return out
}
