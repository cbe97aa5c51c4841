// Signatures in general vocabulary (issue #11, eighth round): words that HTTP clients, TLS
// libraries, shells and package caches print whatever the tool on top of them, so a rule
// written from one failure also reads the next tool's. signatures.ts places them in its
// ordered list (network failures before the package managers' resolution errors).
import type {Signature} from './signatures.js'

/** A retried attempt, a warning: not the failure (the attempt after it may have passed). */
export const RETRYING =
  /^(?:npm (?:WARN|warn)|warning:? |WARN |⚠|::warning|\s*Warning: )|\bretry(?:ing)?\b|\bRetrying\b|will retry|Attempt \d+ of \d+ failed|trying again/i

/** Each needle with the alternative that holds it, so the two cannot drift apart. */
type Vocabulary = readonly (readonly [needle: string, source: string])[]

/**
 * A signature whose expression is the alternation of a vocabulary's sources, compiled the
 * first time a line holds one of its needles (expressionOf): `new RegExp` parses its source
 * when it runs, so built at import the five vocabularies cost every start-up some 1 M
 * instructions (#11), most logs never reaching them.
 */
function vocabularySignature(
  entries: Vocabulary,
  fields: Omit<Signature, 're' | 'source' | 'flags' | 'needles'>
): Signature {
  return {
    ...fields,
    needles: entries.map(([needle]) => needle),
    source: entries.map(([, source]) => source).join('|')
  }
}

/** An expression built from `source` on its first use (see vocabularySignature). */
function lazyExpression(source: () => string, flags: string): Pick<RegExp, 'test'> {
  let re: RegExp | undefined
  return {test: text => (re ??= new RegExp(source(), flags)).test(text)}
}

/**
 * Transport failures in the words of curl, git, Go's net/http, the JVM's java.net, Python's
 * urllib3/requests, Node and the proxies in front of registries: the connection broke, the TLS
 * session ended early, a name did not resolve, a body arrived cut short.
 */
const TRANSPORT: Vocabulary = [
  ['SSL_ERROR_SYSCALL', String.raw`SSL_ERROR_SYSCALL`],
  ['gnutls_handshake() failed', String.raw`gnutls_handshake\(\) failed`],
  [' was not closed cleanly', String.raw`HTTP\/2 stream \d+ was not closed cleanly`],
  ['Client.Timeout exceeded', String.raw`Client\.Timeout exceeded while awaiting headers`],
  [': no such host', String.raw`dial tcp: lookup \S+(?: on \S+)?: no such host`],
  ['connection reset by peer', String.raw`\bconnection reset by peer\b`],
  [
    'java.net.',
    String.raw`java\.net\.(?:SocketTimeoutException|UnknownHostException|NoRouteToHostException|SocketException: (?:Connection reset|Broken pipe|Unexpected end of file))`
  ],
  ['Remote host terminated the handshake', String.raw`Remote host terminated the handshake`],
  ['IncompleteRead(', String.raw`IncompleteRead\(`],
  ['ChunkedEncodingError', String.raw`ChunkedEncodingError`],
  ['Connection broken: ', String.raw`Connection broken: `],
  ['Remote end closed connection', String.raw`Remote end closed connection without response`],
  ['Premature end of Content-Length', String.raw`Premature end of Content-Length delimited`],
  ['server sent GOAWAY', String.raw`http2: server sent GOAWAY`],
  ['ERR_STREAM_PREMATURE_CLOSE', String.raw`ERR_STREAM_PREMATURE_CLOSE`],
  ['ERR_SOCKET_TIMEOUT', String.raw`ERR_SOCKET_TIMEOUT`],
  [
    'upstream connect error',
    String.raw`upstream connect error or disconnect\/reset before headers`
  ],
  ['RPC failed; HTTP ', String.raw`RPC failed; HTTP (?:5\d\d|408)\b`],
  ['non-properly terminated', String.raw`The TLS connection was non-properly terminated`],
  ['curl: (', String.raw`curl: \((?:16|18|92)\) `],
  ['unexpected EOF while reading', String.raw`unexpected EOF while reading`],
  [': unexpected EOF', String.raw`(?:Get|Post|Head) "?https?:\/\/[^\s"]+"?: unexpected EOF`],
  [
    'network This is a problem related to network',
    String.raw`network This is a problem related to network connectivity`
  ],
  [
    'Client network socket disconnected',
    String.raw`Client network socket disconnected before secure TLS connection`
  ],
  ['Operation timed out after ', String.raw`Operation timed out after \d+ milliseconds`],
  ['net/http: request canceled', String.raw`net\/http: request canceled`],
  [
    'The remote server returned an error: (',
    String.raw`The remote server returned an error: \((?:50[0234]|408)\)`
  ],
  ['HTTP Error 50', String.raw`HTTP Error 50[0234]\b`],
  ['remote: Internal Server Error', String.raw`remote: Internal Server Error`]
]

