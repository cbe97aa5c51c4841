// Recognitions of the tenth round (issue #11), written from dev half A's misses in the tools'
// general vocabulary: a dependency the build or the check never got (R's check and pak, the
// compiler's runtime builtins, a library's Kotlin package root, mix inside a dependency, an
// OTP too old for Elixir), a check's own verdict line (a sanitizer's summary, the Arcade XUnit
// task, Danger, dart analyze's infos, an RSpec expectation starting on the next line) and Jest
// left running. Each with a near miss that must not fire. The examples are written for these
// tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

describe('a package R could not install', () => {
  it.each([
    [
      '❯ checking package dependencies ... ERROR',
      "Error:   Packages required but not available: 'sf', 'terra'",
      '1 error ✖ | 0 warnings ✔ | 0 notes ✔'
    ],
    [
      '  x Cannot install packages:',
      "  * local::.: Can't install dependency arrow",
      '  * arrow: Needs R 4.0'
    ]
  ])('%s', (...lines) => {
    const v = verdict(lines.join('\n'))
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('r.package-unavailable')
  })

  it('not a suggested package the check only notes', () => {
    const v = verdict(
      'Package suggested but not available for checking: ‘covr’\n1 error ✖ | 0 warnings ✔ | 0 notes ✔'
    )
    expect(v.failures.some(f => f.rule === 'r.package-unavailable')).toBe(false)
  })
})

describe('the compiler’s runtime builtins missing at link time', () => {
  it.each([
    [
      'Undefined symbols for architecture arm64:',
      '  "___udivti3", referenced from:',
      '      _bignum_div in bignum.o',
      'ld: symbol(s) not found for architecture arm64'
    ],
    [
      "/usr/bin/ld: src/hash.o: in function `mix128':",
      "hash.c:(.text+0x3c): undefined reference to `__muloti4'",
      'collect2: error: ld returned 1 exit status'
    ]
  ])('%s', (...lines) => {
    const v = verdict(lines.join('\n'))
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('ld.compiler-runtime-missing')
  })

  it('a function of the project missing at link time stays a compile error', () => {
    const v = verdict(
      [
        "/usr/bin/ld: src/main.o: in function `main':",
        "main.c:(.text+0x1a): undefined reference to `__parse_header'",
        'collect2: error: ld returned 1 exit status'
      ].join('\n')
    )
    expect(v.category).toBe('compile_error')
  })
})

describe('a library’s Kotlin package root unresolved', () => {
  it('is a dependency the module does not declare', () => {
    const v = verdict(
      'e: file:///home/runner/work/app/app/shared/src/main/kotlin/app/Sync.kt:5:8 Unresolved reference: kotlinx'
    )
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('kotlin.library-missing')
  })

  it('a name deeper in the package, or the project’s own, stays a compile error', () => {
    for (const name of ['kotlinx.coroutines.flow.stateIn', 'launchWhenReady'])
      expect(
        verdict(
          `e: file:///home/runner/work/app/app/shared/src/main/kotlin/app/Sync.kt:40:9 Unresolved reference: ${name}`
        ).category
      ).toBe('compile_error')
  })
})

describe('mix failing inside a dependency', () => {
  it('is a dependency that does not build with what was installed', () => {
    const v = verdict(
      [
        '== Compilation error in file lib/decimal/macros.ex ==',
        '** (CompileError) lib/decimal/macros.ex:12: undefined function defguardp/2',
        'could not compile dependency :decimal, "mix compile" failed. You can recompile this dependency with "mix deps.compile decimal", update it with "mix deps.update decimal" or clean it with "mix deps.clean decimal"'
      ].join('\n')
    )
    expect(v.category).toBe('dependency_missing')
  })

  it('the project’s own compile error stays one', () => {
    const v = verdict(
      [
        '== Compilation error in file lib/shop/cart.ex ==',
        '** (CompileError) lib/shop/cart.ex:31: undefined function total/1'
      ].join('\n')
    )
    expect(v.category).toBe('compile_error')
  })
})

