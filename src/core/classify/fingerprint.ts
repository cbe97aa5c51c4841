// Fingerprints: the same failure gets the same hash on every run; a different
// failure (test, file, error code or message shape) gets a different one.
import {sha256Hex} from '../sha256.js'
import {stripRoots} from './paths.js'

export const FINGERPRINT_LENGTH = 16

export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, FINGERPRINT_LENGTH)
}

/** Needles meaning: any digit. */
const DIGIT: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

/**
 * Each normaliser with the text it cannot match without (`digit`: a digit 0-9; none: always
 * run). V8 compiles an expression the first time it runs, and a one-line log's fingerprint
 * compiled all twelve (#11): one whose needles the message lacks is skipped, which changes no
 * shape, since it could not have matched. Checked against the text as the earlier
 * normalisers left it; their replacements hold no digit and none of the needles.
 */
const NORMALIZERS: readonly [RegExp, string, needles?: readonly string[]][] = [
  [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>', [':']],
  [/\b\d\d:\d\d:\d\d(?:\.\d+)?\b/g, '<time>', [':']],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>', ['-']],
  [
    /(?:\/tmp|\/var\/folders|\/private\/var\/folders|\/var\/tmp)\/[^\s'"`:)]+/g,
    '<tmp>',
    ['/tmp/', '/var/']
  ],
  [/[A-Za-z]:\\(?:Users\\[^\\\s]+\\AppData\\Local\\)?Temp\\[^\s'"`:)]+/gi, '<tmp>', [':\\']],
  [/\b0x[0-9a-f]+\b/gi, '<hex>', ['0x', '0X']],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/gi, '<hex>', DIGIT],
  [/\(\s*\d+(?:\.\d+)?\s*(?:ms|s|sec|secs|seconds|m|min|µs|us|ns)\s*\)/g, '', ['(']],
  [
    /\b(?:in|after|took)\s+\d+(?:\.\d+)?\s*(?:ms|s|sec|secs|seconds|m|min|minutes)\b/g,
    '<duration>',
    DIGIT
  ],
  [/\b\d+(?:\.\d+)?(?:ms|s)\b/g, '<duration>', DIGIT],
  [/\d+/g, '#', DIGIT],
  [/\s+/g, ' ']
]

function mayMatch(text: string, needles: readonly string[] | undefined): boolean {
  if (!needles) return true
  if (needles === DIGIT) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c >= 48 && c <= 57) return true
    }
    return false
  }
  for (const n of needles) if (text.includes(n)) return true
  return false
}

/** The shape of a message: what stays the same between runs of the same failure. */
export function messageShape(message: string, roots: readonly string[] = []): string {
  let out = stripRoots(message, roots)
  for (const [re, to, needles] of NORMALIZERS) if (mayMatch(out, needles)) out = out.replace(re, to)
  return out.trim().slice(0, 300)
}

/** Test names keep their digits (test_case[3] is another test) but lose durations and ids. */
export function testShape(test: string): string {
  return test
    .replace(/\s*\(\s*\d+(?:\.\d+)?\s*(?:ms|s|sec)\s*\)\s*$/, '')
    .replace(/\s+\d+(?:\.\d+)?\s*(?:ms|s)$/, '')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface FingerprintInput {
  category: string
  file?: string
  test?: string
  errorCode?: string
  message: string
  /** The tool that reported it (jest's test names are keyed by their words: see testKey). */
  tool?: string
  /** Flake evidence: a test that passed on a retry is keyed as the failure its failed try was. */
  flake?: {kind: string}
}

/**
 * A test's name as the fingerprint keys it. jest names a failure by its titles joined with ` › `
 * (`cart totals > sums`) and a retried test by its full name, the titles joined with spaces
 * (`cart totals sums`, its LOGGING RETRY ERRORS line): which words are a describe's cannot be
 * told from the second, so both are keyed by their words.
 */
function testKey(test: string, tool: string | undefined): string {
  const shape = testShape(test)
  return tool === 'jest' ? shape.replace(/ > /g, ' ') : shape
}

/**
 * Per-failure fingerprint: category, file, test, error code and message shape (no line numbers).
 * A test that passed on a retry gets the fingerprint of the same test failing on every try (with
 * the same message), so the ledger links a flaky pass with that test's failures in other runs.
 */
export function failureFingerprint(f: FingerprintInput, roots: readonly string[] = []): string {
  const file = f.file ? stripRoots(f.file, roots).replace(/\\/g, '/').replace(/^\.\//, '') : ''
  const parts = [
    f.flake?.kind === 'passed-on-retry' ? 'test_fail' : f.category,
    file,
    f.test ? testKey(f.test, f.tool) : '',
    f.errorCode ?? '',
    messageShape(f.message, roots)
  ]
  return shortHash(parts.join('\u0000'))
}

/** Run fingerprint: the sorted set of root-cause failure fingerprints (order and repeats do not matter). */
export function runFingerprint(category: string, failureFingerprints: readonly string[]): string {
  const set = [...new Set(failureFingerprints)].sort()
  return shortHash(`${category}\u0000${set.join('\n')}`)
}