/** A local address: a test's own server, not the network. */
const LOCAL = /\blocalhost\b|\b127\.0\.0\.1\b|\[::1\]/

/**
 * A downloaded file cut short or corrupt in a package cache (a truncated POM or jar, an
 * archive that ends early): the download broke, a rerun fetches it whole.
 */
const CORRUPT_DOWNLOAD: Vocabulary = [
  ['Non-parseable POM ', String.raw`Non-parseable POM \S*[/\\]\.m2[/\\]repository[/\\]`],
  ['invalid LOC header (bad signature)', String.raw`invalid LOC header \(bad signature\)`],
  ['zip END header not found', String.raw`zip END header not found`],
  ['error in opening zip file', String.raw`error in opening zip file`],
  ['Unexpected end of ZLIB input stream', String.raw`Unexpected end of ZLIB input stream`],
  ['gzip: stdin: unexpected end of file', String.raw`gzip: stdin: unexpected end of file`],
  ['tar: Unexpected EOF in archive', String.raw`tar: Unexpected EOF in archive`]
]

/** A remote script piped straight into a shell or an interpreter (`curl -sSL … | bash`). */
const PIPED_TO_INTERPRETER =
  /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:(?:ba|z|da)?sh|php|python3?|ruby|node|perl)\b/
/** An error in a script read from stdin, in the shell's, PHP's and Python's words. */
const IN_STDIN = /(?:^|\s)(?:ba|z|da)?sh: line \d+: |\bin - on line \d+|File "<stdin>"/
/** An HTML page where a script or data was expected (a server's error page). */
const HTML_PAGE = /<!DOCTYPE html|<html\b|<HTML\b|<head>|<title>/i

/**
 * A shell or interpreter that read a server's HTML error page, or a download cut short,
 * instead of the script it was piped: the page is on the error line (or the next), or the
 * error is in stdin's script right after a `curl … | sh`.
 */
function servedBrokenScript(lines: readonly string[], i: number): boolean {
  if (HTML_PAGE.test(lines[i]) || HTML_PAGE.test(lines[i + 1] ?? '')) return true
  if (!IN_STDIN.test(lines[i])) return false
  return lines.slice(Math.max(0, i - 8), i).some(l => PIPED_TO_INTERPRETER.test(l))
}

/** Transient failures of the network and of services, in general words (before NETWORK_ERROR's). */
export const GENERAL_NETWORK_SIGNATURES: readonly Signature[] = [
  vocabularySignature(TRANSPORT, {
    rule: 'network.transport',
    tool: 'network',
    category: 'transient',
    confidence: 0.8,
    unless: lazyExpression(() => `${RETRYING.source}|${LOCAL.source}`, 'i')
  }),
  vocabularySignature(CORRUPT_DOWNLOAD, {
    rule: 'network.corrupt-download',
    tool: 'network',
    category: 'transient',
    confidence: 0.7
  }),
  {
    rule: 'network.error-page',
    needles: ['syntax error', 'Parse error: ', 'SyntaxError: '],
    tool: 'network',
    category: 'transient',
    confidence: 0.75,
    source: 'syntax error|Parse error: |SyntaxError: ',
    refine: (_m, lines, i) =>
      servedBrokenScript(lines, i) ? ['transient', 0.75, 'network.error-page'] : null
  },
  {
    // an API answered with a cut-off or non-JSON body (node-fetch's words), or npm's audit
    // endpoint failed (ENOAUDIT): the service's side, a rerun passes
    rule: 'network.bad-response',
    needles: ['invalid json response body at ', 'ENOAUDIT'],
    tool: 'network',
    category: 'transient',
    confidence: 0.7,
    source: String.raw`invalid json response body at .{1,300}? reason: (?:Unexpected end of JSON input|Unexpected token <)|\bENOAUDIT\b`
  }
]

