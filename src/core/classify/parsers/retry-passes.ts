// Tests a retry plugin re-ran inside the same run until they passed: jest's
// `jest.retryTimes(n, {logErrorsBeforeRetry: true})`, rspec-retry with `verbose_retry` and
// `display_try_failure_messages`, pytest-rerunfailures, surefire's rerunFailingTestsCount,
// Gradle's test-retry plugin and gotestsum's --rerun-fails.
// Each becomes the finding Playwright's `N flaky` summary is (`test.flaky-report`,
// transient), named (test, file) and carrying the `passed-on-retry` flake signal: no failure
// of the run, flake evidence for the ledger and the summary. Where the tool's failure parser
// read the failed tries (Gradle, gotestsum), those failures become the pass, keeping their
// name and message (withRetriedPasses). A test that failed on every try is left to the tool's
// own failure parser (an ordinary test failure): nothing here claims a pass it cannot see in
// the window. A pass the log shows without naming the test (pytest's progress `R.`) is a flaky
// report of the run with no flake signal: it has no test to link in the ledger.
import type {FlakeSignal} from '../flake-evidence.js'
import {draft, type Found, type ParseContext} from './parser.js'

/** The rule of a runner's report of tests that failed and then passed on a retry. */
export const FLAKY_REPORT_RULE = 'test.flaky-report'

const MAX_TEXT = 200

/**
 * The literals without which each tool's retry lines cannot be there: region.ts adds them to
 * the needles of the parser family that calls that tool's function, so a window holding only
 * a retried-to-pass test still reaches the family (kept next to the expressions they guard).
 */
export const RETRY_NEEDLES = {
  jest: ['LOGGING RETRY ERRORS'],
  rspec: ['RSpec::Retry', ' Try error in '],
  pytest: ['RERUN', ' rerun'],
  surefire: ['Flakes:'],
  gradle: [' FAILED'],
  gotestsum: ['(re-run ', ' runs, ']
} as const

/** The finding for one test that passed on a retry; `passLine` is the line that shows the pass. */
export function retriedPass(
  at: {index: number; tool: string},
  test: {name: string; file?: string; message: string},
  passLine: string
): Found {
  const flake: FlakeSignal = {
    kind: 'passed-on-retry',
    strong: true,
    text: passLine.trim().slice(0, MAX_TEXT)
  }
  return draft(at.index, at.tool, FLAKY_REPORT_RULE, 'transient', 0.5, test.message, {
    test: test.name,
    ...(test.file ? {file: test.file} : {}),
    flake
  })
}

/** The first non-blank line after `from` (trimmed), within `limit` lines. */
function firstTextAfter(lines: readonly string[], from: number, limit: number): string {
  const end = Math.min(lines.length, from + 1 + limit)
  for (let i = from + 1; i < end; i++) if (lines[i].trim()) return lines[i].trim()
  return ''
}

// jest: ` LOGGING RETRY ERRORS  <full name>`, then ` RETRY <n> ` and each failed try's error,
// printed before the retried test's file header (`PASS file` / `FAIL file`) and its rows.
const JEST_RETRY = /^\s*LOGGING RETRY ERRORS\s+(.+?)\s*$/
const JEST_HEADER = /^\s*(PASS|FAIL)\s+(\S+)(?:\s+\(\d.*\))?\s*$/
const JEST_ROW = /^\s*([✓✔√]|[✕×])\s+(.+?)(?:\s+\(\d+(?:\.\d+)?\s*m?s\))?\s*$/
const JEST_LOOK_AHEAD = 120

/** jest's tests retried to a pass: the file passed, or the test's own row under it is `✓`. */
export function jestRetryPasses(lines: readonly string[], ctx: ParseContext): Found[] {
  const out: Found[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = JEST_RETRY.exec(lines[i])
    if (!m) continue
    const name = m[1]
    const retry = /^\s*RETRY 1\s*$/.test(lines[i + 1] ?? '')
    const message = (retry && firstTextAfter(lines, i + 1, 10)) || 'Test failed on a try'
    const pass = jestPassAfter(lines, i, name)
    if (!pass) continue
    let end = i + 1
    while (end < lines.length && !JEST_HEADER.test(lines[end]!) && !JEST_RETRY.test(lines[end]!))
      end++
    const found = retriedPass(
      {index: i, tool: 'jest'},
      {name, file: ctx.relativize(pass.file), message},
      pass.line
    )
    // its tries' errors are no failures of the run
    out.push({...found, block: [i + 1, end]})
  }
  return out
}

