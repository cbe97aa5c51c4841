// Evidence scoring: the fallback for a window where no parser and no signature recognised
// a failure. People paste the lines they think matter, cut, re-wrapped or translated, and
// most of them still carry words that point to a class: "timed out", "out of memory",
// "connection reset", "no such module", "assertion", "permission denied". Each class has a
// few signals with a weight; the strongest class wins when it clearly leads, as a hint
// (weak evidence, low confidence) that decides only when nothing else was found. Text with
// no failure word at all stays `unknown`.
import type {Category, Hint} from './types.js'
import {PASSING_TEST_LINE} from './passing-line.js'

interface Signal {
  category: Category
  weight: number
  re: RegExp
}

let signals: readonly Signal[] | undefined

/**
 * The signals, made when the first window is scored: most runs score none (a window with a
 * finding is not weighed), and a regular-expression literal costs start-up even if it never
 * runs (parsed when the bundle is compiled and again when it is created; #11).
 * Linear, RE2-compatible patterns (no lookaround, no backreferences).
 */
const SIGNALS = (): readonly Signal[] =>
  (signals ??= [
    {
      category: 'timeout',
      weight: 3,
      re: /\btimed out after\b|\btime ?out (?:of|after) \d|deadline exceeded|exceeded (?:the )?(?:time|timeout|maximum execution)|\btest timed out\b/i
    },
    {
      category: 'resource_exhausted',
      weight: 3,
      re: /out of memory|\bOOM\b|heap (?:limit|space|out)|no space left|disk (?:is )?full|memory (?:limit|exhausted)|\bKilled\b/i
    },
    {
      category: 'transient',
      weight: 2,
      re: /connection (?:reset|refused|timed out|closed|aborted)|network (?:error|is unreachable|unreachable)|could not resolve host|name resolution|\b50[234]\b|service unavailable|bad gateway|rate.?limit|try again later|temporarily unavailable|\bECONNRESET\b|\bETIMEDOUT\b|socket hang up|handshake (?:timeout|failed)|unexpected EOF|temporary (?:failure|error)|internal server error|gateway time-?out|\boutage\b/i
    },
    {
      category: 'dependency_missing',
      weight: 2,
      re: /(?:package|module|library|dependenc(?:y|ies)|gem|crate|artifact|version|header|plugin)s? [^\n]{0,40}?(?:not found|not installed|is missing|are missing|could not be (?:found|resolved))|no (?:matching )?(?:version|distribution|package)s? (?:found|for|matching)|unable to (?:locate|find) (?:package|module|a version)|no module named|cannot find module|(?:version|release|image|tag|manifest|archive|toolchain|sdk) [^\n]{0,40}?(?:not available|does not exist|doesn't exist|is unavailable)|(?:manifest|image|artifact|release) unknown/i
    },
    {
      category: 'contract_violation',
      weight: 2,
      re: /(?:has no|no such) (?:attribute|member|method|export)|is not a (?:function|constructor)|unexpected keyword argument|(?:was|has been) (?:removed|renamed)|no longer (?:supported|exists|available|accepts|provides|works)|incompatible (?:with|version)|breaking change|(?:was|has been|were|have been) (?:removed|renamed|dropped)|not compatible with|is not exported|no exported member/i
    },
    {
      category: 'test_fail',
      weight: 2,
      re: /\bassert(?:ion)?(?:error)?\b|expected[^\n]{0,60}(?:but (?:was|got|received)|to (?:equal|be|have|contain))|\btests? failed\b|failing tests?|\bspecs? failed\b/i
    },
    // a test runner's verdict word, in capitals (a lower-case "failed" says nothing of tests)
    {category: 'test_fail', weight: 2, re: /\bFAILED\b|^\s*FAIL\s/},
    {
      category: 'compile_error',
      weight: 2,
      re: /\b(?:syntax|compil(?:e|ation)|type) ?error\b|cannot find symbol|undefined reference|undeclared|is not defined\b|does not exist in the current context|build failed/i
    },
    {
      category: 'lint_error',
      weight: 2,
      re: /\blint(?:er|ing)?\b|would (?:be )?reformat|formatting (?:check|issue)|style (?:violation|issue)|\boffen[cs]es?\b/i
    },
    {
      category: 'orchestration_error',
      weight: 2,
      re: /permission denied|not authori[sz]ed|\bforbidden\b|\b40[13]\b|access denied|\bsecrets?\b|\btoken\b|credentials?\b|resource class|invalid (?:workflow|configuration|config)|(?:workflow|configuration|config)(?: file)? is (?:not )?(?:valid|invalid)|not (?:allowed|permitted) to/i
    }
  ])

/**
 * Without one of these, the text reports no failure at all. Besides "error" and "failed": what
 * CI systems and tools print when they stop (an exit status, "No output has been received",
 * "terminated", "rejected"), what cannot be found or reached, what a checker counts as failing
 * (RuboCop's offenses, SwiftLint's serious violations: from 1, as "no offenses detected" is a
 * pass and a count of warnings no failure; Prettier's "Code style issues found", not mypy's
 * "no issues found"), and the words in which people describe a failure ("can't", "is
 * missing", "has been removed").
 */
let failureWords: RegExp | undefined
const FAILURE_WORDS = (): RegExp =>
  (failureWords ??= new RegExp(
    [
      '\\b(?:errors?|errored|fail(?:s|ed|ure|ures|ing)?|fatal|exception|traceback|panic(?:ked)?',
      'abort(?:ed|ing)?|denied|refused|rejected|timed out|time out|killed|(?:been|was) terminated|stalled|broken',
      "cannot|can't|could not|couldn't|unable|not found|no such|does not (?:exist|satisfy)",
      'not (?:installed|loaded|available|supported|satisfied|a valid)|unsupported|invalid|unexpected',
      'is missing|are missing|no module named|has no (?:attribute|member|method)',
      'undefined (?:method|function|reference|symbol|variable|index|constant|name)',
      '(?:has been|was) removed|no longer|already in use|race detected|data race',
      'must (?:install|update|upgrade)|need to (?:install|update|upgrade)',
      'requires (?:a )?(?:newer|older|higher|lower)',
      '[1-9]\\d* (?:offen[cs]es|serious)|style issues found|would reformat',
      'no output has been received|non-zero|exited with [1-9]|exit (?:code|status):? ?[1-9])\\b'
    ].join('|'),
    'i'
  ))

/** An exception or error named by its class: AttributeError, ImportError, IllegalStateException. */
const EXCEPTION_NAME = /[a-z](?:Error|Exception)\b/

/**
 * A line that reports only an exit status ("exited with 1", "Process completed with exit code
 * 1", "make: *** [all] Error 2", "Job failed: exit status 1"): that something failed, not why.
 * A status above 128 is a signal's (137 killed, 143 terminated): that says something more.
 */
const EXIT_STATUS =
  /\bexit(?:ed)? (?:code|status|with)\b|\bexit code:|\bnon-zero\b|\*\*\* \[[^\]]*\] Error \d|recipe for target .* failed/i
