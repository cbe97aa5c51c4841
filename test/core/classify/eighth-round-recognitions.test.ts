// Recognitions of the eighth round (issue #11), written in general vocabulary so they read the
// next tool's words too: transport failures in the words of HTTP clients and TLS libraries,
// downloads cut short or corrupt in a package cache, a script piped from a server's error page,
// a service's cut-off answer, APIs a runtime or package removed, versions a setup step cannot
// get, CI configs the service refuses, a Flutter package resolved with a standalone Dart,
// ESLint rules a plugin no longer defines, a harness's passed/failed tally, rspec quoted in
// prose, and git's generic remote line after a broken connection. The examples are written for
// these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

const ruleOf = (text: string): [string, string | undefined] => {
  const v = verdict(text)
  return [v.category, v.failures[0]?.rule]
}
const categoryOf = (text: string): string => verdict(text).category

describe('transport failures in general words', () => {
  it.each([
    'error: RPC failed; curl 18 transfer closed; OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 104',
    'fatal: unable to access https://example.org/a.git/: gnutls_handshake() failed: The TLS connection was non-properly terminated.',
    'error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)',
    'Error response from daemon: Get "https://registry.example.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    'go: example.com/mod@v1.2.0: Get "https://proxy.golang.org/example.com/mod/@v/v1.2.0.zip": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: no such host',
    '[ERROR] Failed to execute goal: Could not transfer artifact a:b:jar:1.0 from/to central: java.net.SocketTimeoutException: Read timed out',
    "pip._vendor.urllib3.exceptions.ProtocolError: ('Connection broken: IncompleteRead(4096 bytes read, 1024 more expected)', IncompleteRead(4096 bytes read))",
    "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
    'npm ERR! network This is a problem related to network connectivity.',
    'Error: Client network socket disconnected before secure TLS connection was established',
    'curl: (28) Operation timed out after 300000 milliseconds with 0 out of 0 bytes received',
    'error: upstream connect error or disconnect/reset before headers. reset reason: connection termination',
    'error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502'
  ])('reads %s as a rerun', line => {
    expect(categoryOf(line)).toBe('transient')
  })

  it("keeps a reset from the test's own local server out of it", () => {
    const [, rule] = ruleOf(
      'FAIL: TestServer: read tcp 127.0.0.1:51234->127.0.0.1:8080: read: connection reset by peer'
    )
    expect(rule).not.toBe('network.transport')
  })

  it('makes a dependency that a broken connection kept away a rerun', () => {
    expect(
      ruleOf(
        [
          '[ERROR] Plugin org.example:plugin:1.0 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.example:plugin:jar:1.0',
          '[ERROR] [FATAL] Non-parseable POM /home/ci/.m2/repository/org/example/plugin/1.0/plugin-1.0.pom: unexpected markup <!d (position: START_DOCUMENT seen <!d... @1:4) @ line 1, column 4'
        ].join('\n')
      )
    ).toEqual(['transient', 'network.corrupt-download'])
  })

  it('reads a jar cut short in the Gradle cache as a rerun', () => {
    expect(
      categoryOf(
        'error: error reading /home/ci/.gradle/caches/modules-2/files-2.1/a/b/1.0/x/b-1.0.jar; zip END header not found'
      )
    ).toBe('transient')
  })
})

describe('a script piped from a server that answered with something else', () => {
  it('reads an HTML page run by the shell as a rerun', () => {
    expect(
      ruleOf(
        [
          '$ curl -fsSL https://get.example.dev/install.sh | bash',
          "bash: line 1: syntax error near unexpected token `newline'",
          "bash: line 1: `<!DOCTYPE html>'",
          'The command "curl -fsSL https://get.example.dev/install.sh | bash" failed and exited with 2'
        ].join('\n')
      )
    ).toEqual(['transient', 'network.error-page'])
  })

  it('reads an installer cut short and parsed from stdin as a rerun', () => {
    expect(
      ruleOf(
        [
          '$ curl -s https://get.example.org/installer | php',
          'PHP Parse error:  syntax error, unexpected end of file in - on line 911'
        ].join('\n')
      )
    ).toEqual(['transient', 'network.error-page'])
  })

  it("keeps a syntax error in the project's own script a compile error", () => {
    expect(
      categoryOf(
        [
          '$ curl -fsSL https://get.example.dev/install.sh | bash',
          'installed tool 1.2.3',
          '$ bash scripts/build.sh',
          "scripts/build.sh: line 12: syntax error near unexpected token `fi'",
          'Error: Process completed with exit code 2.'
        ].join('\n')
      )
    ).not.toBe('transient')
  })
})

