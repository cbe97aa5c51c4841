// Parsing one context window: normalize its lines, collect runner signals,
// run the structured parsers, then the one-line signatures on what is left.
import {scoreEvidence} from './evidence.js'
import {flakeSignalOf} from './flake-evidence.js'
import {guarded, holdsNeedle, type Needles} from './literal-guard.js'
import {normalizeLine, unwrapPaste} from './normalize.js'
import {parseDotnet} from './parsers/dotnet.js'
import {parseGo} from './parsers/go.js'
import {parseJsTests} from './parsers/js-tests.js'
import {parseJvm} from './parsers/jvm.js'
import {parseLint} from './parsers/lint.js'
import {parseNative} from './parsers/native.js'
import type {Found, LineParser, ParseContext} from './parsers/parser.js'
import {parsePerl, PERL_NEEDLES} from './parsers/perl.js'
import {parsePhpstan} from './parsers/phpstan.js'
import {parsePython} from './parsers/python.js'
import {parseRuby} from './parsers/ruby.js'
import {RETRY_NEEDLES} from './parsers/retry-passes.js'
import {parseRust} from './parsers/rust.js'
import {parseSignatures} from './parsers/signatures.js'
import {HUNG_AFTER_MINUTES, silentMinutesBefore} from './cancel-silence.js'
import {parseTsc} from './parsers/typescript.js'
import type {Hint} from './types.js'

/** Structured parsers, each for one family of tools. */
export const LINE_PARSERS: readonly LineParser[] = [
  parseTsc,
  parseLint,
  parseJsTests,
  parsePython,
  parseGo,
  parseRust,
  parseJvm,
  parseRuby,
  parseDotnet,
  parseNative,
  parsePhpstan,
  parsePerl
]

/**
 * Family needles: text some line of a window holds whenever the family finds anything in it
 * (each is what the family's steps cannot take a line without: the needles of the expression
 * every step starts with, or the literal it checks first). A window holding none is not given
 * to the family: V8 compiles a function the first time it runs, and on a small log compiling
 * the families that cannot match was a tenth of classify's start-up over Node's own (#11).
 * Families without an entry always run (tsc, lint, rust and dotnet: their steps' needles are
 * common words). A parser that learns a new shape must add its needle here:
 * test/core/classify/family-needles.test.ts runs each family ungated over the corpora and
 * fails on a finding in a window without one.
 */
export const FAMILY_NEEDLES: ReadonlyMap<LineParser, Needles> = new Map([
  [
    parseJsTests,
    ['FAIL', '● ', '×', '✕', '] › ', '✖ ', 'not ok ', ' failing', ...RETRY_NEEDLES.jest]
  ],
  [parsePython, ['FAIL', 'ERROR', ': error: ', ' - error: ', ...RETRY_NEEDLES.pytest]],
  [
    parseGo,
    ['"Action"', '--- FAIL: ', 'build failed', 'setup failed', '.go', ...RETRY_NEEDLES.gotestsum]
  ],
  [
    parseJvm,
    [
      '[ERROR]',
      ': error: ',
      'e: ',
      'Time elapsed: ',
      'FAILED',
      "Execution failed for task '",
      'Failed to execute goal ',
      ...RETRY_NEEDLES.surefire,
      ...RETRY_NEEDLES.gradle
    ]
  ],
  [parseRuby, ['rspec ', '#test_', 'syntax error', ...RETRY_NEEDLES.rspec]],
  [
    parseNative,
    [
      'error: ',
      '✘ [ERROR] ',
      ': ERROR: ',
      'FAILED ',
      'undefined reference to `',
      'Undefined symbols for architecture',
      'ld: symbol(s) not found',
      ': unresolved external',
      'There '
    ]
  ],
  [parsePhpstan, ['Line']],
  [parsePerl, PERL_NEEDLES]
])

