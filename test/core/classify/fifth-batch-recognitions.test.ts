// Recognitions added after scoring the fifth batch of the real corpus's dev split (issue #11),
// a batch sampled the way failures occur in the wild rather than aimed at weak classes: the
// workflow file itself invalid, a build context without its Dockerfile, npm crashing itself,
// JUnit's per-test timeout in surefire's summary, pytest's progress line, programs a job runs
// that are not installed (dash, GHC, distutils), a Go tree that needs a newer Go, xcodebuild's
// and Bundler's resolution errors, NuGet's NU1100 text without its code, and a repository's own
// `tests` package that does not import; also CocoaPods too old for its specs repository and hex's
// registry process timing out. The examples are written for these tests, in the
// tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

const categoryOf = (text: string): string => verdict(text).category

describe('the workflow and the build context', () => {
  it('reads an error GitHub Actions reports against the workflow file as configuration', () => {
    const v = verdict(
      [
        'Lint',
        "Error when evaluating 'runs-on' for job 'lint'. .github/workflows/lint.yaml (Line: 12, Col: 14): Unexpected value ''"
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['orchestration_error', 'root.orchestration'])
    expect(
      categoryOf(
        "The workflow is not valid. .github/workflows/release.yml (Line: 30, Col: 9): Unrecognized named-value: 'secret'"
      )
    ).toBe('orchestration_error')
  })

  it('reads a build context without its Dockerfile as configuration', () => {
    expect(
      categoryOf(
        'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory'
      )
    ).toBe('orchestration_error')
    expect(
      categoryOf(
        'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/runner/work/app/app/docker/Dockerfile: no such file or directory'
      )
    ).toBe('orchestration_error')
  })

  it('does not take a Dockerfile instruction that failed for a configuration problem', () => {
    expect(
      categoryOf(
        'ERROR: failed to solve: process "/bin/sh -c make build" did not complete successfully: exit code: 2'
      )
    ).not.toBe('orchestration_error')
  })
})

describe('tools crashing, missing or too old', () => {
  it("reads npm's own crash as transient", () => {
    const v = verdict(
      [
        'npm error Exit handler never called!',
        'npm error This is an error with npm itself. Please report this error at:',
        'npm error   <https://github.com/npm/cli/issues>'
      ].join('\n')
    )
    expect(v.category).toBe('transient')
  })

  it('reads programs the job runs that are not installed as a missing dependency', () => {
    expect(
      categoryOf(['> app@1.0.0 lint', '> eslint .', '', 'sh: 1: eslint: not found'].join('\n'))
    ).toBe('dependency_missing')
    expect(categoryOf('/bin/sh: 1: arm-none-eabi-gcc: not found')).toBe('dependency_missing')
    expect(categoryOf('ghc: could not execute: hspec-discover')).toBe('dependency_missing')
    expect(
      categoryOf(
        [
          "    unable to execute 'gcc': No such file or directory",
          "    error: command 'gcc' failed with exit status 1"
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it('does not take a compiler flag the shell ran as a program', () => {
    const v = verdict(
      [
        '/bin/sh: 1: -Wall: not found',
        'c++: error: Release: No such file or directory',
        'c++: fatal error: no input files'
      ].join('\n')
    )
    expect(v.category).toBe('compile_error')
  })

  it('reads a missing program after a failed download as the network failure it follows', () => {
    const v = verdict(
      [
        'npm error code ECONNRESET',
        'npm error network request to https://registry.npmjs.org/jest failed, reason: read ECONNRESET',
        '> app@1.0.0 test',
        '> jest',
        'sh: 1: jest: not found'
      ].join('\n')
    )
    expect(v.category).toBe('transient')
  })

  it('reads a Go source tree that needs a newer Go as a missing dependency', () => {
    expect(
      categoryOf(
        [
          'Building Go cmd/dist using /usr/local/go. (go1.21.0 linux/amd64)',
          'found packages main (build.go) and building_Go_requires_Go_1_22_6_or_later (notgo122.go) in /src/go/src/cmd/dist'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })
})

describe('resolution errors in more wordings', () => {
  it("reads xcodebuild's words for a package graph it cannot resolve", () => {
    expect(
      categoryOf(
        [
          'Resolve Package Graph',
          "the package at '/Users/runner/work/app/shared' cannot be accessed (The folder “shared” doesn’t exist.)",
          'xcodebuild: error: Could not resolve package dependencies:'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it('reads a git revision a Gemfile pins that the repository does not have', () => {
    expect(
      categoryOf(
        [
          'Revision 0123456789abcdef0123456789abcdef01234567 does not exist in the',
          'repository https://github.com/example/forked-gem. Maybe you misspelled',
          'it?'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it('reads a CocoaPods too old for its specs repository as a missing dependency', () => {
    expect(
      categoryOf('[!] The `master` repo requires CocoaPods 1.0.0 -  (currently using 0.39.0)')
    ).toBe('dependency_missing')
  })

  it("reads hex's registry process timing out while resolving as a registry problem", () => {
    const v = verdict(
      [
        '** (exit) exited in: GenServer.call(Hex.Registry.Server, {:versions, "hexpm", "ecto"}, 60000)',
        '    ** (EXIT) time out',
        '    (elixir) lib/gen_server.ex:737: GenServer.call/3'
      ].join('\n')
    )
    expect(v.category).toBe('transient')
    expect(
      categoryOf(
        [
          '** (exit) exited in: GenServer.call(Hex.Registry.Server, {:versions, "hexpm", "ecto"}, 60000)',
          '    ** (EXIT) no process: the process is not alive'
        ].join('\n')
      )
    ).not.toBe('transient')
  })

  it("reads NuGet's unresolved package without its NU1100 code", () => {
    expect(
      categoryOf(
        'EXEC : error : Unable to resolve Contoso.Runtime (>= 2.1.0-beta-001) for .NETCoreApp,Version=v2.1 (linux-x64). [/build/src/app.proj]'
      )
    ).toBe('dependency_missing')
  })
})

describe('tests', () => {
  it("reads JUnit's per-test timeout in surefire's summary as a timeout", () => {
    const v = verdict(
      [
        '[ERROR] Errors: ',
        '[ERROR]   OrderServiceTest.placesOrder:88 » TestTimedOut test timed out after 5000 milliseconds',
        '[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0'
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['timeout', 'root.timeout'])
  })

  it('leaves a timed-out attempt that passed on its rerun to the flake evidence', () => {
    const v = verdict(
      [
        '[WARNING] Flakes: ',
        '[WARNING] OrderServiceTest.placesOrder',
        '[ERROR]   Run 1: OrderServiceTest.placesOrder:88 » TestTimedOut test timed out after 5000 milliseconds',
        '[INFO]   Run 2: PASS',
        '[WARNING] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1'
      ].join('\n')
    )
    expect(v.category).toBe('transient')
  })

  it("reads pytest's progress line with a failure as a test failure", () => {
    expect(
      categoryOf(
        [
          'collected 9 items',
          '',
          'tests/test_client.py ......F.E                                       [100%]'
        ].join('\n')
      )
    ).toBe('test_fail')
    expect(
      categoryOf(['collected 3 items', '', 'tests/test_client.py ...   [100%]'].join('\n'))
    ).toBe('unknown')
  })

  it("reads the repository's own tests package failing to import as the project's code", () => {
    const v = verdict(
      [
        '______________ ERROR collecting tests/unit/test_orders.py ______________',
        'tests/unit/test_orders.py:3: in <module>',
        '    from tests.helpers import make_order',
        "E   ModuleNotFoundError: No module named 'tests'"
      ].join('\n')
    )
    expect(v.category).toBe('compile_error')
    expect(categoryOf("E   ModuleNotFoundError: No module named 'requests'")).toBe(
      'dependency_missing'
    )
  })
})
