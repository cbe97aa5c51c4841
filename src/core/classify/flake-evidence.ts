// Flake evidence in one log: what a failing test's own output says about nondeterminism.
//
// Two strengths:
// - strong (proof or close to it): the same test passed later in the same log (a retry, a
//   rerun plugin, `go test -count`), or the assertion compares a measured time
//   (`expected 1523 to be less than 1000` next to `elapsed`, `assert report.duration > 3`);
// - weak (evidence, not proof): "timed out waiting for", a connection refused by a local
//   server, a race detector's report, two sides of an equality that differ only in order,
//   a time word next to an ordinary failure.
// The hook in rules.ts (`classify`, after the rules decide) reads these: a test failure whose
// every failing test carries strong evidence is `transient` (`root.flaky-evidence`, a rerun);
// with weak evidence it stays `test_fail` (`root.test-nondeterministic`) at a confidence below
// the dispatch threshold, so autofix is never dispatched for it. Region parsing (region.ts)
// attaches the signal to each test failure from its message and the lines after it.
import type {Category} from './types.js'

/** What kind of nondeterminism the output shows. */
export type FlakeKind =
  'passed-on-retry' | 'timing' | 'wait-timeout' | 'localhost-refused' | 'race' | 'ordering'

export interface FlakeSignal {
  kind: FlakeKind
  /** Proof or close to it (a pass of the same test, an assertion on a measured time). */
  strong: boolean
  /** The line that shows it (normalized, capped). */
  text: string
}

/** The rule of a test failure whose tests all show strong flake evidence. */
export const FLAKY_EVIDENCE_RULE = 'root.flaky-evidence'
/** The rule of a test failure whose tests all show some (weak) flake evidence. */
export const NONDETERMINISTIC_RULE = 'root.test-nondeterministic'
/** The confidence of a nondeterministic test failure: below classify's dispatch threshold (0.5). */
export const NONDETERMINISTIC_CONFIDENCE = 0.45

const LOOK_AHEAD = 30
const BLOCK_LINES = 60
/** How far from a failure its other blocks are looked for, and how many are read. */
const NEAR_LINES = 300
const MAX_SEGMENTS = 4
const MAX_TEXT = 200

/** A comparison assertion failed (jest/vitest, chai, pytest, hamcrest, testify, gtest's EXPECT_LT wordings). */
const COMPARISON =
  /\bto be (?:less than|greater than|below|above|at most|at least|within)\b|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert .{1,80}? [<>]=? ?[\d.]+\b|\bassert [\d.e+-]+ [<>]=? [\w.]+|\b[Ee]xpected: [<>]=? [\d.]+|\bshould be (?:less|greater|lower|higher) than\b|\b(?:less|greater) than or equal to\b|"[\d.e+-]+" is not (?:less|greater) than "[\d.e+-]+"|\bwas (?:not )?(?:less|greater) than\b|\bExpected: \(.{1,80}?\) [<>]=? \(.{1,80}?\), actual:/i
