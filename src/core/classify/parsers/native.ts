// gcc/clang/swiftc-style `file:line:col: error: message`, esbuild, linker errors and PHPUnit.
import {draft, findAhead, int, PATH, type LineParser} from './parser.js'
import {runSteps, type Step, type StepState} from './steps.js'
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

/** PHPUnit's `There were N failures:` header: its numbered failures follow. */
interface NativeState extends StepState {
  phpunit: boolean
}

/** A compiler's `file:line:col: error:` line, for a file no other parser owns. */
const compilerError: Step<NativeState> = (s, i, line) => {
  const m = GCC.exec(line)
  if (!m || /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|cs)$/.test(m[1])) return false
  const header =
    /^(?:'?([\w/.+-]+\.h(?:pp)?)'?: No such file or directory|'([\w/.+-]+)' file not found)/.exec(
      m[4]
    )
  // CMake's try-compile probes (CMakeTmp/CheckIncludeFile.c) fail on purpose
  if (header && /CMakeTmp|CheckIncludeFile|CheckSymbolExists|CheckFunctionExists/.test(line))
    return true
  // a configure-generated header (config.h, foo_config.h) is the build's own, not a package's
  const missingHeader = header && !/(?:^|[/_])config\.h$/.test(header[1] ?? header[2] ?? '')
  if (cppUTest(s, i, m)) return true
  s.out.push(
    draft(
      i,
      'cc',
      missingHeader ? 'cc.missing-header' : 'cc.error',
      missingHeader ? 'dependency_missing' : 'compile_error',
      missingHeader ? 0.6 : 0.85,
      m[4],
      {file: s.ctx.relativize(m[1]), line: int(m[2]), column: int(m[3])}
    )
  )
  return true
}

/** CppUTest reports a failed test in the compiler's shape: `file:20: error: Failure in TEST(…)`. */
function cppUTest(s: NativeState, i: number, m: RegExpExecArray): boolean {
  const test = /^Failure in TEST\((\w+), ?(\w+)\)/.exec(m[4])
  if (!test) return false
  s.out.push(
    draft(i, 'cpputest', 'cpputest.failure', 'test_fail', 0.85, s.lines[i + 1]?.trim() || m[4], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      test: `${test[1]} > ${test[2]}`
    })
  )
  return true
}

/** esbuild (and vite, tsup, tsx on top of it): the location follows on an indented line. */
const esbuildBlock: Step<NativeState> = (s, i, line) => {
  const m = ESBUILD_BLOCK.exec(line)
  if (!m) return false
  const loc = findAhead(s.lines, i + 1, 4, ESBUILD_LOCATION)
  if (!loc) return false
  s.out.push(
    draft(i, 'esbuild', 'esbuild.error', 'compile_error', 0.85, m[1], {
      file: s.ctx.relativize(loc[1]),
      line: int(loc[2]),
      column: int(loc[3])
    })
  )
  return true
}

/** esbuild's one-line `file:line:col: ERROR: message`. */
const esbuildLine: Step<NativeState> = (s, i, line) => {
  const m = ESBUILD.exec(line)
  if (!m || !m[1]) return false
  s.out.push(
    draft(i, 'esbuild', 'esbuild.error', 'compile_error', 0.85, m[4], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      column: int(m[3])
    })
  )
  return true
}

/** googletest's `[  FAILED  ] Suite.Test`, located by a `file:line: Failure` since its `[ RUN ]`. */
const gtest: Step<NativeState> = (s, i, line) => {
  const {lines} = s
  const m = GTEST.exec(line)
  if (!m) return false
  let loc: RegExpExecArray | null = null
  for (let j = i - 1; j >= Math.max(0, i - 30) && !loc; j--) {
    if (/^\[ RUN {6}\]/.test(lines[j])) break
    loc = GTEST_LOC.exec(lines[j])
  }
  s.out.push(
    draft(
      i,
      'gtest',
      'gtest.failed',
      'test_fail',
      0.85,
      loc ? (lines[lines.indexOf(loc.input) + 1] ?? 'Test failed').trim() : 'Test failed',
      {test: m[1], file: loc ? s.ctx.relativize(loc[1]) : undefined, line: int(loc?.[2])}
    )
  )
  return true
}

const linker: Step<NativeState> = (s, i, line) => {
  if (!LINKER.test(line)) return false
  s.out.push(draft(i, 'ld', 'ld.undefined-symbol', 'compile_error', 0.8, line.trim()))
  return true
}

const phpunitHeader: Step<NativeState> = (s, _i, line) => {
  if (!PHPUNIT_HEAD.test(line)) return false
  s.phpunit = true
  return true
}

/** After PHPUnit's header: `1) Class::method`, its message, then a `file.php:line` frame. */
const phpunitItem: Step<NativeState> = (s, i, line) => {
  const {lines} = s
  const m = s.phpunit ? PHPUNIT_ITEM.exec(line) : null
  if (!m) return false
  let file: string | undefined
  let ln: number | undefined
  for (let j = i + 1; j < Math.min(lines.length, i + 20); j++) {
    const loc = /^(\S+\.php):(\d+)$/.exec(lines[j])
    if (loc) {
      file = s.ctx.relativize(loc[1])
      ln = int(loc[2])
      break
    }
  }
  s.out.push(
    draft(
      i,
      'phpunit',
      'phpunit.failed',
      'test_fail',
      0.85,
      (lines[i + 1] ?? '').trim() || 'Test failed',
      {
        test: m[1].replace('::', ' > '),
        file,
        line: ln
      }
    )
  )
  return true
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<NativeState> = (s, i, line) =>
  compilerError(s, i, line) ||
  esbuildBlock(s, i, line) ||
  esbuildLine(s, i, line) ||
  gtest(s, i, line) ||
  linker(s, i, line) ||
  phpunitHeader(s, i, line) ||
  phpunitItem(s, i, line)

export const parseNative: LineParser = (lines, ctx) =>
  runSteps({lines, ctx, out: [], phpunit: false}, parseLine)