/** The header after a retry log and, when the file failed, the test's `✓` row under it. */
function jestPassAfter(
  lines: readonly string[],
  from: number,
  name: string
): {file: string; line: string} | undefined {
  const end = Math.min(lines.length, from + JEST_LOOK_AHEAD)
  let i = from + 1
  while (i < end && !JEST_HEADER.test(lines[i])) i++
  const header = JEST_HEADER.exec(lines[i] ?? '')
  if (!header) return undefined
  // The test's own `✓` row shows the pass (a file that failed: only it does); a title another
  // test shares that failed is no pass.
  let own: string | undefined
  for (let j = i + 1; j < end && !JEST_HEADER.test(lines[j]); j++) {
    const row = JEST_ROW.exec(lines[j])
    if (!row || !(name === row[2] || name.endsWith(` ${row[2]}`))) continue
    if (!/[✓✔√]/.test(row[1])) return undefined
    own ??= lines[j]
  }
  const passed = own ?? (header[1] === 'PASS' ? lines[i] : undefined)
  return passed === undefined ? undefined : {file: header[2], line: passed}
}

// rspec-retry: `RSpec::Retry: <nth> try <location>` before each try after the first (and, with
// display_try_failure_messages, `<nth> Try error in <location>:` and the error before it).
const RSPEC_TRY = /^\s*RSpec::Retry: \d+(?:st|nd|rd|th) try (\.\/\S+?\.rb:\d+)\s*$/
const RSPEC_TRY_ERROR = /^\s*1st Try error in (\.\/\S+?\.rb:\d+):\s*$/
const RSPEC_MESSAGE = /^\s*(?:RSpec::Retry: \d+\w\w try|\d+\w\w Try error in) \.\//
const RSPEC_TOTALS = /^\s*\d+ examples?, (\d+) failures?\b/
const RSPEC_FAILED_LIST = /^\s*Failed examples:\s*$/
const RSPEC_PROGRESS = /^[.F*]+$/

