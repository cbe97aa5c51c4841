// The streaming scanner: chunks of a log in, failures and signals out, never the
// whole log in memory. Per chunk it only runs the candidate filter; lines that match,
// plus a bounded window of context around them, are handed to the parsers.
import {normalizeText} from './normalize.js'
import {EvidenceWindow} from './evidence-window.js'
import {BarrenShapes, LEARN_AFTER_CANDIDATES} from './barren-shapes.js'
import {benignIn, candidateLineStarts, candidateRegexes, fromLatin1} from './candidates.js'
import {failureFingerprint} from './fingerprint.js'
import {makeRelativizer} from './paths.js'
import {parseRegion, type RegionFinding, type RegionResult} from './region.js'
import type {Category, Failure, Hint, ScanResult, ScanStats, Signals} from './types.js'

export interface ScanOptions {
  /** The repository checkout on the machine that produced the log (made relative in paths). */
  workspace?: string
  /** More absolute roots to strip from paths. */
  roots?: readonly string[]
  /** Failures kept per category (default 200). */
  maxFailures?: number
  /** Excerpt size cap in characters (default 2000). */
  maxExcerpt?: number
  /** Context lines kept before a candidate line (default 20). */
  contextBefore?: number
  /** Context lines kept after a candidate line (default 30). */
  contextAfter?: number
  /** A name for the input (job or file name), copied to the result and its failures. */
  source?: string
}

const CHUNK = 64 * 1024
/** Characters of the log's end kept in the result. */
const TAIL_CHARS = 4000
const MAX_CARRY = 1024 * 1024
const MAX_REGION_LINES = 4000
/**
 * Inputs up to this size are kept whole: when the candidate filter found nothing (a pasted
 * excerpt often holds none of its words), they are parsed as one context window.
 */
const SMALL_INPUT = 256 * 1024

interface OpenRegion {
  lines: string[]
  afterLeft: number
}

export class LogScanner {
  private readonly regexes = candidateRegexes()
  private readonly before: number
  private readonly after: number
  private readonly maxFailures: number
  private readonly maxExcerpt: number
  private readonly roots: string[]
  private readonly relativize
  private carry = ''
  /** The last `before` lines of the text processed so far. */
  private tail = ''
  private region: OpenRegion | undefined
  private step: string | undefined
  private order = 0
  private finished = false
  private sniffed = false
  private readonly findings = new Map<string, RegionFinding & {order: number}>()
  private readonly perCategory = new Map<Category, number>()
  private readonly signals: Signals = {exitCodes: [], errorMarkers: [], failedSteps: []}
  private readonly stats: ScanStats = {
    bytes: 0,
    candidateLines: 0,
    regions: 0,
    failuresFound: 0,
    failuresDropped: 0
  }
  private binary = false
  private readonly source: string | undefined
  /** The whole input (Latin-1) while it is small, for the whole-input pass. */
  private small: string[] | undefined = []
  /** What the evidence model reads besides the findings (bounded). */
  private readonly evidence = new EvidenceWindow()
  /** Shapes of noise that only looks like failure (learned past a budget of candidate lines). */
  private readonly noise = new BarrenShapes()

  constructor(options: ScanOptions = {}) {
    this.before = options.contextBefore ?? 20
    this.after = options.contextAfter ?? 30
    this.maxFailures = options.maxFailures ?? 200
    this.maxExcerpt = options.maxExcerpt ?? 2000
    this.roots = [...(options.roots ?? []), ...(options.workspace ? [options.workspace] : [])]
    this.relativize = makeRelativizer(this.roots)
    this.source = options.source
  }

  /** Feed the next chunk. Text is scanned as Latin-1 (a char per byte); lines handed to the parsers are decoded as UTF-8. */
  push(chunk: Buffer | Uint8Array | string): void {
    if (this.finished) throw new Error('LogScanner: push() after finish()')
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    this.stats.bytes += buf.byteLength
    if (!this.sniffed) this.sniff(buf)
    if (this.small) {
      if (this.stats.bytes > SMALL_INPUT) this.small = undefined
      else this.small.push(buf.toString('latin1'))
    }
    for (let i = 0; i < buf.byteLength; i += CHUNK) {
      this.pushText(buf.toString('latin1', i, Math.min(buf.byteLength, i + CHUNK)))
      releaseLastMatch()
    }
  }

