// gcc/clang/swiftc-style `file:line:col: error: message`, esbuild, linker errors and PHPUnit.
import {draft, findAhead, int, PATH, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

const GCC = guarded(new RegExp(String.raw`^(${PATH}):(\d+):(?:(\d+):)? (?:fatal )?error: (.+)$`), [
  'error: '
])
const ESBUILD = guarded(
  new RegExp(String.raw`^(?:✘ \[ERROR\] .*|(${PATH}):(\d+):(\d+): ERROR: (.+))$`),
  ['✘ [ERROR] ', ': ERROR: ']
)
const ESBUILD_BLOCK = guarded(/^✘ \[ERROR\] (?:\[plugin [^\]]+\] )?(.+)$/, ['✘ [ERROR] '])
const ESBUILD_LOCATION = guarded(new RegExp(String.raw`^\s+(${PATH}):(\d+):(\d+):$`), ['.'])
const GTEST = guarded(/^\[ {2}FAILED {2}\] ([\w/.]+(?:\.\w+)+)(?: \(\d+ ms\))?(?:, where .*)?$/, [
  'FAILED '
])
const GTEST_LOC = guarded(new RegExp(String.raw`^(${PATH}):(\d+): Failure$`), [': Failure'])
const LINKER = guarded(
  /undefined reference to `([^']+)'|Undefined symbols for architecture|ld: symbol\(s\) not found|LNK\d{4}: unresolved external/,
  [
    'undefined reference to `',
    'Undefined symbols for architecture',
    'ld: symbol(s) not found',
    ': unresolved external'
  ]
)
const PHPUNIT_HEAD = guarded(/^There (?:was|were) \d+ (failure|error)s?:$/, ['There '])
const PHPUNIT_ITEM = guarded(/^\d+\) ([\w\\]+::\w+)(?: with data set .+)?$/, [') '])

export const parseNative: LineParser = (lines, ctx) => {
  const out: Found[] = []
  let phpunit = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = GCC.exec(line)
    if (m && !/\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|cs)$/.test(m[1])) {
      const header =
        /^(?:'?([\w/.+-]+\.h(?:pp)?)'?: No such file or directory|'([\w/.+-]+)' file not found)/.exec(
          m[4]
        )
      // CMake's try-compile probes (CMakeTmp/CheckIncludeFile.c) fail on purpose
      if (header && /CMakeTmp|CheckIncludeFile|CheckSymbolExists|CheckFunctionExists/.test(line))
        continue
      // a configure-generated header (config.h, foo_config.h) is the build's own, not a package's
      const missingHeader = header && !/(?:^|[/_])config\.h$/.test(header[1] ?? header[2] ?? '')
      // CppUTest reports a failed test in the compiler's shape: `file:20: error: Failure in TEST(…)`
      const test = /^Failure in TEST\((\w+), ?(\w+)\)/.exec(m[4])
      if (test) {
        out.push(
          draft(
            i,
            'cpputest',
            'cpputest.failure',
            'test_fail',
            0.85,
            lines[i + 1]?.trim() || m[4],
            {
              file: ctx.relativize(m[1]),
              line: int(m[2]),
              test: `${test[1]} > ${test[2]}`
            }
          )
        )
        continue
      }
      out.push(
        draft(
          i,
          'cc',
          missingHeader ? 'cc.missing-header' : 'cc.error',
          missingHeader ? 'dependency_missing' : 'compile_error',
          missingHeader ? 0.6 : 0.85,
          m[4],
          {
            file: ctx.relativize(m[1]),
            line: int(m[2]),
            column: int(m[3])
          }
        )
      )
      continue
    }
    m = ESBUILD_BLOCK.exec(line)
    if (m) {
      // esbuild (and vite, tsup, tsx on top of it): the location follows on an indented line
      const loc = findAhead(lines, i + 1, 4, ESBUILD_LOCATION)
      if (loc) {
        out.push(
          draft(i, 'esbuild', 'esbuild.error', 'compile_error', 0.85, m[1], {
            file: ctx.relativize(loc[1]),
            line: int(loc[2]),
            column: int(loc[3])
          })
        )
        continue
      }
    }
    m = ESBUILD.exec(line)
    if (m && m[1]) {
      out.push(
        draft(i, 'esbuild', 'esbuild.error', 'compile_error', 0.85, m[4], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3])
        })
      )
      continue
    }
    m = GTEST.exec(line)
    if (m) {
      let loc: RegExpExecArray | null = null
      for (let j = i - 1; j >= Math.max(0, i - 30) && !loc; j--) {
        if (/^\[ RUN {6}\]/.test(lines[j])) break
        loc = GTEST_LOC.exec(lines[j])
      }
      out.push(
        draft(
          i,
          'gtest',
          'gtest.failed',
          'test_fail',
          0.85,
          loc ? (lines[lines.indexOf(loc.input) + 1] ?? 'Test failed').trim() : 'Test failed',
          {test: m[1], file: loc ? ctx.relativize(loc[1]) : undefined, line: int(loc?.[2])}
        )
      )
      continue
    }
    if (LINKER.test(line)) {
      out.push(draft(i, 'ld', 'ld.undefined-symbol', 'compile_error', 0.8, line.trim()))
      continue
    }
    if (PHPUNIT_HEAD.test(line)) {
      phpunit = true
      continue
    }
    if (phpunit) {
      m = PHPUNIT_ITEM.exec(line)
      if (m) {
        let file: string | undefined
        let ln: number | undefined
        for (let j = i + 1; j < Math.min(lines.length, i + 20); j++) {
          const loc = /^(\S+\.php):(\d+)$/.exec(lines[j])
          if (loc) {
            file = ctx.relativize(loc[1])
            ln = int(loc[2])
            break
          }
        }
        out.push(
          draft(
            i,
            'phpunit',
            'phpunit.failed',
            'test_fail',
            0.85,
            (lines[i + 1] ?? '').trim() || 'Test failed',
            {test: m[1].replace('::', ' > '), file, line: ln}
          )
        )
      }
    }
  }
  return out
}