describe("a service's broken answer", () => {
  it('reads a cut-off JSON body and a failed audit endpoint as a rerun', () => {
    expect(
      categoryOf(
        'Error: HttpError: invalid json response body at https://api.example.com/deployments reason: Unexpected end of JSON input'
      )
    ).toBe('transient')
    expect(categoryOf("Error: 'npm audit' failed with ENOAUDIT. Check the log above.")).toBe(
      'transient'
    )
  })

  it("lets a network failure before git's generic remote line decide", () => {
    expect(
      categoryOf(
        [
          "fatal: unable to access 'https://github.com/o/r.git/': Failed to connect to github.com port 443: Connection timed out",
          'fatal: Could not read from remote repository.',
          '',
          'Please make sure you have the correct access rights'
        ].join('\n')
      )
    ).toBe('transient')
    expect(
      categoryOf(
        [
          'git@github.com: Permission denied (publickey).',
          'fatal: Could not read from remote repository.'
        ].join('\n')
      )
    ).toBe('orchestration_error')
  })
})

describe('APIs a runtime, package or service removed', () => {
  it.each([
    'Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/pkg/index.js from /app/src/a.js not supported.',
    'Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath \'./lib/util\' is not defined by "exports" in /app/node_modules/pkg/package.json',
    'Error: error:0308010C:digital envelope routines::unsupported',
    'error in pkg setup command: use_2to3 is invalid.',
    'PHP Fatal error:  Uncaught Error: Call to undefined function each() in /app/lib/a.php:12',
    "ModuleNotFoundError: No module named 'distutils'",
    "NoMethodError: undefined method `exists?' for File:Class",
    'Could not find method compile() for arguments [org.example:lib:1.0] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.',
    "Error: Unable to process command '::set-env name=A::b' successfully. Error: The `set-env` command is disabled.",
    'Error: the --legacy flag was removed in version 3 of the tool'
  ])('reads %s as a contract violation', line => {
    expect(categoryOf(line)).toBe('contract_violation')
  })

  it('leaves a deprecation warning alone', () => {
    const [, rule] = ruleOf(
      'Warning: error output of --legacy is deprecated and is no longer supported in the next major'
    )
    expect(rule).not.toBe('api.removed')
  })
})

describe('versions a setup step or installer cannot get', () => {
  it.each([
    "Error: The version '3.4' with architecture 'x64' was not found for Ubuntu 24.04.",
    "Error: Unable to find Node version '13.99.0' for platform linux and architecture x64.",
    "Error: Could not find satisfied version for SemVer '25.7'.",
    "error: component 'clippy' for target 'x86_64-unknown-linux-gnu' is unavailable for download for channel 'nightly-2099-01-01'",
    'python-build: definition not found: 3.99.0',
    'PackagesNotFoundError: The following packages are not available from current channels:',
    'Error: No available formula with the name "nosuchformula".',
    'Exception in thread "main" java.io.FileNotFoundException: https://example.org/releases/tool.properties',
    'curl: (22) The requested URL returned error: 404'
  ])('reads %s as a missing dependency', line => {
    expect(categoryOf(line)).toBe('dependency_missing')
  })
})

describe('CI configs and commands the service refuses', () => {
  it.each([
    'Error: This GitLab CI configuration is invalid: jobs config should contain at least one visible job',
    'ERROR IN CONFIG FILE: [#/jobs/build] 0 subschemas matched instead of one',
    "/azure-pipelines.yml (Line: 12, Col: 5): Unexpected value 'stepz'"
  ])('reads %s as orchestration', line => {
    expect(categoryOf(line)).toBe('orchestration_error')
  })

  it("reads pub from a standalone Dart on a Flutter package as the workflow's error", () => {
    expect(
      ruleOf(
        [
          'Resolving dependencies...',
          'Because app requires the Flutter SDK, version solving failed.',
          '',
          'Flutter users should use `flutter pub` instead of `dart pub`.'
        ].join('\n')
      )
    ).toEqual(['orchestration_error', 'dart.flutter-sdk-required'])
  })
})

describe('tool and test vocabulary', () => {
  it('reads a rule the ESLint plugin no longer defines as a contract violation', () => {
    expect(
      categoryOf(
        "  1:1  error  Definition for rule 'plugin/old-rule' was not found  plugin/old-rule"
      )
    ).toBe('contract_violation')
  })

  it("reads a harness's tally with failures as a test failure", () => {
    expect(
      categoryOf(
        [
          'suite: ....F...  41/43 tests passed, 1 skipped, 1 failed.',
          'make: *** [test] Error 1'
        ].join('\n')
      )
    ).toBe('test_fail')
  })

  it('reads rspec quoted after a few words as a failing example', () => {
    expect(categoryOf('nightly CI is failing: Failure/Error: expect(out).to eq("1 : a\\n")')).toBe(
      'test_fail'
    )
  })
})
