// Recognitions added after scoring the seventh batch of the real corpus's dev split (issue #11),
// sampled the way failures occur in the wild: npm crashing or racing itself while it installs,
// GitHub's cache service and Bazel's remote cache failing, setup-php's outage summary, Travis
// and install-jdk.sh without the language version asked for, a download that is gone, pip's
// and Docker's older words for a missing package or image, an artifact client used outside an
// action, an action's entry point missing, Nix without a feature the flake needs, an iOS
// simulator that did not boot in time, and golangci-lint on code that does not type-check.
// The examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

const categoryOf = (text: string): string => verdict(text).category

describe('npm failing by itself while it installs', () => {
  it("reads npm 6's `cb() never called` as a rerun", () => {
    const v = verdict(
      [
        'npm ERR! cb() never called!',
        '',
        'npm ERR! This is an error with npm itself. Please report this error at:',
        'npm ERR!     <https://npm.community>'
      ].join('\n')
    )
    expect([v.category, v.failures[0]?.rule]).toEqual(['transient', 'npm.exit-handler'])
  })

  it('reads an ENOENT for a file npm was extracting into node_modules as a rerun', () => {
    const v = verdict(
      [
        'npm ERR! code ENOENT',
        'npm ERR! syscall open',
        'npm ERR! path /home/runner/work/app/app/node_modules/a/node_modules/b/package.json',
        'npm ERR! errno -2',
        "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/node_modules/a/node_modules/b/package.json'",
        'npm ERR! enoent This is related to npm not being able to find a file.'
      ].join('\n')
    )
    expect(v.category).toBe('transient')
    expect(v.failures.map(f => f.rule)).not.toContain('npm.resolve')
  })

  it('keeps an ENOENT for a file of the project itself a dependency problem', () => {
    expect(
      categoryOf(
        [
          'npm ERR! code ENOENT',
          'npm ERR! syscall open',
          'npm ERR! path /home/runner/work/app/app/package.json',
          "npm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/app/app/package.json'"
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })
})

describe("services of the run's surroundings that failed for a while", () => {
  it("reads GitHub's cache backend errors as a rerun", () => {
    expect(
      categoryOf(
        [
          'Run actions/cache@v4',
          'Warning: An internal error has occurred in cache backend. Please check https://www.githubstatus.com/ for any ongoing issue in actions.'
        ].join('\n')
      )
    ).toBe('transient')
  })

  it("reads Bazel's evicted remote-cache blobs as a rerun", () => {
    expect(
      categoryOf(
        'ERROR: /w/BUILD.bazel:3:11: GoCompilePkg lib.a failed: Failed to fetch blobs because they do not exist remotely.: Missing digest: 0123abcd/1024 for bazel-out/k8-opt/bin/lib.x'
      )
    ).toBe('transient')
  })

  it("reads setup-php's own failure summary as a rerun, only when nothing else is found", () => {
    const v = verdict(
      [
        '==> Setup PHP',
        '✗ PHP Could not setup PHP 8.2',
        "Error: The process '/usr/bin/bash' failed with exit code 1"
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['transient', 'root.hint'])
  })
})

describe('a toolchain, package or file that is not there', () => {
  it("reads Travis's missing language archive as a missing dependency, not as credentials", () => {
    expect(
      categoryOf(
        [
          'Downloading archive: https://storage.example.com/python/binaries/ubuntu/14.04/x86_64/python-3.7.tar.bz2',
          '$ curl -sSf -o python-3.7.tar.bz2 ${archive_url}',
          'curl: (22) The requested URL returned error: 403 Forbidden',
          'Unable to download 3.7 archive. The archive may not exist. Please consider a different version.'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it("reads install-jdk.sh's feature-release range as a JDK that is not available", () => {
    expect(
      categoryOf(
        [
          'install-jdk.sh 2019-07-17',
          'Expected feature release number in range of 9 to 14, but got: 8',
          'The command "~/bin/install-jdk.sh --feature "8"" failed and exited with 3 during .'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it("reads wget's 404 as a download that is gone", () => {
    expect(
      categoryOf(
        [
          'HTTP request sent, awaiting response... 404 Not Found',
          '2017-10-18 01:40:50 ERROR 404: Not Found.'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it("reads pip's words before version 7 for a requirement nothing satisfies", () => {
    expect(
      categoryOf(
        [
          'Collecting oldpkg',
          '  Could not find any downloads that satisfy the requirement oldpkg',
          '  No distributions at all found for oldpkg',
          'The command "pip install oldpkg" failed and exited with 1 during .'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it("reads the old Docker client's missing image, and not docker info's cgroup warnings as memory", () => {
    expect(
      categoryOf(
        [
          'WARNING: No memory limit support',
          'WARNING: No swap limit support',
          "Unable to find image 'someone/builder:latest' locally",
          'FATA[0000] Error: image someone/builder:latest not found'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })
})

describe('the workflow and the job configuration', () => {
  it('reads the artifact toolkit used from a run: script as configuration', () => {
    expect(categoryOf('Error: Unable to get the ACTIONS_RUNTIME_TOKEN env variable')).toBe(
      'orchestration_error'
    )
  })

  it("reads an action's missing entry point as configuration", () => {
    expect(
      categoryOf(
        [
          'Run someorg/actions@v1.0.0',
          "##[error]File not found: 'd:\\a\\_actions\\someorg\\actions\\v1.0.0\\dist/github/setup/index.js'"
        ].join('\n')
      )
    ).toBe('orchestration_error')
  })

  it('reads a Nix feature the job did not enable as configuration', () => {
    expect(
      categoryOf(
        "error: experimental Nix feature 'ca-derivations' is disabled; add '--extra-experimental-features ca-derivations' to enable it"
      )
    ).toBe('orchestration_error')
  })
})

describe('limits and the code itself', () => {
  it('reads an iOS simulator that did not boot in time as a timeout', () => {
    expect(
      categoryOf(
        [
          'Testing failed:',
          '\tTest target AppTests encountered an error (Timed out waiting 120 seconds for simulator to boot, current state is 1.)',
          '** TEST FAILED **'
        ].join('\n')
      )
    ).toBe('timeout')
  })

  it('reads golangci-lint skipping analysis of a package that does not type-check as a compile error', () => {
    expect(
      categoryOf(
        'level=error msg="Running error: buildir: analysis skipped: errors in package: [/w/app.go:12:3: undefinedName not declared by package context]"'
      )
    ).toBe('compile_error')
  })
})
