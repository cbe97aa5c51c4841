// Test::More / Test::Harness (prove) output. The wording is what prove, Test::More and
// TAP::Harness print (checked against real CI logs, CPAN Testers reports and harness test
// fixtures, and the two perl excerpts of bench/corpus-real/dev).
import {describe, expect, it} from 'vitest'
import {failuresOf, verdict} from './helpers.js'

const lines = (...l: string[]): string => l.join('\n')

const PROVE_RUN = lines(
  't/00-load.t ......... ok',
  't/basic.t .......... 1/? ',
  "#   Failed test 'parses the header'",
  '#   at t/basic.t line 42.',
  "#          got: 'a'",
  "#     expected: 'b'",
  '# Looks like you failed 1 test of 12.',
  't/basic.t .......... Dubious, test returned 1 (wstat 256, 0x100)',
  'Failed 1/12 subtests ',
  't/util.t ........... ok',
  '',
  'Test Summary Report',
  '-------------------',
  't/basic.t (Wstat: 256 (exited 1) Tests: 12 Failed: 1)',
  '  Failed test:  7',
  '  Non-zero exit status: 1',
  'Files=3, Tests=40,  2 wallclock secs ( 0.03 usr  0.01 sys +  1.20 cusr  0.10 csys =  1.34 CPU)',
  'Result: FAIL',
  'Failed 1/3 test programs. 1/40 subtests failed.',
  'make: *** [Makefile:851: test_dynamic] Error 1'
)

