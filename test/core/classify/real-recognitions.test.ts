// Recognitions added after scoring the dev split of the real corpus (bench/corpus-real/dev):
// the shapes people paste failures in (quotes, prefixes, HTML, partial excerpts), and tool
// lines that had no signature. The examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {unwrapPaste} from '../../../src/core/classify/normalize.js'
import {failuresOf, verdict} from './helpers.js'

const exit1 = '##[error]Process completed with exit code 1.'

describe('unwrapPaste', () => {
  it('strips markdown quotes, up to two levels', () => {
    expect(unwrapPaste(['> > error: a', '> > b', '> c'])).toEqual(['error: a', 'b', 'c'])
  })

  it('strips a prefix most lines share, but not a tool word', () => {
    expect(unwrapPaste(['[0] FAIL x', '[0] at y', 'other'])).toEqual(['FAIL x', 'at y', 'other'])
    expect(unwrapPaste(['Step #1 - "plan": Error: a', 'Step #1 - "plan": b'])).toEqual([
      'Error: a',
      'b'
    ])
    expect(unwrapPaste(['error: a', 'error: b'])).toBeUndefined()
  })

  it('strips line numbers with timestamps, clock prefixes, HTML and entities', () => {
    expect(unwrapPaste([' 618 2021-09-15T07:40:15.1455272Z goroutine 7 [select]:'])).toEqual([
      'goroutine 7 [select]:'
    ])
    expect(unwrapPaste(['11:44:36 AM:       TS2345: Argument'])).toEqual(['TS2345: Argument'])
    expect(unwrapPaste(['<pre><code>Error: &quot;x&quot; &lt;b&gt;</code>'])).toEqual([
      'Error: "x" <b>'
    ])
  })

  it('strips the indentation every line has, and wrapping backticks', () => {
    expect(unwrapPaste(['    a', '      b', '', '    c'])).toEqual(['a', '  b', '', 'c'])
    expect(unwrapPaste(['`npm ERR! code E404`'])).toEqual(['npm ERR! code E404'])
  })

  it('returns undefined when nothing changes', () => {
    expect(unwrapPaste(['error: a', '  b'])).toBeUndefined()
  })
})

describe('pasted excerpts', () => {
  it('reads a quoted block, keeping the quoted lines in the excerpt', () => {
    const c = verdict(
      [
        '> Run golangci-lint',
        '>   Error: ineffectual assignment to err (ineffassign)',
        '>   Error: issues found'
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'lint_error'})
    expect(c.failures[0].excerpt).toContain('>   Error: ineffectual assignment')
  })

  it('reads ts-loader errors behind a clock prefix', () => {
    const c = verdict(
      [
        '3:04:05 PM: [tsl] ERROR in /opt/build/repo/src/a.ts(12,4)',
        "3:04:05 PM:       TS2345: Argument of type 'A' is not assignable to parameter of type 'B'."
      ].join('\n')
    )
    expect(c.category).toBe('compile_error')
  })

  it('reads a small paste whose lines the candidate filter does not know', () => {
    const c = verdict(
      'main.go:5:2: missing go.sum entry for module providing package github.com/acme/x (imported by example.com/m); to add:\n\tgo get example.com/m'
    )
    expect(c.category).toBe('dependency_missing')
  })

  it('reads jest ● blocks pasted without their FAIL line', () => {
    const c = verdict(
      [
        '  ● cart › adds an item',
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        '',
        '    Expected: 2',
        '    Received: 1'
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'test_fail'})
    expect(c.failures[0]).toMatchObject({tool: 'jest', test: 'cart > adds an item'})
  })

  it('does not read a ● line without an expectation as a test', () => {
    expect(failuresOf('  ● Starting the development server')).toEqual([])
  })
})

