// dotnet build (MSBuild diagnostics), dotnet format --verify-no-changes and dotnet test failures.
import {draft, int, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

const MSBUILD = guarded(
  /^\s*(?:\d+>)?(.+?\.(?:cs|vb|fs|csproj|fsproj|vbproj|props|targets|xaml|razor|cshtml))\((\d+)(?:,(\d+))?(?:,\d+,\d+)?\): error ([A-Z]{2,}\d+|WHITESPACE|IMPORTS|CHARSET|ENDOFLINE|FINALNEWLINE): (.+?)(?: \[[^\]]+\])?\s*$/,
  ['): error ']
)
const NO_FILE = guarded(
  /^\s*(?:\d+>)?(?:MSBUILD|CSC|\S+) : error ([A-Z]{2,}\d+): (.+?)(?: \[[^\]]+\])?\s*$/,
  [' : error ']
)
const TEST_FAILED = guarded(/^\s*Failed ([\w.+`<>,]+(?:\([^)]*\))?) \[[^\]]+\]\s*$/, ['Failed '])
const WINDOWS_PATH_LIMIT = guarded(/The specified path, file name, or both are too long/, [
  'The specified path, file name, or both are too long'
])
/**
 * MSBuild's "install it" errors: MSB8020 (the build tools for a Visual Studio toolset cannot be
 * found), MSB8036 (the Windows SDK version was not found). Nothing in the code to fix.
 */
const TOOLSET_MISSING = new Set(['MSB8020', 'MSB8036'])
const STACK_AT = guarded(/\bin (.+?\.(?:cs|fs|vb)):line (\d+)/, [':line '])

export const parseDotnet: LineParser = (lines, ctx) => {
  const out: Found[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = MSBUILD.exec(line)
    if (m) {
      const code = m[4]
      // analyzers (IDE, CA, StyleCop…) and `dotnet format --verify-no-changes` diagnostics
      const lint =
        /^(?:(?:IDE|CA|SA|RCS|S)\d+|WHITESPACE|IMPORTS|CHARSET|ENDOFLINE|FINALNEWLINE)$/.test(code)
      const nuget = /^NU\d+$/.test(code)
      if (nuget) continue // handled by the dependency signatures
      // Windows' path limit (MSB3491 and friends): configuration, a signature's
      if (WINDOWS_PATH_LIMIT.test(m[5])) continue
      if (TOOLSET_MISSING.has(code)) {
        // The image lacks the Visual Studio toolset or Windows SDK the project targets.
        out.push(
          draft(i, 'dotnet', 'dotnet.toolset-missing', 'dependency_missing', 0.85, m[5], {
            errorCode: code
          })
        )
        continue
      }
      out.push(
        draft(
          i,
          'dotnet',
          lint ? 'dotnet.analyzer' : 'dotnet.compile',
          lint ? 'lint_error' : 'compile_error',
          0.9,
          m[5],
          {file: ctx.relativize(m[1]), line: int(m[2]), column: int(m[3]), errorCode: code}
        )
      )
      continue
    }
    m = NO_FILE.exec(line)
    // MSB1003/MSB1009: no project where the step ran, or the one it names is absent (a
    // signature's: the workflow's setup, not the code)
    if (m && !/^(?:NU\d+|NETSDK\d+|MSB100[39])$/.test(m[1])) {
      out.push(
        draft(i, 'dotnet', 'dotnet.build-error', 'compile_error', 0.6, m[2], {errorCode: m[1]})
      )
      continue
    }
    m = TEST_FAILED.exec(line)
    if (m) {
      let message: string | undefined
      let at: RegExpExecArray | null = null
      for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
        if (TEST_FAILED.test(lines[j])) break
        if (/^\s*Error Message:\s*$/.test(lines[j]) && !message)
          message = (lines[j + 1] ?? '').trim()
        at ??= STACK_AT.exec(lines[j])
      }
      out.push(
        draft(i, 'dotnet-test', 'dotnet-test.failed', 'test_fail', 0.9, message ?? 'Test failed', {
          test: m[1],
          file: at ? ctx.relativize(at[1]) : undefined,
          line: int(at?.[2])
        })
      )
    }
  }
  return out
}
