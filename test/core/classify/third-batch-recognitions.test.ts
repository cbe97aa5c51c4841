// Recognitions added after scoring the third batch of the real corpus's dev split (issue #11):
// inactivity and per-test timeouts, flake evidence one log can carry (a surefire rerun that
// passed, a port another process holds), lint summaries quoted in a sentence, and compile
// errors that are really a missing package or a JDK that dropped an internal API. The
// examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {unwrapPaste} from '../../../src/core/classify/normalize.js'
import {failuresOf, verdict} from './helpers.js'

describe('timeouts', () => {
  it("reads a CI system's inactivity limit as a timeout", () => {
    const travis = verdict(
      'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.\nThe build has been terminated'
    )
    expect([travis.category, travis.rule]).toEqual(['timeout', 'root.timeout'])
    expect(
      verdict('Too long with no output (exceeded 10m0s): context deadline exceeded').category
    ).toBe('timeout')
  })

  it('takes a jest or jasmine per-test timeout as the failed test’s message', () => {
    const v = verdict(
      [
        ' FAIL  src/search.spec.js (22.3s)',
        '  ● search › finds the sources',
        '',
        '    Timeout - Async callback was not invoked within timeout specified by jasmine.DEFAULT_TIMEOUT_INTERVAL.',
        '',
        '      at pTimeout (node_modules/jest-jasmine2/build/queueRunner.js:53:21)'
      ].join('\n')
    )
    expect(v.category).toBe('timeout')
    const test = failuresOf(
      [
        ' FAIL  src/api.test.js',
        '  ● api › loads',
        '',
        '    thrown: "Exceeded timeout of 5000 ms for a test.',
        '    Use jest.setTimeout(newTimeout) to increase the timeout value."'
      ].join('\n')
    ).find(f => f.category === 'test_fail')
    expect(test?.message).toMatch(/^Exceeded timeout of 5000 ms for a test/)
  })
})

describe('flake evidence in one log', () => {
  it('reads a surefire rerun that passed as a flaky test', () => {
    const v = verdict(
      [
        '[WARNING] Flakes: ',
        '[WARNING] org.example.CacheTest.evicts(org.example.CacheTest)',
        '[ERROR]   Run 1: CacheTest.evicts:80 » TestTimedOut',
        '[INFO]   Run 2: PASS'
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['transient', 'root.flaky'])
  })

  it('reads a test that failed because its port was taken as a flake, not a test failure', () => {
    const go = verdict(
      [
        '--- FAIL: TestPutBlock (0.11s)',
        '\ttdp_test.go:182: listen tcp 127.0.0.1:40000: bind: address already in use',
        'FAIL',
        'FAIL\tgithub.com/example/tdp\t0.518s'
      ].join('\n')
    )
    expect([go.category, go.rule]).toEqual(['transient', 'root.network-flake'])
    expect(go.reason).toMatch(/port another process holds/)
    expect(
      verdict('server_test.go:40: listen tcp :8080: bind: address already in use').category
    ).toBe('transient')
  })

  it('still reads an ordinary assertion failure as a test failure', () => {
    const v = verdict(
      ['--- FAIL: TestSum (0.00s)', '\tsum_test.go:9: got 3, want 4', 'FAIL'].join('\n')
    )
    expect(v.category).toBe('test_fail')
  })

  it("counts curl's older wording of a DNS failure as a network error", () => {
    const v = verdict(
      "fatal: unable to access 'https://github.com/o/r.git/': Couldn't resolve host 'github.com'"
    )
    expect(v.category).toBe('transient')
  })
})

describe('lint summaries and findings', () => {
  it('reads rubocop, Checkstyle, prettier and import-sorter summaries, also inside a sentence', () => {
    for (const text of [
      'Currently `bundle exec rubocop` returns `281 files inspected, 944 offenses detected`.',
      '[INFO] There are 8041 errors reported by Checkstyle 8.12 with sun_checks.xml ruleset.',
      'The check says: [warn] Code style issues found in the above file. Run Prettier with --write to fix.',
      'CI fails with "I001 Import block is un-sorted or un-formatted" on my branch'
    ])
      expect([text, verdict(text).category]).toEqual([text, 'lint_error'])
  })

  it('reads ktlint findings, also behind a maven [ERROR] prefix', () => {
    const [f] = failuresOf('[ERROR] src/main/kotlin/LongLine.kt:2:1: Exceeded max line length (80)')
    expect(f).toMatchObject({
      category: 'lint_error',
      rule: 'ktlint.finding',
      file: 'src/main/kotlin/LongLine.kt',
      line: 2
    })
  })
})

describe('tests in other shapes', () => {
  it("reads RSpec's expectation message without its Failures: block", () => {
    const v = verdict('expected: #<Order id: 1>\n     got: #<Order id: 2> (using ==)\n    Diff:')
    expect(v.category).toBe('test_fail')
  })

  it("reads CppUTest's compiler-shaped failure as a test failure", () => {
    const v = verdict(
      [
        'tests/test_basic.cpp:20: error: Failure in TEST(TestConcat, concat_12)',
        '\texpected <onetwo>',
        '\tbut was  <oneone>',
        'Errors (1 failures, 2 tests, 2 ran, 3 checks, 0 ignored, 0 filtered out, 0 ms)'
      ].join('\n')
    )
    expect(v.category).toBe('test_fail')
    expect(v.failures[0]).toMatchObject({rule: 'cpputest.failure', test: 'TestConcat > concat_12'})
  })
})

describe('compile errors that are about dependencies', () => {
  it("reads a composer platform requirement without composer's header as a missing dependency", () => {
    const v = verdict(
      '    - doctrine/instantiator 1.1.0 requires php ^7.1 -> your PHP version (7.0.9) does not satisfy that requirement.'
    )
    expect(v.category).toBe('dependency_missing')
  })

  it("reads Go's GOPATH `cannot find package` for a remote path as a missing dependency", () => {
    const remote = verdict(
      [
        'cmd/append.go:6:2: cannot find package "github.com/spf13/cobra" in any of:',
        '\t/usr/local/go/src/github.com/spf13/cobra (from $GOROOT)',
        '\t/home/travis/gopath/src/github.com/spf13/cobra (from $GOPATH)'
      ].join('\n')
    )
    expect([remote.category, remote.failures[0].rule]).toEqual([
      'dependency_missing',
      'go.package-missing'
    ])
    const local = verdict('main.go:17:8: cannot find package "myapp/cmd" in any of:')
    expect(local.category).toBe('compile_error')
  })

  it('reads a JDK-internal API that javac cannot find as a contract break', () => {
    const v = verdict(
      [
        '    [javac] src/Loader.java:29: error: cannot find symbol',
        '    [javac] import sun.misc.CompoundEnumeration;',
        '    [javac]                ^',
        '    [javac]   symbol:   class CompoundEnumeration',
        '    [javac]   location: package sun.misc'
      ].join('\n')
    )
    expect([v.category, v.failures[0]?.rule]).toEqual(['contract_violation', 'javac.jdk-internal'])
    const own = verdict(
      [
        'src/Upgrade.java:25: error: cannot find symbol',
        '  symbol:   variable Config',
        '  location: class Upgrade'
      ].join('\n')
    )
    expect(own.category).toBe('compile_error')
  })
})

describe('unwrapPaste', () => {
  it('strips a prefix most lines share behind their indentation (ant’s [javac])', () => {
    expect(unwrapPaste(['    [javac] A.java:1: error: x', '    [javac]   symbol: y'])).toEqual([
      'A.java:1: error: x',
      '  symbol: y'
    ])
  })
})
