// The candidate filter's regexes are built for speed (anchored literals found by their
// rarer end and checked whole with a lookbehind; literals that hold another dropped), so
// these tests hold them to the plain definition: a line is a candidate exactly when it
// contains one of CANDIDATE_LITERALS. Checked over every line of the corpora, of both
// benchmark log shapes, and of random lines built from pieces of the literals.
import {describe, expect, it} from 'vitest'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {
  CANDIDATE_ANCHORS,
  CANDIDATE_LITERALS,
  anchoredLiteral,
  asLatin1,
  benignIn,
  candidateLineStarts,
  candidateRegexes,
  isBenignAt
} from '../../../src/core/classify/candidates.js'

const LITERALS = CANDIDATE_LITERALS.map(asLatin1)

/** The definition: start offsets of the lines (ending in '\n') holding any literal. */
function naiveStarts(text: string): number[] {
  const starts: number[] = []
  let start = 0
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end)
    if (LITERALS.some(l => line.includes(l))) starts.push(start)
    start = end + 1
  }
  return starts
}

/** Lines as the scanner sees them: UTF-8 bytes read as Latin-1, whole lines. */
const asText = (lines: readonly string[]): string => asLatin1(`${lines.join('\n')}\n`)

function corpusLines(): string[] {
  const lines: string[] = []
  for (const dir of ['corpus', 'corpus-blind', 'corpus-real/dev', 'corpus-real/sealed']) {
    const path = join('bench', dir)
    for (const file of readdirSync(path).filter(f => f.endsWith('.corpus')))
      lines.push(...readFileSync(join(path, file), 'utf8').split(/\r?\n/))
  }
  return lines
}

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Lines of pieces of literals (prefixes, suffixes, near misses), glyphs and filler. */
function randomLines(count: number, seed: number): string[] {
  const next = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]
  const pieces = [
    ...CANDIDATE_LITERALS,
    ...CANDIDATE_LITERALS.map(l => l.slice(1)),
    ...CANDIDATE_LITERALS.map(l => l.slice(0, -1)),
    ...Object.values(CANDIDATE_ANCHORS),
    ...['✓', '✔', 'é', ' ', ' ', 'ok', 'not', 'limit', 'memory', 'signal', 'a', 'of', 'x']
  ]
  return Array.from({length: count}, () =>
    Array.from({length: 1 + Math.floor(next() * 6)}, () => pick(pieces)).join(pick(['', '', ' ']))
  )
}

function expectSameStarts(lines: readonly string[]): void {
  const text = asText(lines)
  expect(candidateLineStarts(text, candidateRegexes())).toEqual(naiveStarts(text))
}

describe('candidate filter', () => {
  it('finds exactly the lines holding a literal, on every corpus line', () => {
    const lines = corpusLines()
    expect(lines.length).toBeGreaterThan(5000)
    expectSameStarts(lines)
  })

  it('finds exactly the lines holding a literal, on lines built from pieces of literals', () => {
    for (const seed of [1, 2, 3, 4, 5]) expectSameStarts(randomLines(4000, seed))
  })

  it('finds each literal alone, at the start, middle and end of a line', () => {
    for (const l of CANDIDATE_LITERALS) {
      const lines = [l, `x ${l}`, `${l} x`, `no match here`, `a${l}b`]
      expectSameStarts(lines)
      expect(candidateLineStarts(asText(lines), candidateRegexes())).toHaveLength(4)
    }
  })

  it('anchors each literal on one of its own suffixes', () => {
    for (const [literal, anchor] of Object.entries(CANDIDATE_ANCHORS)) {
      expect(CANDIDATE_LITERALS).toContain(literal)
      expect(literal.endsWith(anchor) && anchor !== literal).toBe(true)
      expect(anchoredLiteral(literal)).toContain('(?<=')
    }
    expect(anchoredLiteral('fatal')).toBe('fatal')
  })
})

describe('benign lines behind their needles', () => {
  /** One line alone in its chunk: benignIn decides as BENIGN itself does. */
  const sameAlone = (line: string): boolean => {
    const text = asText([line])
    return benignIn(text)(0) === isBenignAt(text, 0)
  }

  it('says what BENIGN says, on every form it knows and on every corpus line', () => {
    const forms = [
      '  ✓ handles error responses (4 ms)',
      '✔ fails gracefully',
      '√ cannot fail',
      '2026-11-23T10:00:00.1234567Z PASS src/error.test.ts',
      '\u001b[32mPASSED\u001b[0m tests/test_fail.py::test_x',
      'ok 3 - error path',
      '--- PASS: TestFail (0.00s)',
      '=== RUN   TestError',
      '[INFO] BUILD FAILURE? no',
      'INFO error budget',
      '[info] error (no stars)',
      'info fail',
      'DEBUG ERR_X',
      '[debug] error',
      'TRACE fatal',
      'test errors::case ... ok',
      'Passed error_test',
      'Build finished: 0 errors, 0 warnings',
      'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0',
      '12 passed, 0 failed',
      '#5 1.234 PASS error.spec.ts'
    ]
    for (const line of forms) {
      expect(isBenignAt(asText([line]), 0), line).toBe(true)
      expect(sameAlone(line), line).toBe(true)
    }
    const lines = corpusLines()
    expect(lines.filter(l => !sameAlone(l))).toEqual([])
  })

  it('is never benign in a chunk without a needle, and reads each line of a chunk that has one', () => {
    const plain = asText(["src/tax.ts(13,5): error TS2322: Type 'string'", 'Error: boom'])
    expect(benignIn(plain)(0)).toBe(false)
    const mixed = asText(['Error: boom', '  ✓ handles error responses'])
    const second = mixed.indexOf('\n') + 1
    expect([benignIn(mixed)(0), benignIn(mixed)(second)]).toEqual([false, true])
  })
})
