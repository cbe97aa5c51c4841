// Signatures of a dependency the build or the check never got (issue #11, tenth round), in
// the words of the tool that looked for it: R's check and pak naming a package they could
// not install, a linker missing the compiler's runtime builtins, Kotlin not knowing a
// library's package root at all, mix failing inside a dependency, and an Erlang/OTP too old
// to start the Elixir the job installed. signatures.ts places them among the dependency
// signatures, after the package managers' own resolution errors.
import type {Signature} from './signatures.js'

/**
 * R: `R CMD check`'s `Package required but not available: ‘ndi’` (and its plural), pak's
 * `Can't install dependency ggtext` (a package the R version or the platform cannot have).
 */
export const R_PACKAGE_UNAVAILABLE: Signature = {
  rule: 'r.package-unavailable',
  needles: ['required but not available: ', "Can't install dependency "],
  tool: 'r',
  category: 'dependency_missing',
  confidence: 0.8,
  source: String.raw`\bPackages? required but not available: [‘'"]?[\w.]+|Can't install dependency [\w.]+`
}

/**
 * The linker cannot find the compiler's own 128-bit arithmetic builtins (`__muloti4`,
 * `__udivti3`, `___divti3` on Apple's toolchains): the toolchain lacks its runtime library
 * (compiler-rt or libgcc), not a function of the project.
 */
export const COMPILER_RUNTIME_MISSING: Signature = {
  rule: 'ld.compiler-runtime-missing',
  needles: ['div', 'mod', 'mulo'],
  tool: 'ld',
  category: 'dependency_missing',
  confidence: 0.75,
  source: String.raw`(?:undefined reference to .|undefined symbol: |^[\s|>]*")_{2,3}(?:u?div[dt]i3|u?mod[dt]i3|mulo[dt]i4)\b`
}

/**
 * Kotlin cannot resolve a library's package root (`Unresolved reference: kotlinx` on an
 * import): no artifact of that library is on the module's classpath.
 */
export const KOTLIN_LIBRARY_ROOT_UNRESOLVED: Signature = {
  rule: 'kotlin.library-missing',
  needles: ['Unresolved reference'],
  tool: 'kotlinc',
  category: 'dependency_missing',
  confidence: 0.75,
  source: String.raw`Unresolved reference:? (?:kotlinx|androidx|javax)(?![\w.])`
}

/**
 * mix stopped while compiling a dependency (`could not compile dependency :elasticsearch,
 * "mix compile" failed`): the project's own code was never reached; the dependency does not
 * build with what was installed beside it.
 */
export const MIX_DEPENDENCY_COMPILE: Signature = {
  rule: 'mix.dependency-compile',
  needles: ['could not compile dependency :'],
  tool: 'mix',
  category: 'dependency_missing',
  confidence: 0.75,
  source: String.raw`could not compile dependency :[\w]+, "mix compile" failed`
}

/**
 * The Erlang VM cannot even start Elixir's command line (`{undef,[{elixir,start_cli,…`):
 * the OTP the job installed is older than that Elixir supports.
 */
export const OTP_TOO_OLD_FOR_ELIXIR: Signature = {
  rule: 'elixir.otp-mismatch',
  needles: ['{undef,[{elixir,'],
  tool: 'elixir',
  category: 'dependency_missing',
  confidence: 0.8,
  source: String.raw`\{undef,\[\{elixir,(?:start_cli|start_iex|start)\b`
}

/**
 * Node's configure refusing the Python it found (`Please use python3.9 or python3.8 or …`):
 * the image's interpreter is newer (or older) than that Node's build accepts.
 */
export const NODE_CONFIGURE_PYTHON: Signature = {
  rule: 'node-configure.python-version',
  needles: ['Please use python'],
  tool: 'node-configure',
  category: 'dependency_missing',
  confidence: 0.75,
  source: String.raw`\bPlease use python\d[\d.]* or python\d`
}

/**
 * A setup action's own install script failed (`The process '…/_actions/erlef/setup-beam/v1/
 * dist/install-otp' failed with exit code 8`): the toolchain version asked for could not be
 * installed.
 */
export const SETUP_ACTION_INSTALL_FAILED: Signature = {
  rule: 'actions.setup-install-failed',
  needles: ['/_actions/'],
  tool: 'actions',
  category: 'dependency_missing',
  confidence: 0.7,
  source: String.raw`The process '[^']*\/_actions\/[^']*\/install[\w.-]*' failed with exit code [1-9]`
}

/** In the order signatures.ts tries them. */
export const MISSING_PIECES: readonly Signature[] = [
  NODE_CONFIGURE_PYTHON,
  SETUP_ACTION_INSTALL_FAILED,
  R_PACKAGE_UNAVAILABLE,
  COMPILER_RUNTIME_MISSING,
  KOTLIN_LIBRARY_ROOT_UNRESOLVED,
  MIX_DEPENDENCY_COMPILE,
  OTP_TOO_OLD_FOR_ELIXIR
]

/**
 * A repository host that no longer serves builds: Bintray's and JCenter's download hosts
 * (shut down in 2021), Maven Central over plain HTTP (`501 HTTPS Required` since 2020). Any
 * status from them is the build's repository list to fix, not an outage to wait out; tried
 * before the network signatures, which would read their 502 as one.
 */
export const RETIRED_REPOSITORY: Signature = {
  rule: 'repository.retired',
  needles: ['bintray.com/', 'HTTPS Required'],
  tool: 'repository',
  category: 'dependency_missing',
  confidence: 0.75,
  source: String.raw`\bCould not (?:GET|HEAD|get resource) '?https?:\/\/(?:dl|jcenter)\.bintray\.com\/|\b501\b.{0,40}\bHTTPS Required\b`
}