describe('hints: evidence that decides only when nothing else is found', () => {
  const retries = [
    'warning: spurious network error (2 tries remaining): [6] Could not resolve host: index.crates.io',
    'warning: spurious network error (1 tries remaining): [6] Could not resolve host: index.crates.io'
  ].join('\n')

  it('reads only retried network errors as transient, with low confidence and no failure', () => {
    const c = verdict(retries)
    expect(c).toMatchObject({category: 'transient', rule: 'root.hint', confidence: 0.4})
    expect(c.failures).toEqual([])
  })

  it('lets any failure outrank the hints', () => {
    const c = verdict(`${retries}\nerror[E0425]: cannot find value \`x\` in this scope\n${exit1}`)
    expect(c.category).toBe('compile_error')
  })

  it('lets the failed step outrank the hints', () => {
    const c = verdict(
      [
        '##[group]Run npm test',
        'npm WARN retrying request after ECONNRESET',
        'some output nobody recognises',
        exit1
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'test_fail', rule: 'root.step-hint'})
  })
})

describe('generic lines that only stand in for a structured parser', () => {
  it('does not repeat a phpunit failure as its assertion line', () => {
    const fs = failuresOf(
      [
        'There was 1 failure:',
        '',
        '1) Tests\\CartTest::testTotal',
        'Failed asserting that 2 matches expected 1.',
        '',
        '/app/tests/CartTest.php:14',
        '',
        'FAILURES!',
        'Tests: 3, Assertions: 3, Failures: 1.'
      ].join('\n')
    )
    expect(fs.filter(f => f.rule === 'phpunit.assertion')).toEqual([])
    expect(fs[0]).toMatchObject({category: 'test_fail'})
  })

  it('reads the assertion line when it is all there is', () => {
    expect(failuresOf('Failed asserting that false is true.')[0]).toMatchObject({
      category: 'test_fail',
      rule: 'phpunit.assertion'
    })
  })
})

describe('a build summary after lint or test errors', () => {
  it('reads a warning denied by -D warnings as lint, not as the build failing', () => {
    const c = verdict(
      [
        'error: unused variable: `x`',
        ' --> src/main.rs:4:9',
        '  |',
        '4 |     let x = 1;',
        '  |         ^ help: if this is intentional, prefix it with an underscore: `_x`',
        '  |',
        '  = note: `-D unused-variables` implied by `-D warnings`',
        '',
        'error: aborting due to previous error',
        exit1
      ].join('\n')
    )
    expect(c.category).toBe('lint_error')
  })

  it('keeps a build summary alone a compile error', () => {
    expect(verdict(`error: aborting due to 2 previous errors\n${exit1}`).category).toBe(
      'compile_error'
    )
  })
})

