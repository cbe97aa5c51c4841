// Tests a retry plugin re-ran inside the same run until they passed: jest's
// `jest.retryTimes(n, {logErrorsBeforeRetry: true})`, rspec-retry with `verbose_retry` and
// `display_try_failure_messages`, pytest-rerunfailures, and surefire's rerunFailingTestsCount.
// Each becomes the finding Playwright's `N flaky` summary is (`test.flaky-report`,
// transient), named (test, file) and carrying the `passed-on-retry` flake signal: no failure
// of the run, flake evidence for the ledger and the summary. A test that failed on every try
// is left to the tool's own failure parser (an ordinary test failure): nothing here claims a
// pass it cannot see in the window.
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
  surefire: ['Flakes:']
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
    if (pass)
      out.push(
        retriedPass(
          {index: i, tool: 'jest'},
          {name, file: ctx.relativize(pass.file), message},
          pass.line
        )
      )
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
    out.push({...found, line: Number(location.slice(location.lastIndexOf(':') + 1))})
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
  if (rerun.size === 0) return []
  const totals = lines.map(l => PYTEST_TOTALS.exec(l)?.[1]).find(t => t !== undefined)
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