/** rspec-retry's examples retried to a pass: its last try shows `.`, or the run's totals clear it. */
export function rspecRetryPasses(lines: readonly string[], ctx: ParseContext): Found[] {
  const lastTry = new Map<string, number>()
  lines.forEach((l, i) => {
    const m = RSPEC_TRY.exec(l)
    if (m) lastTry.set(m[1], i)
  })
  const out: Found[] = []
  for (const [location, i] of lastTry) {
    const pass = rspecPassAfter(lines, i, location)
    if (!pass) continue
    const file = location.replace(/^\.\//, '').replace(/:\d+$/, '')
    const found = retriedPass(
      {index: i, tool: 'rspec'},
      {
        name: location.slice(2),
        file: ctx.relativize(file),
        message: rspecTryError(lines, location)
      },
      `${lines[i]!.trim()}, ${pass}`
    )
    // its tries' errors are no failures of the run
    const from = lines.findIndex(
      l => RSPEC_MESSAGE.test(l) && (l.includes(` ${location}:`) || l.trimEnd().endsWith(location))
    )
    out.push({
      ...found,
      line: Number(location.slice(location.lastIndexOf(':') + 1)),
      block: [from < 0 ? i : from, i]
    })
  }
  return out
}

/** How the example's last try ended: the progress formatter's next mark, else the run's totals. */
function rspecPassAfter(
  lines: readonly string[],
  at: number,
  location: string
): string | undefined {
  const next = firstTextAfter(lines, at, 3)
  if (RSPEC_PROGRESS.test(next)) return next.startsWith('.') ? `then ${next[0]}` : undefined
  const totals = lines.findIndex((l, j) => j > at && RSPEC_TOTALS.test(l))
  if (totals < 0) return undefined
  const summary = lines[totals]!.trim()
  if (RSPEC_TOTALS.exec(summary)![1] === '0') return `then ${summary}`
  const list = lines.findIndex((l, j) => j > totals && RSPEC_FAILED_LIST.test(l))
  if (list < 0) return undefined
  // The whole list must be in view (it ends at a line that is no entry), and not name it.
  let j = list + 1
  while (j < lines.length && (!lines[j]!.trim() || lines[j]!.trim().startsWith('rspec '))) {
    if (lines[j]!.trim().startsWith(`rspec ${location} `)) return undefined
    j++
  }
  return j < lines.length ? `then ${summary}, not among the failed examples` : undefined
}

/** The first line of the error rspec-retry printed for the example's first try. */
function rspecTryError(lines: readonly string[], location: string): string {
  const at = lines.findIndex(l => RSPEC_TRY_ERROR.exec(l)?.[1] === location)
  return (at >= 0 && firstTextAfter(lines, at, 3)) || 'Example failed on a try'
}

// surefire/failsafe with rerunFailingTestsCount: after `[WARNING] Flakes:`, each flaky test alone
// on a line, then its `Run N:` attempts, the last `Run N: PASS`.
const SUREFIRE_FLAKES = /^\[WARNING\] Flakes:\s*$/
const SUREFIRE_TEST = /^\[WARNING\] ([\w$]+(?:\.[\w$]+)+)\.(\w+)\s*$/
const SUREFIRE_RUN = /^\[\w+\]\s+Run (\d+): (.*?)\s*$/

/** surefire's flaky tests: each entry of its `Flakes:` lists (one a module) whose last run passed. */
export function surefireFlakes(lines: readonly string[]): Found[] {
  const out: Found[] = []
  let inList = false
  for (let i = 0; i < lines.length; i++) {
    if (SUREFIRE_FLAKES.test(lines[i])) inList = true
    else if (inList && !SUREFIRE_RUN.test(lines[i]) && !/^\[\w+\]\s*$/.test(lines[i])) {
      const m = SUREFIRE_TEST.exec(lines[i])
      const found = m ? surefireFlake(lines, i, m) : undefined
      if (found) out.push(found)
      inList = m !== null
    }
  }
  return out
}

/** One entry of the list: the test's `Run N:` lines follow it; the last must be `PASS`. */
function surefireFlake(lines: readonly string[], i: number, m: RegExpExecArray): Found | undefined {
  const runs: string[] = []
  for (let j = i + 1; j < lines.length && SUREFIRE_RUN.test(lines[j]); j++) runs.push(lines[j])
  const last = runs.length > 1 ? SUREFIRE_RUN.exec(runs[runs.length - 1]!) : null
  if (last?.[2] !== 'PASS') return undefined
  const first = /^\S+?(?::(\d+))?\s+(.*)$/.exec(SUREFIRE_RUN.exec(runs[0]!)![2]!)
  // found on its `Run N: PASS` line: the generic flaky-report signature leaves a taken line alone
  const found = retriedPass(
    {index: i + runs.length, tool: 'surefire'},
    {
      name: `${m[1]} > ${m[2]}`,
      file: `${m[1]!.replace(/\./g, '/')}.java`,
      message: first?.[2] || 'Test failed on a run'
    },
    last[0]
  )
  return first?.[1] ? {...found, line: Number(first[1])} : found
}

// pytest-rerunfailures: each failed try is reported as `RERUN` (`file.py::test RERUN` with -v,
// `RERUN file.py::test` in `-rR`'s "rerun test summary info"); the last try as usual.
const PYTEST_RERUN = /^(\S+?\.py::\S+) RERUN\b|^RERUN (\S+?\.py::\S+)\s*$/
const PYTEST_TOTALS = /^=+ (.*\b\d+ rerun.*) in [\d.]+s(?: \([\d:]+\))? =+$/

/** pytest's tests rerun to a pass: a `PASSED` line of the test, or totals with nothing failed. */
export function pytestRerunPasses(lines: readonly string[], ctx: ParseContext): Found[] {
  const rerun = new Map<string, number>()
  lines.forEach((l, i) => {
    const m = PYTEST_RERUN.exec(l)
    const id = m?.[1] ?? m?.[2]
    if (id && !rerun.has(id)) rerun.set(id, i)
  })
  const totals = lines.map(l => PYTEST_TOTALS.exec(l)?.[1]).find(t => t !== undefined)
  if (rerun.size === 0) return totals === undefined ? [] : pytestProgressReruns(lines, ctx)
  const clean = totals !== undefined && !/\b\d+ (?:failed|errors?)\b/.test(totals)
  const out: Found[] = []
  for (const [id, i] of rerun) {
    const says = (l: string, words: string): boolean => `${l} `.startsWith(`${words} `)
    const failed = lines.some(l => says(l, `FAILED ${id}`) || says(l, `${id} FAILED`))
    const passed = lines.find((l, j) => j > i && says(l, `${id} PASSED`))
    const evidence = failed ? undefined : (passed ?? (clean ? totals : undefined))
    if (!evidence) continue
    const [file, ...names] = id.split('::')
    out.push(
      retriedPass(
        {index: i, tool: 'pytest'},
        {name: names.join(' > '), file: ctx.relativize(file!), message: 'Test failed on a try'},
        evidence
      )
    )
  }
  return out
}

/** A test a later line of the window shows passing, after it failed on an earlier try. */
export interface LaterPass {
  /** The line that shows the pass (its index and text). */
  index: number
  line: string
  /** For a test no failure finding of the window names: what the tool said of its failed try. */
  fallback: {tool: string; file?: string; line?: number; message: string}
}

/**
 * The failures of tests a later line shows passing become those tests' retried passes, with the
 * failure's own name, file, line, error code and message: the fingerprint is then the one the
 * test gets when it fails on every try (fingerprint.ts). A failure after the pass stays one; a
 * test no failure finding names gets its fallback.
 */
export function withRetriedPasses(
  found: readonly Found[],
  passes: ReadonlyMap<string, LaterPass>
): Found[] {
  if (passes.size === 0) return [...found]
  const out: Found[] = []
  const done = new Set<string>()
  for (const f of found) {
    const pass = f.category === 'test_fail' && f.test ? passes.get(f.test) : undefined
    if (!pass || f.index > pass.index) out.push(f)
    else if (!done.has(f.test!)) {
      done.add(f.test!)
      const at = {index: pass.index, tool: f.tool}
      const found = retriedPass(at, {name: f.test!, file: f.file, message: f.message}, pass.line)
      out.push({
        ...found,
        ...(f.line !== undefined ? {line: f.line} : {}),
        ...(f.errorCode !== undefined ? {errorCode: f.errorCode} : {})
      })
    }
  }
  for (const [test, pass] of passes) {
    if (done.has(test)) continue
    const {tool, file, line, message} = pass.fallback
    const found = retriedPass({index: pass.index, tool}, {name: test, file, message}, pass.line)
    out.push(line !== undefined ? {...found, line} : found)
  }
  return out
}

// Gradle's test-retry plugin (org.gradle.test-retry) prints nothing of its own: Gradle's test
// logging reports every execution, `Class > test FAILED` and, with the `passed` event on
// (testLogging `events "passed", "failed"`), `Class > test PASSED`; the retries run after the
// whole task's tests, so the pass may be far below the failure. Without the `passed` event a
// test retried to a pass leaves only its FAILED line and the execution count
// (`6 tests completed, 5 failed`): nothing there names the pass, and it is read as a failure.
const GRADLE_RESULT = /^(?:\S+ )?([\w$.]+) > (.+?) (PASSED|FAILED)\s*$/

const GRADLE_COUNT = /^(\d+) tests? completed, (\d+) failed\b/

/**
 * Gradle's failures with the test-retry plugin: a test that printed FAILED and then PASSED
 * becomes its retried pass. When every failed execution the task counted
 * (`4 tests completed, 1 failed`) is one of those, the task failed for them alone (the plugin's
 * failOnPassedAfterRetry): its `Task :test FAILED` is no test failure either.
 */
export function withGradleRetries(found: readonly Found[], lines: readonly string[]): Found[] {
  const passes = gradleRetryPasses(lines)
  const out = withRetriedPasses(found, passes)
  if (passes.size === 0 || out.some(f => f.rule === 'gradle.test-failed')) return out
  const failedLines = lines.filter(l => / FAILED\s*$/.test(l) && GRADLE_RESULT.test(l)).length
  const counted = lines.map(l => GRADLE_COUNT.exec(l)).filter(m => m !== null)
  const onlyRetried = counted.length === 1 && Number(counted[0]![2]) === failedLines
  return onlyRetried ? out.filter(f => f.rule !== 'gradle.test-task') : out
}

/** Gradle's tests that printed FAILED and, later in the window, PASSED, by jvm.ts's names. */
export function gradleRetryPasses(lines: readonly string[]): Map<string, LaterPass> {
  const failed = new Map<string, number>()
  const passes = new Map<string, LaterPass>()
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (!l.includes(' > ') || !/(?:PASSED|FAILED)\s*$/.test(l)) continue
    const m = GRADLE_RESULT.exec(l)
    if (!m) continue
    const test = `${m[1]} > ${m[2]}`
    const first = failed.get(test)
    if (m[3] === 'FAILED') {
      if (first === undefined) failed.set(test, i)
    } else if (first !== undefined && !passes.has(test)) {
      const message = (lines[first + 1] ?? '').trim() || 'Test failed'
      passes.set(test, {index: i, line: l, fallback: {tool: 'gradle', message}})
    }
  }
  return passes
}

