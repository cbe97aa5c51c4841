// Maven, Gradle, javac, kotlinc and the JUnit console output they print.
import {draft, int, PATH, STEM, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

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

export const parseJvm: LineParser = (lines, ctx) => {
  const out: Found[] = []
  let inFailures = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = MVN_COMPILE.exec(line)
    if (m) {
      const style = /^\([\w.]+\) /.test(m[4]) || /\[[A-Z]\w+\]$/.test(m[4])
      out.push(
        draft(
          i,
          style ? 'checkstyle' : 'javac',
          style ? 'maven.checkstyle' : 'maven.compile',
          style ? 'lint_error' : 'compile_error',
          0.9,
          m[4],
          {file: ctx.relativize(m[1]), line: int(m[2]), column: int(m[3])}
        )
      )
      continue
    }
    m = JAVAC.exec(line)
    if (m) {
      const internal = jdkInternal(lines, i, m[3])
      out.push(
        draft(
          i,
          'javac',
          internal ? 'javac.jdk-internal' : 'javac.error',
          internal ? 'contract_violation' : 'compile_error',
          internal ? 0.7 : 0.9,
          m[3],
          {
            file: ctx.relativize(m[1]),
            line: int(m[2])
          }
        )
      )
      continue
    }
    m = KOTLIN.exec(line)
    if (m) {
      out.push(
        draft(i, 'kotlinc', 'kotlin.error', 'compile_error', 0.9, m[6], {
          file: ctx.relativize(m[1]),
          line: int(m[2] ?? m[4]),
          column: int(m[3] ?? m[5])
        })
      )
      continue
    }
    m = SUREFIRE_TEST.exec(line)
    if (m) {
      const cls = m[1] ?? m[4]
      const method = m[2] ?? m[3]
      const next = (lines[i + 1] ?? '').trim()
      out.push(
        draft(
          i,
          'surefire',
          'surefire.test-failed',
          'test_fail',
          0.9,
          next || `Test ${m[5].toLowerCase()}`,
          {test: `${cls} > ${method}`, file: `${cls.replace(/\./g, '/')}.java`}
        )
      )
      continue
    }
    if (/^\[ERROR\] (?:Failures|Errors|Tests in error):\s*$/.test(line)) {
      inFailures = true
      continue
    }
    if (inFailures) {
      m = SUREFIRE_SUMMARY.exec(line)
      if (m && m[1]) {
        out.push(
          draft(i, 'surefire', 'surefire.test-failed', 'test_fail', 0.85, m[4] || 'Test failed', {
            test: `${m[1]} > ${m[2]}`,
            file: `${m[1].replace(/\./g, '/')}.java`,
            line: int(m[3])
          })
        )
        continue
      }
      m = SUREFIRE_RERUN_TEST.exec(line)
      if (m) {
        const run = /^\[ERROR\]\s+Run \d+: \S+?(?::(\d+))?\s+(.*)$/.exec(lines[i + 1] ?? '')
        out.push(
          draft(
            i,
            'surefire',
            'surefire.test-failed',
            'test_fail',
            0.85,
            run?.[2] || 'Test failed',
            {
              test: `${m[1]} > ${m[2]}`,
              file: `${m[1].replace(/\./g, '/')}.java`,
              line: int(run?.[1])
            }
          )
        )
        continue
      }
      if (!line.startsWith('[ERROR]  ')) inFailures = false
    }
    m = /^\[info\] - (.+?) \*\*\* FAILED \*\*\*$/.exec(line)
    if (m) {
      const detail = /^\[info\]\s+(.+?)(?: \((\w+\.scala):(\d+)\))?$/.exec(lines[i + 1] ?? '')
      out.push(
        draft(i, 'scalatest', 'scalatest.failed', 'test_fail', 0.85, detail?.[1] ?? 'Test failed', {
          test: m[1],
          line: int(detail?.[3])
        })
      )
      continue
    }
    m = GRADLE_TEST.exec(line)
    if (m) {
      const next = (lines[i + 1] ?? '').trim()
      const at =
        /at ([\w$]+)\.(?:java|kt):(\d+)/.exec(next) ??
        /\(([\w$]+)\.(?:java|kt):(\d+)\)/.exec(lines[i + 2] ?? '')
      out.push(
        draft(i, 'gradle', 'gradle.test-failed', 'test_fail', 0.9, next || 'Test failed', {
          test: `${m[1]} > ${m[2]}`,
          line: int(at?.[2])
        })
      )
      continue
    }
    m = GRADLE_TASK.exec(line)
    if (m) {
      const task = m[1] ?? m[2]
      if (LINT_TASK.test(task))
        out.push(
          draft(i, 'gradle', 'gradle.lint-task', 'lint_error', 0.75, `Task ${task} failed`, {
            errorCode: task
          })
        )
      else if (/compile/i.test(task))
        out.push(
          draft(i, 'gradle', 'gradle.compile-task', 'compile_error', 0.6, `Task ${task} failed`, {
            errorCode: task
          })
        )
      else if (/^:?(?:[\w-]+:)*test\w*$/i.test(task))
        out.push(
          draft(i, 'gradle', 'gradle.test-task', 'test_fail', 0.55, `Task ${task} failed`, {
            errorCode: task
          })
        )
      continue
    }
    m = MVN_GOAL.exec(line)
    if (m) {
      const plugin = m[2]
      if (LINT_TASK.test(plugin))
        out.push(
          draft(
            i,
            'maven',
            'maven.lint-goal',
            'lint_error',
            0.75,
            line.replace(/^\[ERROR\] /, ''),
            {errorCode: plugin}
          )
        )
      else if (/compiler/.test(plugin) && !/Could not resolve/.test(line))
        out.push(
          draft(
            i,
            'maven',
            'maven.compile-goal',
            'compile_error',
            0.65,
            line.replace(/^\[ERROR\] /, ''),
            {errorCode: plugin}
          )
        )
      else if (
        /surefire|failsafe/.test(plugin) &&
        /test failures|There are test failures|failures/i.test(line)
      )
        out.push(
          draft(i, 'maven', 'maven.test-goal', 'test_fail', 0.6, line.replace(/^\[ERROR\] /, ''), {
            errorCode: plugin
          })
        )
    }
  }
  return out
}
