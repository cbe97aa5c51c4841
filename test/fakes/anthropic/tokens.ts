// Deterministic token estimates and prompt-cache accounting.
//
// A prompt is a list of segments in the order the API processes it: tools,
// system blocks, then message content blocks. Each segment costs
// ceil(chars / 4) tokens of its JSON without `cache_control`, so adding a
// breakpoint never changes the count. The prefix up to a breakpoint is cached
// on first sight (cache_creation_input_tokens) and read back by later requests
// with the same model and prefix (cache_read_input_tokens); input_tokens is
// only the remainder, as the real API reports it. Like the real API, a
// breakpoint also hits a prefix cached up to 20 blocks before it, and a prefix
// shorter than the minimum cacheable length is silently not cached.
import {createHash} from 'node:crypto'
import {blocksOf} from './validation.js'
import type {CacheControl, MessagesRequest} from './types.js'

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}

export interface Segment {
  /** What identifies the segment for caching. */
  key: string
  tokens: number
  marker?: CacheControl
}

function withoutCacheControl(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key === 'cache_control' ? undefined : inner))
  )
}

function segment(key: string, marker: unknown): Segment {
  const seg: Segment = {key, tokens: estimateTokens(key)}
  if (marker) seg.marker = marker as CacheControl
  return seg
}

export function promptSegments(request: MessagesRequest): Segment[] {
  const segments: Segment[] = []
  for (const tool of request.tools ?? []) {
    segments.push(segment(`tool:${JSON.stringify(withoutCacheControl(tool))}`, tool.cache_control))
  }
  if (typeof request.system === 'string') {
    segments.push(segment(`system:${request.system}`, undefined))
  } else {
    for (const block of request.system ?? []) {
      segments.push(
        segment(`system:${JSON.stringify(withoutCacheControl(block))}`, block.cache_control)
      )
    }
  }
  for (const message of request.messages) {
    for (const block of blocksOf(message.content)) {
      const nested =
        block.type === 'tool_result' && Array.isArray(block.content)
          ? block.content.map(inner => inner.cache_control).find(Boolean)
          : undefined
      segments.push(
        segment(
          `${message.role}:${JSON.stringify(withoutCacheControl(block))}`,
          block.cache_control ?? nested
        )
      )
    }
  }
  const last = segments[segments.length - 1]
  if (request.cache_control && last && !last.marker) last.marker = request.cache_control
  return segments
}

export function totalTokens(segments: Segment[]): number {
  return Math.max(
    1,
    segments.reduce((sum, s) => sum + s.tokens, 0)
  )
}

export interface CacheAccount {
  input_tokens: number
  cache_read_input_tokens: number
  cache_creation_input_tokens: number
  cache_creation: {ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number}
}

const TTL_MS = {'5m': 5 * 60_000, '1h': 60 * 60_000}
const LOOKBACK = 20

interface Entry {
  tokens: number
  ttl: '5m' | '1h'
  expiresAt: number
}

export class PromptCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly minTokens: number,
    private readonly now: () => number
  ) {}

  get size(): number {
    return this.entries.size
  }

  clear(): void {
    this.entries.clear()
  }

  /** Reads and writes the cache for one request and splits its input tokens. */
  account(model: string, segments: Segment[], write = true): CacheAccount {
    const hashes: string[] = []
    const prefixTokens: number[] = []
    let hash = createHash('sha256').update(`model:${model}`).digest('hex')
    let running = 0
    for (const seg of segments) {
      hash = createHash('sha256').update(`${hash}\n${seg.key}`).digest('hex')
      running += seg.tokens
      hashes.push(hash)
      prefixTokens.push(running)
    }
    const total = totalTokens(segments)
    const now = this.now()
    const live = (i: number): Entry | undefined => {
      const entry = this.entries.get(hashes[i] ?? '')
      return entry && entry.expiresAt > now ? entry : undefined
    }

    const breakpoints = segments.flatMap((seg, i) => (seg.marker ? [i] : []))
    let hit = -1
    for (const bp of breakpoints) {
      for (let j = bp; j >= Math.max(0, bp - LOOKBACK + 1); j--) {
        if (live(j)) {
          hit = Math.max(hit, j)
          break
        }
      }
    }
    const read = hit >= 0 ? (prefixTokens[hit] ?? 0) : 0
    const hitEntry = hit >= 0 ? live(hit) : undefined
    if (hitEntry && write) hitEntry.expiresAt = now + TTL_MS[hitEntry.ttl]

    const creation = {ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0}
    let previous = read
    for (const bp of breakpoints) {
      const tokens = prefixTokens[bp] ?? 0
      if (bp <= hit || tokens < this.minTokens) continue
      const ttl = segments[bp]?.marker?.ttl ?? '5m'
      if (ttl === '1h') creation.ephemeral_1h_input_tokens += tokens - previous
      else creation.ephemeral_5m_input_tokens += tokens - previous
      previous = tokens
      if (write) this.entries.set(hashes[bp] ?? '', {tokens, ttl, expiresAt: now + TTL_MS[ttl]})
    }
    const created = creation.ephemeral_1h_input_tokens + creation.ephemeral_5m_input_tokens
    return {
      input_tokens: Math.max(0, total - read - created),
      cache_read_input_tokens: read,
      cache_creation_input_tokens: created,
      cache_creation: creation
    }
  }
}