/**
 * A workflow that runs pub from a standalone Dart SDK on a Flutter package: its words say the
 * Flutter SDK is needed, so the workflow's command is wrong (before pub's resolution errors).
 */
export const DART_NEEDS_FLUTTER: Signature = {
  rule: 'dart.flutter-sdk-required',
  needles: ['requires the Flutter SDK, version solving failed', 'Flutter users should use '],
  tool: 'dart',
  category: 'orchestration_error',
  confidence: 0.85,
  source:
    'requires the Flutter SDK, version solving failed|Flutter users should use `flutter pub` instead of `dart pub`'
}

/**
 * ESLint asked for a rule the installed plugin does not define: a plugin release that removed
 * or renamed it (or never shipped it), not a finding in the code.
 */
export const ESLINT_RULE_MISSING: Signature = {
  rule: 'eslint.rule-missing',
  needles: ['Definition for rule '],
  tool: 'eslint',
  category: 'contract_violation',
  confidence: 0.8,
  source: "Definition for rule '[^']+' was not found"
}

/** A test harness's own tally with failures in it (`67/73 tests passed, 5 skipped, 1 failed.`). */
export const TESTS_PASSED_FAILED: Signature = {
  rule: 'test.summary',
  needles: [' tests passed, '],
  tool: 'test',
  category: 'test_fail',
  confidence: 0.6,
  source: String.raw`\b\d+\/\d+ tests passed, (?:\d+ skipped, )?[1-9]\d* failed\b`
}

/** git's closing words after any failure of the remote (also a broken connection). */
export const GIT_REMOTE_UNREADABLE = /Could not read from remote repository/

/**
 * An API or a behaviour that a runtime, a package or a service removed, in the words its
 * removal is announced with: Node's ESM-only packages, closed `exports` maps and OpenSSL 3,
 * setuptools' use_2to3, PHP 8's removed functions and syntax, the standard-library modules
 * Python 3.12 dropped, Ruby 3.2's File.exists?, Gradle 7's `compile` configuration and
 * `maven` plugin, GitHub's disabled workflow commands, `go get` outside a module; and an
 * error that says so itself (`… was removed in 2.0`, `… is no longer supported`).
 */
const REMOVED_API: Vocabulary = [
  ['ERR_REQUIRE_ESM', String.raw`\bERR_REQUIRE_ESM\b`],
  ['require() of ES Module', String.raw`require\(\) of ES Module \S+ (?:from \S+ )?not supported`],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', String.raw`\bERR_PACKAGE_PATH_NOT_EXPORTED\b`],
  [' is not defined by "exports"', String.raw`Package subpath '[^']+' is not defined by "exports"`],
  ['digital envelope routines', String.raw`digital envelope routines::unsupported`],
  ['ERR_OSSL_EVP_UNSUPPORTED', String.raw`\bERR_OSSL_EVP_UNSUPPORTED\b`],
  ['use_2to3 is invalid', String.raw`use_2to3 is invalid`],
  [
    'Call to undefined function ',
    String.raw`Call to undefined function (?:each|create_function|money_format|get_magic_quotes_gpc|utf8_(?:en|de)code|ereg\w*|split|mysql_\w+)\(\)`
  ],
  [
    'curly braces is no longer supported',
    String.raw`offset access syntax with curly braces is no longer supported`
  ],
  ["No module named '", String.raw`No module named '(?:distutils|imp|asynchat|asyncore|smtpd)'`],
  [
    'undefined method ',
    String.raw`undefined method [\x60'](?:exists\?|taint|untaint|tainted\?)' for`
  ],
  [
    'Could not find method ',
    String.raw`Could not find method (?:compile|testCompile|runtime|testRuntime|provided|androidTestCompile)\(\) for arguments`
  ],
  ["Plugin with id 'maven' not found", String.raw`Plugin with id 'maven' not found`],
  [
    ' command is disabled',
    String.raw`The [\x60']?(?:set-env|add-path)[\x60']? command is disabled`
  ],
  [
    ' is no longer supported outside a module',
    String.raw`'go get' is no longer supported outside a module`
  ],
  [
    ' removed in ',
    String.raw`(?:Error|error|ERROR)\b.*(?:was|has been) removed in (?:version |v)?\d`
  ],
  [' no longer supported', String.raw`(?:Error|error|ERROR)\b.*\b(?:is|are) no longer supported\b`]
]

