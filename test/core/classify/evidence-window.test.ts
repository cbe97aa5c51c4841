// The bounded evidence a streamed log keeps for the evidence model (evidence-window.ts): a
// failure the rules do not recognise, in a window the scanner used to drop, reaches the model
// the way the classify action reads logs (streamed, then classifyFailuresWithModel), and what
// is kept stays bounded on a huge log.
import {describe, expect, it} from 'vitest'
import {
  classifyFailures,
  classifyFailuresWithModel,
  LEARNED_RULE,
  scanLog
} from '../../../src/core/classify/index.js'
import {
  EVIDENCE_TAIL_CHARS,
  EVIDENCE_WINDOW_CHARS,
  EvidenceWindow
} from '../../../src/core/classify/evidence-window.js'
import {evidenceText} from '../../../src/core/classify/learned/evidence-text.js'

const stamp = '2026-11-23T10:00:00.0000000Z'
/** Passing lines without a candidate word: nothing the scanner looks at. */
const passing = (n: number, from = 0) =>
  Array.from(
    {length: n},
    (_, k) => `${stamp} ok  \tgithub.com/acme/widget/internal/store${from + k}\t0.412s\n`
  ).join('')

/** A log as a file stream gives it: 64 KB chunks. */
function* chunks(text: string): Generator<Buffer> {
  const buf = Buffer.from(text, 'utf8')
  for (let i = 0; i < buf.length; i += 64 * 1024) yield buf.subarray(i, i + 64 * 1024)
}

// No parser recognises this (the rules say `unknown`); its words say a service was unreachable.
const refused = [
  `${stamp} Error: connect ECONNREFUSED 127.0.0.1:5432`,
  `${stamp}     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)`
].join('\n')

describe('evidence kept from a streamed log', () => {
  it('gives the model a failure the rules missed, far from the log end', async () => {
    // 300 KB before (more than the scanner keeps whole), 100 KB after (beyond the kept end).
    const log = `${passing(4000)}${refused}\n${passing(1400, 4000)}`
    expect(log.length).toBeGreaterThan(256 * 1024)
    const scan = await scanLog(chunks(log))
    expect(classifyFailures([scan]).category).toBe('unknown')
    expect(scan.tail).not.toContain('ECONNREFUSED')
    expect(scan.evidence).toContain('Error: connect ECONNREFUSED 127.0.0.1:5432')
    expect(evidenceText([scan])).toContain('ECONNREFUSED')

    const verdict = await classifyFailuresWithModel([scan])
    expect(verdict.rule).toBe(LEARNED_RULE)
    expect(verdict.category).toBe('transient')
    expect(verdict.confidence).toBeLessThan(0.7)
  })

  it('keeps a failure mid-log after windows that filled the budget with no failure words', async () => {
    // 60 windows the scanner reads (a candidate word, no failure vocabulary: `fatal_count=0`),
    // each about 3 KB, before the failure: more than EVIDENCE_WINDOW_CHARS. Until session 12
    // the first 32 KB of such windows stayed and the failure's window found no room.
    const shard = (k: number) =>
      [
        `${stamp} shard ${k} fatal_count=0`,
        ...Array.from({length: 40}, (_, j) => `${stamp} shard ${k} step ${j}: ${'x'.repeat(60)}`)
      ].join('\n') + '\n'
    const before = Array.from({length: 60}, (_, k) => shard(k) + passing(50, k * 50)).join('')
    const log = `${before}${refused}\n${passing(1400, 9000)}`
    const scan = await scanLog(chunks(log))
    expect(classifyFailures([scan]).category).toBe('unknown')
    expect(scan.tail).not.toContain('ECONNREFUSED')
    expect(scan.evidence).toContain('Error: connect ECONNREFUSED 127.0.0.1:5432')
    expect(scan.evidence?.length).toBeLessThanOrEqual(EVIDENCE_TAIL_CHARS + EVIDENCE_WINDOW_CHARS)
    expect(evidenceText([scan])).toContain('ECONNREFUSED')
  })

  it('without the kept window the model had nothing to read (the scan as it was)', async () => {
    const log = `${passing(4000)}${refused}\n${passing(1400, 4000)}`
    const {evidence: _, ...scan} = await scanLog(chunks(log))
    const verdict = await classifyFailuresWithModel([scan])
    expect(verdict.category).toBe('unknown')
  })

  it('keeps the log end, readable (timestamps and colours stripped)', async () => {
    const log = `${passing(5000)}${stamp} \u001b[31mdatabase "app_test" does not exist\u001b[0m\n`
    const scan = await scanLog(chunks(log))
    expect(scan.evidence?.endsWith('database "app_test" does not exist\n')).toBe(true)
    expect(scan.evidence).not.toContain(stamp)
    expect(scan.evidence?.length).toBeLessThanOrEqual(EVIDENCE_TAIL_CHARS)
  })

  it('stays bounded on a huge log full of unrecognised windows', async () => {
    const noisyWindow = (k: number) =>
      `${passing(400, k * 400)}${stamp} Error: connect ECONNREFUSED 10.0.0.${k % 250}:6379\n`
    function* huge(): Generator<Buffer> {
      for (let k = 0; k < 300; k++) yield Buffer.from(noisyWindow(k), 'utf8')
      yield Buffer.from(`${stamp} the last line of the log\n`, 'utf8')
    }
    const scan = await scanLog(huge())
    expect(scan.stats.bytes).toBeGreaterThan(8e6)
    expect(scan.stats.regions).toBeGreaterThan(100)
    const kept = scan.evidence ?? ''
    expect(kept.length).toBeLessThanOrEqual(EVIDENCE_TAIL_CHARS + EVIDENCE_WINDOW_CHARS + 64)
    expect(kept).toContain('10.0.0.0:6379') // the first window
    expect(kept.endsWith('the last line of the log\n')).toBe(true)
  })

  it('holds only the text the tail needs, however much is seen', () => {
    const window = new EvidenceWindow()
    const line = `${'x'.repeat(99)}\n`
    for (let k = 0; k < 100_000; k++) window.see(line)
    expect(window.heldChars()).toBeLessThan(EVIDENCE_TAIL_CHARS + line.length)
    expect(window.text().length).toBeLessThanOrEqual(EVIDENCE_TAIL_CHARS)
    for (let k = 0; k < 1000; k++) window.window([`window ${k}`, 'y'.repeat(2000)], 'bare')
    expect(window.heldChars()).toBeLessThanOrEqual(
      EVIDENCE_TAIL_CHARS + EVIDENCE_WINDOW_CHARS + line.length
    )
  })
})