// gotestsum --rerun-fails (gotestyourself/gotestsum) runs the failed tests again, each run a
// `re-run N`. Its testname and github-actions formats print a pass on a rerun as
// `PASS pkg.TestName (re-run 1) (0.00s)`; every format ends with the `=== Failed` summary, one
// `=== FAIL: pkg TestName (re-run N) (0.00s)` per failed run with that run's output, then
// `DONE 3 runs, 14 tests, 8 failures in 1.234s`. Only the tests that failed in a run are run
// again in the next, so a test whose last failure is before the last run passed in the run
// after it, unless the reruns stopped early (`rerun aborted because previous run had errors`).
const GOTESTSUM_PASS =
  /^\s*PASS (?:(\S+?)\.)?((?:Test|Example|Fuzz)\S*) \(re-run (\d+)\)(?: \([\d.]+s\))?\s*$/
const GOTESTSUM_FAIL = /^=== FAIL: (\S+) (\S+?)(?: \(re-run (\d+)\))?(?: \([\d.]+s\))?\s*$/
const GOTESTSUM_DONE = /^DONE (\d+) runs, \d+ tests?\b(.*)$/
const GO_OUTPUT_AT = /^\s+([\w./-]+\.go):(\d+): (.*)$/

/**
 * go test's failures with gotestsum's reruns: a test that passed on a rerun becomes its retried
 * pass; one that failed in the last run is a failure even when only the `=== Failed` summary
 * names it (the default pkgname format prints no `--- FAIL:` line).
 */