describe('Test::More failures under prove', () => {
  it('reads a failed test: its name, file, line and got/expected, once', () => {
    const fs = failuresOf(PROVE_RUN)
    const prove = fs.filter(f => f.tool === 'prove')
    expect(prove).toHaveLength(1)
    expect(prove[0]).toMatchObject({
      category: 'test_fail',
      rule: 'prove.failed-test',
      file: 't/basic.t',
      line: 42,
      test: 'parses the header'
    })
    expect(prove[0].message).toContain("got: 'a'")
    expect(prove[0].message).toContain("expected: 'b'")
    expect(verdict(PROVE_RUN).category).toBe('test_fail')
  })

  it('reads verbose output (`not ok N - name`) as one failure, not a TAP one beside it', () => {
    const fs = failuresOf(
      lines(
        't/basic.t .. ',
        'ok 6 - reads the body',
        'not ok 7 - parses the header',
        '',
        "#   Failed test 'parses the header'",
        '#   at t/basic.t line 42.',
        "#          got: 'a'",
        "#     expected: 'b'",
        'ok 8 - writes the footer',
        '1..8',
        '# Looks like you failed 1 test of 8.',
        'Dubious, test returned 1 (wstat 256, 0x100)',
        'Failed 1/8 subtests '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({tool: 'prove', file: 't/basic.t', line: 42})
    expect(fs[0].test).toBe('parses the header')
  })

  it('names an unnamed test by its number', () => {
    const verbose = failuresOf(
      lines(
        'not ok 9',
        '#   Failed test at t/x.t line 9.',
        '# Looks like you failed 1 test of 9.'
      )
    )
    expect(verbose).toHaveLength(1)
    expect(verbose[0]).toMatchObject({test: 'test 9', file: 't/x.t', line: 9})
    // not verbose: the summary's `Failed test:  3` numbers the file's one unnamed failure
    const quiet = failuresOf(
      lines(
        't/x.t .. 1/? ',
        '#   Failed test at t/x.t line 21.',
        '# Looks like you failed 1 test of 5.',
        't/x.t .. Dubious, test returned 1 (wstat 256, 0x100)',
        'Failed 1/5 subtests ',
        '',
        'Test Summary Report',
        '-------------------',
        't/x.t (Wstat: 256 (exited 1) Tests: 5 Failed: 1)',
        '  Failed test:  3',
        '  Non-zero exit status: 1'
      )
    )
    expect(quiet).toHaveLength(1)
    expect(quiet[0]).toMatchObject({test: 'test 3', file: 't/x.t', line: 21})
  })

  it('reads a failure printed on prove’s progress line', () => {
    const fs = failuresOf(
      lines(
        't/001_basic.pl ......... ok',
        "t/002_options.pl ....... 1/5 # Failed test 'rejects --bogus'",
        '#   at t/002_options.pl line 20.',
        '# Looks like you failed 1 test of 5.',
        't/002_options.pl ....... Dubious, test returned 1 (wstat 256, 0x100)',
        'Failed 1/5 subtests'
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      tool: 'prove',
      file: 't/002_options.pl',
      line: 20,
      test: 'rejects --bogus'
    })
  })

  it('reads each failed test of a file', () => {
    const fs = failuresOf(
      lines(
        't/math.t .. 1/4 ',
        "#   Failed test 'adds'",
        '#   at t/math.t line 10.',
        "#          got: '3'",
        "#     expected: '4'",
        "#   Failed test 'matches the pattern'",
        '#   at t/math.t line 14.',
        "#                   'abc'",
        "#     doesn't match '(?^:^x)'",
        '# Looks like you failed 2 tests of 4.',
        't/math.t .. Dubious, test returned 2 (wstat 512, 0x200)',
        'Failed 2/4 subtests '
      )
    )
    expect(fs.map(f => [f.test, f.line])).toEqual([
      ['adds', 10],
      ['matches the pattern', 14]
    ])
    expect(fs[1].message).toContain("doesn't match")
  })

  it('names the test file when the assertion is located in a Perl library', () => {
    const fs = failuresOf(
      lines(
        "#   Failed test 'no (unexpected) warnings (via END block)'",
        '#   at /usr/perl5.40.0/lib/site_perl/5.40.0/Test/Builder.pm line 187.',
        '# Looks like you planned 2 tests but ran 3.',
        '# Looks like you failed 1 test of 3 run.',
        't/serialization.t ........ ',
        'Dubious, test returned 1 (wstat 256, 0x100)',
        'All 2 subtests passed '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      file: 't/serialization.t',
      test: 'no (unexpected) warnings (via END block)'
    })
    expect(fs[0].line).toBeUndefined()
  })
})

describe('a test file that failed without a failed test', () => {
  it('reads a pasted summary alone as the file’s failure', () => {
    const fs = failuresOf(
      lines(
        'Test Summary Report',
        '-------------------',
        't/basic.t (Wstat: 256 (exited 1) Tests: 12 Failed: 1)',
        '  Failed test:  7',
        '  Non-zero exit status: 1',
        'Files=3, Tests=40,  2 wallclock secs ( 0.03 usr  0.01 sys +  1.20 cusr  0.10 csys =  1.34 CPU)',
        'Result: FAIL'
      )
    )
    const prove = fs.filter(f => f.tool === 'prove')
    expect(prove).toHaveLength(1)
    expect(prove[0]).toMatchObject({category: 'test_fail', file: 't/basic.t'})
    expect(prove[0].message).toContain('Failed test:  7')
  })

  it('reads a Dubious line alone as the file’s failure', () => {
    const fs = failuresOf(
      lines(
        't/basic.t .......... Dubious, test returned 1 (wstat 256, 0x100)',
        'Failed 1/12 subtests '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({tool: 'prove', category: 'test_fail', file: 't/basic.t'})
    expect(fs[0].message).toContain('Failed 1/12 subtests')
  })

  it('reads a test file that died as crashed, with what it died of', () => {
    const fs = failuresOf(
      lines(
        't/00-load.t ......... ok',
        'Undefined subroutine &FileMasker::sum called at t/masker.t line 21.',
        '# Looks like your test exited with 255 just after 3.',
        't/masker.t .......... Dubious, test returned 255 (wstat 65280, 0xff00)',
        'All 3 subtests passed '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      tool: 'prove',
      rule: 'prove.died',
      category: 'test_fail',
      file: 't/masker.t',
      line: 21
    })
    expect(fs[0].message).toContain('Undefined subroutine &FileMasker::sum')
  })

  it('reads a missing method (not a missing module) as the file crashing', () => {
    const text = lines(
      'Can\'t locate object method "new" via package "Test::Compile" at t/00-compile.t line 6.',
      't/00-compile.t ......',
      'Dubious, test returned 255 (wstat 65280, 0xff00)',
      'No subtests run'
    )
    const fs = failuresOf(text)
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({category: 'test_fail', file: 't/00-compile.t', line: 6})
    expect(verdict(text).category).toBe('test_fail')
  })

  it('reads a bail-out by its reason', () => {
    const fs = failuresOf(
      lines(
        't/00-load.t ....... ok',
        't/manifest.t ...... Bailout called.  Further testing stopped:  Cannot find a MANIFEST. Please check!',
        't/manifest.t ...... Dubious, test returned 255 (wstat 65280, 0xff00)',
        'Failed 1/1 subtests',
        'FAILED--Further testing stopped: Cannot find a MANIFEST. Please check!',
        'make: *** [Makefile:851: test_dynamic] Error 255'
      )
    )
    const prove = fs.filter(f => f.tool === 'prove')
    expect(prove).toHaveLength(1)
    expect(prove[0]).toMatchObject({category: 'test_fail', file: 't/manifest.t'})
    expect(prove[0].message).toBe('Further testing stopped: Cannot find a MANIFEST. Please check!')
  })

  it('locates a crash in the distribution’s own code from a CPAN build directory', () => {
    const fs = failuresOf(
      lines(
        't/orig.datecalc.date_date.t ...... Not an ARRAY reference at /home/u/.cpan/build/Date-Manip-6.11-9S1lry/blib/lib/Date/Manip/Date.pm line 1352.',
        't/orig.datecalc.date_date.t ...... Dubious, test returned 255 (wstat 65280, 0xff00)',
        'No subtests run '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      rule: 'prove.died',
      file: 'lib/Date/Manip/Date.pm',
      line: 1352,
      message: 'Not an ARRAY reference'
    })
  })

  it('reads a bad plan as the file crashing', () => {
    const fs = failuresOf(
      lines(
        'Test Summary Report',
        '-------------------',
        't/cli.t    (Wstat: 65280 Tests: 7 Failed: 0)',
        '  Non-zero exit status: 255',
        '  Parse errors: Bad plan.  You planned 9 tests but ran 7.',
        'Files=6, Tests=19,  9 wallclock secs ( 0.02 usr  0.01 sys +  8.76 cusr  0.37 csys =  9.16 CPU)',
        'Result: FAIL'
      )
    )
    const prove = fs.filter(f => f.tool === 'prove')
    expect(prove).toHaveLength(1)
    expect(prove[0]).toMatchObject({category: 'test_fail', file: 't/cli.t'})
    expect(prove[0].message).toContain('Bad plan.  You planned 9 tests but ran 7.')
  })

  it('reads a module missing from @INC as a missing dependency, not a test failure', () => {
    const text = lines(
      't/00-load.t .. ',
      "Can't locate Foo/Bar.pm in @INC (you may need to install the Foo::Bar module) (@INC contains: lib /usr/local/lib/perl5) at t/00-load.t line 3.",
      'BEGIN failed--compilation aborted at t/00-load.t line 3.',
      '# Looks like your test exited with 2 before it could output anything.',
      'Dubious, test returned 2 (wstat 512, 0x200)',
      'No subtests run ',
      '',
      'Test Summary Report',
      '-------------------',
      't/00-load.t (Wstat: 512 (exited 2) Tests: 0 Failed: 0)',
      '  Non-zero exit status: 2',
      '  Parse errors: No plan found in TAP output',
      'Result: FAIL'
    )
    const fs = failuresOf(text)
    expect(fs.filter(f => f.tool === 'perl' || f.tool === 'prove')).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      category: 'dependency_missing',
      rule: 'perl.module-missing',
      file: 't/00-load.t',
      line: 3
    })
    expect(fs[0].message).toContain('Foo::Bar')
    expect(verdict(text).category).toBe('dependency_missing')
  })
})

describe('TAP::Harness over other suites', () => {
  it('leaves a plain `not ok` to the TAP reader, without the file’s verdict beside it', () => {
    const fs = failuresOf(
      lines(
        't0001-init.sh .. ok',
        't0002-basic.sh .. ',
        'ok 1 - setup',
        'not ok 2 - commit records the author',
        '#\t',
        '#\t\tgit commit -m one &&',
        '#\t\ttest_cmp expect actual',
        '#\t',
        '# failed 1 among 2 test(s)',
        '1..2',
        'Dubious, test returned 1 (wstat 256, 0x100)',
        'Failed 1/2 subtests '
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({tool: 'tap', test: 'commit records the author'})
  })
})

describe('near misses', () => {
  it('finds nothing in a passing prove run', () => {
    const fs = failuresOf(
      lines(
        't/basic.t .. ',
        'ok 1 - x',
        'ok 2 - parses the header',
        '1..2',
        'ok',
        't/util.t ... ok',
        'All tests successful.',
        'Files=2, Tests=14,  0 wallclock secs ( 0.02 usr  0.00 sys +  0.09 cusr  0.01 csys =  0.12 CPU)',
        'Result: PASS'
      )
    )
    expect(fs).toEqual([])
  })

  it('reads a quoted or indented paste', () => {
    const block = [
      "#   Failed test 'parses the header'",
      '#   at t/basic.t line 42.',
      "#          got: 'a'",
      "#     expected: 'b'",
      '# Looks like you failed 1 test of 12.'
    ]
    for (const prefix of ['> ', '    ']) {
      const fs = failuresOf(block.map(l => prefix + l).join('\n'))
      expect(fs).toHaveLength(1)
      expect(fs[0]).toMatchObject({test: 'parses the header', file: 't/basic.t', line: 42})
      expect(fs[0].message).toContain("got: 'a'")
    }
  })

  it('is no failure for a TODO test that failed', () => {
    const fs = failuresOf(
      lines(
        't/todo.t .. ',
        'ok 1 - x',
        'not ok 2 - y # TODO not done',
        "#   Failed (TODO) test 'y'",
        '#   at t/todo.t line 5.',
        '1..2',
        'ok',
        'All tests successful.',
        'Result: PASS'
      )
    )
    expect(fs).toEqual([])
    // the TAP directive alone (node:test, bats) says the same: TODO reverses a test (not SKIP)
    expect(failuresOf(lines('not ok 3 - x # TODO not done', '1..3'))).toEqual([])
  })

  it('keeps the fingerprint when the test moves to another line or gets another value', () => {
    const at = (line: number, got: string, name = 'parses the header'): string =>
      failuresOf(
        lines(
          `#   Failed test '${name}'`,
          `#   at t/basic.t line ${line}.`,
          `#          got: '${got}'`,
          "#     expected: '160'"
        )
      )[0].fingerprint
    expect(at(42, '159')).toBe(at(57, '158'))
    expect(at(42, '159')).not.toBe(at(42, '159', 'parses the footer'))
  })
})