/** An API a runtime, package or service removed (see REMOVED_API). */
export const REMOVED_API_SIGNATURE: Signature = vocabularySignature(REMOVED_API, {
  rule: 'api.removed',
  tool: 'runtime',
  category: 'contract_violation',
  confidence: 0.7,
  unless: /\bwarn(?:ing)?\b|deprecat/i
})

/**
 * A version a setup step or an installer asked for that its source does not have, in the
 * setup actions' and version managers' words (setup-python, setup-node, setup-go, setup-java,
 * rustup, pyenv, nvm, conda, Homebrew), or a file a download URL no longer serves (Java's
 * FileNotFoundException for a URL, urllib's and curl's 404).
 */
const VERSION_UNAVAILABLE: Vocabulary = [
  [
    "' was not found for",
    String.raw`The version '[^']+' with architecture '[^']+' was not found for`
  ],
  ['Unable to find ', String.raw`Unable to find (?:Node|Go) version '[^']+' for platform`],
  ['Could not find satisfied version', String.raw`Could not find satisfied version for SemVer`],
  ['is unavailable for download for channel', String.raw`is unavailable for download for channel`],
  ['definition not found: ', String.raw`python-build: definition not found: `],
  ["' not found - try", String.raw`Version '[^']+' not found - try`],
  [
    'PackagesNotFoundError',
    String.raw`PackagesNotFoundError: The following packages are not available`
  ],
  ['No available formula with the name', String.raw`No available formula with the name`],
  ['FileNotFoundException: http', String.raw`java\.io\.FileNotFoundException: https?:\/\/`],
  ['HTTP Error 404: Not Found', String.raw`HTTP Error 404: Not Found`],
  ['curl: (22) ', String.raw`curl: \(22\) The requested URL returned error: 404`]
]

export const VERSION_UNAVAILABLE_SIGNATURE: Signature = vocabularySignature(VERSION_UNAVAILABLE, {
  rule: 'version.unavailable',
  tool: 'installer',
  category: 'dependency_missing',
  confidence: 0.8
})

/**
 * A CI service refusing its own configuration file (GitLab, CircleCI, Azure Pipelines'
 * positions, GitHub's output-file format): the workflow, not the code.
 */
const CONFIG_INVALID: Vocabulary = [
  ['CI configuration is invalid', String.raw`This GitLab CI configuration is invalid`],
  [
    'should contain at least one visible job',
    String.raw`jobs config should contain at least one visible job`
  ],
  ['Config does not conform to schema', String.raw`Config does not conform to schema`],
  ['ERROR IN CONFIG FILE', String.raw`ERROR IN CONFIG FILE`],
  [
    ', Col: ',
    String.raw`\(Line: \d+, Col: \d+\): (?:Unexpected value|Required property is missing|A sequence was not expected|A mapping was not expected|Unrecognized named-value|Unexpected symbol)`
  ],
  ["Invalid format '", String.raw`Invalid format '`]
]

export const CONFIG_INVALID_SIGNATURE: Signature = vocabularySignature(CONFIG_INVALID, {
  rule: 'ci.config-invalid',
  tool: 'runner',
  category: 'orchestration_error',
  confidence: 0.85
})