const MAX_LINE = 2000
// Behind its needles (literal-guard.ts): every window's lines run it, and most hold none.
const EXIT_CODE = guarded(
  /(?:Process completed with exit code|exited with (?:exit )?code|exit code:?|exit status|Command failed with exit code|returned non-zero exit status|^\s*The command ".*" (?:failed and )?exited with) (\d+)|\bELIFECYCLE\b|make(?:\[\d+\])?: \*\*\* .* Error (\d+)/,
  ['exit', 'ELIFECYCLE', '*** ', 'The command "']
)
const NETWORK =
  /\b(?:ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNABORTED|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)\b|socket hang up|getaddrinfo ENOTFOUND|Connection reset|Read timed out|Temporary failure in name resolution|Could(?: not|n't) resolve host|bind: address already in use|\bEADDRINUSE\b|NewConnectionError|NameResolutionError|Connect ?Timeout ?Error|Connection timed out|i\/o timeout|server misbehaving|Net::(?:OpenTimeout|ReadTimeout)|\b50[234] (?:Bad Gateway|Service Unavailable|Gateway Time-?out)|Too Many Requests|rate limit/i

export interface RegionFinding extends Found {
  excerpt: string
}

export interface RegionResult {
  findings: RegionFinding[]
  exitCodes: number[]
  errorMarkers: string[]
  /** Step commands in effect where an exit code or error marker was printed. */
  failedSteps: string[]
  /** The step in effect at the end of the region. */
  step?: string
  /** Weak evidence that is no failure by itself (see Signals.hints). */
  hints: Hint[]
}

export function parseRegion(
  raw: readonly string[],
  ctx: ParseContext,
  step: string | undefined,
  maxExcerpt: number
): RegionResult {
  const lines: string[] = new Array<string>(raw.length)
  const stepAt: (string | undefined)[] = new Array<string | undefined>(raw.length)
  const exitCodes: number[] = []
  const errorMarkers: string[] = []
  const failedSteps: string[] = []
  let current = step
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i].length > MAX_LINE ? raw[i].slice(0, MAX_LINE) : raw[i]
    const n = normalizeLine(r)
    lines[i] = n.text
    if (n.marker === 'group' && n.text.startsWith('Run ')) current = n.text.slice(4).trim()
    stepAt[i] = current
    const exit = EXIT_CODE.exec(n.text)
    if (
      exit &&
      (n.marker === 'error' ||
        /^(?:Error: |npm (?:ERR!|error) |make|\s*The command ")|ELIFECYCLE|Command failed|did not complete successfully|exit code/.test(
          n.text
        ))
    ) {
      exitCodes.push(Number(exit[1] ?? exit[2] ?? 1))
      if (current && !failedSteps.includes(current)) failedSteps.push(current)
    }
    if (n.marker === 'error') {
      if (errorMarkers.length < 20) errorMarkers.push(n.text.slice(0, 300))
      if (current && !failedSteps.includes(current)) failedSteps.push(current)
    }
  }
  let [found, weak] = parseLines(lines, ctx)
  let evidence: Hint[] = []
  if (found.length === 0) {
    // Nothing in the tools' own shapes: try again without what a paste wraps around them
    // (quotes, shared prefixes, common indentation). Excerpts keep the lines as they were.
    const unwrapped = unwrapPaste(lines)
    if (unwrapped) {
      const [again, againWeak] = parseLines(unwrapped, ctx)
      found = again
      if (weak.length === 0) weak = againWeak
    }
    // Still nothing: the words of the window, scored (a hint of the lowest confidence).
    if (found.length === 0 && weak.length === 0) evidence = scoreEvidence(unwrapped ?? lines)
  }
  const hints = [
    ...weak.map(({category, rule, message}): Hint => ({category, rule, message})),
    ...evidence
  ]
  for (const f of found) {
    // go vet and golangci print compiler-shaped lines: the step says it was a linter.
    if (f.rule === 'go.compile' && /\bvet\b|lint|staticcheck/.test(stepAt[f.index] ?? '')) {
      f.category = 'lint_error'
      f.rule = 'go.vet'
    }
    if (f.rule === 'runner.canceled') cancelAfterSilence(f, raw)
  }
  const findings = found.map((f): RegionFinding => {
    const excerpt = excerptAround(lines, f.index, maxExcerpt)
    // Flake evidence: the failure's own message or the lines after it (not before it) name a
    // network error or a port another process holds.
    const network =
      f.category === 'test_fail' &&
      NETWORK.test(`${f.message}\n${lines.slice(f.index, f.index + 8).join('\n')}`)
    const flake = f.category === 'test_fail' ? flakeSignalOf(f, lines, f.index) : undefined
    return {
      ...f,
      excerpt,
      step: stepAt[f.index],
      ...(network ? {network} : {}),
      ...(flake ? {flake} : {})
    }
  })
  return {findings, exitCodes, errorMarkers, failedSteps, step: current, hints}
}

/** A cancel after many silent minutes (the log's own timestamps) is a hang: a timeout. */
function cancelAfterSilence(f: Found, raw: readonly string[]): void {
  const minutes = silentMinutesBefore(raw, f.index)
  if (minutes === undefined || minutes < HUNG_AFTER_MINUTES) return
  f.category = 'timeout'
  f.rule = 'runner.canceled-after-silence'
  f.confidence = 0.6
  f.message = `${f.message} (after ${minutes} minutes without output: something hung until the job was stopped)`
}

/** The failures in one window's lines, and the hints (weak evidence) apart from them. */
function parseLines(lines: readonly string[], ctx: ParseContext): [Found[], Found[]] {
  const found: Found[] = []
  // One text for the needle checks: no needle holds a line break, so none spans two lines.
  const text = lines.join('\n')
  for (const parse of LINE_PARSERS) {
    const needles = FAMILY_NEEDLES.get(parse)
    if (!needles || holdsNeedle(text, needles)) found.push(...parse(lines, ctx))
  }
  const taken = new Map(found.map(f => [f.index, f.category] as const))
  const weak: Found[] = []
  for (const f of parseSignatures(withoutBlocks(lines, found), ctx, taken))
    (f.hint ? weak : found).push(f)
  return [found, weak]
}

/**
 * The lines with the blocks findings read beside their own line blanked (a retry plugin's log
 * of a try that failed before the test passed): nothing there is a failure of the run, of any
 * kind, so no signature reads them. Indexes stay as they were.
 */
function withoutBlocks(lines: readonly string[], found: readonly Found[]): readonly string[] {
  if (!found.some(f => f.block)) return lines
  const out = [...lines]
  for (const {block} of found) if (block) out.fill('', block[0], block[1])
  return out
}

function excerptAround(lines: readonly string[], index: number, max: number): string {
  const from = Math.max(0, index - 3)
  const to = Math.min(lines.length, index + 9)
  const text = lines.slice(from, to).join('\n')
  return text.length > max ? text.slice(0, max) : text
}
