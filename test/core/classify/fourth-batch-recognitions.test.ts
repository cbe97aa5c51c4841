// Recognitions added after scoring the fourth batch of the real corpus's dev split (issue #11):
// platform and registry trouble in more wordings (HttpClient's status line, hex, urllib3,
// runner provisioning, billing), resolution failures of ecosystems the classifier did not
// know (cabal, stack, GHC, Nix, SwiftPM, CocoaPods, the Dart analyzer), and contract breaks
// that show as a compile error inside a package (a tsc error in node_modules, a Dart error in
// the pub cache, a PHP fatal error under vendor/, a rustc error on another crate's type). The
// examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

const categoryOf = (text: string): string => verdict(text).category

describe('network, registry and platform trouble', () => {
  it("reads HttpClient's status line for a 5xx as a server error", () => {
    const v = verdict(
      [
        'Download action repository actions/setup-node@v4',
        "##[warning]Failed to download action 'https://api.github.com/repos/actions/setup-node/tarball/v4'. Error: Response status code does not indicate success: 502 (Bad Gateway).",
        '##[error]Response status code does not indicate success: 502 (Bad Gateway).'
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['transient', 'root.network-flake'])
  })

  it('reads urllib3 giving up on a connection as a network error', () => {
    expect(
      categoryOf(
        "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/ab/numpy.whl (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object>: Failed to establish a new connection'))"
      )
    ).toBe('transient')
  })

  it("reads hex's request timeouts, and the missing package they cause, as a registry problem", () => {
    const v = verdict(
      [
        '* Getting jason (Hex package)',
        'Request failed (:timeout)',
        '** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/jason-1.4.1.tar)'
      ].join('\n')
    )
    expect([v.category, v.rule]).toEqual(['transient', 'root.network-during-install'])
    expect(
      categoryOf(
        [
          'Failed to fetch record for plug from registry (using cache instead)',
          ':timeout',
          '** (Mix) No package with name plug (from: mix.exs) in registry'
        ].join('\n')
      )
    ).toBe('transient')
  })

  it('reads a runner that could not be provisioned as transient, a billing block as configuration', () => {
    expect(
      categoryOf('An error occurred while provisioning resources (Error Type: Failure).')
    ).toBe('transient')
    expect(
      categoryOf(
        "The job was not started because recent account payments have failed or your spending limit needs to be increased. Please check the 'Billing & plans' section in your settings"
      )
    ).toBe('orchestration_error')
  })
})

describe('resolution failures of more ecosystems', () => {
  it('reads cabal, stack and GHC', () => {
    expect(
      categoryOf(
        'Resolving dependencies...\nError: cabal: Could not resolve dependencies:\n[__0] trying: demo-0.1 (user goal)'
      )
    ).toBe('dependency_missing')
    expect(categoryOf('Error: [S-4804]\n       Stack failed to construct a build plan.')).toBe(
      'dependency_missing'
    )
    const ghc = [
      'src/Main.hs:5:1: error:',
      '    Could not find module ‘Data.Aeson’',
      '    Use -v (or `:set -v` in ghci) to see a list of the files searched for.'
    ]
    expect(categoryOf(ghc.join('\n'))).toBe('dependency_missing')
    const own = ['src/Main.hs:6:1: error:', '    Could not find module ‘Helpers’']
    expect(categoryOf(own.join('\n'))).toBe('compile_error')
    expect(
      categoryOf(
        'Setup.hs:18:31: error:\n    Module ‘Distribution.Simple.Utils’ does not export ‘rawSystemExit’'
      )
    ).toBe('contract_violation')
  })

  it("reads Nix's fixed-output hash mismatch, SwiftPM and CocoaPods", () => {
    expect(
      categoryOf(
        "error: hash mismatch in fixed-output derivation '/nix/store/abc-source.drv':\n         specified: sha256-AAA=\n            got:    sha256-BBB="
      )
    ).toBe('dependency_missing')
    expect(
      categoryOf(
        'error: the package https://github.com/example/Kit @ 1.2.0 contains revisioned dependencies:\n    https://github.com/example/Core.git @ main'
      )
    ).toBe('dependency_missing')
    expect(
      categoryOf(
        '[!] CocoaPods could not find compatible versions for pod "Charts":\n  In Podfile:\n    Charts (~> 9.0)'
      )
    ).toBe('dependency_missing')
  })

  it('reads an unresolved package import in Dart, and a bare "No module named"', () => {
    expect(
      categoryOf(
        "  error • Target of URI doesn't exist: 'package:http/http.dart' • lib/api.dart:3:8 • uri_does_not_exist"
      )
    ).toBe('dependency_missing')
    expect(categoryOf('/usr/bin/python3: No module named pytest')).toBe('dependency_missing')
  })

  it('reads a Maven coordinate pasted as inline code', () => {
    expect(categoryOf('The build failed with `Could not find com.example:widgets:2.1.0}.`')).toBe(
      'dependency_missing'
    )
  })
})

describe('compile errors that are a package not fitting', () => {
  it('reads a tsc error inside an installed package’s declarations as a contract break', () => {
    const v = verdict(
      "node_modules/@types/express-serve-static-core/index.d.ts(12,10): error TS2305: Module '\"./router\"' has no exported member 'Params'."
    )
    expect([v.category, v.rule]).toEqual(['contract_violation', 'root.contract'])
    expect(
      categoryOf(
        "src/app.ts(3,10): error TS2322: Type 'string' is not assignable to type 'number'."
      )
    ).toBe('compile_error')
  })

  it('reads a Dart front-end error in the pub cache as a contract break, in lib/ as a compile error', () => {
    expect(
      categoryOf(
        "../../.pub-cache/hosted/pub.dev/fancy_button-2.0.0/lib/fancy_button.dart:40:12: Error: The method 'FlatButton' isn't defined for the class '_FancyState'."
      )
    ).toBe('contract_violation')
    expect(
      categoryOf(
        "lib/main.dart:12:5: Error: The getter 'titel' isn't defined for the class 'HomePage'."
      )
    ).toBe('compile_error')
  })

  it('reads a PHP fatal error raised under vendor/ as a contract break', () => {
    expect(
      categoryOf(
        'PHP Fatal error:  Uncaught Error: Call to undefined method PHPUnit\\Runner\\Version::series() in /app/vendor/acme/phpunit-bridge/src/Listener.php:31'
      )
    ).toBe('contract_violation')
  })

  it('reads a missing method on a type rustc names by another crate’s path as a contract break', () => {
    const v = verdict(
      [
        'error[E0599]: no method named `as_millis_u64` found for struct `fastclock::Instant` in the current scope',
        '  --> src/timer.rs:18:20',
        '   |',
        '18 |         self.start.as_millis_u64()',
        '   |                    ^^^^^^^^^^^^^ method not found in `Instant`'
      ].join('\n')
    )
    expect(v.category).toBe('contract_violation')
    expect(
      categoryOf(
        [
          'error[E0599]: no method named `nam` found for struct `Config` in the current scope',
          '  --> src/main.rs:9:12'
        ].join('\n')
      )
    ).toBe('compile_error')
  })
})