describe('one-line signatures for real shapes', () => {
  const cases: [string, string][] = [
    ['The job exceeded the maximum time limit for jobs, and has been terminated.', 'timeout'],
    [
      'The specified inactivity time of 5 minutes has elapsed. Collecting hang dumps from testhost',
      'timeout'
    ],
    ['goroutine 12 [chan receive, 10 minutes]:', 'timeout'],
    ['Expiring Daemon because JVM heap space is exhausted', 'resource_exhausted'],
    [
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)',
      'resource_exhausted'
    ],
    ['Process terminated by signal 9', 'resource_exhausted'],
    [
      'E: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/main/binary-amd64/by-hash/SHA256/ab  Hash Sum mismatch',
      'transient'
    ],
    [
      "ERROR: pull access denied for acme-api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'dependency_missing'
    ],
    ['verifying github.com/acme/x@v1.2.3: checksum mismatch', 'dependency_missing'],
    [
      'Failure to find com.acme:lib:jar:1.0 in https://repo.maven.apache.org/maven2 was cached in the local repository, resolution will not be reattempted',
      'dependency_missing'
    ],
    [
      'NU1101: Unable to find package Acme.Lib. No packages exist with this id in source(s): nuget.org',
      'dependency_missing'
    ],
    [
      'Your requirements could not be solved to an installable set of packages.',
      'dependency_missing'
    ],
    [
      'AttributeError: `np.float_` was removed in the NumPy 2.0 release. Use `np.float64` instead.',
      'contract_violation'
    ],
    [
      "System.MissingMethodException: Method not found: 'Void Acme.Client..ctor(System.String)'.",
      'contract_violation'
    ],
    [
      'Internal error: Call to undefined method PHPStan\\Type\\ObjectType::foo() while analysing file /app/src/X.php',
      'contract_violation'
    ],
    [
      "SyntaxError: Named export 'parse' not found. The requested module 'cjs-lib' is a CommonJS module, which may not support all module.exports as named exports.",
      'contract_violation'
    ],
    ['collect2: error: ld returned 1 exit status', 'compile_error'],
    ["c++: error: unrecognized command-line option '-mfoo'", 'compile_error'],
    ['c++: fatal error: no input files', 'compile_error'],
    ['error CS1002: ; expected', 'compile_error'],
    ["      TS2322: Type 'string' is not assignable to type 'number'.", 'compile_error'],
    ['  12     Call to an undefined method App\\Foo::bar().', 'compile_error'],
    ['10 runs, 12 assertions, 1 failures, 0 errors, 0 skips', 'test_fail'],
    ['Test Run Failed.', 'test_fail'],
    ['[ERROR] Tests run: 36, Failures: 0, Errors: 11, Skipped: 0', 'test_fail'],
    ['error: test failed, to rerun pass `--lib`', 'test_fail'],
    ['[xUnit.net 00:00:01.23]     Acme.Tests.CartTests.Total [FAIL]', 'test_fail'],
    ['  Error: ineffectual assignment to err (ineffassign)', 'lint_error'],
    [
      "58:14  Error: 'x' is defined but never used.  @typescript-eslint/no-unused-vars",
      'lint_error'
    ],
    ['12 files inspected, 3 offenses detected', 'lint_error'],
    ['Error: Parameter token or opts.auth is required', 'orchestration_error'],
    ['Error: Failed to resolve action download info. Error: Bad credentials', 'orchestration_error']
  ]
  for (const [line, category] of cases) {
    it(`reads "${line.slice(0, 50)}…" as ${category}`, () => {
      expect(verdict(`${line}\n${exit1}`).category).toBe(category)
    })
  }

  it('does not read a missing compiler component as a compile error', () => {
    expect(
      verdict("gcc: fatal error: cannot execute 'cc1plus': execvp: No such file or directory")
        .category
    ).not.toBe('compile_error')
  })

  it('tells a go module whose repository is gone from a private module without credentials', () => {
    const fetch = [
      'go: example.com/a@v1.0.0 requires',
      '\tgithub.com/acme/gone@v0.1.0: reading github.com/acme/gone/go.mod at revision v0.1.0: git ls-remote -q origin in /home/runner/go/pkg/mod/cache/vcs/0a1b: exit status 128:'
    ]
    expect(
      verdict(
        [
          ...fetch,
          '\tremote: Repository not found.',
          "\tfatal: repository 'https://github.com/acme/gone/' not found"
        ].join('\n')
      ).category
    ).toBe('dependency_missing')
    expect(
      verdict(
        [
          ...fetch,
          "\tfatal: could not read Username for 'https://github.com': terminal prompts disabled"
        ].join('\n')
      ).category
    ).toBe('orchestration_error')
  })

  it('reads a syntax error in a dependency file as a contract break, in the code as a compile error', () => {
    const at = (file: string): string =>
      [
        `${file}:1`,
        'export default function add() {}',
        '^^^^^^',
        '',
        "SyntaxError: Unexpected token 'export'"
      ].join('\n')
    expect(verdict(at('/home/runner/work/a/a/node_modules/lib-es/index.js')).category).toBe(
      'contract_violation'
    )
    expect(verdict(at('/home/runner/work/a/a/src/index.js')).category).toBe('compile_error')
  })
})