/** A measured time: the quantity a comparison is about (words, not a runner's test duration). */
const DURATION =
  /(?<!Time )(?:\b|_)(?:elapsed\w*|duration\w*|latency|took|wall ?clock|time\.Since|currentTimeMillis|nanoTime|Stopwatch|timing|time_?taken|timeTaken|runtime_?ms)\b|\btime\.(?:time|monotonic|perf_counter)\(|\b(?:Date|performance)\.now\(|\b(?:less|greater) than [\d.]+ ?(?:ms|milliseconds|seconds)\b/i
/** Waiting for a condition that did not come in time. */
const WAIT_TIMEOUT =
  /\btimed out waiting for\b|\bTimed out \d+ ?ms waiting for\b|\bwaiting for .{1,80}? timed out\b|\bCondition never satisfied\b|\bwas not fulfilled within\b|\bConditionTimeoutException\b|\bTimeoutError: Waiting for\b|\bWaiter encountered a terminal failure state/i
/** A refused connection, and a local address: a server the test started was not (yet) there. */
const REFUSED =
  /\bconnection refused\b|\bECONNREFUSED\b|\bConnectionRefusedError\b|\bactively refused\b/i
const LOCALHOST = /\blocalhost\b|\b127\.0\.0\.1\b|\[::1\]|\b0\.0\.0\.0\b/
/** Race detectors (Go's -race, ThreadSanitizer, the Go testing package's own line). */
const RACE =
  /\bWARNING: DATA RACE\b|\bThreadSanitizer: data race\b|\brace detected during execution of test\b|\bWARNING: ThreadSanitizer\b/
/** A failing test's own marker, so a later pass line is matched only against this test. */
const PASS_LINE =
  /^\s*(?:(?:[✓✔√]|ok|PASS|PASSED)\s+(?:\d+\s+)?|--- PASS: |=== PASS |\[\s*(?:OK|PASSED)\s*\]\s+)(.+?)\s*$|^\s*(\S+::\S+)\s+PASSED\b/

/** A line that starts another test's block of output (pytest, jest/vitest, mocha, Go, gtest). */
const BLOCK_START =
  /^\s*(?:_{3,} .+ _{3,}$|={3,} .+ ={3,}$|(?:FAIL|×|✕|✖|●)\s|--- FAIL: |=== RUN |\d+\) \S|⎯{3,}|\[\s*(?:FAILED|RUN)\s*\])/

/**
 * The flake evidence of one test failure: the same test passing later in its window, else the
 * words of its own output (its message and the lines after it, and every block of the window
 * that starts with a line naming the test, each up to the next test's block).
 */
export function flakeSignalOf(
  failure: {message: string; test?: string},
  lines: readonly string[],
  index: number
): FlakeSignal | undefined {
  // Playwright's failures are named `[project] title`; its lines put the file between them.
  const leaf = failure.test
    ?.split(' > ')
    .pop()
    ?.replace(/^\[[^\]]+\]\s+/, '')
    .trim()
  const named = leaf && leaf.length >= 3 ? leaf : undefined
  const project = /^\[[^\]]+\]/.exec(failure.test?.split(' > ').pop() ?? '')?.[0] ?? ''
  const retried = named ? passedLater(named, project, lines, index) : undefined
  if (retried) return retried
  const segments = [[failure.message, ...blockFrom(lines, index, named)]]
  // The test's other blocks near it (a summary line far from its details: pytest's FAILED
  // line under its section), bounded so a window of thousands of failures stays linear.
  const from = Math.max(0, index - NEAR_LINES)
  const to = Math.min(lines.length, index + NEAR_LINES)
  for (let i = from; named && i < to && segments.length < MAX_SEGMENTS; i++)
    if (i !== index && namesTest(lines[i], named)) segments.push(blockFrom(lines, i, named))
  let weak: FlakeSignal | undefined
  for (const own of segments) {
    const found = nondeterminism(own)
    if (found?.strong) return found
    weak ??= found
  }
  return weak
}

/**
 * The line names this test, not a longer one (`works` is not named by `works with timing`):
 * the name ends the line or is followed by a runner's decoration (` (0.08s)`, ` ____`, ` ───`).
 */
function namesTest(line: string, leaf: string): boolean {
  for (let at = line.indexOf(leaf); at >= 0; at = line.indexOf(leaf, at + 1)) {
    const before = at === 0 ? ' ' : line[at - 1]!
    const after = line.slice(at + leaf.length)
    if (/[\s›>:/.\]_=-]/.test(before) && /^(?:\s*$|\s+[([_─=-]|:)/.test(after)) return true
  }
  return false
}

/** Lines from `start` up to the next block of another test (capped). */
function blockFrom(lines: readonly string[], start: number, leaf: string | undefined): string[] {
  const end = Math.min(lines.length, start + BLOCK_LINES)
  let i = start + 1
  while (i < end && !(BLOCK_START.test(lines[i]) && !(leaf && lines[i].includes(leaf)))) i++
  return lines.slice(start, i)
}

/** The same test printed as passed after its failure (a retry, a rerun, another -count run). */
function passedLater(
  leaf: string,
  project: string,
  lines: readonly string[],
  index: number
): FlakeSignal | undefined {
  const end = Math.min(lines.length, index + LOOK_AHEAD)
  for (let i = index + 1; i < end; i++) {
    const line = lines[i]
    if (!line.includes(leaf) || !line.includes(project)) continue
    const m = PASS_LINE.exec(line)
    if (!m) continue
    const name = (m[1] ?? m[2] ?? '').replace(
      /\s*\((?:retry|repeat)[^)]*\)|\s*\([\d.]+ ?m?s\)/g,
      ''
    )
    if (endsWithName(name, leaf)) return signal('passed-on-retry', true, line)
  }
  return undefined
}

/** `name` is the test, or ends with it after a separator (`›`, `>`, `::`, `/`, `.`, `]`). */
function endsWithName(name: string, leaf: string): boolean {
  const trimmed = name.replace(/\s+\d+(?:\.\d+)?\s*m?s$/, '').trim()
  if (trimmed === leaf) return true
  if (!trimmed.endsWith(leaf)) return false
  return /[›>:/.\]]$/.test(trimmed.slice(0, -leaf.length).trimEnd())
}