describe('an OTP too old to start Elixir', () => {
  it('is the toolchain the matrix paired', () => {
    const v = verdict(
      [
        'init terminating in do_boot ()',
        '{"init terminating in do_boot",{undef,[{elixir,start_cli,[],[]},{init,start_em,1,[]},{init,do_boot,3,[]}]}}',
        '##[error]Process completed with exit code 1.'
      ].join('\n')
    )
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('elixir.otp-mismatch')
  })

  it('not another module’s undefined function at boot', () => {
    const v = verdict(
      '{"init terminating in do_boot",{undef,[{my_app,start,[],[]},{init,start_em,1,[]}]}}'
    )
    expect(v.failures.some(f => f.rule === 'elixir.otp-mismatch')).toBe(false)
  })
})

describe('a sanitizer’s summary of a memory error under test', () => {
  it.each([
    'SUMMARY: AddressSanitizer: heap-use-after-free /home/runner/work/lib/lib/src/pool.cpp:88 in pool::release(slot*)',
    'SUMMARY: AddressSanitizer: stack-buffer-overflow /home/runner/work/lib/lib/src/parse.c:210 in read_token',
    'SUMMARY: AddressSanitizer: 4096 byte(s) leaked in 2 allocation(s).'
  ])('%s', line => {
    const v = verdict(
      `[ RUN      ] Pool.ReleaseTwice\n=================================================================\n${line}`
    )
    expect(v.category).toBe('test_fail')
    expect(v.failures[0].rule).toBe('sanitizer.memory-error')
  })

  it('not the sanitizer running out of memory', () => {
    const v = verdict(
      'SUMMARY: AddressSanitizer: out-of-memory (/home/runner/work/lib/lib/build/tests+0x4a2c1) in malloc'
    )
    expect(v.failures.some(f => f.rule === 'sanitizer.memory-error')).toBe(false)
  })
})

describe('the Arcade XUnit task failing a test assembly', () => {
  it.each([
    String.raw`D:\a\_work\1\s\.packages\microsoft.dotnet.arcade.sdk\tools\XUnit\XUnit.targets(36,5): error : Tests failed: D:\a\_work\1\s\artifacts\TestResults\Debug\Widgets.Tests_net6.0_x64.html [net6.0|x64]`,
    String.raw`XUnit : error : C:\src\artifacts\TestResults\Debug\Widgets.Tests_net472_x86.html [net472|x86] [C:\src\test\Widgets.Tests\Widgets.Tests.csproj]`
  ])('%s', line => {
    const v = verdict(line)
    expect(v.category).toBe('test_fail')
    expect(v.failures[0].rule).toBe('xunit.task-error')
  })

  it('not its line for an assembly that passed', () => {
    const v = verdict(
      String.raw`  Tests succeeded: C:\src\artifacts\bin\Widgets.Tests\Debug\net472\Widgets.Tests.dll [net472|x86]`
    )
    expect(v.failures.some(f => f.rule === 'xunit.task-error')).toBe(false)
  })
})

describe('Danger failing a pull request on its rules', () => {
  it('is a lint of the pull request, a token’s 403 beside it a warning', () => {
    const v = verdict(
      [
        'Failing the build, there are 2 fails.',
        'Request failed [403]: https://api.github.com/user',
        'Response: {"message": "Resource not accessible by integration"}'
      ].join('\n')
    )
    expect(v.category).toBe('lint_error')
  })

  it('not its report of warnings only', () => {
    const v = verdict('Danger: ⚠ 3 warnings, 0 fails. Not failing the build.')
    expect(v.failures.some(f => f.rule === 'danger.fails')).toBe(false)
  })
})

describe('dart and flutter analyze issues below error severity', () => {
  it('fail the analyze step', () => {
    const v = verdict(
      [
        'Analyzing app...',
        "   info • 'headline6' is deprecated and shouldn't be used. Use titleLarge instead. • lib/ui/home.dart:41:35 •",
        '          deprecated_member_use',
        "warning • The value of the local variable 'count' isn't used • lib/ui/list.dart:12:9 • unused_local_variable",
        '2 issues found. (ran in 3.4s)'
      ].join('\n')
    )
    expect(v.category).toBe('lint_error')
    expect(v.failures[0].rule).toBe('dart.analyzer-issue')
  })

  it('an analyzer error stays a compile error', () => {
    const v = verdict(
      "  error • The method 'fetchAll' isn't defined for the type 'Repo' • lib/data/repo.dart:22:10 • undefined_method"
    )
    expect(v.category).toBe('compile_error')
  })
})