  finish(): ScanResult {
    if (!this.finished) {
      this.finished = true
      const rest = this.carry
      this.carry = ''
      if (rest.length > 0) this.process(rest.endsWith('\n') ? rest : `${rest}\n`)
      this.closeRegion()
      if (this.findings.size === 0 && this.small && !this.binary)
        this.parseWhole(this.small.join(''))
      this.small = undefined
    }
    return this.result()
  }

  /**
   * A small input where the context windows found no failure: parse all of it as one
   * window. A person's paste of a failure often has no line the candidate filter knows
   * (`missing go.sum entry`, `would reformat`, `offenses detected`), or its window
   * missed the line that says what happened.
   */
  private parseWhole(text: string): void {
    const all = text.split('\n')
    if (all.at(-1) === '') all.pop()
    const hadSignals = this.signals.exitCodes.length > 0 || this.signals.errorMarkers.length > 0
    const hadHints = (this.signals.hints?.length ?? 0) > 0
    for (let from = 0; from < all.length; from += MAX_REGION_LINES) {
      const r = parseRegion(
        all.slice(from, from + MAX_REGION_LINES).map(fromLatin1),
        {relativize: this.relativize},
        undefined,
        this.maxExcerpt
      )
      if (!hadSignals) {
        for (const code of r.exitCodes)
          if (this.signals.exitCodes.length < 50) this.signals.exitCodes.push(code)
        for (const m of r.errorMarkers)
          if (this.signals.errorMarkers.length < 20) this.signals.errorMarkers.push(m)
      }
      if (!hadHints) this.hint(r.hints)
      for (const f of r.findings) this.keep(f, from + f.index)
    }
  }

  private sniff(chunk: Uint8Array): void {
    this.sniffed = true
    const n = Math.min(chunk.byteLength, 4096)
    let control = 0
    for (let i = 0; i < n; i++) {
      const b = chunk[i]
      if (b === 0 || (b < 8 && b !== 0)) control++
    }
    if (n > 0 && control / n > 0.01) this.binary = true
  }

  private pushText(text: string): void {
    let from = 0
    if (this.carry.length > 0) {
      // Finish the line split across chunks on its own, so the chunk is never copied.
      const nl = text.indexOf('\n')
      if (nl < 0) {
        this.carry += text
        if (this.carry.length > MAX_CARRY) {
          // A "line" of a megabyte is not text a tool printed for a person: cut it.
          this.process(`${this.carry.slice(0, 4096)}\n`)
          this.carry = ''
        }
        return
      }
      this.process(this.carry + text.slice(0, nl + 1))
      this.carry = ''
      from = nl + 1
    }
    const last = text.lastIndexOf('\n')
    if (last < from) {
      this.carry = detach(text.slice(from))
      return
    }
    this.carry = last + 1 < text.length ? detach(text.slice(last + 1)) : ''
    this.process(from === 0 && last + 1 === text.length ? text : text.slice(from, last + 1))
  }

  /** `text` is whole lines, each ending in '\n'. */
  private process(text: string): void {
    this.evidence.see(text)
    const starts = candidateLineStarts(text, this.regexes)
    let pos = 0 // text before pos is already decided
    let benign: ((start: number) => boolean) | undefined
    for (const start of starts) {
      if (start < pos) continue
      const end = text.indexOf('\n', start) + 1
      if ((benign ??= benignIn(text))(start)) continue
      if (this.noise.any && this.noise.has(text.slice(start, end - 1))) continue
      this.stats.candidateLines++
      if (this.region) {
        const limit = this.advance(text, pos, this.region.afterLeft)
        if (start <= limit.pos) {
          this.append(text, pos, end)
          this.region.afterLeft = this.after
          pos = end
          continue
        }
        this.append(text, pos, limit.pos)
        this.closeRegion()
        pos = limit.pos
      }
      this.openRegion(text, pos, start)
      this.append(text, start, end)
      pos = end
    }
    if (this.region) {
      const limit = this.advance(text, pos, this.region.afterLeft)
      this.append(text, pos, limit.pos)
      if (limit.left > 0) this.region.afterLeft = limit.left
      else this.closeRegion()
      pos = limit.pos
    }
    this.keepTail(text, pos)
  }

  /** Position after `count` more lines from `pos` (or the end), and how many were missing. */
  private advance(text: string, pos: number, count: number): {pos: number; left: number} {
    let p = pos
    let left = count
    while (left > 0 && p < text.length) {
      const nl = text.indexOf('\n', p)
      p = nl < 0 ? text.length : nl + 1
      left--
    }
    return {pos: p, left}
  }

