// JavaScript test runners printed as text: vitest, jest, mocha, node:test (spec and TAP), playwright.
import {draft, findAhead, int, PATH, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

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
const NODE_SPEC_FAIL = guarded(/^\s*✖ (.+?) \(\d+(?:\.\d+)?m?s\)$/, ['✖ '])
const NODE_TEST_AT = guarded(new RegExp(String.raw`^\s*test at (${PATH}):(\d+):(\d+)$`), [
  'test at '
])
const TAP_NOT_OK = guarded(/^(\s*)not ok \d+ (?:- )?(.+?)(?:\s+# (?:TODO|SKIP).*)?$/, ['not ok '])
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
  /^\s*(?:thrown: )?"?(Exceeded timeout of \d+ ?ms for a (?:test|hook)\b.*|Timeout - Async callback was not invoked within .+)$/,
  ['Exceeded timeout of ', 'Timeout - Async callback was not invoked within ']
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

export const parseJsTests: LineParser = (lines, ctx) => {
  const out: Found[] = []
  let jestFile: string | undefined
  let vitestFile: string | undefined
  let mocha = false
  let nodeTestAt: RegExpExecArray | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = VITEST_FAIL.exec(line)
    if (m) {
      const file = ctx.relativize(m[1])
      const {message} = messageAfter(lines, i + 1)
      const loc = locationIn(lines, i + 1, m[1])
      if (m[3] !== undefined) {
        out.push(
          draft(
            i,
            'vitest',
            'vitest.suite-failed',
            'test_fail',
            0.8,
            message ?? 'Test file failed to run',
            {file, line: int(loc?.[2]), column: int(loc?.[3])}
          )
        )
      } else {
        out.push(
          draft(i, 'vitest', 'vitest.test-failed', 'test_fail', 0.9, message ?? 'Test failed', {
            file,
            test: m[2].replace(/\s+\d+m?s$/, ''),
            line: int(loc?.[2]),
            column: int(loc?.[3])
          })
        )
      }
      continue
    }
    m = JEST_FILE.exec(line)
    if (m) {
      jestFile = m[1]
      continue
    }
    m = VITEST_FILE_LINE.exec(line)
    if (m) {
      vitestFile = m[1]
      continue
    }
    m = JEST_TEST.exec(line)
    // without its `FAIL file` line (a paste of the failures alone), a `● name` block is
    // still jest's when an expectation's matcher line follows
    const bare = m && !jestFile ? messageAfter(lines, i + 1, 6).message : undefined
    if (m && bare?.startsWith('expect(')) {
      out.push(
        draft(i, 'jest', 'jest.test-failed', 'test_fail', 0.75, bare, {
          test: m[1].trim().split(' › ').join(' > ')
        })
      )
      continue
    }
    if (m && jestFile) {
      const name = m[1].trim()
      const {message} = messageAfter(lines, i + 1)
      const loc = locationIn(lines, i + 1, jestFile)
      const suite = name === 'Test suite failed to run'
      out.push(
        draft(
          i,
          'jest',
          suite ? 'jest.suite-failed' : 'jest.test-failed',
          'test_fail',
          suite ? 0.8 : 0.9,
          message ?? (suite ? 'Test suite failed to run' : 'Test failed'),
          {
            file: ctx.relativize(jestFile),
            test: suite ? undefined : name.split(' › ').join(' > '),
            line: int(loc?.[2]),
            column: int(loc?.[3])
          }
        )
      )
      continue
    }
    m = CROSS.exec(line)
    if (m && (jestFile || vitestFile)) {
      const file = jestFile ?? vitestFile ?? ''
      const next = /^\s*→ (.+)$/.exec(lines[i + 1] ?? '')
      out.push(
        draft(
          i,
          jestFile ? 'jest' : 'vitest',
          'js-test.cross',
          'test_fail',
          0.8,
          next?.[1] ?? 'Test failed',
          {file: ctx.relativize(file), test: m[1]}
        )
      )
      continue
    }
    m = PLAYWRIGHT.exec(line)
    if (m) {
      const {message} = messageAfter(lines, i + 1)
      out.push(
        draft(
          i,
          'playwright',
          'playwright.test-failed',
          'test_fail',
          0.9,
          message ?? 'Test failed',
          {
            file: ctx.relativize(m[2]),
            line: int(m[3]),
            column: int(m[4]),
            test: `[${m[1]}] ${m[5]}`
          }
        )
      )
      continue
    }
    m = NODE_TEST_AT.exec(line)
    if (m) {
      nodeTestAt = m
      continue
    }
    m = NODE_SPEC_FAIL.exec(line)
    if (m && !/^(?:failing tests:|\d+ failing|fail \d+)$/.test(m[1])) {
      const {message} = messageAfter(lines, i + 1, 8)
      const loc = nodeTestAt ?? locationIn(lines, i + 1, undefined, 15)
      out.push(
        draft(i, 'node:test', 'node-test.spec', 'test_fail', 0.85, message ?? 'Test failed', {
          file: loc ? ctx.relativize(loc[1]) : undefined,
          line: int(loc?.[2]),
          column: int(loc?.[3]),
          test: m[1]
        })
      )
      nodeTestAt = undefined
      continue
    }
    m = TAP_NOT_OK.exec(line)
    if (m) {
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
        out.push(
          draft(i, 'tap', 'tap.not-ok', 'test_fail', 0.85, message ?? 'Test failed', {
            file,
            line: ln,
            column: col,
            test: m[2]
          })
        )
      continue
    }
    if (MOCHA_FAILING.test(line)) {
      mocha = true
      continue
    }
    if (mocha) {
      m = MOCHA_BLOCK.exec(line)
      if (m) {
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
        out.push(
          draft(i, 'mocha', 'mocha.failing', 'test_fail', 0.85, message ?? 'Test failed', {
            test,
            file: loc ? ctx.relativize(loc[1]) : undefined,
            line: int(loc?.[2]),
            column: int(loc?.[3])
          })
        )
      }
    }
  }
  return out
}

/** Helper for other parsers: is there an error line just after `from`? */
export function errorMessageAfter(lines: readonly string[], from: number): string | undefined {
  return findAhead(lines, from, 12, ERROR_LINE)?.[0]?.trim()
}
