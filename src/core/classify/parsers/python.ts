// pytest, unittest, mypy and pyright.
import {draft, int, STEM, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import type {Category} from '../types.js'
import {CIRCULAR_IMPORT} from './signatures.js'

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

export const parsePython: LineParser = (lines, ctx) => {
  const out: Found[] = []
  const crashLines = new Map<string, {file: string; line: number; index: number}>()
  let section: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = SECTION.exec(line)
    if (m) {
      section = m[1]
      continue
    }
    m = CRASH.exec(line)
    if (m && section) {
      crashLines.set(section.split('.').pop() ?? section, {
        file: m[1],
        line: Number(m[2]),
        index: i
      })
      continue
    }
    m = SUMMARY.exec(line)
    if (m) {
      const [category, rule] = pythonCategory(m[4], 'test_fail')
      const message =
        m[4] ?? (m[1] === 'ERROR' ? 'Error collecting or setting up tests' : 'Test failed')
      out.push(
        draft(i, 'pytest', rule, category, m[3] ? 0.9 : 0.8, message, {
          file: ctx.relativize(m[2]),
          test: m[3]?.replace(/::/g, ' > ')
        })
      )
      continue
    }
    m = VERBOSE.exec(line)
    if (m) {
      out.push(
        draft(i, 'pytest', 'pytest.failed', 'test_fail', 0.85, 'Test failed', {
          file: ctx.relativize(m[1]),
          test: m[2].replace(/::/g, ' > ')
        })
      )
      continue
    }
    m = UNITTEST.exec(line)
    if (m) {
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
      out.push(
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
      continue
    }
    m = MYPY.exec(line)
    if (m) {
      out.push(
        draft(i, 'mypy', 'mypy.error', 'compile_error', 0.85, m[4], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[5]
        })
      )
      continue
    }
    m = PYRIGHT.exec(line)
    if (m) {
      out.push(
        draft(i, 'pyright', 'pyright.error', 'compile_error', 0.85, m[4], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[5]
        })
      )
    }
  }
  // Attach `file.py:12: AssertionError` crash lines to their tests.
  for (const f of out) {
    if (f.tool !== 'pytest' || !f.test || f.line !== undefined) continue
    const crash = crashLines.get(f.test.split(' > ').pop() ?? '')
    if (crash) f.line = crash.line
  }
  return out
}