  private openRegion(text: string, pos: number, start: number): void {
    // Up to `before` lines before `start`, not reaching back into text already in a region.
    let from = start
    let count = 0
    while (count < this.before && from > pos) {
      const prev = text.lastIndexOf('\n', from - 2)
      from = prev < 0 ? 0 : prev + 1
      if (from < pos) from = pos
      count++
    }
    const lines: string[] = []
    if (count < this.before && pos === 0 && this.tail.length > 0) {
      const tailLines = this.tail.split('\n')
      tailLines.pop()
      lines.push(...tailLines.slice(-(this.before - count)))
    }
    this.region = {lines, afterLeft: this.after}
    this.append(text, from, start)
  }

  private append(text: string, from: number, to: number): void {
    if (!this.region || to <= from) return
    const segment = text.slice(from, to)
    const parts = segment.split('\n')
    parts.pop()
    for (const p of parts) this.region.lines.push(p)
    if (this.region.lines.length > MAX_REGION_LINES) {
      const keep = this.region.lines.slice(-this.before)
      const afterLeft = this.region.afterLeft
      this.closeRegion()
      this.region = {lines: keep, afterLeft}
    }
  }

  private keepTail(text: string, pos: number): void {
    // The tail only matters for a region opening at the start of the next chunk;
    // lines already given to a region are not repeated.
    let from = text.length
    for (let k = 0; k < this.before && from > pos; k++) {
      const prev = text.lastIndexOf('\n', from - 2)
      from = prev < 0 ? 0 : prev + 1
    }
    if (from < pos) from = pos
    let tail = pos === 0 && from === 0 ? this.tail + text : text.slice(from)
    if (tail.length > 64 * 1024) tail = tail.slice(-64 * 1024)
    this.tail = detach(tail)
  }

  private closeRegion(): void {
    const region = this.region
    this.region = undefined
    if (!region || region.lines.length === 0) return
    this.stats.regions++
    const r = parseRegion(
      region.lines.map(fromLatin1),
      {relativize: this.relativize},
      this.step,
      this.maxExcerpt
    )
    this.step = r.step
    if (this.stats.candidateLines > LEARN_AFTER_CANDIDATES) this.learnNoise(region.lines, r)
    this.evidence.window(
      region.lines,
      r.findings.length > 0 ? 'found' : r.hints.length > 0 ? 'hinted' : 'bare'
    )
    for (const code of r.exitCodes)
      if (this.signals.exitCodes.length < 50) this.signals.exitCodes.push(code)
    for (const m of r.errorMarkers)
      if (this.signals.errorMarkers.length < 20) this.signals.errorMarkers.push(m)
    for (const s of r.failedSteps)
      if (this.signals.failedSteps.length < 20 && !this.signals.failedSteps.includes(s))
        this.signals.failedSteps.push(s)
    for (const f of r.findings) this.keep(f, this.order + f.index)
    this.hint(r.hints)
    this.order += region.lines.length
  }

  private learnNoise(lines: readonly string[], r: RegionResult): void {
    this.noise.learn(
      lines,
      r.findings.map(f => ({index: f.index, named: f.file !== undefined || f.test !== undefined}))
    )
  }

  private hint(hints: readonly Hint[]): void {
    for (const h of hints) {
      const list = (this.signals.hints ??= [])
      if (list.length >= 20) return
      list.push(h)
    }
  }

  private keep(f: RegionFinding, order: number): void {
    this.stats.failuresFound++
    const key = mergeKey(f)
    const existing = this.findings.get(key)
    if (existing) {
      if (better(f, existing))
        this.findings.set(key, {...merged(existing, f), order: Math.min(order, existing.order)})
      return
    }
    const n = this.perCategory.get(f.category) ?? 0
    if (n >= this.maxFailures) {
      this.stats.failuresDropped++
      return
    }
    this.perCategory.set(f.category, n + 1)
    this.findings.set(key, {...f, order})
  }

  private result(): ScanResult {
    const list = [...this.findings.values()].sort((a, b) => a.order - b.order)
    const failures: Failure[] = list.map(f =>
      toFailure(this.source ? {...f, source: this.source} : f, this.roots)
    )
    const stats: ScanStats = {...this.stats}
    if (this.binary) stats.binary = true
    const result: ScanResult = {
      failures,
      signals: {...this.signals, ...(this.signals.hints ? {hints: [...this.signals.hints]} : {})},
      stats
    }
    if (this.source) result.source = this.source
    if (!this.binary && this.tail.length > 0) {
      // The last lines, readable: what a person (or a second opinion) looks at when nothing was recognised.
      result.tail = normalizeText(Buffer.from(this.tail, 'latin1').toString('utf8')).slice(
        -TAIL_CHARS
      )
    }
    if (!this.binary) keepEvidence(result, this.evidence)
    if (this.binary && failures.length === 0)
      result.error = `${this.source ?? 'The input'} is binary data, not a text log.`
    return result
  }
}