/** Words of nondeterminism in a failure's own output, strongest first. */
export function nondeterminism(own: readonly string[]): FlakeSignal | undefined {
  const text = own.join('\n')
  const comparison = COMPARISON.exec(text)
  if (comparison && DURATION.test(text)) return signal('timing', true, lineOf(own, COMPARISON))
  const race = lineOf(own, RACE)
  if (race) return signal('race', false, race)
  const wait = lineOf(own, WAIT_TIMEOUT)
  if (wait) return signal('wait-timeout', false, wait)
  const refused = lineOf(own, REFUSED)
  if (refused && LOCALHOST.test(text)) return signal('localhost-refused', false, refused)
  const order = orderOnlyDiff(own)
  if (order) return signal('ordering', false, order)
  return undefined
}

/**
 * A diff whose removed and added lines are the same lines in another order (jest/vitest's
 * `- Expected` / `+ Received` blocks, pytest's `-`/`+` full diff): an equality that holds up
 * to order.
 */
function orderOnlyDiff(own: readonly string[]): string | undefined {
  const minus: string[] = []
  const plus: string[] = []
  for (const line of own) {
    const m = /^\s*([-+])\s{1,3}(\S.*?)\s*,?\s*$/.exec(line)
    if (!m || /^[-+]\s*(?:Expected|Received)\b/.test(line.trim())) continue
    ;(m[1] === '-' ? minus : plus).push(m[2].replace(/,$/, ''))
  }
  if (minus.length === 0 || minus.length !== plus.length) return undefined
  if ([...minus].sort().join('\n') !== [...plus].sort().join('\n')) return undefined
  return `the expected and received values hold the same lines in another order`
}

function lineOf(lines: readonly string[], re: RegExp): string {
  for (const line of lines) if (re.test(line)) return line
  return ''
}

function signal(kind: FlakeKind, strong: boolean, text: string): FlakeSignal {
  return {kind, strong, text: text.trim().slice(0, MAX_TEXT)}
}

/**
 * The failures that failed and then passed on a retry in the same run (a retry plugin's
 * named flaky report, Playwright's `(retry #1)` pass): flaky by the run's own evidence.
 */
export function passedOnRetry<F extends {flake?: FlakeSignal}>(failures: readonly F[]): F[] {
  return failures.filter(f => f.flake?.kind === 'passed-on-retry' && f.flake.strong)
}

const KIND_WORDS: Record<FlakeKind, string> = {
  'passed-on-retry': 'passed later in the same run',
  timing: 'its assertion compares a measured time',
  'wait-timeout': 'it timed out waiting for a condition',
  'localhost-refused': 'a local server refused the connection',
  race: 'a race detector reported a data race',
  ordering: 'the values differ only in order'
}

/** Plain words for a signal, for a verdict's reason. */
export function describeFlake(s: FlakeSignal): string {
  return `${KIND_WORDS[s.kind]} (${s.text})`
}

/** What the flake hook changes in a verdict (rules.ts's Verdict, structurally). */
export interface FlakeVerdict<F> {
  category: Category
  rule: string
  reason: string
  roots: F[]
  confidence?: number
}

/**
 * A test failure whose failing tests all show flake evidence: strong everywhere makes it
 * transient (a rerun); any weak evidence keeps it a test failure below the dispatch
 * threshold. Other verdicts, and test failures where one test shows none, are unchanged.
 */
export function withFlakeEvidence<
  F extends {category: Category; rule: string; confidence: number; flake?: FlakeSignal}
>(v: FlakeVerdict<F>): FlakeVerdict<F> {
  if (v.rule !== 'root.test') return v
  const tests = v.roots.filter(f => f.category === 'test_fail' && f.rule !== 'test.summary')
  if (tests.length === 0 || tests.some(f => !f.flake)) return v
  const signals = tests.map(f => f.flake!)
  const first = signals.find(s => !s.strong) ?? signals[0]
  if (signals.every(s => s.strong))
    return {
      ...v,
      category: 'transient',
      rule: FLAKY_EVIDENCE_RULE,
      reason: `${v.reason} Every failing test shows it is flaky: ${describeFlake(first)}; a rerun is likely to pass.`,
      confidence: 0.6
    }
  const confidence = Math.min(NONDETERMINISTIC_CONFIDENCE, ...tests.map(f => f.confidence))
  return {
    ...v,
    rule: NONDETERMINISTIC_RULE,
    reason: `${v.reason} The output points to nondeterminism: ${describeFlake(first)}; the test may be flaky, so this is not sure enough to autofix.`,
    confidence
  }
}