describe('an RSpec expectation starting on the line after Failure/Error', () => {
  it('is a test failure', () => {
    const v = verdict(
      [
        '  1) Reports GET /reports.csv names the file by date',
        '     Failure/Error:',
        '       expect(response.headers["Content-Disposition"])',
        '         .to include \'filename="report-2024-01-01.csv"\'',
        '       expected "attachment; filename=\\"report-2023-12-31.csv\\"" to include "filename=\\"report-2024-01-01.csv\\""'
      ].join('\n')
    )
    expect(v.category).toBe('test_fail')
  })

  it('not the words inside a sentence', () => {
    const v = verdict('The Failure/Error: label is what RSpec prints before an expectation.')
    expect(v.failures.some(f => f.rule === 'rspec.failure')).toBe(false)
  })
})

describe('Jest left running after its tests', () => {
  it('is a hang when nothing failed', () => {
    const v = verdict(
      [
        'Test Suites: 12 passed, 12 total',
        'Tests:       148 passed, 148 total',
        'Ran all test suites.',
        'Jest did not exit one second after the test run has completed.',
        '',
        "This usually means that there are asynchronous operations that weren't stopped in your tests."
      ].join('\n')
    )
    expect(v.category).toBe('timeout')
    expect(v.rule).toBe('root.hint')
  })

  it('is no more than a symptom beside a failed test', () => {
    const v = verdict(
      [
        'FAIL src/cart.test.ts',
        '  ● cart › adds an item',
        '    expect(received).toBe(expected) // Object.is equality',
        'Tests:       1 failed, 147 passed, 148 total',
        'Jest did not exit one second after the test run has completed.'
      ].join('\n')
    )
    expect(v.category).toBe('test_fail')
  })
})

describe('a toolchain the build or a setup action cannot use', () => {
  it('Node’s configure refusing the image’s Python', () => {
    const v = verdict(
      [
        '> python configure --with-intl=full-icu --dest-cpu=x64',
        'Please use python3.11 or python3.10 or python3.9 or python3.8.',
        'Node.js configure: Found Python 3.12.1...'
      ].join('\n')
    )
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('node-configure.python-version')
  })

  it('a setup action’s install script failing', () => {
    const v = verdict(
      "Error: The process '/home/runner/work/_actions/acme/setup-zig/v2/dist/install-zig' failed with exit code 3"
    )
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('actions.setup-install-failed')
  })

  it('not another process of an action, nor advice to use Python 3', () => {
    for (const text of [
      "Error: The process '/usr/bin/tar' failed with exit code 2",
      "Error: The process '/home/runner/work/_actions/acme/cache/v3/dist/restore' failed with exit code 1",
      'DEPRECATION: Python 2.7 reached the end of its life. Please use python3 instead.'
    ])
      expect(
        verdict(text).failures.some(f =>
          ['actions.setup-install-failed', 'node-configure.python-version'].includes(f.rule)
        ),
        text
      ).toBe(false)
  })
})

describe('a repository host that no longer serves builds', () => {
  it.each([
    "> Could not GET 'https://dl.bintray.com/acme/maven/com/acme/widgets/1.2.0/widgets-1.2.0.pom'. Received status code 502 from server: Bad Gateway",
    "      > Could not get resource 'https://jcenter.bintray.com/org/acme/core/3.1/core-3.1.pom'.",
    '[ERROR] Failed to transfer file http://repo.maven.apache.org/maven2/org/acme/core/3.1/core-3.1.pom with status code 501, reason phrase: HTTPS Required'
  ])('%s', line => {
    const v = verdict(line)
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('repository.retired')
  })

  it('a 502 from a repository that still serves is an outage', () => {
    const v = verdict(
      "> Could not GET 'https://repo.maven.apache.org/maven2/com/acme/widgets/1.2.0/widgets-1.2.0.pom'. Received status code 502 from server: Bad Gateway"
    )
    expect(v.category).toBe('transient')
  })
})