/**
 * `result.evidence`, built on first read: only the evidence model and the second opinion read
 * it, where the rules are unsure, so a scan the rules settle (every check run of autofix, a
 * one-line log at start-up) never pays for normalising it. Absent when the window holds nothing.
 */
function keepEvidence(result: ScanResult, window: EvidenceWindow): void {
  let text: string | undefined
  Object.defineProperty(result, 'evidence', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= window.text()) || undefined
  })
}

/**
 * A copy of a slice that does not keep its 64 KB parent chunk alive: kept slices (the
 * carried partial line, the tail) would otherwise pin every chunk through a GC and
 * get it promoted, growing the old space and the RSS.
 */
function detach(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'latin1').toString('latin1')
}

const ANY = /(?:)/

/**
 * V8 keeps the subject of the last successful regex match (RegExp.input / lastMatch)
 * alive from the realm. Left pointing at a chunk, it makes every chunk survive the next
 * scavenge: young-generation survival then grows the new space to its maximum (+30 MB
 * RSS). A match on an empty string lets the chunk die young.
 */
function releaseLastMatch(): void {
  ANY.test('')
}

function leaf(test: string): string {
  const parts = test.split(/ > | › /)
  return parts[parts.length - 1].trim()
}

/**
 * Two reports of the same test (summary line and detail block) share a key; other findings
 * share one when they say the same of the same place (and test: two tests retried to a pass
 * may fail with the same message).
 */
function mergeKey(f: RegionFinding): string {
  if (f.test && f.category === 'test_fail') {
    const family = f.tool === 'vitest' || f.tool === 'jest' ? 'js' : f.tool
    return `t\u0000${family}\u0000${f.file ?? ''}\u0000${leaf(f.test)}`
  }
  return `f\u0000${f.category}\u0000${f.rule}\u0000${f.file ?? ''}\u0000${f.line ?? ''}\u0000${f.column ?? ''}\u0000${f.errorCode ?? ''}\u0000${f.test ?? ''}\u0000${f.message}`
}

function richness(f: RegionFinding): number {
  return (
    (f.line !== undefined ? 2 : 0) +
    (/^(?:Test failed|Example failed)$/.test(f.message) ? 0 : 2) +
    (f.test && f.test.includes(' > ') ? 1 : 0) +
    f.confidence
  )
}

function better(a: RegionFinding, b: RegionFinding): boolean {
  return richness(a) > richness(b)
}

function merged(old: RegionFinding, fresh: RegionFinding): RegionFinding {
  return {
    ...fresh,
    line: fresh.line ?? old.line,
    column: fresh.column ?? old.column,
    file: fresh.file ?? old.file,
    network: fresh.network || old.network,
    flake: fresh.flake ?? old.flake
  }
}

export function toFailure(
  f: Omit<Failure, 'fingerprint' | 'excerpt'> & {excerpt?: string},
  roots: readonly string[] = []
): Failure {
  const out: Failure = {
    category: f.category,
    message: f.message,
    excerpt: f.excerpt ?? '',
    fingerprint: failureFingerprint(f, roots),
    rule: f.rule,
    confidence: f.confidence,
    tool: f.tool
  }
  if (f.file !== undefined) out.file = f.file
  if (f.line !== undefined) out.line = f.line
  if (f.column !== undefined) out.column = f.column
  if (f.test !== undefined) out.test = f.test
  if (f.errorCode !== undefined) out.errorCode = f.errorCode
  if (f.step) out.step = f.step
  if (f.network) out.network = true
  if (f.flake) out.flake = f.flake
  if (f.source) out.source = f.source
  return out
}

/** Scan a log given as chunks (a file stream, a fetch body…). */
export async function scanLog(
  source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  options: ScanOptions = {}
): Promise<ScanResult> {
  const scanner = new LogScanner(options)
  for await (const chunk of source) scanner.push(chunk)
  return scanner.finish()
}

/** Scan a log already in memory. */
export function scanText(text: string | Buffer, options: ScanOptions = {}): ScanResult {
  const scanner = new LogScanner(options)
  scanner.push(text)
  return scanner.finish()
}
