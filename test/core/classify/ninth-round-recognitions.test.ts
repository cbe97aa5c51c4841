// Recognitions of the ninth round (issue #11), written from dev half A's misses in general
// vocabulary: MSBuild's "install the toolset" errors and CMake finding no compiler are a missing
// dependency of the image, a registry's "token expired or revoked" is the workflow's secret, not
// a missing package, the CI setup's own errors, toolchains older than a package asks for, Travis's
// exit 137, and a link's words never vetoing a match. (A cancel after minutes of silence:
// cancel-silence.test.ts.) The examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {scanText} from '../../../src/core/classify/scanner.js'
import {verdict} from './helpers.js'

describe('an image without the toolset a project targets', () => {
  it.each([
    String.raw`C:\Program Files\Microsoft Visual Studio\2022\Enterprise\MSBuild\Microsoft\VC\v170\Microsoft.CppBuild.targets(456,5): error MSB8020: The build tools for Visual Studio 2019 (Platform Toolset = 'v142') cannot be found. To build using the v142 build tools, please install Visual Studio 2019 build tools. [D:\a\app\app\native\core.vcxproj]`,
    String.raw`C:\Program Files\Microsoft Visual Studio\2022\Enterprise\MSBuild\Microsoft\VC\v170\Microsoft.Cpp.WindowsSDK.targets(46,5): error MSB8036: The Windows SDK version 10.0.17763.0 was not found. Install the required version of Windows SDK or change the SDK version in the project property pages. [D:\a\app\app\native\core.vcxproj]`
  ])('%s', line => {
    const v = verdict(line)
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('dotnet.toolset-missing')
  })

  it('keeps other MSBuild errors in a .targets file a compile error', () => {
    const v = verdict(
      String.raw`C:\repo\build\Custom.targets(12,5): error MSB4018: The "GenerateResource" task failed unexpectedly. [C:\repo\src\App.csproj]`
    )
    expect(v.category).toBe('compile_error')
  })
})

describe('a compiler the image does not have', () => {
  it.each([
    [
      'CMake Error at CMakeLists.txt:4 (project):',
      '  Generator "Visual Studio 16 2019" could not find any instance of Visual Studio.'
    ],
    [
      '-- The C compiler identification is unknown',
      'Could not find the compiler specified in the environment variable CC: clang-19.'
    ],
    ['CMake Error at CMakeLists.txt:2 (project):', '  No CMAKE_CXX_COMPILER could be found.']
  ])('%s %s', (...lines) => {
    expect(verdict(lines.join('\n')).category).toBe('dependency_missing')
  })
})

describe('the repository’s or the CI config’s own setup', () => {
  it.each([
    "fatal: No url found for submodule path 'vendor/protocol' in .gitmodules",
    "fatal: no submodule mapping found in .gitmodules for path 'third_party/zlib'",
    'The build phase is set to "MSBuild" mode (default), but no Visual Studio project or solution files were found in the root directory. If you are not building Visual Studio project switch build mode to "Script" and provide your custom build command.',
    'xcodebuild: error: Failed to build project Atlas with scheme Atlas.\n    Reason: A build only device cannot be used to run this target.'
  ])('%s', text => {
    expect(verdict(text).category).toBe('orchestration_error')
  })
})

describe('a publish token that expired', () => {
  it('is the workflow’s secret, not a package the registry lacks', () => {
    const v = verdict(
      [
        'npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access',
        'npm notice Access token expired or revoked. Please try logging in again.',
        'npm error code E404',
        'npm error 404 Not Found - PUT https://registry.npmjs.org/@octo%2fwidgets - Not found'
      ].join('\n')
    )
    expect(v.category).toBe('orchestration_error')
  })
})

describe('a toolchain older than a package or module asks for', () => {
  it.each([
    'ERROR:  Error installing rails:\n\tzeitwerk requires Ruby version >= 3.1. The current ruby version is 2.7.8.225.',
    'go: errors parsing go.mod:\n note: module requires Go 1.22',
    "error: toolchain 'nightly-2019-01-01-x86_64-unknown-linux-gnu' does not have the binary `rustfmt`",
    'Error in loadNamespace(x) : there is no package called ‘devtools’'
  ])('%s', text => {
    const v = verdict(text)
    expect(v.category).toBe('dependency_missing')
    expect(v.failures[0].rule).toBe('toolchain.too-old')
  })
})

describe('Travis: a command killed with 137', () => {
  it('is the memory limit, and the line is an exit code', () => {
    const v = verdict('The command "./gradlew check" exited with 137.')
    expect(v.category).toBe('resource_exhausted')
    expect(scanText('The command "bundle exec rake" exited with 1.\n').signals.exitCodes).toEqual([
      1
    ])
  })
})

describe('a link’s words', () => {
  it('never veto a match: a changelog URL about a deprecation is no deprecation warning', () => {
    const v = verdict(
      'Error: The `add-path` command is disabled. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'
    )
    expect(v.category).toBe('contract_violation')
  })
})

describe('versions a toolchain setup or a solver cannot give', () => {
  it.each([
    "Switching Xcode to version '15.0'...\n##[error]Could not find Xcode version that satisfied version spec: '15.0'",
    '> rejecting: base-4.19.1.0/installed-4.19.1.0 (conflict: lens => base>=4.9 && <4.19)',
    '[__1] rejecting: aeson-2.2.1.0 (conflict: text==1.2.5.0/installed-1.2.5.0, aeson => text>=2.0)'
  ])('%s', text => {
    expect(verdict(text).category).toBe('dependency_missing')
  })
})
