// The mechanisms added for failures as they appear in the wild (issue #11): each is checked
// on hand-written inputs in the tools' formats, not on corpus excerpts, so the corpora stay
// the measure of how well they generalise.
import {describe, expect, it} from 'vitest'
import {classifyText} from '../../../src/core/classify/index.js'

const category = (text: string): string => classifyText(text).category

describe('per-test timeouts', () => {
  const timedOut = [
    ' FAIL  test/sync.test.ts',
    '  ● Sync › waits for the server',
    '',
    '    thrown: "Exceeded timeout of 5000 ms for a test.',
    '    Add a timeout value to this test to increase the timeout."'
  ]
  it('are the root cause when they are the only tests that failed', () => {
    expect(category(timedOut.join('\n'))).toBe('timeout')
  })

  it('are a symptom when other tests failed on their own', () => {
    const text = [
      ...timedOut,
      '',
      '  ● Sync › merges two edits',
      '',
      '    expect(received).toEqual(expected) // deep equality',
      '',
      '    Expected: 2',
      '    Received: 3',
      '',
      '      at Object.<anonymous> (test/sync.test.ts:40:20)'
    ].join('\n')
    expect(category(text)).toBe('test_fail')
  })
})

describe('inline code in a pasted sentence', () => {
  it('reads the quoted tool line', () => {
    expect(category('Our nightly job fails with `panic: test timed out after 10m0s`')).toBe(
      'timeout'
    )
  })

  it('reads a line whose location alone was wrapped in backticks', () => {
    const text = [
      '`src/net/tls.c:12:10:` fatal error: gnutls/gnutls.h: No such file or directory',
      '`compilation terminated.'
    ].join('\n')
    expect(category(text)).toBe('dependency_missing')
  })
})

describe('rustc: use of undeclared crate or module', () => {
  const diag = (file: string, extra: string[] = []): string =>
    [
      'error[E0433]: failed to resolve: use of undeclared crate or module `codegen`',
      ` --> ${file}:7:13`,
      '  |',
      '7 |     let t = codegen::Table::new();',
      '  |             ^^^^^^^ use of undeclared crate or module `codegen`',
      ...extra,
      '',
      'error: could not compile `demo` due to previous error'
    ].join('\n')

  it('is a compile error in the crate’s own source', () => {
    expect(category(diag('src/lib.rs'))).toBe('compile_error')
  })

  it('is a missing dependency in a build script (a missing build-dependency)', () => {
    expect(category(diag('build.rs'))).toBe('dependency_missing')
  })

  it('is a missing dependency when rustc suggests `cargo add`', () => {
    const help = ['  = help: if you wanted to use a crate named `codegen`, use `cargo add codegen`']
    expect(category(diag('src/lib.rs', help))).toBe('dependency_missing')
  })

  it('is a contract break when another crate’s derive macro wrote the path', () => {
    const note = ['  = note: this error originates in the derive macro `Encode`']
    expect(category(diag('src/model.rs', note))).toBe('contract_violation')
  })
})

describe('python: an API error raised inside an installed package', () => {
  const trace = (file: string): string =>
    [
      'Traceback (most recent call last):',
      '  File "/home/ci/app/run.py", line 3, in <module>',
      '    main()',
      `  File "${file}", line 88, in setup`,
      '    self.cache.configure(ttl=10)',
      "TypeError: configure() got an unexpected keyword argument 'ttl'"
    ].join('\n')

  it('is a contract break between packages', () => {
    expect(category(trace('/usr/lib/python3.11/site-packages/plugin/core.py'))).toBe(
      'contract_violation'
    )
  })

  it('is not one when the frame is the repository’s own code', () => {
    expect(category(trace('/home/ci/app/app/cache.py'))).not.toBe('contract_violation')
  })
})

describe('linters and checkers recognised by their output’s shape', () => {
  it('reads every row of a PHPStan table, whatever the message', () => {
    const text = [
      ' ------ ----------------------------------------------------- ',
      '  Line   Service/Invoice.php                                  ',
      ' ------ ----------------------------------------------------- ',
      '  31     Property Invoice::$total has no type specified.      ',
      ' ------ ----------------------------------------------------- '
    ].join('\n')
    const c = classifyText(text)
    expect(c.category).toBe('compile_error')
    expect(c.failures[0]).toMatchObject({rule: 'phpstan.table', line: 31})
  })

  it('reads hadolint findings', () => {
    expect(category('Dockerfile:4 DL3007 warning: Using latest is prone to errors')).toBe(
      'lint_error'
    )
  })
})

describe('maven surefire with reruns', () => {
  it('takes a test that failed every attempt as a test failure', () => {
    const text = [
      '[ERROR] Failures: ',
      '[ERROR] com.acme.OrderTest.totals',
      '[ERROR]   Run 1: OrderTest.totals:21 expected: <3> but was: <4>',
      '[ERROR]   Run 2: OrderTest.totals:21 expected: <3> but was: <4>'
    ].join('\n')
    const c = classifyText(text)
    expect(c.category).toBe('test_fail')
    expect(c.failures[0]).toMatchObject({test: 'com.acme.OrderTest > totals', line: 21})
  })
})

