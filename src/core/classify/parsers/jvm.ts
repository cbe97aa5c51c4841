// Maven, Gradle, javac, kotlinc and the JUnit console output they print.
import {draft, int, PATH, STEM, type LineParser} from './parser.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {guarded} from '../literal-guard.js'
import {surefireFlakes, withGradleRetries} from './retry-passes.js'

const MVN_COMPILE = guarded(new RegExp(String.raw`^\[ERROR\] (${PATH}):\[(\d+),(\d+)\] (.+)$`), [
  '[ERROR] '
])
const JAVAC = guarded(
  new RegExp(String.raw`^(${STEM}\.(?:java|scala|groovy)):(\d+): error: (.+)$`),
  [': error: ']
)
const KOTLIN = guarded(
  new RegExp(
    String.raw`^e: (?:file://)?(${STEM}\.kts?)(?::(\d+):(\d+)|: \((\d+), (\d+)\))?:? (.+)$`
  ),
  ['e: ']
)
const SUREFIRE_TEST = guarded(
  /^\[ERROR\] (?:([\w$.]+)\.(\w+)|(\w+)\(([\w$.]+)\))\s+(?:--\s+)?Time elapsed: .*<<< (FAILURE|ERROR)!/,
  ['Time elapsed: ']
)
const SUREFIRE_SUMMARY = guarded(
  /^\[ERROR\]\s{2,}(?:([\w$.]+)\.(\w+)(?::(\d+))?|Run \d+: .*)\s*(.*)$/,
  ['[ERROR]']
)
/** With rerunFailingTestsCount, surefire names each failed test alone on a line, then its `Run N:` attempts. */
const SUREFIRE_RERUN_TEST = guarded(/^\[ERROR\] ([\w$]+(?:\.[\w$]+)+)\.(\w+)\s*$/, ['[ERROR] '])
const GRADLE_TEST = guarded(/^(?:\S+ )?([\w$.]+) > (.+?) (FAILED)$/, ['FAILED'])
const GRADLE_TASK = guarded(
  /^(?:> Task )?(:[\w:-]+) FAILED$|Execution failed for task '(:[\w:-]+)'/,
  [' FAILED', "Execution failed for task '"]
)
const LINT_TASK = guarded(
  /checkstyle|spotless|ktlint|detekt|pmd|spotbugs|lint|errorprone|format/i,
  ['checkstyle', 'spotless', 'detekt', 'pmd', 'spotbugs', 'lint', 'errorprone', 'format']
)
const MVN_GOAL = guarded(/Failed to execute goal ([\w.-]+:([\w.-]+):[\w.-]+:[\w-]+)/, [
  'Failed to execute goal '
])

/** A JDK-internal package (sun.*, com.sun.*, jdk.internal.*) a newer JDK no longer provides. */
const JDK_INTERNAL = guarded(
  /\bpackage (?:sun|com\.sun|jdk\.internal)\.[\w.]+ does not exist|\blocation: package (?:sun|com\.sun|jdk\.internal)\./,
  [' does not exist', 'location: package ']
)

/** javac's error is about a JDK-internal API: the JDK changed under the code (a contract break). */
function jdkInternal(lines: readonly string[], i: number, message: string): boolean {
  if (JDK_INTERNAL.test(message)) return true
  return (
    /cannot find symbol/.test(message) && lines.slice(i + 1, i + 5).some(l => JDK_INTERNAL.test(l))
  )
}

/** Surefire's `[ERROR] Failures:` summary: the failed tests it lists follow. */
interface JvmState extends StepState {
  inFailures: boolean
}

/** maven-compiler-plugin's `[ERROR] file:[line,col] message`; checkstyle prints the same shape. */
const mavenCompile: Step<JvmState> = (s, i, line) => {
  const m = MVN_COMPILE.exec(line)
  if (!m) return false
  const style = /^\([\w.]+\) /.test(m[4]) || /\[[A-Z]\w+\]$/.test(m[4])
  s.out.push(
    draft(
      i,
      style ? 'checkstyle' : 'javac',
      style ? 'maven.checkstyle' : 'maven.compile',
      style ? 'lint_error' : 'compile_error',
      0.9,
      m[4],
      {file: s.ctx.relativize(m[1]), line: int(m[2]), column: int(m[3])}
    )
  )
  return true
}

const javac: Step<JvmState> = (s, i, line) => {
  const m = JAVAC.exec(line)
  if (!m) return false
  const internal = jdkInternal(s.lines, i, m[3])
  s.out.push(
    draft(
      i,
      'javac',
      internal ? 'javac.jdk-internal' : 'javac.error',
      internal ? 'contract_violation' : 'compile_error',
      internal ? 0.7 : 0.9,
      m[3],
      {file: s.ctx.relativize(m[1]), line: int(m[2])}
    )
  )
  return true
}

const kotlinc: Step<JvmState> = (s, i, line) => {
  const m = KOTLIN.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'kotlinc', 'kotlin.error', 'compile_error', 0.9, m[6], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2] ?? m[4]),
      column: int(m[3] ?? m[5])
    })
  )
  return true
}

/** Surefire's per-class line: `[ERROR] method(Class)  Time elapsed: … <<< FAILURE!`. */
const surefireTest: Step<JvmState> = (s, i, line) => {
  const m = SUREFIRE_TEST.exec(line)
  if (!m) return false
  const cls = m[1] ?? m[4]
  const method = m[2] ?? m[3]
  const next = (s.lines[i + 1] ?? '').trim()
  s.out.push(
    draft(
      i,
      'surefire',
      'surefire.test-failed',
      'test_fail',
      0.9,
      next || `Test ${m[5].toLowerCase()}`,
      {
        test: `${cls} > ${method}`,
        file: `${cls.replace(/\./g, '/')}.java`
      }
    )
  )
  return true
}