export function withGotestsumReruns(
  found: readonly Found[],
  lines: readonly string[],
  ctx: ParseContext
): Found[] {
  const summary = gotestsumSummary(lines, ctx)
  const passes = gotestsumRerunPasses(lines, summary)
  const {failed, runs, doneAt} = summary
  const named = new Set(found.map(f => f.test))
  const last = [...failed].filter(([, f]) => runs !== undefined && f.lastRun === runs - 1)
  const missing = last
    .filter(([test]) => !named.has(test) && !last.some(([t]) => t.startsWith(`${test} > `)))
    .map(([test, f]) =>
      draft(doneAt, 'go', 'go-test.fail', 'test_fail', 0.8, f.fallback.message, {
        test,
        file: f.fallback.file,
        line: f.fallback.line
      })
    )
  return withRetriedPasses([...found, ...missing], passes)
}

/**
 * gotestsum's tests that passed on a rerun, named as go.ts names a failed test (without the
 * package: a name the summary shows in two packages, or failing in the last run, is left alone).
 */
function gotestsumRerunPasses(
  lines: readonly string[],
  summary: GotestsumSummary
): Map<string, LaterPass> {
  const passes = new Map<string, LaterPass>()
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('(re-run ')) continue
    const m = GOTESTSUM_PASS.exec(lines[i]!)
    if (!m) continue
    const test = m[2]!.replace(/\//g, ' > ')
    const entry = summary.failed.get(test)
    if (entry && (entry.packages.size > 1 || entry.lastRun === (summary.runs ?? 0) - 1)) continue
    const fallback = entry?.fallback ?? {tool: 'gotestsum', message: 'Test failed'}
    passes.set(test, {index: i, line: lines[i]!, fallback})
  }
  for (const [test, entry] of summary.failed)
    if (
      !passes.has(test) &&
      entry.packages.size === 1 &&
      summary.runs !== undefined &&
      entry.lastRun < summary.runs - 1
    )
      passes.set(test, {
        index: summary.doneAt,
        line: `${lines[summary.doneAt]!.trim()} (${test.replace(/ > /g, '/')} did not fail in re-run ${entry.lastRun + 1})`,
        fallback: entry.fallback
      })
  // a parent test passes with its subtest: the subtest is the one that was flaky
  for (const test of passes.keys())
    if ([...passes.keys()].some(t => t.startsWith(`${test} > `))) passes.delete(test)
  return passes
}

