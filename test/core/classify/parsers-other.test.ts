import {describe, expect, it} from 'vitest'
import {failuresOf} from './helpers.js'

describe('pytest and python tools', () => {
  it('reads the short summary and attaches the crash line', () => {
    const fs = failuresOf(
      [
        '_________________________ test_balance_after_refund __________________________',
        '>       assert acct.balance == Decimal("12.50")',
        "E       AssertionError: assert Decimal('7.50') == Decimal('12.50')",
        '',
        'tests/test_balance.py:31: AssertionError',
        '=========================== short test summary info ============================',
        "FAILED tests/test_balance.py::test_balance_after_refund - AssertionError: assert Decimal('7.50') == Decimal('12.50')"
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      tool: 'pytest',
      category: 'test_fail',
      file: 'tests/test_balance.py',
      test: 'test_balance_after_refund',
      line: 31
    })
  })

  it('reads collection errors by their cause', () => {
    const fs = failuresOf(
      [
        "E   ModuleNotFoundError: No module named 'shapely'",
        "ERROR tests/test_geo.py - ModuleNotFoundError: No module named 'shapely'"
      ].join('\n')
    )
    expect(fs.every(f => f.category === 'dependency_missing')).toBe(true)
  })

  it('reads mypy and ruff', () => {
    expect(
      failuresOf(
        'src/p.py:88: error: Argument 1 has incompatible type "str | None"; expected "str"  [arg-type]'
      )[0]
    ).toMatchObject({
      tool: 'mypy',
      category: 'compile_error',
      file: 'src/p.py',
      line: 88,
      errorCode: 'arg-type'
    })
    expect(
      failuresOf('src/cli.py:3:8: F401 [*] `sys` imported but unused\nFound 1 error.')[0]
    ).toMatchObject({
      category: 'lint_error',
      file: 'src/cli.py',
      line: 3,
      column: 8,
      errorCode: 'F401'
    })
  })

  it('reads pip resolution errors', () => {
    expect(failuresOf('ERROR: No matching distribution found for numpy==2.3.0')[0].category).toBe(
      'dependency_missing'
    )
  })
})