const surefireFailuresHeader: Step<JvmState> = (s, _i, line) => {
  if (!/^\[ERROR\] (?:Failures|Errors|Tests in error):\s*$/.test(line)) return false
  s.inFailures = true
  return true
}

/** The tests surefire's summary lists; a line that is not one of its rows ends it. */
const surefireSummary: Step<JvmState> = (s, i, line) => {
  if (!s.inFailures) return false
  const m = SUREFIRE_SUMMARY.exec(line)
  if (m && m[1]) {
    s.out.push(
      draft(i, 'surefire', 'surefire.test-failed', 'test_fail', 0.85, m[4] || 'Test failed', {
        test: `${m[1]} > ${m[2]}`,
        file: `${m[1].replace(/\./g, '/')}.java`,
        line: int(m[3])
      })
    )
    return true
  }
  if (surefireRerun(s, i)) return true
  if (!line.startsWith('[ERROR]  ')) s.inFailures = false
  return false
}

/** With rerunFailingTestsCount: the test alone on a line, then its `Run N:` attempts. */
function surefireRerun(s: JvmState, i: number): boolean {
  const m = SUREFIRE_RERUN_TEST.exec(s.lines[i])
  if (!m) return false
  const run = /^\[ERROR\]\s+Run \d+: \S+?(?::(\d+))?\s+(.*)$/.exec(s.lines[i + 1] ?? '')
  s.out.push(
    draft(i, 'surefire', 'surefire.test-failed', 'test_fail', 0.85, run?.[2] || 'Test failed', {
      test: `${m[1]} > ${m[2]}`,
      file: `${m[1].replace(/\./g, '/')}.java`,
      line: int(run?.[1])
    })
  )
  return true
}

const scalatest: Step<JvmState> = (s, i, line) => {
  const m = /^\[info\] - (.+?) \*\*\* FAILED \*\*\*$/.exec(line)
  if (!m) return false
  const detail = /^\[info\]\s+(.+?)(?: \((\w+\.scala):(\d+)\))?$/.exec(s.lines[i + 1] ?? '')
  s.out.push(
    draft(i, 'scalatest', 'scalatest.failed', 'test_fail', 0.85, detail?.[1] ?? 'Test failed', {
      test: m[1],
      line: int(detail?.[3])
    })
  )
  return true
}

const gradleTest: Step<JvmState> = (s, i, line) => {
  const {lines} = s
  const m = GRADLE_TEST.exec(line)
  if (!m) return false
  const next = (lines[i + 1] ?? '').trim()
  const at =
    /at ([\w$]+)\.(?:java|kt):(\d+)/.exec(next) ??
    /\(([\w$]+)\.(?:java|kt):(\d+)\)/.exec(lines[i + 2] ?? '')
  s.out.push(
    draft(i, 'gradle', 'gradle.test-failed', 'test_fail', 0.9, next || 'Test failed', {
      test: `${m[1]} > ${m[2]}`,
      line: int(at?.[2])
    })
  )
  return true
}

/** A failed gradle task, when its name says what kind of work it did. */
const gradleTask: Step<JvmState> = (s, i, line) => {
  const m = GRADLE_TASK.exec(line)
  if (!m) return false
  const task = m[1] ?? m[2]
  const message = `Task ${task} failed`
  if (LINT_TASK.test(task))
    s.out.push(
      draft(i, 'gradle', 'gradle.lint-task', 'lint_error', 0.75, message, {errorCode: task})
    )
  else if (/compile/i.test(task))
    s.out.push(
      draft(i, 'gradle', 'gradle.compile-task', 'compile_error', 0.6, message, {errorCode: task})
    )
  else if (/^:?(?:[\w-]+:)*test\w*$/i.test(task))
    s.out.push(
      draft(i, 'gradle', 'gradle.test-task', 'test_fail', 0.55, message, {errorCode: task})
    )
  return true
}

/** maven's `Failed to execute goal`, when its plugin says what kind of work it did. */
const mavenGoal: Step<JvmState> = (s, i, line) => {
  const m = MVN_GOAL.exec(line)
  if (!m) return false
  const plugin = m[2]
  const message = line.replace(/^\[ERROR\] /, '')
  if (LINT_TASK.test(plugin))
    s.out.push(
      draft(i, 'maven', 'maven.lint-goal', 'lint_error', 0.75, message, {errorCode: plugin})
    )
  else if (/compiler/.test(plugin) && !/Could not resolve/.test(line))
    s.out.push(
      draft(i, 'maven', 'maven.compile-goal', 'compile_error', 0.65, message, {errorCode: plugin})
    )
  else if (
    /surefire|failsafe/.test(plugin) &&
    /test failures|There are test failures|failures/i.test(line)
  )
    s.out.push(draft(i, 'maven', 'maven.test-goal', 'test_fail', 0.6, message, {errorCode: plugin}))
  return true
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<JvmState> = (s, i, line) =>
  mavenCompile(s, i, line) ||
  javac(s, i, line) ||
  kotlinc(s, i, line) ||
  surefireTest(s, i, line) ||
  surefireFailuresHeader(s, i, line) ||
  surefireSummary(s, i, line) ||
  scalatest(s, i, line) ||
  gradleTest(s, i, line) ||
  gradleTask(s, i, line) ||
  mavenGoal(s, i, line)

export const parseJvm: LineParser = (lines, ctx) => [
  ...withGradleRetries(runSteps({lines, ctx, out: [], inFailures: false}, parseLine), lines),
  ...surefireFlakes(lines)
]
