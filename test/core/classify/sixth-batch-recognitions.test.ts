// Recognitions added after scoring the sixth batch of the real corpus's dev split (issue #11),
// sampled the way failures occur in the wild: GitHub refusing a deprecated action version, a
// runner too old for an action's runtime, a job field GitHub cannot evaluate, Windows' path
// limit, rake without a Rakefile, Go's HTTP/2 stream resets, curl's transfer cut off mid-way,
// a hosted runner that never came online, Travis failing to generate its build script, an
// Android emulator that did not boot in time, SwiftLint's summary, and toolchains or tools
// missing or too old (npm's and yarn's engine checks, Bundler's words, javac's target release,
// golangci-lint built with an older Go, xcode-select and xcodebuild, a package manager's binary
// that was never installed). The examples are written for these tests, in the tools' shapes.
import {describe, expect, it} from 'vitest'
import {verdict} from './helpers.js'

const categoryOf = (text: string): string => verdict(text).category

describe('the workflow, the runner and the job configuration', () => {
  it('reads GitHub refusing a deprecated action version as configuration', () => {
    const v = verdict(
      'Error: This request has been automatically failed because it uses a deprecated version of `actions/cache: v2`. Learn more: https://github.blog/changelog/'
    )
    expect([v.category, v.rule]).toEqual(['orchestration_error', 'root.orchestration'])
  })

  it("reads a runner that does not know an action's runtime as configuration", () => {
    expect(
      categoryOf(
        [
          "Download action repository 'actions/setup-node@v5' (SHA:0123456789abcdef0123456789abcdef01234567)",
          "Error: System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter ''using: node24' is not supported, use 'docker', 'node16' or 'node20' instead.')",
          'Error: Failed to load actions/setup-node/v5/action.yml'
        ].join('\n')
      )
    ).toBe('orchestration_error')
  })

  it('reads a job field GitHub cannot evaluate as configuration, without a line and column', () => {
    expect(
      categoryOf("Error when evaluating 'strategy' for job 'test'. Unexpected value 'null'")
    ).toBe('orchestration_error')
  })

  it("reads Windows' path limit as configuration, in git's, .NET's and MSBuild's words", () => {
    expect(
      categoryOf(
        'error: unable to create file src/test/resources/fixtures/a/very/deep/tree/of/fixtures/that/goes/on.json: Filename too long'
      )
    ).toBe('orchestration_error')
    expect(
      categoryOf(
        'Unhandled exception. System.IO.PathTooLongException: The specified path, file name, or both are too long. The fully qualified file name must be less than 260 characters.'
      )
    ).toBe('orchestration_error')
    const v = verdict(
      'C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppBuild.targets(382,5): error MSB3491: Could not write lines to file "x64\\Release\\app.tlog\\app.lastbuildstate". The specified path, file name, or both are too long. The fully qualified file name must be less than 260 characters. [D:\\a\\app\\app\\build\\app.vcxproj]'
    )
    expect(v.category).toBe('orchestration_error')
  })

  it('still reads an MSBuild error about the code as a compile error', () => {
    expect(
      categoryOf(
        "D:\\a\\app\\app\\src\\Program.cs(12,5): error CS0103: The name 'foo' does not exist in the current context [D:\\a\\app\\app\\src\\App.csproj]"
      )
    ).toBe('compile_error')
  })

  it('reads rake without a Rakefile as configuration', () => {
    expect(
      categoryOf(
        [
          '$ rake',
          'rake aborted!',
          'No Rakefile found (looking for: rakefile, Rakefile, rakefile.rb, Rakefile.rb)',
          '(See full trace by running task with --trace)',
          'The command "rake" exited with 1.'
        ].join('\n')
      )
    ).toBe('orchestration_error')
  })
})

