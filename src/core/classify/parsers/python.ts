// pytest, unittest, mypy and pyright.
import {draft, int, STEM, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import type {Category} from '../types.js'
import {CIRCULAR_IMPORT} from './signatures.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {pytestRerunPasses} from './retry-passes.js'

const SUMMARY = guarded(/^(FAILED|ERROR) (\S+?\.py)(?:::(\S+?))?(?: - (.*))?$/, ['FAILED', 'ERROR'])
const VERBOSE = guarded(/^(\S+?\.py)::(\S+) (FAILED|ERROR)\b/, ['FAILED', 'ERROR'])
const SECTION = guarded(
  /^_{3,} (?:(?:ERROR collecting|ERROR at setup of|ERROR at teardown of) )?(.+?) _{3,}$/,
  [' _']
)
const CRASH = guarded(
  /^(\S+?\.py):(\d+): (\w+(?:Error|Exception|Exit|Failed|Interrupt)|Failed|AssertionError)$/,
  ['Error', 'Exception', 'Exit', 'Failed', 'Interrupt']
)
const UNITTEST = guarded(/^(FAIL|ERROR): (\w+) \(([\w.]+?)(?:\.(\w+))?\)$/, ['FAIL', 'ERROR'])
const TB_FILE = guarded(/^\s*File "([^"]+)", line (\d+), in (\w+)/, ['", line '])
const MYPY = guarded(
  new RegExp(String.raw`^(${STEM}\.pyi?):(\d+)(?::(\d+))?: error: (.+?)(?:\s+\[([\w-]+)\])?$`),
  [': error: ']
)
const PYRIGHT = guarded(
  new RegExp(String.raw`^\s+(${STEM}\.pyi?):(\d+):(\d+) - error: (.+?)(?: \((\w+)\))?$`),
  [' - error: ']
)

/** What a pytest ERROR/FAILED message says about its cause. */
export function pythonCategory(
  message: string | undefined,
  fallback: Category
): [Category, string] {
  if (!message) return [fallback, 'pytest.failed']
  if (/ModuleNotFoundError: No module named|No module named '/.test(message))
    return ['dependency_missing', 'python.module-not-found']
  if (/ImportError: cannot import name/.test(message))
    return CIRCULAR_IMPORT.test(message)
      ? ['compile_error', 'python.circular-import']
      : ['contract_violation', 'python.import-name']
  if (/^(?:E\s+)?(?:SyntaxError|IndentationError|TabError)\b/.test(message))
    return ['compile_error', 'python.syntax-error']
  return [fallback, 'pytest.failed']
}

/** A `file.py:12: AssertionError` line under a pytest section, for that section's test. */
interface Crash {
  file: string
  line: number
  index: number
}

/** The pytest section the lines are in, and the crash lines seen per test name. */
interface PythonState extends StepState {
  section: string | undefined
  crashLines: Map<string, Crash>
}

/** pytest's `____ test_name ____` section header. */
const section: Step<PythonState> = (s, _i, line) => {
  const m = SECTION.exec(line)
  if (!m) return false
  s.section = m[1]
  return true
}

const crashLine: Step<PythonState> = (s, i, line) => {
  const m = CRASH.exec(line)
  if (!m || !s.section) return false
  s.crashLines.set(s.section.split('.').pop() ?? s.section, {
    file: m[1],
    line: Number(m[2]),
    index: i
  })
  return true
}

/** pytest's short summary: `FAILED file.py::test - message`, `ERROR file.py`. */
const summary: Step<PythonState> = (s, i, line) => {
  const m = SUMMARY.exec(line)
  if (!m) return false
  const [category, rule] = pythonCategory(m[4], 'test_fail')
  const message =
    m[4] ?? (m[1] === 'ERROR' ? 'Error collecting or setting up tests' : 'Test failed')
  s.out.push(
    draft(i, 'pytest', rule, category, m[3] ? 0.9 : 0.8, message, {
      file: s.ctx.relativize(m[2]),
      test: m[3]?.replace(/::/g, ' > ')
    })
  )
  return true
}

/** pytest -v: `file.py::test FAILED`. */
const verbose: Step<PythonState> = (s, i, line) => {
  const m = VERBOSE.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'pytest', 'pytest.failed', 'test_fail', 0.85, 'Test failed', {
      file: s.ctx.relativize(m[1]),
      test: m[2].replace(/::/g, ' > ')
    })
  )
  return true
}

/** unittest's `FAIL: test (module.Class)`, its traceback's own frame and its error line. */
const unittest: Step<PythonState> = (s, i, line) => {
  const {lines, ctx} = s
  const m = UNITTEST.exec(line)
  if (!m) return false
  let file: string | undefined
  let ln: number | undefined
  let message: string | undefined
  for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
    if (/^(?:FAIL|ERROR): |^={10,}|^-{10,}$/.test(lines[j]) && j > i + 2) break
    const tb = TB_FILE.exec(lines[j])
    if (tb && !tb[1].includes('site-packages') && !tb[1].includes('/lib/python')) {
      file = ctx.relativize(tb[1])
      ln = int(tb[2])
    }
    const e = /^(\w+(?:Error|Exception)|AssertionError): (.*)$/.exec(lines[j])
    if (e) message = `${e[1]}: ${e[2]}`
  }
  const [category, rule] = pythonCategory(message, 'test_fail')
  s.out.push(
    draft(
      i,
      'unittest',
      rule === 'pytest.failed' ? 'unittest.failed' : rule,
      category,
      0.85,
      message ?? 'Test failed',
      {file, line: ln, test: `${m[3]}${m[4] ? `.${m[4]}` : ''} > ${m[2]}`}
    )
  )
  return true
}

/** A type checker's `file:line:col` error with an optional code (m[5]). */
function typeError(s: PythonState, i: number, tool: string, m: RegExpExecArray): boolean {
  s.out.push(
    draft(i, tool, `${tool}.error`, 'compile_error', 0.85, m[4], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      column: int(m[3]),
      errorCode: m[5]
    })
  )
  return true
}

const mypy: Step<PythonState> = (s, i, line) => {
  const m = MYPY.exec(line)
  return m ? typeError(s, i, 'mypy', m) : false
}

const pyright: Step<PythonState> = (s, i, line) => {
  const m = PYRIGHT.exec(line)
  return m ? typeError(s, i, 'pyright', m) : false
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<PythonState> = (s, i, line) =>
  section(s, i, line) ||
  crashLine(s, i, line) ||
  summary(s, i, line) ||
  verbose(s, i, line) ||
  unittest(s, i, line) ||
  mypy(s, i, line) ||
  pyright(s, i, line)

/** Attach `file.py:12: AssertionError` crash lines to their tests. */
function attachCrashLines(out: readonly Found[], crashLines: ReadonlyMap<string, Crash>): void {
  for (const f of out) {
    if (f.tool !== 'pytest' || !f.test || f.line !== undefined) continue
    const crash = crashLines.get(f.test.split(' > ').pop() ?? '')
    if (crash) f.line = crash.line
  }
}

export const parsePython: LineParser = (lines, ctx) => {
  const crashLines = new Map<string, Crash>()
  const out = runSteps({lines, ctx, out: [], section: undefined, crashLines}, parseLine)
  attachCrashLines(out, crashLines)
  return [...out, ...pytestRerunPasses(lines, ctx)]
}