describe('test runners’ words for a test that ran out of its time', () => {
  it.each([
    '    Test timeout of 30000ms exceeded.',
    '  1) TimeoutTests.Sync: Test exceeded Timeout value of 5000ms',
    '  ** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:',
    'io.kotest.engine.TestTimeoutException: Test did not complete within 600000ms',
    '    Error: Timeout - Async function did not complete within 5000ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)',
    '        TIMEOUT [ 120.005s] store tests::compaction_under_load',
    '+++++++++++++++++++++++++++++++++++ Timeout +++++++++++++++++++++++++++++++++++'
  ])('%s', line => {
    const v = verdict(line)
    expect(v.category).toBe('timeout')
    expect(v.failures[0].rule).toBe('test.timeout')
  })

  it.each([
    '  3/12 Test  #3: io_test ..........................***Timeout 1500.05 sec',
    '//net/client:client_test                                      TIMEOUT in 300.0s'
  ])('a test program killed at its limit: %s', line => {
    const v = verdict(line)
    expect(v.category).toBe('timeout')
    expect(v.failures[0].rule).toBe('test.target-timeout')
  })

  it('a Playwright test that timed out is the timeout; beside a test that failed on its own, a symptom', () => {
    const alone = [
      '  1) [chromium] › login.spec.ts:12:5 › logs in ──────────',
      '',
      '    Test timeout of 30000ms exceeded.'
    ]
    expect(verdict(alone.join('\n')).category).toBe('timeout')
    const beside = [
      '  1) [chromium] › cart.spec.ts:3:5 › adds an item ──────────',
      '',
      '    Error: expect(received).toBe(expected) // Object.is equality',
      '',
      ...alone.map(l => l.replace('1)', '2)'))
    ]
    expect(verdict(beside.join('\n')).category).toBe('test_fail')
  })

  it('not a configured timeout, nor a test that passed within its time', () => {
    for (const text of [
      'Using a test timeout of 30000ms (from playwright.config.ts)',
      '        PASS [   1.204s] store tests::compaction_under_load',
      '  3/12 Test  #3: io_test ..........................   Passed    1.05 sec'
    ])
      expect(verdict(text).category, text).not.toBe('timeout')
  })
})

describe('a package manager used before any step installed it', () => {
  it.each([
    '/home/runner/work/_temp/0c2f7e1a-5b1d-4f0e-9d7e-3f1b2c4d5e6f.sh: line 1: pnpm: command not found',
    'Error: Unable to locate executable file: poetry. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable.'
  ])('%s', line => {
    const v = verdict(`${line}\nError: Process completed with exit code 127.`)
    expect(v.category).toBe('orchestration_error')
    expect(v.failures[0].rule).toBe('actions.package-manager-missing')
  })

  it('a system tool the image lacks stays a missing dependency', () => {
    const v = verdict(
      '/home/runner/work/_temp/1d2e.sh: line 3: protoc: command not found\nError: Process completed with exit code 127.'
    )
    expect(v.category).toBe('dependency_missing')
  })
})

describe('a build tool that found no project file where the step ran', () => {
  it.each([
    'error: no build.zig file found, in the current directory or any parent directories',
    'error: could not find `Cargo.toml` in `/home/runner/work/app/app/tools` or any parent directory',
    '[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (/home/runner/work/app/app). Please verify you invoked Maven from the correct directory. -> [Help 1]',
    "Directory '/home/runner/work/app/app/android' does not contain a Gradle build.",
    'Composer could not find a composer.json file in /home/runner/work/app/app',
    'MSBUILD : error MSB1009: Project file does not exist.',
    "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/web/package.json'"
  ])('%s', line => {
    const v = verdict(line)
    expect(v.category).toBe('orchestration_error')
    expect(v.failures[0].rule).toBe('ci.no-project-file')
  })

  it('not a package’s own package.json missing under node_modules, nor another MSBuild error', () => {
    for (const text of [
      "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/node_modules/left-pad/package.json'",
      'MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.'
    ])
      expect(
        verdict(text).failures.some(f => f.rule === 'ci.no-project-file'),
        text
      ).toBe(false)
  })
})