describe('network failures in the words of apt and the resolver', () => {
  it.each([
    "  Temporary failure resolving 'deb.debian.org'",
    'E: Failed to fetch http://mirror.example/pool/a.deb  Unable to connect to mirror.example:http:',
    'curl: (7) Failed to connect to downloads.example.org port 443: No route to host'
  ])('%s', line => {
    expect(category(line)).toBe('transient')
  })
})

describe('terraform: an argument a called module no longer takes', () => {
  it('is a contract break with the module', () => {
    const text = [
      'Error: Unsupported argument',
      '',
      '  on main.tf line 12, in module "network":',
      '  12:   enable_nat = true',
      '',
      'An argument named "enable_nat" is not expected here.'
    ].join('\n')
    expect(category(text)).toBe('contract_violation')
  })
})

describe('evidence scoring when nothing was recognised', () => {
  it('lets the words of a cut paste decide, at a low confidence', () => {
    const c = classifyText(
      [
        "thread 'parser::tests::keeps_order' panicked",
        'assertion failed: left == right',
        '  left: 3',
        ' right: 4'
      ].join('\n')
    )
    expect(c.category).toBe('test_fail')
    expect(c.rule).toBe('root.evidence')
    expect(c.confidence).toBeLessThan(0.4)
  })

  it('stays unknown for text that reports no failure', () => {
    expect(category('Connecting to the registry mirror\nDownloading 12 packages\nDone.')).toBe(
      'unknown'
    )
  })

  it('ignores the failures of CMake’s try-compile probes', () => {
    const text = [
      'Determining if the include file sys/event.h exists failed with the following output:',
      'Change Dir: /src/build/CMakeFiles/CMakeTmp',
      '/src/build/CMakeFiles/CMakeTmp/CheckIncludeFile.c:1:10: fatal error: sys/event.h: No such file or directory'
    ].join('\n')
    expect(category(text)).toBe('unknown')
  })
})

describe('flake evidence in one log', () => {
  it('is transient when the runner reports tests that passed on a retry and none failed', () => {
    const text = [
      '  1 flaky',
      '    [chromium] › cart.spec.ts:14:5 › cart › applies a coupon',
      '  31 passed (48.2s)',
      'Error: Process completed with exit code 1.'
    ].join('\n')
    const c = classifyText(text)
    expect(c.category).toBe('transient')
    expect(c.rule).toBe('root.flaky')
  })

  it('is a test failure when a test failed on every attempt beside the flakes', () => {
    const text = [
      '[ERROR] Failures: ',
      '[ERROR] com.acme.CartTest.coupon',
      '[ERROR]   Run 1: CartTest.coupon:30 expected: <10> but was: <0>',
      '[ERROR]   Run 2: CartTest.coupon:30 expected: <10> but was: <0>',
      '[INFO] ',
      '[WARNING] Flakes: ',
      '[WARNING] com.acme.CartTest.totals',
      '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1'
    ].join('\n')
    expect(category(text)).toBe('test_fail')
  })
})

describe('line prefixes a copy adds', () => {
  it('reads `gh run view --log` lines (job, step, timestamp)', () => {
    const text = [
      'test (ubuntu)\tRun go test\t2024-03-01T10:00:00.1234567Z === RUN   TestSync',
      'test (ubuntu)\tRun go test\t2024-03-01T10:10:00.1234567Z panic: test timed out after 10m0s'
    ].join('\n')
    expect(category(text)).toBe('timeout')
  })

  it('reads lines behind a date-time with a zone offset', () => {
    const text = [
      '2016-07-23T08:54:12.92+0530 error[E0308]: mismatched types',
      '2016-07-23T08:54:12.92+0530   --> src/main.rs:4:18'
    ].join('\n')
    expect(category(text)).toBe('compile_error')
  })
})

describe('a pasted panic of a rust test thread', () => {
  it('is a test failure, also in the old multi-line format', () => {
    const c = classifyText(
      [
        "thread 'store::tests::evicts_oldest' panicked at 'assertion failed: `(left == right)`",
        '  left: `1`,',
        " right: `0`', store/src/lru.rs:88:9"
      ].join('\n')
    )
    expect(c.category).toBe('test_fail')
    expect(c.failures[0]).toMatchObject({test: 'store > tests > evicts_oldest', line: 88})
  })

  it('is not a test failure when the thread is the program’s main thread', () => {
    const c = classifyText("thread 'main' panicked at src/main.rs:3:5:\nconfig file missing")
    expect(c.failures.some(f => f.rule === 'cargo-test.panic')).toBe(false)
  })
})