describe('go', () => {
  it('reads --- FAIL with the file:line under it, keeping subtests not parents', () => {
    const fs = failuresOf(
      [
        '=== RUN   TestParseDuration/minutes',
        '    duration_test.go:27: ParseDuration("5m") = 5s, want 5m0s',
        '--- FAIL: TestParseDuration (0.00s)',
        '    --- FAIL: TestParseDuration/minutes (0.00s)',
        'FAIL',
        'FAIL\tgithub.com/acme/timeutil\t0.006s'
      ].join('\n')
    )
    expect(fs.map(f => f.test)).toEqual(['TestParseDuration > minutes'])
  })

  it('reads a simple failure location', () => {
    expect(
      failuresOf(
        '--- FAIL: TestCheckoutTotals (0.00s)\n    checkout_test.go:54: total = 1999, want 2099\nFAIL'
      )[0]
    ).toMatchObject({file: 'checkout_test.go', line: 54, message: 'total = 1999, want 2099'})
  })

  it('reads go test -json lines in a log', () => {
    const fs = failuresOf(
      [
        '{"Action":"output","Package":"kv","Test":"TestCompaction","Output":"    compaction_test.go:73: live keys = 998, want 1000\\n"}',
        '{"Action":"fail","Package":"kv","Test":"TestCompaction","Elapsed":0.01}'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({test: 'TestCompaction', file: 'compaction_test.go', line: 73})
  })

  it('reads compiler errors and golangci-lint issues', () => {
    expect(
      failuresOf('internal/router/router.go:88:14: undefined: matchHost\nFAIL\tx [build failed]')[0]
    ).toMatchObject({
      category: 'compile_error',
      file: 'internal/router/router.go',
      line: 88,
      column: 14
    })
    expect(
      failuresOf(
        'internal/store/pg.go:120:15: Error return value of `rows.Close` is not checked (errcheck)'
      )[0]
    ).toMatchObject({category: 'lint_error', errorCode: 'errcheck'})
  })
})

describe('rust', () => {
  it('reads error[E0308] with its --> location', () => {
    expect(
      failuresOf('error[E0308]: mismatched types\n  --> src/main.rs:14:20\n   |')[0]
    ).toMatchObject({
      tool: 'rustc',
      category: 'compile_error',
      file: 'src/main.rs',
      line: 14,
      column: 20,
      errorCode: 'E0308'
    })
  })

  it('reads clippy lints as lint errors', () => {
    const f = failuresOf(
      'error: this `if` has identical blocks\n  --> src/shape.rs:77:21\n   = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else\nerror: could not compile `geom` (lib) due to 1 previous error'
    )
    expect(f.map(x => x.category)).toEqual(['lint_error'])
    expect(f[0].errorCode).toBe('clippy::if_same_then_else')
  })

  it('reads a failed test with its panic location', () => {
    const fs = failuresOf(
      [
        'test parser::tests::nested ... FAILED',
        '',
        '---- parser::tests::nested stdout ----',
        "thread 'parser::tests::nested' panicked at src/parser.rs:212:9:",
        'assertion `left == right` failed'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      test: 'parser > tests > nested',
      file: 'src/parser.rs',
      line: 212,
      message: 'assertion `left == right` failed'
    })
  })
})

describe('jvm, ruby, .NET, native', () => {
  it('reads maven compile errors and surefire failures', () => {
    expect(
      failuresOf(
        '[ERROR] /home/runner/work/b/b/src/main/java/com/acme/Inv.java:[57,29] cannot find symbol'
      )[0]
    ).toMatchObject({
      category: 'compile_error',
      file: 'src/main/java/com/acme/Inv.java',
      line: 57,
      column: 29
    })
    expect(
      failuresOf(
        '[ERROR] com.acme.InvTest.appliesVat -- Time elapsed: 0.019 s <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <121.00> but was: <120.00>'
      )[0]
    ).toMatchObject({category: 'test_fail', test: 'com.acme.InvTest > appliesVat'})
  })

  it('reads gradle test failures and kotlin errors', () => {
    expect(
      failuresOf(
        'OrderRepositoryTest > findsOrdersByCustomer() FAILED\n    org.opentest4j.AssertionFailedError: expected: <3> but was: <2>'
      )[0]
    ).toMatchObject({category: 'test_fail', test: 'OrderRepositoryTest > findsOrdersByCustomer()'})
    expect(
      failuresOf(
        "e: file:///home/runner/work/n/n/app/src/Note.kt:57:13 Unresolved reference 'x'.\n> Task :app:compileKotlin FAILED"
      )[0]
    ).toMatchObject({category: 'compile_error', file: 'app/src/Note.kt', line: 57})
  })

  it('reads rspec rerun lines and rubocop offenses', () => {
    expect(
      failuresOf(
        'Failed examples:\n\nrspec ./spec/models/invoice_spec.rb:44 # Invoice#total includes shipping'
      )[0]
    ).toMatchObject({category: 'test_fail', file: 'spec/models/invoice_spec.rb', line: 44})
    expect(
      failuresOf(
        'app/models/order.rb:14:3: W: Lint/UselessAssignment: Useless assignment to variable - total.\n\n1 file inspected, 1 offense detected\nError: Process completed with exit code 1.'
      )[0]
    ).toMatchObject({category: 'lint_error', errorCode: 'Lint/UselessAssignment'})
  })

  it('reads MSBuild errors, dotnet test failures and NuGet errors', () => {
    expect(
      failuresOf(
        "D:\\a\\Tools\\Tools\\src\\Program.cs(12,13): error CS0103: The name 'ParseArgs' does not exist in the current context [D:\\a\\Tools\\Tools\\src\\Tools.csproj]"
      )[0]
    ).toMatchObject({
      category: 'compile_error',
      file: 'src/Program.cs',
      line: 12,
      errorCode: 'CS0103'
    })
    expect(
      failuresOf(
        '  Failed Shop.Tests.CartTests.AppliesDiscount [14 ms]\n  Error Message:\n   Assert.Equal() Failure\n  Stack Trace:\n     at Shop.Tests.CartTests.AppliesDiscount() in /home/runner/work/Shop/Shop/tests/CartTests.cs:line 37'
      )[0]
    ).toMatchObject({
      category: 'test_fail',
      file: 'tests/CartTests.cs',
      line: 37,
      message: 'Assert.Equal() Failure'
    })
    expect(
      failuresOf('/x/Shop.Api.csproj : error NU1101: Unable to find package Acme.Core.')[0].category
    ).toBe('dependency_missing')
  })

  it('reads gcc errors and docker build failures', () => {
    expect(
      failuresOf(
        "/home/runner/work/kv/kv/src/store.c:88:12: error: 'entry' undeclared (first use in this function)"
      )[0]
    ).toMatchObject({category: 'compile_error', file: 'src/store.c', line: 88})
    const fs = failuresOf(
      [
        '#9 [deps 3/4] RUN npm ci',
        '#9 1.943 npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
        '#9 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
        'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1'
      ].join('\n')
    )
    expect(fs.map(f => f.category)).toContain('dependency_missing')
  })
})

describe('the runner', () => {
  const cases: [string, string][] = [
    [
      '##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 60 minutes.',
      'timeout'
    ],
    [
      '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped.',
      'transient'
    ],
    ['The self-hosted runner: r1 lost communication with the server.', 'transient'],
    ['##[error]Process completed with exit code 137.', 'resource_exhausted'],
    [
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      'resource_exhausted'
    ],
    ['Error: ENOSPC: no space left on device, write', 'resource_exhausted'],
    ['Error: Resource not accessible by integration', 'orchestration_error'],
    [
      "fatal: could not read Username for 'https://github.com': No such device or address",
      'orchestration_error'
    ],
    [
      'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.',
      'orchestration_error'
    ],
    [
      'Error: Unable to resolve action `actions/setup-nodee@v4`, repository not found',
      'orchestration_error'
    ],
    ['Error: Input required and not supplied: github_token', 'orchestration_error'],
    ['Error: socket hang up', 'transient'],
    ['HTTP 403: API rate limit exceeded for installation ID 1', 'transient'],
    ['ci-medic: budget exceeded (tokens)', 'budget_exceeded']
  ]
  for (const [line, category] of cases) {
    it(`reads "${line.slice(0, 50)}…" as ${category}`, () => {
      expect(failuresOf(line).map(f => f.category)).toContain(category)
    })
  }
})