describe('the network and the CI service', () => {
  it("reads Go's HTTP/2 stream resets as transient", () => {
    expect(
      categoryOf(
        [
          'go: github.com/acme/widgets@v1.4.0: read "https://proxy.golang.org/github.com/acme/widgets/@v/v1.4.0.zip":',
          '  stream error: stream ID 17; INTERNAL_ERROR; received from peer'
        ].join('\n')
      )
    ).toBe('transient')
    expect(
      categoryOf(
        'proxy.golang.org/.../widgets@v1.4.0: stream error; INTERNAL_ERROR; received from peer'
      )
    ).toBe('transient')
  })

  it("reads curl's words for a transfer cut off mid-way as transient", () => {
    expect(
      categoryOf(
        [
          "Cloning into 'widgets'...",
          "fatal: unable to access 'https://github.com/acme/widgets.git/': transfer closed with outstanding read data remaining"
        ].join('\n')
      )
    ).toBe('transient')
  })

  it("reads a hosted runner that never came online, as the log's last word, as transient", () => {
    expect(
      categoryOf(
        [
          'Requested labels: macos-latest',
          'Waiting for a runner to pick up this job...',
          'Job is waiting for a hosted runner to come online.'
        ].join('\n')
      )
    ).toBe('transient')
  })

  it('lets a real failure after the runner came online decide', () => {
    expect(
      categoryOf(
        [
          'Job is waiting for a hosted runner to come online.',
          'Job is about to start running on the hosted runner: GitHub Actions 12 (hosted)',
          "src/app.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."
        ].join('\n')
      )
    ).toBe('compile_error')
  })

  it('reads Travis failing to generate the build script as transient', () => {
    expect(categoryOf('An error occurred while generating the build script.')).toBe('transient')
  })

  it('reads an Android emulator that did not boot in time as a timeout', () => {
    expect(
      categoryOf(
        [
          '##[error]Timeout waiting for emulator to boot.',
          '##[error]Node run failed with exit code 1'
        ].join('\n')
      )
    ).toBe('timeout')
    expect(
      categoryOf(
        [
          'Waiting for emulator to start',
          'Timeout (300 seconds) reached; failed to start emulator',
          'The command "android-wait-for-emulator" failed and exited with 1 during .'
        ].join('\n')
      )
    ).toBe('timeout')
  })
})

describe('lint summaries', () => {
  it("reads SwiftLint's summary with serious violations as a lint error", () => {
    expect(categoryOf('Done linting! Found 12 violations, 3 serious in 40 files.')).toBe(
      'lint_error'
    )
  })

  it('does not take a SwiftLint summary without serious violations', () => {
    expect(categoryOf('Done linting! Found 12 violations, 0 serious in 40 files.')).not.toBe(
      'lint_error'
    )
  })
})

describe('tools and toolchains missing or too old', () => {
  it("reads npm's and yarn's engine checks as a missing dependency", () => {
    expect(
      categoryOf(
        [
          'npm error engine Unsupported engine',
          'npm error engine Not compatible with your version of node/npm: left-pad@9.0.0',
          'npm error notsup Not compatible with your version of node/npm: left-pad@9.0.0',
          'npm error notsup Required: {"node":">=24"}',
          'npm error notsup Actual:   {"npm":"10.9.2","node":"v22.15.1"}'
        ].join('\n')
      )
    ).toBe('dependency_missing')
    expect(
      categoryOf(
        'error left-pad@9.0.0: The engine "node" is incompatible with this module. Expected version ">=24". Got "22.15.1"'
      )
    ).toBe('dependency_missing')
  })

  it("reads Bundler's words for a gem outside the bundle or removed from its source", () => {
    expect(
      categoryOf(
        "/usr/lib/ruby/gems/3.2.0/gems/bundler-2.4.10/lib/bundler/rubygems_integration.rb:308:in `block (2 levels) in replace_gem': rspec is not part of the bundle. Add it to your Gemfile. (Gem::LoadError)"
      )
    ).toBe('dependency_missing')
    expect(
      categoryOf(
        [
          'Fetching gem metadata from https://rubygems.org/.........',
          'Your bundle is locked to nokogiri (1.99.0) from rubygems repository',
          'https://rubygems.org/ or installed locally, but that version can no longer be',
          'found in that source.'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it('reads a JDK older than the target release as a missing dependency', () => {
    expect(
      categoryOf(
        '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Fatal error compiling: invalid target release: 21 -> [Help 1]'
      )
    ).toBe('dependency_missing')
    expect(categoryOf('error: release version 21 not supported')).toBe('dependency_missing')
  })

  it('reads golangci-lint built with an older Go as a missing dependency', () => {
    expect(
      categoryOf(
        [
          "Error: can't load config: the Go language version (go1.23) used to build golangci-lint",
          'is lower than the targeted Go version (1.24.1)'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it('reads a macOS agent without the Xcode or simulator asked for as a missing dependency', () => {
    expect(
      categoryOf(
        "xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance"
      )
    ).toBe('dependency_missing')
    expect(
      categoryOf(
        [
          'xcodebuild: error: Unable to find a destination matching the provided destination specifier:',
          '\t\t{ platform:iOS Simulator, OS:18.9, name:iPhone 99 }'
        ].join('\n')
      )
    ).toBe('dependency_missing')
  })

  it("reads a package manager's binary that was never installed as a missing dependency", () => {
    expect(categoryOf('bash: ./vendor/bin/phpunit: No such file or directory')).toBe(
      'dependency_missing'
    )
    expect(categoryOf('sh: node_modules/.bin/jest: No such file or directory')).toBe(
      'dependency_missing'
    )
  })
})