const SIGNAL_STATUS = /\bexit(?:ed)? (?:code|status|with):? ?(?:129|1[3-9]\d|2[0-5]\d)\b/i

/**
 * CMake's try-compile probes fail on purpose; their output is no failure of the build. Docker's
 * `docker info` warnings about the host's cgroup limits say nothing about this build's memory.
 */
const PROBE =
  /CMakeTmp|\bcmTC_\w|Performing Test \w+ - Failed|Looking for \S+ - not found|^Determining if |WARNING: No (?:memory|swap|kernel memory|cpu \w+) limit support/

const MAX_LINE = 500

/** The rule name of a scored hint (rules.ts ranks these below recognised hint lines). */
export const EVIDENCE_RULE = 'evidence.scored'

/** Does the line report a failure (a failure word, outside CMake's probes)? */
function failureLine(line: string): boolean {
  return (FAILURE_WORDS().test(line) || EXCEPTION_NAME.test(line)) && !PROBE.test(line)
}

/**
 * What the text says of a failure: `none`; `exit-status`, only that something stopped with a
 * non-zero status (a log cut to its last lines, a CI service's summary); or `described`, a
 * failure in some words of its own.
 */
export function failureEvidence(text: string): 'none' | 'exit-status' | 'described' {
  let found: 'none' | 'exit-status' = 'none'
  for (const raw of text.split('\n')) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
    if (!failureLine(line)) continue
    if (!EXIT_STATUS.test(line) || SIGNAL_STATUS.test(line)) return 'described'
    found = 'exit-status'
  }
  return found
}

/** Does the text report a failure at all (a failure word outside CMake's probes)? */
export function reportsFailure(text: string): boolean {
  return failureEvidence(text) !== 'none'
}

/** The class the window's words point to, as one hint, or none when no class clearly leads. */
export function scoreEvidence(lines: readonly string[]): Hint[] {
  const scores = new Map<Category, number>()
  const first = new Map<Category, string>()
  let failing = false
  for (const raw of lines) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
    if (line.trim() === '' || PROBE.test(line) || PASSING_TEST_LINE.test(line)) continue
    if (!failing && failureLine(line)) failing = true
    for (const s of SIGNALS()) {
      if (!s.re.test(line)) continue
      scores.set(s.category, (scores.get(s.category) ?? 0) + s.weight)
      if (!first.has(s.category)) first.set(s.category, line.trim())
    }
  }
  if (!failing || scores.size === 0) return []
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const [best, score] = ranked[0]
  const runnerUp = ranked[1]?.[1] ?? 0
  if (score < 2 || score <= runnerUp) return []
  return [{category: best, rule: EVIDENCE_RULE, message: first.get(best) ?? ''}]
}
