// JavaScript test runners printed as text: vitest, jest, mocha, node:test (spec and TAP), playwright.
import {draft, findAhead, int, PATH, type LineParser} from './parser.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {guarded} from '../literal-guard.js'
import {jestRetryPasses} from './retry-passes.js'
import {hasTestMoreBlock} from './tap.js'

const TEST_FILE = String.raw`[^\s:]+\.(?:test|spec|e2e|cy)\.[cm]?[jt]sx?|[^\s:]+\.[cm]?[jt]sx?`
const VITEST_FAIL = guarded(
  new RegExp(String.raw`^\s*FAIL\s+(?:\|[^|]+\|\s+)?(${TEST_FILE})\s+(?:>\s+(.+?)|\[ (.+) \])\s*$`),
  ['FAIL']
)
const JEST_FILE = guarded(
  new RegExp(String.raw`^\s*FAIL\s+(?:\S+\s+)?(${TEST_FILE})(?:\s+\(\d.*\))?\s*$`),
  ['FAIL']
)
const JEST_TEST = guarded(/^\s*● (.+)$/, ['● '])
const CROSS = guarded(/^\s*[×✕]\s+(.+?)(?:\s+\d+(?:\.\d+)?\s*m?s|\s+\(\d+(?:\.\d+)?\s*m?s\))?\s*$/)
const VITEST_FILE_LINE = guarded(new RegExp(String.raw`^\s*❯\s+(${TEST_FILE})\s+\(\d+ tests?`), [
  ' test'
])
const ERROR_LINE = guarded(
  /^\s*((?:[A-Z]\w*)?(?:Error|Exception)(?: \[\w+\])?|Error|thrown|expect\(.+\)\.\w+.*|AssertionError)(?::\s*(.*))?$/,
  ['Error', 'Exception', 'thrown', 'expect(']
)
const LOCATION = guarded(
  new RegExp(String.raw`(?:❯\s*|at .*?\(?|^\s+at\s+)(?:file://)?(${PATH}):(\d+):(\d+)\)?\s*$`),
  ['❯', 'at']
)
const NODE_SPEC_FAIL = guarded(/^\s*✖ (\S.*?) \(\d+(?:\.\d+)?m?s\)$/, ['✖ '])
const NODE_SUMMARY = /^\s*✖ failing tests:\s*$/
const NODE_TEST_AT = guarded(new RegExp(String.raw`^\s*test at (${PATH}):(\d+):(\d+)$`), [
  'test at '
])
const TAP_NOT_OK = guarded(
  /^(\s*)not ok \d+ (?:- )?(.+?)(?:\s+# (TODO|SKIP|todo|skip|Todo|Skip)\b.*)?$/,
  ['not ok ']
)
const TAP_LOCATION = guarded(
  /^\s*location: '?(?:file:\/\/)?([^':]+(?::[A-Za-z]\\[^':]+)?):(\d+):(\d+)'?$/,
  ['location: ']
)
const MOCHA_FAILING = guarded(/^\s*(\d+) failing\s*$/, [' failing'])
const MOCHA_BLOCK = guarded(/^ {2}(\d+)\) (.+)$/, [') '])
const PLAYWRIGHT = guarded(
  new RegExp(
    String.raw`^\s*(?:\d+\)|✘\s+\d+)\s+\[([^\]]+)\] › (${PATH}):(\d+):(\d+) › (.+?)(?:\s+─+)?(?:\s+\(\d[\d.]*m?s\))?\s*$`
  ),
  ['] › ']
)

const TEST_TIMEOUT = guarded(
  /^\s*(?:thrown: )?"?(Exceeded timeout of \d+ ?ms for a (?:test|hook)\b.*|Timeout - Async (?:callback was not invoked|function did not complete) within .+|Test timeout of \d+ ?ms exceeded\b.*)$/,
  [
    'Exceeded timeout of ',
    'callback was not invoked',
    'function did not complete',
    'Test timeout of '
  ]
)

function messageAfter(
  lines: readonly string[],
  from: number,
  limit = 20
): {message?: string; at?: number} {
  const end = Math.min(lines.length, from + limit)
  for (let i = from; i < end; i++) {
    const l = lines[i]
    if (/^\s*(?:FAIL|●|⎯{3,}|✓|×)\s/.test(l) && i > from) break
    // a test that ran out of its time says so instead of an error (jest, jasmine)
    const timeout = TEST_TIMEOUT.exec(l)
    if (timeout) return {message: timeout[1].trim(), at: i}
    const m = ERROR_LINE.exec(l)
    if (m) return {message: (m[2] ? `${m[1]}: ${m[2]}` : m[1]).trim(), at: i}
    if (/^\s*→ /.test(l)) return {message: l.trim().slice(2), at: i}
  }
  return {}
}

function locationIn(
  lines: readonly string[],
  from: number,
  file: string | undefined,
  limit = 30
): RegExpExecArray | undefined {
  const end = Math.min(lines.length, from + limit)
  for (let i = from; i < end; i++) {
    if (i > from && /^\s*(?:FAIL\s|●\s|⎯{3,})/.test(lines[i])) return undefined
    const m = LOCATION.exec(lines[i])
    if (
      m &&
      !m[1].includes('node_modules') &&
      (!file || m[1].endsWith(file.replace(/^\.\//, '')) || file.endsWith(m[1]))
    )
      return m
  }
  return undefined
}

/** Which runner's block the lines are in, carried across lines. */
interface JsState extends StepState {
  /** jest's `FAIL file` header: the `● test` blocks after it are that file's. */
  jestFile: string | undefined
  /** vitest's `❯ file (N tests)` line: the `× test` rows after it are that file's. */
  vitestFile: string | undefined
  /** mocha's `N failing` header was seen: numbered failure blocks follow. */
  mocha: boolean
  /** node:test's `test at file:line:col`, for the `✖ name` line that follows it. */
  nodeTestAt: RegExpExecArray | undefined
  /** Where node:test's `✖ failing tests:` summary starts (-1: none); undefined until a `✖` line asks. */
  nodeSummaryAt: number | undefined
}

/** vitest: `FAIL file > test` (a test) or `FAIL file [ file ]` (the file failed to run). */
const vitestFail: Step<JsState> = (s, i, line) => {
  const {lines, ctx} = s
  const m = VITEST_FAIL.exec(line)
  if (!m) return false
  const file = ctx.relativize(m[1])
  const {message} = messageAfter(lines, i + 1)
  const loc = locationIn(lines, i + 1, m[1])
  if (m[3] !== undefined) {
    s.out.push(
      draft(
        i,
        'vitest',
        'vitest.suite-failed',
        'test_fail',
        0.8,
        message ?? 'Test file failed to run',
        {
          file,
          line: int(loc?.[2]),
          column: int(loc?.[3])
        }
      )
    )
  } else {
    s.out.push(
      draft(i, 'vitest', 'vitest.test-failed', 'test_fail', 0.9, message ?? 'Test failed', {
        file,
        test: m[2].replace(/\s+\d+m?s$/, ''),
        line: int(loc?.[2]),
        column: int(loc?.[3])
      })
    )
  }
  return true
}

const jestFileHeader: Step<JsState> = (s, _i, line) => {
  const m = JEST_FILE.exec(line)
  if (!m) return false
  s.jestFile = m[1]
  return true
}

const vitestFileLine: Step<JsState> = (s, _i, line) => {
  const m = VITEST_FILE_LINE.exec(line)
  if (!m) return false
  s.vitestFile = m[1]
  return true
}

/** jest's `● name` block: under a `FAIL file` header, or bare when an expectation follows. */
const jestTest: Step<JsState> = (s, i, line) => {
  const {lines, jestFile} = s
  const m = JEST_TEST.exec(line)
  if (!m) return false
  if (!jestFile) return jestBareTest(s, i, m)
  const name = m[1].trim()
  const {message} = messageAfter(lines, i + 1)
  const loc = locationIn(lines, i + 1, jestFile)
  const suite = name === 'Test suite failed to run'
  s.out.push(
    draft(
      i,
      'jest',
      suite ? 'jest.suite-failed' : 'jest.test-failed',
      'test_fail',
      suite ? 0.8 : 0.9,
      message ?? (suite ? 'Test suite failed to run' : 'Test failed'),
      {
        file: s.ctx.relativize(jestFile),
        test: suite ? undefined : name.split(' › ').join(' > '),
        line: int(loc?.[2]),
        column: int(loc?.[3])
      }
    )
  )
  return true
}

/**
 * Without its `FAIL file` line (a paste of the failures alone), a `● name` block is still
 * jest's when an expectation's matcher line follows.
 */
function jestBareTest(s: JsState, i: number, m: RegExpExecArray): boolean {
  const bare = messageAfter(s.lines, i + 1, 6).message
  if (!bare?.startsWith('expect(')) return false
  s.out.push(
    draft(i, 'jest', 'jest.test-failed', 'test_fail', 0.75, bare, {
      test: m[1].trim().split(' › ').join(' > ')
    })
  )
  return true
}

/** A `× test` row under a jest or vitest file, with vitest's `→ message` on the next line. */
const crossRow: Step<JsState> = (s, i, line) => {
  const {lines, jestFile, vitestFile} = s
  const m = CROSS.exec(line)
  if (!m || !(jestFile || vitestFile)) return false
  const file = jestFile ?? vitestFile ?? ''
  const next = /^\s*→ (.+)$/.exec(lines[i + 1] ?? '')
  s.out.push(
    draft(
      i,
      jestFile ? 'jest' : 'vitest',
      'js-test.cross',
      'test_fail',
      0.8,
      next?.[1] ?? 'Test failed',
      {
        file: s.ctx.relativize(file),
        test: m[1]
      }
    )
  )
  return true
}

const playwright: Step<JsState> = (s, i, line) => {
  const m = PLAYWRIGHT.exec(line)
  if (!m) return false
  const {message} = messageAfter(s.lines, i + 1)
  s.out.push(
    draft(i, 'playwright', 'playwright.test-failed', 'test_fail', 0.9, message ?? 'Test failed', {
      file: s.ctx.relativize(m[2]),
      line: int(m[3]),
      column: int(m[4]),
      test: `[${m[1]}] ${m[5]}`
    })
  )
  return true
}

const nodeTestAt: Step<JsState> = (s, _i, line) => {
  const m = NODE_TEST_AT.exec(line)
  if (!m) return false
  s.nodeTestAt = m
  return true
}

/** The line of node:test's `✖ failing tests:` summary after `from`, or -1. */
function nodeSummaryAfter(lines: readonly string[], from: number): number {
  for (let at = from + 1; at < lines.length; at++) if (NODE_SUMMARY.test(lines[at]!)) return at
  return -1
}

/**
 * node:test's spec reporter: `✖ name (12ms)`, located by a `test at` line before it if any.
 * Its tree repeats each failed test without a location, and marks the suites around it
 * failed too: when the `✖ failing tests:` summary follows, only the summary's entries count.
 */
const nodeSpecFail: Step<JsState> = (s, i, line) => {
  const {lines} = s
  const m = NODE_SPEC_FAIL.exec(line)
  if (!m || /^(?:failing tests:|\d+ failing|fail \d+)$/.test(m[1])) return false
  s.nodeSummaryAt ??= nodeSummaryAfter(lines, i)
  if (i < s.nodeSummaryAt) return true
  const {message} = messageAfter(lines, i + 1, 8)
  const loc = s.nodeTestAt ?? locationIn(lines, i + 1, undefined, 15)
  s.out.push(
    draft(i, 'node:test', 'node-test.spec', 'test_fail', 0.85, message ?? 'Test failed', {
      file: loc ? s.ctx.relativize(loc[1]) : undefined,
      line: int(loc?.[2]),
      column: int(loc?.[3]),
      test: m[1]
    })
  )
  s.nodeTestAt = undefined
  return true
}

/** TAP's `not ok N name`, with its YAML block (location, error) up to `...`. */
const tapNotOk: Step<JsState> = (s, i, line) => {
  const {lines, ctx} = s
  const m = TAP_NOT_OK.exec(line)
  if (!m) return false
  // A TODO test is expected to fail (TAP); Test::More's own block after it is read by perl.ts.
  if (/^todo$/i.test(m[3] ?? '') || hasTestMoreBlock(lines, i)) return true
  const indent = m[1]
  let file: string | undefined
  let ln: number | undefined
  let col: number | undefined
  let message: string | undefined
  let subtests = false
  for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
    const l = lines[j]
    if (l.trim() === '...' || new RegExp(`^${indent}(?:not )?ok \\d`).test(l)) break
    const loc = TAP_LOCATION.exec(l)
    if (loc) {
      file = ctx.relativize(loc[1])
      ln = int(loc[2])
      col = int(loc[3])
    }
    if (/failureType: '?subtestsFailed/.test(l)) subtests = true
    const e = /^\s*(?:error|message): (?:\|-?\s*)?'?(.*?)'?$/.exec(l)
    if (e && !message) message = e[1] || lines[j + 1]?.trim()
  }
  if (!subtests)
    s.out.push(
      draft(i, 'tap', 'tap.not-ok', 'test_fail', 0.85, message ?? 'Test failed', {
        file,
        line: ln,
        column: col,
        test: m[2]
      })
    )
  return true
}

const mochaFailing: Step<JsState> = (s, _i, line) => {
  if (!MOCHA_FAILING.test(line)) return false
  s.mocha = true
  return true
}

/** After mocha's `N failing`: `  1) suite` and its indented nested names, then the error. */
const mochaBlock: Step<JsState> = (s, i, line) => {
  const {lines} = s
  const m = s.mocha ? MOCHA_BLOCK.exec(line) : null
  if (!m) return false
  const names = [m[2].trim()]
  let j = i + 1
  while (
    j < lines.length &&
    !names[names.length - 1].endsWith(':') &&
    /^\s{4,}\S/.test(lines[j]) &&
    j < i + 8
  ) {
    names.push(lines[j].trim())
    j++
  }
  const test = names.join(' > ').replace(/:$/, '')
  const {message} = messageAfter(lines, j, 10)
  const loc = locationIn(lines, j, undefined, 20)
  s.out.push(
    draft(i, 'mocha', 'mocha.failing', 'test_fail', 0.85, message ?? 'Test failed', {
      test,
      file: loc ? s.ctx.relativize(loc[1]) : undefined,
      line: int(loc?.[2]),
      column: int(loc?.[3])
    })
  )
  return true
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<JsState> = (s, i, line) =>
  vitestFail(s, i, line) ||
  jestFileHeader(s, i, line) ||
  vitestFileLine(s, i, line) ||
  jestTest(s, i, line) ||
  crossRow(s, i, line) ||
  playwright(s, i, line) ||
  nodeTestAt(s, i, line) ||
  nodeSpecFail(s, i, line) ||
  tapNotOk(s, i, line) ||
  mochaFailing(s, i, line) ||
  mochaBlock(s, i, line)

export const parseJsTests: LineParser = (lines, ctx) => [
  ...runSteps(
    {
      lines,
      ctx,
      out: [],
      jestFile: undefined,
      vitestFile: undefined,
      mocha: false,
      nodeTestAt: undefined,
      nodeSummaryAt: undefined
    },
    parseLine
  ),
  ...jestRetryPasses(lines, ctx)
]

/** Helper for other parsers: is there an error line just after `from`? */
export function errorMessageAfter(lines: readonly string[], from: number): string | undefined {
  return findAhead(lines, from, 12, ERROR_LINE)?.[0]?.trim()
}