interface GotestsumFailure {
  lastRun: number
  packages: Set<string>
  fallback: LaterPass['fallback']
}

interface GotestsumSummary {
  failed: Map<string, GotestsumFailure>
  /** The runs of the last DONE line; none when the reruns stopped early. */
  runs?: number
  doneAt: number
}

/** The `=== Failed` summary: each test's last failed run and its first run's output; the runs. */
function gotestsumSummary(lines: readonly string[], ctx: ParseContext): GotestsumSummary {
  const failed = new Map<string, GotestsumFailure>()
  const start = lines.findIndex(l => /^=== Failed\s*$/.test(l))
  if (start < 0) return {failed, doneAt: -1}
  let i = start + 1
  for (; i < lines.length && !lines[i]!.startsWith('DONE '); i++) {
    const m = GOTESTSUM_FAIL.exec(lines[i]!)
    if (!m) continue
    const test = m[2]!.replace(/\//g, ' > ')
    const run = Number(m[3] ?? 0)
    const known = failed.get(test)
    if (known) {
      known.lastRun = Math.max(known.lastRun, run)
      known.packages.add(m[1]!)
    } else
      failed.set(test, {
        lastRun: run,
        packages: new Set([m[1]!]),
        fallback: gotestsumOutput(lines, i, ctx)
      })
  }
  const done = GOTESTSUM_DONE.exec(lines[i] ?? '')
  // with errors the reruns stop: a test not run again did not pass
  const stopped =
    !done || /\berrors?\b/.test(done[2]!) || lines.some(l => l.includes('rerun aborted'))
  return {failed, runs: stopped ? undefined : Number(done[1]), doneAt: i}
}

/** A failed run's output under its `=== FAIL:` line: the first `file.go:line: message`. */
function gotestsumOutput(
  lines: readonly string[],
  at: number,
  ctx: ParseContext
): LaterPass['fallback'] {
  for (let j = at + 1; j < Math.min(lines.length, at + 30); j++) {
    if (/^(?:=== |DONE )/.test(lines[j]!)) break
    const m = GO_OUTPUT_AT.exec(lines[j]!)
    if (m)
      return {tool: 'gotestsum', file: ctx.relativize(m[1]!), line: Number(m[2]), message: m[3]!}
  }
  return {tool: 'gotestsum', message: 'Test failed'}
}

// Without -v or -rR no line names a rerun test: the progress line of its file shows each try,
// `R` for a failed one, then the last (`tests/test_cart.py ....R..  [ 63%]`). `R` then `.` is a
// test of that file that passed on a rerun; which one the log does not say. That is flake
// evidence for the run (its flaky report), not a known flake for the ledger: with no test name
// it has no failure of another run to link to, so it carries no passed-on-retry signal.
const PYTEST_PROGRESS = /^(\S+\.py) ([.FEsxXR]+)\s*(?:\[\s*\d+%\])?\s*$/

/** Each file whose progress line shows a rerun that passed: one unnamed flaky report. */
function pytestProgressReruns(lines: readonly string[], ctx: ParseContext): Found[] {
  const out: Found[] = []
  lines.forEach((l, i) => {
    const m = l.includes('R') ? PYTEST_PROGRESS.exec(l) : null
    const passed = m ? (m[2]!.match(/R+[.X]/g) ?? []).length : 0
    if (passed === 0) return
    const tests = passed === 1 ? 'A test' : `${passed} tests`
    const message = `${tests} in ${m![1]} failed and then passed on a rerun (pytest's progress shows R then .); the log names no test (pytest -rR lists them)`
    out.push(
      draft(i, 'pytest', FLAKY_REPORT_RULE, 'transient', 0.5, message, {
        file: ctx.relativize(m![1]!)
      })
    )
  })
  return out
}
