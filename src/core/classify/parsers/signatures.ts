// One-line signatures: runner messages, resource limits, network trouble, auth and
// configuration problems, package-manager resolution errors and module contract breaks.
// Ordered: the first signature that matches a line wins (network before dependency, so a
// registry 503 during `npm ci` is transient, not a missing package).
import {draft, isLocalModule, type Found, type ParseContext} from './parser.js'
import {holdsNeedle, type Needles} from '../literal-guard.js'
import {PASSING_TEST_LINE} from '../passing-line.js'
import type {Category} from '../types.js'
import {
  CONFIG_INVALID_SIGNATURE,
  DART_NEEDS_FLUTTER,
  REMOVED_API_SIGNATURE,
  VERSION_UNAVAILABLE_SIGNATURE,
  ESLINT_RULE_MISSING,
  GENERAL_NETWORK_SIGNATURES,
  GIT_REMOTE_UNREADABLE,
  RETRYING,
  TESTS_PASSED_FAILED
} from './general-signatures.js'
import {MISSING_PIECES, RETIRED_REPOSITORY} from './missing-pieces.js'
import {JEST_DID_NOT_EXIT, LINT_REPORTS, TEST_RUN_REPORTS} from './run-reports.js'
import {TEST_TIMEOUTS} from './test-timeouts.js'
import {NO_PROJECT_FILE, PACKAGE_MANAGER_NOT_SET_UP} from './workflow-setup.js'

/** ci-medic's own marker for a run stopped by its budgets. */
export const BUDGET_MARKER = 'ci-medic: budget exceeded'

/**
 * A signature's expression: a RegExp (one shared with other code), or its source and flags,
 * compiled the first time a line holds one of its needles (expressionOf). A literal is parsed
 * twice at start-up, when the bundle is compiled and when the literal is created, even if it
 * never runs: for the table's 120 expressions that was some 3 M instructions of every run (#11),
 * while a one-line log compiles a handful of them.
 */
export type SignatureExpression =
  {re: RegExp; source?: never; flags?: never} | {re?: never; source: string; flags?: string}

export type Signature = SignatureExpression & {
  rule: string
  tool: string
  category: Category
  confidence: number
  /**
   * Text the expression cannot match without, one of which the line must hold before it runs
   * (and so is compiled): literal-guard.ts. Lower case for an expression with the i flag.
   * Optional: a signature without needles is always tried.
   */
  needles?: Needles
  /** The error code: a capture group number, or a fixed string. */
  code?: number | string
  /** Lines that look like the signature but are not failures (warnings, retries). */
  unless?: Pick<RegExp, 'test'>
  /** Weak evidence (a hint), not a failure: decides only when nothing else is found. */
  hint?: true
  /**
   * A runner's or tool's generic line (a summary, an assertion message): dropped when a
   * structured parser already found a failure of the same category in the window.
   */
  fallback?: true
  /** Decide the category from the match and its surroundings; null drops the match. */
  refine?: (
    m: RegExpExecArray,
    lines: readonly string[],
    i: number
  ) => [Category, number, string] | null
}

const COMPILED = new WeakMap<Signature, RegExp>()

/** The signature's expression, compiled from its source on the first call. */
export function expressionOf(sig: Signature): RegExp {
  if (sig.re) return sig.re
  let re = COMPILED.get(sig)
  if (!re) COMPILED.set(sig, (re = new RegExp(sig.source, sig.flags)))
  return re
}

/** Whether the expression has the i flag (its needles are lower case), without compiling it. */
function ignoresCase(sig: Signature): boolean {
  return sig.re ? sig.re.ignoreCase : (sig.flags?.includes('i') ?? false)
}

/** Travis's words for a language version it has no prebuilt archive of. */
const TRAVIS_ARCHIVE = /Unable to download \S+ archive\. The archive may not exist\./

/** npm's ENOENT for a file inside node_modules (a package it was installing). */
const NPM_ENOENT_INSTALLING =
  /npm (?:ERR!|error) enoent ENOENT: no such file or directory, \w+ '[^']*[/\\]node_modules[/\\]/

/** A frame of an installed package (a traceback `File "…"` line or pytest's `path:line:` location). */
const LIBRARY_FRAME = /(?:site|dist)-packages[/\\]/
const PY_FRAME = /^\s*File "[^"]+", line \d+|^\S+\.py:\d+: /

/**
 * The exception at `i` was raised inside an installed package: the last traceback frame
 * before it (or pytest's location line right after it) is under site-packages.
 */
function raisedInLibrary(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++)
    if (PY_FRAME.test(lines[j])) return LIBRARY_FRAME.test(lines[j])
  for (let j = i - 1; j >= Math.max(0, i - 12); j--)
    if (PY_FRAME.test(lines[j])) return LIBRARY_FRAME.test(lines[j])
  return false
}

/** The conventional name of a repository's own test package (`tests.helpers`, `test`). */
const OWN_TEST_PACKAGE = /^tests?(?:\.|$)/

/** Python's words for an import cycle in the repository's own modules. */
export const CIRCULAR_IMPORT = /partially initialized module|most likely due to a circular import/

/**
 * A module of the repository: the nearby traceback shows a file of its top-level package
 * outside any installed-packages directory (`myapp/views.py:14: in render` for `myapp.utils`).
 */
function ownPythonModule(name: string, lines: readonly string[], i: number): boolean {
  const top = name.split('.')[0]
  const near = lines.slice(Math.max(0, i - 30), i + 5)
  return near.some(
    l =>
      new RegExp(String.raw`(?:^|[\s"/])${top}/[\w/]*\.py\b`).test(l) &&
      !/site-packages|dist-packages|hostedtoolcache|[/\\]lib[/\\]python\d/.test(l)
  )
}

function moduleRefine(
  spec: string,
  pkg: [Category, number, string],
  local: [Category, number, string]
): [Category, number, string] {
  return isLocalModule(spec) || spec.startsWith('/') ? local : pkg
}

const NETWORK_ERROR =
  /\b(ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNABORTED|ENETUNREACH|EHOSTUNREACH|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)\b|socket hang up|\bConnection reset\b|[Cc]onnection timed out|[Cc]onnect timed out|Read timed out|ReadTimeoutError|ConnectTimeoutError|Connect Timeout Error|NameResolutionError|TLS handshake timeout|i\/o timeout|server misbehaving|Temporary failure in name resolution|Could not resolve host|Couldn't resolve host|connResetException|getaddrinfo ENOTFOUND|RPC failed; curl|The remote end hung up unexpectedly|fatal: early EOF|unexpected disconnect while reading|Network is unreachable|Connection aborted|Temporary failure resolving '|Could not resolve '[\w.-]+'|Unable to connect to [\w.-]+:\w*|Could not connect to [\w.-]+[:\s]|Failed to connect to \S+ port \d+|Name or service not known|No route to host|Net::(?:OpenTimeout|ReadTimeout)|\[(?:6|7|28|35|52|56)\] (?:Couldn't resolve host|Couldn't connect to server|Timeout was reached|SSL connect error|Empty reply from server|Failure when receiving data)|curl error (?:6|7|28|35|52|56) while downloading|Max retries exceeded with url|after connection broken by '|Request failed \(:(?:timeout|econnrefused|econnreset|nxdomain|closed|connect_timeout)\)|Connection to https?:\/\/\S+ refused|transfer closed with outstanding read data remaining/
/** A network failure in the lines just before `i` (the failure a later generic line follows). */
function networkBefore(lines: readonly string[], i: number): boolean {
  return lines.slice(Math.max(0, i - 8), i).some(l => NETWORK_ERROR.test(l))
}

/**
 * What a git failure line is: a module repository that no longer exists (`go get`), Travis's
 * missing language archive, else credentials or permissions. git's generic closing line
 * ("Could not read from remote repository") after a connection that broke is dropped: the
 * network failure before it decides.
 */
function gitFailure(lines: readonly string[], i: number): [Category, number, string] | null {
  if (GIT_REMOTE_UNREADABLE.test(lines[i]) && networkBefore(lines, i)) return null
  const goModule =
    /fatal: repository '.*' not found/.test(lines[i]) &&
    lines
      .slice(Math.max(0, i - 6), i)
      .some(l => /^go: |go\.mod at revision|git ls-remote -q origin in \S*pkg\/mod/.test(l))
  if (goModule) return ['dependency_missing', 0.8, 'go.module-repository']
  if (TRAVIS_ARCHIVE.test(lines[i + 1] ?? ''))
    return ['dependency_missing', 0.85, 'travis.archive-missing']
  return ['orchestration_error', 0.9, 'git.auth']
}

const RATE_LIMIT =
  /\b429 Too Many Requests\b|Too Many Requests|toomanyrequests|\b[Rr]ate limit(?:ed| exceeded|ing)?\b|API rate limit exceeded|secondary rate limit|status(?: code)?:? 429\b/

/** Their needles (literal-guard.ts). */
const NETWORK_NEEDLES: Needles = [
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'socket hang up',
  'Connection reset',
  'onnection timed out',
  'onnect timed out',
  'Read timed out',
  'ConnectTimeoutError',
  'Connect Timeout Error',
  'NameResolutionError',
  'TLS handshake timeout',
  'i/o timeout',
  'server misbehaving',
  'Temporary failure in name resolution',
  'Could not resolve host',
  "Couldn't resolve host",
  'connResetException',
  'getaddrinfo ENOTFOUND',
  'RPC failed; curl',
  'The remote end hung up unexpectedly',
  'fatal: early EOF',
  'unexpected disconnect while reading',
  'Network is unreachable',
  'Connection aborted',
  "Temporary failure resolving '",
  "Could not resolve '",
  'Unable to connect to ',
  'Could not connect to ',
  'Failed to connect to ',
  'Name or service not known',
  'No route to host',
  'OpenTimeout',
  'ReadTimeout',
  "Couldn't connect to server",
  'Timeout was reached',
  'SSL connect error',
  'Empty reply from server',
  'transfer closed with outstanding read data remaining',
  'Failure when receiving data',
  ' while downloading',
  'Max retries exceeded with url',
  "after connection broken by '",
  'Request failed (:',
  'Connection to http'
]
const RATE_LIMIT_NEEDLES: Needles = ['Too Many Requests', 'toomanyrequests', 'ate limit', 'status']

export const SIGNATURES: readonly Signature[] = [
  // ci-medic's own budgets
  {
    rule: 'ci-medic.budget',
    needles: ['ci-medic: budget exceeded'],
    tool: 'ci-medic',
    category: 'budget_exceeded',
    confidence: 1,
    source: 'ci-medic: budget exceeded',
    flags: 'i'
  },
  // timeouts of the job, a step or a whole test binary
  {
    rule: 'runner.job-timeout',
    needles: [
      'has exceeded the maximum execution time of ',
      'The job exceeded the maximum time limit for jobs, and has been terminated'
    ],
    tool: 'runner',
    category: 'timeout',
    confidence: 0.98,
    source: String.raw`has exceeded the maximum execution time of (\d+)(?: minutes|\b)|The job has exceeded the maximum execution time of \d+h|The job exceeded the maximum time limit for jobs, and has been terminated`
  },
  {
    // Travis and CircleCI end a job that printed nothing for a while (the inactivity limit)
    rule: 'ci.no-output-timeout',
    needles: ['No output has been received in the last ', 'Too long with no output (exceeded '],
    tool: 'runner',
    category: 'timeout',
    confidence: 0.9,
    source: String.raw`No output has been received in the last \d+(?:m\d+s| ?min(?:ute)?s?)|Too long with no output \(exceeded [\dhms]+\)`
  },
  {
    // an Android emulator that did not finish booting within the wait, in the words of
    // android-emulator-runner and of the android-wait-for-emulator script
    rule: 'emulator.boot-timeout',
    // (and xcodebuild's for an iOS simulator that did not boot within its wait)
    needles: [
      'Timeout waiting for emulator to boot',
      'failed to start emulator',
      'seconds for simulator to boot'
    ],
    tool: 'emulator',
    category: 'timeout',
    confidence: 0.85,
    source: String.raw`Timeout waiting for emulator to boot|Timeout \(\d+ seconds\) reached; failed to start emulator|Timed out waiting \d+ seconds for simulator to boot`
  },
  {
    rule: 'runner.step-timeout',
    needles: [' has timed out', 'has timed out after '],
    tool: 'runner',
    category: 'timeout',
    confidence: 0.95,
    source: String.raw`The action '.*' has timed out after (\d+) minutes|The step .* has timed out|has timed out after \d+ minutes`
  },
  {
    // vstest --blame-hang: a test stopped making progress and the collector killed the host
    rule: 'dotnet.blame-hang',
    needles: ['The specified inactivity time of '],
    tool: 'dotnet',
    category: 'timeout',
    confidence: 0.85,
    source: 'The specified inactivity time of .+ has elapsed'
  },
  {
    rule: 'go.test-timeout',
    needles: ['panic: test timed out after '],
    tool: 'go',
    category: 'timeout',
    confidence: 0.9,
    source: String.raw`^panic: test timed out after (\S+)`
  },
  {
    // the goroutine dump a test-binary timeout prints: goroutines blocked for minutes
    rule: 'go.timeout-dump',
    needles: ['goroutine '],
    tool: 'go',
    category: 'timeout',
    confidence: 0.5,
    source: String.raw`^goroutine \d+ \[[^\]]*, \d+ minutes\]:$`
  },
  {
    rule: 'process.timeout',
    needles: [
      'timed out after ',
      'terminated due to timeout',
      'command timed out',
      'build timed out',
      'timeout: the monitored command dumped core',
      'timeout: process did not finish'
    ],
    tool: 'runner',
    category: 'timeout',
    confidence: 0.75,
    source: String.raw`\b(?:Timed out after \d+ ?(?:s|seconds|minutes|m)\b|Terminated due to timeout|command timed out|Build timed out|timeout: the monitored command dumped core|Timeout: process did not finish)`,
    flags: 'i'
  },
  {
    // helm --wait and kubectl wait / rollout status: the deployment never became ready in time
    rule: 'k8s.wait-timeout',
    needles: [
      'timed out waiting for the condition',
      'exceeded its progress deadline',
      'context deadline exceeded'
    ],
    tool: 'kubernetes',
    category: 'timeout',
    confidence: 0.8,
    source:
      'timed out waiting for the condition|exceeded its progress deadline|(?:INSTALLATION|UPGRADE|ROLLBACK) FAILED: (?:.*: )?context deadline exceeded$'
  },
  // per-test timeouts: the test failed because its time ran out (often a hanging promise or
  // a slow runner); the root cause is the timeout, unless other tests failed on their own
  // (decided in rules.ts)
  {
    rule: 'test.timeout',
    needles: [
      'Timeout of ',
      'Exceeded timeout of ',
      'Test timed out in ',
      'Failed: Timeout >',
      'Hook timed out in ',
      'Async callback was not invoked within '
    ],
    tool: 'test',
    category: 'timeout',
    confidence: 0.6,
    source: String.raw`Timeout of \d+ms exceeded|Exceeded timeout of \d+ ?ms for a (?:test|hook)|Test timed out in \d+ ?ms|Failed: Timeout >\d|Hook timed out in \d+ ?ms|Async callback was not invoked within (?:the \d+ ?ms timeout|timeout specified by jasmine\.DEFAULT_TIMEOUT_INTERVAL)`
  },
  {
    // JUnit 4's per-test timeout (`@Test(timeout=…)`, the Timeout rule):
    // org.junit.runners.model.TestTimedOutException, which surefire's summary abbreviates
    // to `Class.method:12 » TestTimedOut test timed out after 10000 milliseconds`
    rule: 'test.timeout',
    needles: ['TestTimedOut'],
    tool: 'junit',
    category: 'timeout',
    confidence: 0.6,
    source: String.raw`» TestTimedOut\b|\bTestTimedOutException: test timed out after \d+`,
    // one attempt of a test surefire reran: its rerun summary (Flakes:/Failures:) decides
    unless: /\bRun \d+: /
  },
  ...TEST_TIMEOUTS,
  // a test runner reporting tests that failed and then passed on a retry in the same run
  // (Playwright's `1 flaky`, surefire's `Flakes: 2`, pytest-rerunfailures' `1 rerun`): flake
  // evidence, which decides only when no test failed on every attempt
  {
    rule: 'test.flaky-report',
    needles: [' flaky', 'flakes: ', ' rerun', 'passed on ', 'passed after ', '(retried ', ': pass'],
    tool: 'test',
    category: 'transient',
    confidence: 0.5,
    source: String.raw`^\s*[1-9]\d* flaky\s*$|\bFlakes: [1-9]\d*|\b[1-9]\d* rerun\b|\bpassed on (?:a |the )?(?:retry|rerun|attempt \d+)\b|\bpassed after \d+ (?:retries|attempts)\b|\(retried \d+ times?\)|^\s*(?:\[\w+\]\s+)?Run [2-9]\d*: PASS\s*$`,
    flags: 'i'
  },
  // resources
  {
    rule: 'node.heap-oom',
    needles: ['JavaScript heap out of memory', 'Allocation failed'],
    tool: 'node',
    category: 'resource_exhausted',
    confidence: 0.95,
    source:
      'JavaScript heap out of memory|Reached heap limit Allocation failed|FATAL ERROR: .*Allocation failed'
  },
  {
    rule: 'jvm.oom',
    needles: [
      'java.lang.OutOfMemoryError',
      'OutOfMemoryError: ',
      'GC overhead limit exceeded',
      'garbage collector is thrashing',
      'JVM heap space is exhausted'
    ],
    tool: 'jvm',
    category: 'resource_exhausted',
    confidence: 0.9,
    source: String.raw`java\.lang\.OutOfMemoryError|OutOfMemoryError: (?:Java heap space|GC overhead|Metaspace)|GC overhead limit exceeded|garbage collector is thrashing|JVM heap space is exhausted`
  },
  {
    rule: 'disk.full',
    needles: [
      'ENOSPC',
      'No space left on device',
      'no space left on device',
      'You are running out of disk space',
      'not enough space on the disk'
    ],
    tool: 'runner',
    category: 'resource_exhausted',
    confidence: 0.95,
    source: String.raw`\bENOSPC\b|No space left on device|no space left on device|You are running out of disk space|not enough space on the disk`
  },
  {
    rule: 'process.exit-137',
    needles: [' code', 'exit status 137', '" exited with 137'],
    tool: 'runner',
    category: 'resource_exhausted',
    confidence: 0.85,
    // Travis: `The command "ci/run_test.sh" exited with 137.`
    source: String.raw`exit(?:ed with)? code:? 137\b|exit status 137\b|Exit code 137\b|" exited with 137\b`,
    flags: 'i'
  },
  {
    rule: 'process.killed',
    needles: ['Killed', 'signal: killed', 'terminated by signal ', 'SIGKILL'],
    tool: 'runner',
    category: 'resource_exhausted',
    confidence: 0.8,
    source: String.raw`(?:^|\s)Killed(?:\s+.*)?$|signal: killed|Killed: 9\b|terminated by signal (?:SIGKILL|9\b)|SIGKILL`,
    unless: /^\s*(?:✓|ok|PASS|test .* ok)/
  },
  {
    rule: 'memory.oom',
    needles: [
      'MemoryError',
      'Allowed memory size of ',
      'Cannot allocate memory',
      'cannot allocate memory',
      'ut of memory',
      'OOMKilled',
      'Gradle build daemon disappeared unexpectedly'
    ],
    tool: 'runner',
    category: 'resource_exhausted',
    confidence: 0.75,
    source: String.raw`\bMemoryError\b|Allowed memory size of \d+ bytes exhausted|fatal error: runtime: out of memory|Cannot allocate memory|cannot allocate memory|[Oo]ut of memory|OOMKilled|The runner has run out of memory|Gradle build daemon disappeared unexpectedly`
  },
  // the runner itself went away
  {
    rule: 'runner.shutdown',
    needles: ['The runner has received a shutdown signal'],
    tool: 'runner',
    category: 'transient',
    confidence: 0.9,
    source: 'The runner has received a shutdown signal'
  },
  {
    rule: 'runner.lost',
    needles: [
      'lost communication with the server',
      'The hosted runner encountered an error',
      'The self-hosted runner ',
      ' did not respond',
      'An error occurred while provisioning resources',
      'Received request to deprovision',
      'The request was cancelled by the remote provider'
    ],
    tool: 'runner',
    category: 'transient',
    confidence: 0.9,
    source:
      'lost communication with the server|The hosted runner encountered an error|The self-hosted runner .* lost|runner .* did not respond|An error occurred while provisioning resources|Received request to deprovision|The request was cancelled by the remote provider'
  },
  {
    // the hosted runner a job was given never came online. A hint: the line also precedes
    // jobs that then start, so it decides only as a log's last word
    rule: 'runner.not-online',
    needles: ['Job is waiting for a hosted runner to come online'],
    tool: 'runner',
    category: 'transient',
    confidence: 0.6,
    source: 'Job is waiting for a hosted runner to come online',
    hint: true
  },
  {
    // Travis could not compile the job's build script (travis-build): the service's side
    rule: 'travis.build-script',
    needles: ['An error occurred while generating the build script'],
    tool: 'runner',
    category: 'transient',
    confidence: 0.8,
    source: 'An error occurred while generating the build script'
  },
  {
    rule: 'runner.canceled',
    needles: ['The operation was canceled', 'The operation was cancelled'],
    tool: 'runner',
    category: 'transient',
    confidence: 0.4,
    source: String.raw`The operation was canceled\.?|The operation was cancelled\.?`
  },
  RETIRED_REPOSITORY,
  // network trouble, registry 5xx and rate limits
  ...GENERAL_NETWORK_SIGNATURES,
  {
    rule: 'network.reset',
    needles: NETWORK_NEEDLES,
    tool: 'network',
    category: 'transient',
    confidence: 0.8,
    re: NETWORK_ERROR,
    code: 1,
    unless: RETRYING
  },
  {
    // the server reset an HTTP/2 stream mid-transfer, in Go's words (x/net/http2's
    // StreamError: `stream error: stream ID 4339; INTERNAL_ERROR; received from peer`)
    rule: 'network.http2-stream',
    needles: ['received from peer'],
    tool: 'network',
    category: 'transient',
    confidence: 0.8,
    source: String.raw`stream error[:;] (?:stream ID \d+; )?[A-Z_]+; received from peer`,
    unless: RETRYING
  },
  {
    rule: 'network.rate-limit',
    needles: RATE_LIMIT_NEEDLES,
    tool: 'network',
    category: 'transient',
    confidence: 0.85,
    re: RATE_LIMIT,
    unless: RETRYING
  },
  {
    rule: 'network.server-error',
    needles: [
      'Internal Server Error',
      'Bad Gateway',
      'Service Unavailable',
      'Gateway Time',
      'status',
      'HTTP',
      'returned error',
      'responded with',
      'npm ',
      'ERR_PNPM_',
      'NU1301',
      'Unable to load the service index',
      'response'
    ],
    tool: 'network',
    category: 'transient',
    confidence: 0.8,
    source: String.raw`\b(50[0234]) \(?(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|status code does not indicate success: (50[0234])\b|(?:status(?: code)?|HTTP(?: error)?|returned error|Received status code|response code|responded with):? (50[0234])\b|npm (?:ERR!|error) (50[0234])\b|ERR_PNPM_(?:META_)?FETCH_5\d\d|ERR_PNPM_META_FETCH_FAIL|NU1301|Unable to load the service index|Service Unavailable|Bad Gateway|(?:HTTP )?response(?: code)?:? (50[0234])\b|too many (50[0234]) error responses`,
    unless: RETRYING
  },
  {
    // hex could not fetch a package's registry record (the reason, often `:timeout`, on the
    // next line) and fell back to its cache: the registry was not reachable
    rule: 'network.hex-registry',
    needles: ['Failed to fetch record for '],
    tool: 'hex',
    category: 'transient',
    confidence: 0.6,
    source: String.raw`^Failed to fetch record for '?[\w/.-]+'? from registry\b`
  },
  {
    // hex's registry process gave up waiting for hex.pm while resolving (`** (exit) exited in:
    // GenServer.call(Hex.Registry.Server, …)` and `** (EXIT) time out` under it)
    rule: 'network.hex-registry',
    needles: ['GenServer.call(Hex.Registry.Server'],
    tool: 'hex',
    category: 'transient',
    confidence: 0.6,
    source: String.raw`^\*\* \(exit\) exited in: GenServer\.call\(Hex\.Registry\.Server\b`,
    refine: (_m, lines, i) =>
      /\(EXIT\) time ?out\b/.test(lines[i + 1] ?? '')
        ? ['transient', 0.6, 'network.hex-registry']
        : null
  },
  {
    // a tool's retries of a network error (cargo's "spurious network error", pip's
    // "Retrying … after connection broken", podman's "retrying in 1s"): a retry often
    // succeeds, so this is only a hint, which decides when nothing else was found
    rule: 'network.retry',
    needles: [...NETWORK_NEEDLES, ...RATE_LIMIT_NEEDLES],
    tool: 'network',
    category: 'transient',
    confidence: 0.4,
    source: `${NETWORK_ERROR.source}|${RATE_LIMIT.source}`,
    hint: true
  },
  {
    // npm crashing itself mid-install (a known npm bug, typically under memory pressure on a
    // runner): nothing about the project; a rerun passes
    rule: 'npm.exit-handler',
    needles: [' never called'],
    tool: 'npm',
    category: 'transient',
    confidence: 0.6,
    // npm 6 said `cb() never called!` for the same crash ("This is an error with npm itself")
    source: String.raw`^npm (?:ERR!|error) (?:Exit handler|cb\(\)) never called!?`
  },
  {
    // npm could not open a file of a package it was extracting into node_modules: its own
    // extraction racing (npm/cli#558), not a package missing from the registry or the lockfile
    rule: 'npm.enoent-installing',
    needles: ['enoent ENOENT'],
    tool: 'npm',
    category: 'transient',
    confidence: 0.6,
    re: NPM_ENOENT_INSTALLING
  },
  {
    // setup-php's own summary when downloading or installing PHP failed: in the reports it
    // was a package host's or GitHub's outage that a rerun got past, so only a hint (it
    // decides when nothing else was found)
    rule: 'setup-php.install-failed',
    needles: ['Could not setup PHP'],
    tool: 'setup-php',
    category: 'transient',
    confidence: 0.4,
    source: String.raw`Could not setup PHP\b`,
    hint: true
  },
  {
    // GitHub's cache service down or failing (its own words point to githubstatus.com): the
    // restore is skipped and later steps fail without what it held
    rule: 'actions.cache-service',
    needles: ['error has occurred in cache backend', 'not able to contact the cache service'],
    tool: 'runner',
    category: 'transient',
    confidence: 0.7,
    source:
      'An internal error has occurred in cache backend|The runner was not able to contact the cache service'
  },
  {
    // a remote cache evicted blobs Bazel had already seen listed: the build cannot fetch an
    // action's inputs (Bazel's remote-cache eviction; a rerun repopulates the cache)
    rule: 'bazel.remote-cache-evicted',
    needles: ['do not exist remotely'],
    tool: 'bazel',
    category: 'transient',
    confidence: 0.6,
    source: 'Failed to fetch blobs because they do not exist remotely'
  },
  {
    // an apt mirror caught mid-sync serves an index that does not match its Release file
    rule: 'apt.hash-mismatch',
    needles: ['Hash Sum mismatch'],
    tool: 'apt',
    category: 'transient',
    confidence: 0.7,
    source: 'Hash Sum mismatch'
  },
  {
    // a test's server cannot bind its port because another test or process holds it: flake
    // evidence about the machine, not the code (a test failure it explains is not counted)
    rule: 'flake.port-in-use',
    needles: ['bind: address already in use', 'EADDRINUSE', 'Address already in use (os error '],
    tool: 'test',
    category: 'transient',
    confidence: 0.5,
    source: String.raw`bind: address already in use|\bEADDRINUSE\b|Address already in use \(os error \d+\)`
  },
  // auth, permissions, inputs, action references, repository access
  {
    rule: 'github.integration-permission',
    needles: ['resource not accessible by '],
    tool: 'github',
    category: 'orchestration_error',
    confidence: 0.95,
    source: 'Resource not accessible by (?:integration|personal access token)',
    flags: 'i'
  },
  {
    rule: 'git.auth',
    needles: [
      'fatal: could not read ',
      'terminal prompts disabled',
      'Permission denied (publickey)',
      'Host key verification failed',
      'remote: Permission to ',
      'The requested URL returned error: 40',
      'Authentication failed for',
      'remote: Invalid username or ',
      'remote: Support for password authentication was removed',
      "fatal: repository '",
      'Could not read from remote repository',
      '[remote rejected]',
      'protected branch hook declined',
      'GH006: Protected branch update failed',
      'GH013: Repository rule violations'
    ],
    tool: 'git',
    category: 'orchestration_error',
    confidence: 0.9,
    source: String.raw`fatal: could not read (?:Username|Password)|terminal prompts disabled|Permission denied \(publickey\)|Host key verification failed|remote: Permission to \S+ denied|The requested URL returned error: 40[13]|Authentication failed for|remote: Invalid username or (?:password|token)|remote: Support for password authentication was removed|fatal: repository '.*' not found|Could not read from remote repository|\[remote rejected\]|protected branch hook declined|GH006: Protected branch update failed|GH013: Repository rule violations`,
    // a deploy hook that rejected the push because the build it ran failed
    unless: /pre-receive hook declined/,
    // `go get` fetching a module whose repository no longer exists (a
    // credentials prompt for a private module stays orchestration)
    refine: (_m, lines, i) => gitFailure(lines, i)
  },
  {
    // Travis has no prebuilt archive of the language version the build asks for (its
    // storage answers 403 or 404 for a file that does not exist)
    rule: 'travis.archive-missing',
    needles: [' archive. The archive may not exist'],
    tool: 'travis',
    category: 'dependency_missing',
    confidence: 0.85,
    re: TRAVIS_ARCHIVE
  },
  {
    rule: 'actions.unresolved-action',
    needles: [
      'Unable to resolve action',
      'Failed to resolve action download info',
      "Can't find 'action.y",
      'An action could not be found at the URI',
      'Invalid workflow file',
      'The workflow is not valid',
      "Unrecognized named-value: 'secrets'",
      'Unable to find any action'
    ],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.95,
    source: String.raw`Unable to resolve actions?\b|Failed to resolve action download info|Can't find 'action\.ya?ml', 'action\.ya?ml' or 'Dockerfile'|An action could not be found at the URI|Invalid workflow file|The workflow is not valid|Unrecognized named-value: 'secrets'|Unable to find any action`
  },
  {
    // the artifact/cache toolkit called from a plain `run:` script: the runner gives these
    // variables to actions only
    rule: 'actions.runtime-token',
    needles: ['ACTIONS_RUNTIME_'],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.85,
    source: 'Unable to get (?:the )?ACTIONS_RUNTIME_(?:TOKEN|URL) env variable'
  },
  {
    // the runner found the action's repository but not its entry point: the `uses:` path
    // names a directory that is no action (a sub-action's path left out)
    rule: 'actions.entry-missing',
    needles: ['File not found: '],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.8,
    source: String.raw`File not found: '[^']*[/\\]_actions[/\\][^']+'`
  },
  {
    // the job's Nix is not configured for a feature the flake uses (nix.conf or the
    // install step's extra-conf)
    rule: 'nix.experimental-feature',
    needles: ['experimental Nix feature'],
    tool: 'nix',
    category: 'orchestration_error',
    confidence: 0.85,
    source: String.raw`experimental Nix feature '[\w-]+' is disabled`
  },
  {
    rule: 'actions.missing-input',
    needles: ['Input required and not supplied: ', 'Parameter token or opts.auth is required'],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.95,
    source: String.raw`Input required and not supplied: ([\w-]+)|Parameter token or opts\.auth is required`,
    code: 1
  },
  PACKAGE_MANAGER_NOT_SET_UP,
  NO_PROJECT_FILE,
  {
    rule: 'auth.credentials',
    needles: [
      'Bad credentials',
      'Credentials could not be loaded',
      'Unable to locate credentials',
      'is not authorized to perform',
      'AccessDenied',
      'ENEEDAUTH',
      ' code E40',
      'ERR_PNPM_FETCH_40',
      'unauthorized: authentication required',
      'pull access denied',
      'denied: requested access to the resource is denied',
      'denied: permission_denied',
      'HttpError: ',
      ' to create or update workflow',
      'secret',
      'Token required',
      'token is ',
      'oken expired or revoked',
      'provide',
      'supply',
      'Not authorized',
      'Unauthorized',
      '403 Forbidden',
      'Username and password required',
      'No valid credential sources found',
      'could not find default credentials',
      'NoCredentialProviders',
      'You must be logged in to the server',
      'Error from server (',
      'ACTIONS_ID_TOKEN_REQUEST_',
      'failed with status'
    ],
    tool: 'auth',
    category: 'orchestration_error',
    confidence: 0.85,
    source: String.raw`\bBad credentials\b|Credentials could not be loaded|Could not load credentials from any providers|Unable to locate credentials|is not authorized to perform|AccessDenied(?:Exception)?:|ENEEDAUTH|npm (?:ERR!|error) code E40[13]\b|ERR_PNPM_FETCH_40[13]|unauthorized: authentication required|pull access denied|denied: requested access to the resource is denied|denied: permission_denied|HttpError: (?:Not Found|Forbidden)|refusing to allow a (?:GitHub App|Personal Access Token|OAuth App) to create or update workflow|secret(?:s)? (?:\S+ )?(?:is|are) (?:not set|missing|empty)|Token required|token is (?:missing|invalid|expired)|[Tt]oken expired or revoked|Must (?:provide|supply) (?:a )?token|Not authorized|Unauthorized\b.*\b401\b|\b401 Unauthorized\b|\b403 Forbidden\b|Username and password required|No valid credential sources found|could not find default credentials|NoCredentialProviders|You must be logged in to the server|Error from server \((?:Forbidden|Unauthorized)\)|ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)|failed with status:? 40[13]\b`,
    // docker's answer for an image nobody published: see system.image-not-found
    unless: /pull access denied for \S+, repository does not exist/
  },
  CONFIG_INVALID_SIGNATURE,
  {
    // GitHub Actions cannot evaluate or validate the workflow file itself: its errors name the
    // file and position (`.github/workflows/ci.yml (Line: 65, Col: 24): Unexpected value ''`),
    // or the job whose field it could not evaluate (`Error when evaluating 'runs-on' for job 'x'`)
    rule: 'actions.workflow-invalid',
    needles: ['.github/workflows/', "Error when evaluating '"],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.85,
    source: String.raw`\.github\/workflows\/[\w./-]+\.ya?ml \(Line: \d+, Col: \d+\)|Error when evaluating '[\w-]+' for job '[\w-]+'`
  },
  {
    // the build context has no Dockerfile (a job that builds before checking out, a wrong
    // path): BuildKit's and the classic builder's words for it
    rule: 'docker.no-dockerfile',
    needles: ['failed to read dockerfile: ', 'unable to evaluate symlinks in Dockerfile path'],
    tool: 'docker',
    category: 'orchestration_error',
    confidence: 0.75,
    source: String.raw`failed to read dockerfile: open \S*: no such file or directory|unable to evaluate symlinks in Dockerfile path: lstat \S*: no such file or directory`
  },
  {
    // GitHub refuses to start the job: the account's billing (a failed payment, a spending limit)
    rule: 'actions.billing',
    needles: ['The job was not started because recent account payments have failed'],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.9,
    source:
      'The job was not started because recent account payments have failed or your spending limit needs to be increased'
  },
  {
    rule: 'actions.config',
    needles: [
      'No files were found with the provided path',
      'Dependencies lock file is not found in',
      'Unable to process file command',
      'No runner matching the specified labels',
      'Artifact not found for name',
      'Unable to find any artifacts',
      'Error: Unable to download artifact',
      "fatal: couldn't find remote ref",
      'fatal: reference is not a tree',
      "error: pathspec '",
      'fatal: not a git repository',
      'There is no local or remote cache to restore',
      "A branch or tag with the name '"
    ],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.7,
    source:
      "No files were found with the provided path|Dependencies lock file is not found in|Unable to process file command|No runner matching the specified labels|Artifact not found for name|Unable to find any artifacts|Error: Unable to download artifact|fatal: couldn't find remote ref|fatal: reference is not a tree|error: pathspec '.*' did not match|fatal: not a git repository|There is no local or remote cache to restore|A branch or tag with the name '.*' could not be found"
  },
  {
    // GitHub refuses a job that uses a retired major version of an action (its words since
    // the artifact actions' v3 deprecation)
    rule: 'actions.deprecated-version',
    needles: ['uses a deprecated version of'],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.9,
    source: 'This request has been automatically failed because it uses a deprecated version of'
  },
  {
    // the runner is older than the action's runtime (`using: node24` on a runner that knows
    // node20): the runner's ActionManifestManager refuses the action
    rule: 'runner.unsupported-runtime',
    needles: ["' is not supported, use "],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.85,
    source: String.raw`'using: node\d+' is not supported, use `
  },
  {
    // Windows' path limit, which the job's configuration lifts (git's core.longpaths, the
    // LongPathsEnabled setting): git's, .NET's PathTooLongException's and MSBuild's words
    rule: 'windows.path-too-long',
    needles: ['Filename too long', 'The specified path, file name, or both are too long'],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.8,
    source: String.raw`\S: Filename too long\b|The specified path, file name, or both are too long`
  },
  {
    // The repository's or the CI config's own setup, in the words of git and the build
    // services: a gitlink without its .gitmodules entry (checkout's submodule step fails
    // first), AppVeyor left in its default MSBuild mode, xcodebuild's test action without a
    // -destination it can run on
    rule: 'ci.repository-setup',
    needles: [
      'No url found for submodule path',
      'no submodule mapping found in .gitmodules',
      'The build phase is set to "MSBuild" mode',
      'A build only device cannot be used to run this target'
    ],
    tool: 'runner',
    category: 'orchestration_error',
    confidence: 0.8,
    source: String.raw`No url found for submodule path '.*' in \.gitmodules|no submodule mapping found in \.gitmodules for path|The build phase is set to "MSBuild" mode \(default\), but no Visual Studio project or solution files were found|A build only device cannot be used to run this target`
  },
  {
    // rake run where there is no Rakefile: Travis's default Ruby build on a repository
    // without its own configuration
    rule: 'rake.no-rakefile',
    needles: ['No Rakefile found'],
    tool: 'rake',
    category: 'orchestration_error',
    confidence: 0.8,
    source: String.raw`No Rakefile found \(looking for: `
  },
  // dependencies: install, resolution, lockfiles, registries, system libraries
  {
    rule: 'npm.lockfile-out-of-sync',
    needles: [
      '`npm ci` can only install packages when your package.json and package-lock.json',
      'The `npm ci` command can only install with an existing package-lock.json',
      ' from lock file',
      "Invalid: lock file's "
    ],
    tool: 'npm',
    category: 'dependency_missing',
    confidence: 0.95,
    source: String.raw`\`npm ci\` can only install packages when your package\.json and package-lock\.json(?: or npm-shrinkwrap\.json)? are in sync|The \`npm ci\` command can only install with an existing package-lock\.json|Missing: \S+ from lock file|Invalid: lock file's \S+ does not satisfy`
  },
  {
    rule: 'npm.resolve',
    needles: [
      ' code ',
      ' 404 Not Found',
      'No matching version found for',
      'Could not resolve dependency:',
      'unable to resolve dependency tree',
      'conflicting peer dependency',
      ' notsup ',
      'The engine "node" is incompatible'
    ],
    tool: 'npm',
    category: 'dependency_missing',
    confidence: 0.92,
    source: String.raw`npm (?:ERR!|error) code (ERESOLVE|E404|ETARGET|ENOVERSIONS|EBADENGINE|ENOTSUP|EINTEGRITY|ENOENT)\b|npm (?:ERR!|error) 404 Not Found|No matching version found for|Could not resolve dependency:|unable to resolve dependency tree|conflicting peer dependency|npm (?:ERR!|error) notsup (?:Unsupported engine|Not compatible with your version of node)|The engine "node" is incompatible with this module`,
    code: 1,
    // an ENOENT whose file is inside node_modules is npm's own extraction, not a missing package
    refine: (m, lines, i) =>
      m[1] === 'ENOENT' && lines.slice(i + 1, i + 6).some(l => NPM_ENOENT_INSTALLING.test(l))
        ? ['transient', 0.6, 'npm.enoent-installing']
        : ['dependency_missing', 0.92, 'npm.resolve']
  },
  {
    rule: 'pnpm.lockfile',
    needles: [
      'ERR_PNPM_OUTDATED_LOCKFILE',
      'ERR_PNPM_LOCKFILE_CONFIG_MISMATCH',
      'Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date',
      'ERR_PNPM_LOCKFILE_MISSING_DEPENDENCY'
    ],
    tool: 'pnpm',
    category: 'dependency_missing',
    confidence: 0.95,
    source: String.raw`ERR_PNPM_OUTDATED_LOCKFILE|ERR_PNPM_LOCKFILE_CONFIG_MISMATCH|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date|ERR_PNPM_LOCKFILE_MISSING_DEPENDENCY`
  },
  {
    rule: 'pnpm.resolve',
    needles: ['ERR_PNPM_'],
    tool: 'pnpm',
    category: 'dependency_missing',
    confidence: 0.9,
    source: String.raw`ERR_PNPM_(NO_MATCHING_VERSION\w*|FETCH_404|PEER_DEP_ISSUES|WORKSPACE_PKG_NOT_FOUND|NO_MATCHING_VERSION_INSIDE_WORKSPACE|UNSUPPORTED_ENGINE|BAD_PM_VERSION|NO_LOCKFILE)`,
    code: 1
  },
  {
    rule: 'yarn.lockfile',
    needles: [
      'YN0028',
      'The lockfile would have been modified by this install, which is explicitly forbidden',
      'Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`'
    ],
    tool: 'yarn',
    category: 'dependency_missing',
    confidence: 0.95,
    source:
      'YN0028|The lockfile would have been modified by this install, which is explicitly forbidden|Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`'
  },
  {
    rule: 'yarn.resolve',
    needles: [
      'YN0035',
      'YN0082',
      'YN0060',
      "Couldn't find ",
      'Package not found',
      "doesn't provide "
    ],
    tool: 'yarn',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`YN0035|YN0082|YN0060|Couldn't find (?:package|any versions for) "|error Couldn't find package|Package not found|error Couldn't find the binary|doesn't provide \S+ \(\w+\), requested by`
  },
  DART_NEEDS_FLUTTER,
  {
    rule: 'pip.resolve',
    needles: [
      'Could not find a version that satisfies the requirement',
      'No matching distribution found for',
      'Could not find any downloads that satisfy the requirement',
      'No distributions at all found for',
      'ResolutionImpossible',
      'because these package versions have conflicting dependencies',
      'requires a different Python',
      'version solving failed',
      'SolverProblemError',
      'pyproject.toml changed significantly since poetry.lock',
      'poetry.lock is not consistent with pyproject.toml',
      'No solution found when resolving dependencies',
      'needs to be updated, but `--locked` was provided',
      'The lockfile at `uv.lock` needs to be updated',
      " which doesn't match any versions"
    ],
    tool: 'pip',
    category: 'dependency_missing',
    confidence: 0.92,
    // (pip before 7: `Could not find any downloads that satisfy…`, `No distributions at all found for`)
    source: String.raw`Could not find a version that satisfies the requirement|No matching distribution found for|Could not find any downloads that satisfy the requirement|No distributions at all found for|ResolutionImpossible|because these package versions have conflicting dependencies|requires a different Python|Package '\S+' requires a different Python|version solving failed|SolverProblemError|pyproject\.toml changed significantly since poetry\.lock|poetry\.lock is not consistent with pyproject\.toml|No solution found when resolving dependencies|needs to be updated, but \`--locked\` was provided|The lockfile at \`uv\.lock\` needs to be updated|Because \S+ depends on .* which doesn't match any versions`
  },
  {
    rule: 'pip.build',
    needles: [
      'Failed building wheel for ',
      'Could not build wheels for ',
      'error: subprocess-exited-with-error',
      'metadata-generation-failed'
    ],
    tool: 'pip',
    category: 'dependency_missing',
    confidence: 0.6,
    source: String.raw`Failed building wheel for (\S+)|Could not build wheels for (\S+)|error: subprocess-exited-with-error|metadata-generation-failed`,
    code: 1
  },
  {
    rule: 'go.module',
    needles: [
      'no required module provides package',
      'missing go.sum entry',
      ': checksum mismatch',
      'cannot find module providing package',
      'go: updates to go.mod needed',
      'go.mod file indicates go ',
      ', but does not contain package',
      'unknown revision',
      'invalid version: unknown',
      ': reading ',
      'requires go >= ',
      'go: inconsistent vendoring'
    ],
    tool: 'go',
    category: 'dependency_missing',
    confidence: 0.9,
    source: String.raw`no required module provides package|missing go\.sum entry|verifying \S+: checksum mismatch|cannot find module providing package|go: updates to go\.mod needed|go\.mod file indicates go \d|module \S+ found(?: \([^)]*\))?, but does not contain package|unknown revision|invalid version: unknown|go: \S+@\S+: reading \S+: 404|requires go >= [\d.]+|go: inconsistent vendoring`
  },
  {
    // building a Go tree (or a module) that needs a newer toolchain than the one running:
    // Go's source tree carries a guard package named after the version it needs, and
    // golangci-lint refuses a module targeting a newer Go than the one it was built with
    rule: 'go.toolchain-too-old',
    needles: ['building_Go_requires_Go_', 'used to build golangci-lint'],
    tool: 'go',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`\bbuilding_Go_requires_Go_[\d_]+_or_later\b|the Go language version \(go[\d.]+\) used to build golangci-lint\b`
  },
  {
    rule: 'ruby.bundler',
    needles: [
      "Could not find gem '",
      'Bundler could not find compatible versions for gem',
      'any of the sources',
      'locally installed gems',
      'cannot load such file -- ',
      'The gemspecs for path gems changed',
      'Your bundle only supports platforms',
      'Gem::MissingSpecError',
      'You are trying to install in deployment mode after changing',
      'Gem::Ext::BuildError',
      'ExtensionBuildError',
      'Failed to build gem native extension',
      'Gem::GemNotFoundException',
      "can't find gem ",
      'An error occurred while installing ',
      'Could not find compatible versions',
      'version solving has failed',
      'does not exist in the',
      'is not part of the bundle',
      'Your bundle is locked to '
    ],
    tool: 'bundler',
    category: 'dependency_missing',
    confidence: 0.88,
    source: String.raw`Could not find gem '|Bundler could not find compatible versions for gem|Could not find [\w.-]+-[\d.]+ in (?:any of the sources|locally installed gems)|cannot load such file -- ([\w/.-]+)|The gemspecs for path gems changed|Your bundle only supports platforms|Gem::MissingSpecError|You are trying to install in deployment mode after changing|Gem::Ext::BuildError|ExtensionBuildError|Failed to build gem native extension|Gem::GemNotFoundException|can't find gem \S+|An error occurred while installing [\w.-]+|^Could not find compatible versions|version solving has failed|^Revision [0-9a-f]{7,40} does not exist in the\b|\bis not part of the bundle\. Add it to (?:your )?Gemfile|Your bundle is locked to [\w.-]+ \([^)]+\)`,
    code: 1
  },
  {
    rule: 'php.composer',
    needles: [
      ' to an installable set of packages',
      'Your lock file does not contain a compatible set of packages',
      'The lock file is not up to date with the latest changes in composer.json',
      ') does not satisfy that requirement'
    ],
    tool: 'composer',
    category: 'dependency_missing',
    confidence: 0.9,
    source: String.raw`Your requirements could not be (?:resolved|solved) to an installable set of packages|Your lock file does not contain a compatible set of packages|The lock file is not up to date with the latest changes in composer\.json|your (?:php|PHP) version \([\w.-]+\) does not satisfy that requirement`
  },
  {
    rule: 'jvm.resolve',
    needles: [
      'Could not resolve dependencies for project',
      'Failure to find ',
      ' is missing, no dependency information available',
      'Could not resolve all ',
      'Could not find ',
      '] was not found',
      'could not be resolved',
      'Non-resolvable parent POM',
      'Could not resolve plugin artifact'
    ],
    tool: 'maven',
    category: 'dependency_missing',
    confidence: 0.88,
    source: String.raw`Could not resolve dependencies for project|Could not find artifact|Failure to find \S+ in \S+ was cached|The POM for \S+ is missing, no dependency information available|Could not resolve all (?:files|dependencies|artifacts|task dependencies) for configuration|Could not find [\w.-]+:[\w.-]+:[^\s:\`'"]+\.?[\`'"]?$|Plugin \[id: '[^']+'.*\] was not found|Plugin [\w.:-]+ (?:or one of its dependencies )?could not be resolved|Non-resolvable parent POM|Could not resolve plugin artifact`
  },
  {
    rule: 'dotnet.restore',
    needles: [
      'NU1',
      ': Unable to find',
      'Unable to find package ',
      "Unable to find version '",
      'A compatible .NET SDK was not found',
      'NETSDK1045',
      'NETSDK1004',
      'The current .NET SDK does not support targeting',
      'Unable to resolve '
    ],
    tool: 'nuget',
    category: 'dependency_missing',
    confidence: 0.9,
    source: String.raw`error (NU1101|NU1102|NU1103|NU1100|NU1202|NU1605|NU1608|NU1004): |\b(NU1\d{3}): Unable to find|Unable to find package [\w.-]+|Unable to find version '[^']+' of package|A compatible \.NET SDK was not found|NETSDK1045|NETSDK1004|The current \.NET SDK does not support targeting|Unable to resolve '?[\w.-]+ \(>= [^)]+\)'? for '?[\w.,=-]+`,
    code: 1
  },
  {
    rule: 'cargo.resolve',
    needles: [
      'failed to select a version for',
      'no matching package named',
      'failed to load source for dependency',
      ' needs to be updated but --locked was passed',
      'cannot be built because it requires rustc',
      'Could not find directory of OpenSSL',
      '` not found',
      'failed to run custom build command for'
    ],
    tool: 'cargo',
    category: 'dependency_missing',
    confidence: 0.88,
    source:
      'failed to select a version for|no matching package named|failed to load source for dependency|the lock file .* needs to be updated but --locked was passed|cannot be built because it requires rustc|Could not find directory of OpenSSL|linker `[^`]+` not found|failed to run custom build command for'
  },
  {
    // hex/mix: a package the registry (or the cache it fell back to) does not have
    rule: 'hex.resolve',
    needles: [
      'No package with name ',
      'Package fetch failed and no cached copy available',
      'Hex dependency resolution failed'
    ],
    tool: 'hex',
    category: 'dependency_missing',
    confidence: 0.8,
    source: String.raw`\*\* \(Mix\) (?:No package with name \S+ .*in registry|Package fetch failed and no cached copy available|Hex dependency resolution failed)`
  },
  {
    // cabal's solver and stack's build plan: no versions satisfy the bounds
    rule: 'haskell.resolve',
    needles: [
      ': Could not resolve dependencies',
      'Stack failed to construct a build plan',
      'While constructing the build plan',
      'rejecting: '
    ],
    tool: 'cabal',
    category: 'dependency_missing',
    confidence: 0.85,
    // the solver's own trace (`[__1] rejecting: ghc-paths:setup.Cabal-3.4.0.0 (constraint from
    // …)`), quoted without the line above it
    source: String.raw`\bcabal(?:\.exe)?: Could not resolve dependencies|Stack failed to construct a build plan|While constructing the build plan, the following exceptions were encountered|^\W{0,8}(?:\[__\d+\] )?rejecting: [\w-]+(?::[\w.-]+)?-\d[\w.]*`
  },
  {
    // setup-xcode on an image that no longer has the Xcode the workflow pins
    rule: 'xcode.version-unavailable',
    needles: ['Could not find Xcode version that satisfied version spec'],
    tool: 'xcode',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`Could not find Xcode version that satisfied version spec`
  },
  {
    // GHC: an imported module no package in the build provides (hierarchical names are
    // library modules; a flat name like `Utils` is one of the program's own files)
    rule: 'ghc.module-not-found',
    needles: ['Could not find module '],
    tool: 'ghc',
    category: 'dependency_missing',
    confidence: 0.75,
    source: String.raw`Could not find module [‘'\`]([\w.]+)[’']`,
    code: 1,
    refine: (m, lines, i) =>
      m[1].includes('.') ||
      lines
        .slice(i + 1, i + 3)
        .some(l => /There are files missing in the|in any known package/.test(l))
        ? ['dependency_missing', 0.75, 'ghc.module-not-found']
        : ['compile_error', 0.6, 'ghc.local-module-not-found']
  },
  {
    // Nix: a pinned source's content no longer has the hash the derivation names
    rule: 'nix.hash-mismatch',
    needles: ['hash mismatch in fixed-output derivation'],
    tool: 'nix',
    category: 'dependency_missing',
    confidence: 0.75,
    source: 'hash mismatch in fixed-output derivation'
  },
  {
    // SwiftPM and CocoaPods resolution
    rule: 'swift.resolve',
    needles: [
      'package dependency graph could not be resolved',
      'Dependencies could not be resolved because',
      'contains revisioned dependencies',
      'CocoaPods could not find compatible versions for pod',
      'None of your spec sources contain a spec satisfying',
      'Unable to find a specification for ',
      'xcodebuild: error: Could not resolve package dependencies',
      ' repo requires CocoaPods '
    ],
    tool: 'swiftpm',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`package dependency graph could not be resolved|Dependencies could not be resolved because|contains revisioned dependencies|CocoaPods could not find compatible versions for pod|None of your spec sources contain a spec satisfying|Unable to find a specification for [\`'"]|xcodebuild: error: Could not resolve package dependencies|The \`[\w.-]+\` repo requires CocoaPods \d`
  },
  {
    // the Dart analyzer and front end: an imported `package:` library that is not resolved
    rule: 'dart.package-not-found',
    needles: [
      "Target of URI doesn't exist: 'package:",
      "Error: Not found: 'package:",
      "Error: Could not resolve the package '"
    ],
    tool: 'dart',
    category: 'dependency_missing',
    confidence: 0.8,
    source:
      "Target of URI doesn't exist: 'package:|Error: Not found: 'package:|Error: Could not resolve the package '"
  },
  REMOVED_API_SIGNATURE,
  VERSION_UNAVAILABLE_SIGNATURE,
  {
    rule: 'system.missing',
    needles: [
      ': command not found',
      'command not found: ',
      'is not recognized as an internal or external command',
      'error while loading shared libraries',
      'cannot find -l',
      'Could NOT find ',
      'Could not find the following ',
      ' set to NOTFOUND',
      ' has no installation candidate',
      'Unable to locate package',
      ' was not found in the pkg-config search path',
      "No package '",
      'Unable to find ',
      "' with architecture '",
      ' was not found in the local cache',
      'executable file not found in $PATH',
      'could not find any instance of Visual Studio',
      'Could not find the compiler specified',
      '_COMPILER could be found'
    ],
    tool: 'system',
    category: 'dependency_missing',
    confidence: 0.7,
    source: String.raw`: command not found$|command not found: \S+|is not recognized as an internal or external command|error while loading shared libraries|cannot find -l[\w.+-]+|Could NOT find \w+|Unable to find the requested \w+ libraries|Could not find the following (?:static )?\w+ libraries|(?:is|are) set to NOTFOUND|Package '?[\w.+-]+'? has no installation candidate|Unable to locate package|E: Package .* has no installation candidate|Package [\w.+-]+ was not found in the pkg-config search path|No package '[\w.+-]+' found|Unable to find (?:Node|Python|Go|Java) version|The version '\S+' with architecture '\S+' was not found|Version \S+ was not found in the local cache|executable file not found in \$PATH|could not find any instance of Visual Studio|Could not find the compiler specified in the environment variable \w+|No CMAKE_\w+_COMPILER could be found`
  },
  {
    // A toolchain older than a package or module asks for, in the words of RubyGems (`bundler
    // requires Ruby version >= 2.3.0`), the go command (`note: module requires Go 1.17`) and
    // rustup (`toolchain 'nightly-…' does not have the binary \`cargo-clippy\``); R's `there is
    // no package called ‘rcmdcheck’` (a package the job never installed)
    rule: 'toolchain.too-old',
    needles: [
      ' requires Ruby version ',
      'module requires Go ',
      ' does not have the binary ',
      'there is no package called '
    ],
    tool: 'system',
    category: 'dependency_missing',
    confidence: 0.8,
    source: String.raw`\S requires Ruby version [<>=~]+ ?\d|\bnote: module requires Go \d|\btoolchain '[^']+' does not have the binary \S+|there is no package called [‘'"][\w.]+[’'"]`
  },
  ...MISSING_PIECES,
  {
    // a program the job runs is not installed, in the words of dash (`sh: 1: mocha: not
    // found`), GHC (`ghc: could not execute: hspec-discover`) and distutils (`unable to
    // execute 'gcc'`). Not system.*: after a failed install it is that failure's symptom
    rule: 'shell.not-found',
    needles: [': not found', 'could not execute: ', "unable to execute '"],
    tool: 'shell',
    category: 'dependency_missing',
    confidence: 0.7,
    source: String.raw`^(?:\/bin\/)?sh: \d+: [\w./][\w./+-]*: not found$|^\S+: could not execute: [\w./][\w./+-]*$|unable to execute '[^'-][^']*': No such file or directory`
  },
  {
    rule: 'terraform.providers',
    needles: [
      'Could not retrieve the list of available versions for provider',
      'no available releases match the given constraints',
      'Inconsistent dependency lock file',
      'Failed to install provider',
      ': required by this configuration but no version is selected',
      'Module not installed',
      'Module source has changed'
    ],
    tool: 'terraform',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`Could not retrieve the list of available versions for provider|no available releases match the given constraints|Inconsistent dependency lock file|Failed to install provider|provider registry\.terraform\.io\/\S+: required by this configuration but no version is selected|Module not installed|Module source has changed`
  },
  {
    rule: 'system.image-not-found',
    needles: [
      'failed to resolve source metadata for ',
      'manifest for ',
      'manifest unknown',
      ', repository does not exist',
      'Error: image '
    ],
    tool: 'docker',
    category: 'dependency_missing',
    confidence: 0.8,
    // (`Error: image o/n:tag not found`: the Docker client before 1.10)
    source: String.raw`failed to resolve source metadata for \S+: .*not found|manifest for \S+ not found|manifest unknown|pull access denied for \S+, repository does not exist|Error: image \S+ not found`
  },
  {
    rule: 'system.browsers-missing',
    needles: [
      "Executable doesn't exist at ",
      'Please run the following command to download new browsers',
      'Host system is missing ',
      'Could not find ',
      'Failed to launch the browser process'
    ],
    tool: 'playwright',
    category: 'dependency_missing',
    confidence: 0.9,
    source: String.raw`Executable doesn't exist at \S*ms-playwright|Please run the following command to download new browsers|Host system is missing (?:a few )?dependencies to run browsers|Could not find (?:Chrome|Chromium|Firefox) \(ver\.|Failed to launch the browser process`
  },
  {
    // Travis's install-jdk.sh cannot provide the JDK feature release asked for
    rule: 'jvm.jdk-unavailable',
    needles: ['Expected feature release number in range of'],
    tool: 'install-jdk',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`Expected feature release number in range of \d+ to \d+, but got: \d+`
  },
  {
    // wget's answer for a file the server does not have: the thing to download is gone
    rule: 'download.not-found',
    needles: ['ERROR 404: Not Found'],
    tool: 'wget',
    category: 'dependency_missing',
    confidence: 0.6,
    source: String.raw`^(?:\S+ \S+ )?ERROR 404: Not Found\.?$`
  },
  {
    // a JDK older than the release the build targets (javac's words, as Maven quotes them)
    rule: 'jvm.jdk-too-old',
    needles: [' release: ', 'error: release version '],
    tool: 'javac',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`invalid (?:target|source) release: [\d.]+|error: release version \d+ not supported`
  },
  {
    // the macOS agent lacks the Xcode, or the simulator, a build asks for: xcode-select's and
    // xcodebuild's words
    rule: 'xcode.missing',
    needles: [' requires Xcode, but active developer directory', 'provided destination specifier'],
    tool: 'xcode',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`tool '\w+' requires Xcode, but active developer directory|Unable to find a destination matching the provided destination specifier`
  },
  {
    // a package manager's installed binary is not there, so the packages were never installed
    // (bash's words for vendor/bin/phpunit or node_modules/.bin/jest)
    rule: 'shell.vendor-binary-missing',
    needles: ['No such file or directory'],
    tool: 'shell',
    category: 'dependency_missing',
    confidence: 0.7,
    source: String.raw`(?:^|[\s\`'"])(?:\.\/)?(?:vendor\/bin|node_modules\/\.bin)\/[\w.-]+: No such file or directory`
  },
  // module resolution and module contracts
  {
    rule: 'node.module-not-found',
    needles: [
      'Cannot find ',
      'Module not found: ',
      'Failed to resolve import "',
      'Could not resolve "',
      'Rollup failed to resolve import "',
      'Failed to load url ',
      'ERR_MODULE_NOT_FOUND'
    ],
    tool: 'node',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`Cannot find (?:module|package) '([^']+)'|Module not found: (?:Error: )?Can't resolve '([^']+)'|Failed to resolve import "([^"]+)"|Could not resolve "([^"]+)"|Rollup failed to resolve import "([^"]+)"|Failed to load url (\S+)|ERR_MODULE_NOT_FOUND|Cannot find module "([^"]+)"`,
    unless: /error TS2307|TS2307:/,
    refine: m => {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? ''
      return moduleRefine(
        spec,
        ['dependency_missing', 0.85, 'node.module-not-found'],
        ['compile_error', 0.7, 'node.local-module-not-found']
      )
    }
  },
  {
    rule: 'python.module-not-found',
    needles: ['No module named '],
    tool: 'python',
    category: 'dependency_missing',
    confidence: 0.85,
    source: String.raw`ModuleNotFoundError: No module named '([^']+)'|ImportError: No module named '?([\w.]+)|^(?:\S+: )?No module named '?([\w.]+)'?\s*$`,
    code: 1,
    // `tests`/`test` is the repository's own test package (no installable package is
    // imported by that name): its import failing is the project's layout, not a dependency
    refine: m =>
      OWN_TEST_PACKAGE.test(m[1] ?? m[2] ?? m[3] ?? '')
        ? ['compile_error', 0.7, 'python.local-module-not-found']
        : ['dependency_missing', 0.85, 'python.module-not-found']
  },
  {
    rule: 'python.import-name',
    needles: ['ImportError: '],
    tool: 'python',
    category: 'contract_violation',
    confidence: 0.75,
    source: String.raw`ImportError: cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'|\w*ImportError: \`?\w+\`? has been (?:moved|removed|renamed)`,
    code: 1,
    refine: (_m, lines, i) =>
      CIRCULAR_IMPORT.test(lines[i])
        ? ['compile_error', 0.7, 'python.circular-import']
        : ['contract_violation', 0.75, 'python.import-name']
  },
  {
    // a module attribute that no longer exists: an API removed in an upgrade (np.float, collections.Mapping)
    rule: 'python.module-attribute',
    needles: ["AttributeError: module '"],
    tool: 'python',
    category: 'contract_violation',
    confidence: 0.65,
    source: String.raw`AttributeError: module '([\w.]+)' has no attribute '\w+'`,
    code: 1,
    // the repository's own module (its file is in the traceback, outside site-packages): a code bug
    refine: (m, lines, i) =>
      ownPythonModule(m[1], lines, i)
        ? null
        : ['contract_violation', 0.65, 'python.module-attribute']
  },
  {
    // one installed package calling another with an API it lacks (a plugin and its host
    // at versions that do not fit): the frame that raised is inside site-packages
    rule: 'python.library-api',
    needles: [
      "' object has no attribute '",
      "got an unexpected keyword argument '",
      ' positional argument'
    ],
    tool: 'python',
    category: 'contract_violation',
    confidence: 0.6,
    source: String.raw`(?:^|\s)(?:AttributeError: '\w+' object has no attribute '\w+'|TypeError: [\w.]+\(\) (?:got an unexpected keyword argument '\w+'|takes \d+ positional arguments? but \d+ (?:were|was) given|missing \d+ required positional argument))`,
    refine: (_m, lines, i) =>
      raisedInLibrary(lines, i) ? ['contract_violation', 0.6, 'python.library-api'] : null
  },
  {
    // an API a library removed in a release (NumPy 2.0's np.NaN, np.float_, np.alltrue…)
    rule: 'python.removed-api',
    needles: [' removed in '],
    tool: 'python',
    category: 'contract_violation',
    confidence: 0.8,
    source: String.raw`(?:AttributeError|ImportError): .*\b(?:was|has been) removed in (?:the )?\S+ \d+(?:\.\d+)* release`
  },
  {
    // .NET binary incompatibility: an assembly built against another version of a dependency
    rule: 'dotnet.missing-member',
    needles: [
      'MissingMethodException',
      'MissingFieldException',
      'TypeLoadException',
      "Method not found: '"
    ],
    tool: 'dotnet',
    category: 'contract_violation',
    confidence: 0.8,
    source: String.raw`System\.(MissingMethodException|MissingFieldException|TypeLoadException)\b|^Method not found: '`,
    code: 1
  },
  {
    // a PHPStan extension calling an API the installed PHPStan no longer has
    rule: 'phpstan.extension-api',
    needles: ['Internal error: Call to undefined method '],
    tool: 'phpstan',
    category: 'contract_violation',
    confidence: 0.7,
    source: String.raw`Internal error: Call to undefined method [\w\\]+::\w+\(\) while analysing`
  },
  {
    // terraform: arguments a module or provider does not (or no longer) accept
    rule: 'terraform.unsupported',
    needles: ['Error: Unsupported '],
    tool: 'terraform',
    category: 'compile_error',
    confidence: 0.6,
    source: '^(?:│ )?Error: Unsupported (?:argument|block type)',
    // inside a downloaded module: the module and its provider do not fit
    // an argument passed to a called module (`in module "db":`) that its version no longer
    // takes: the module's interface changed
    refine: (_m, lines, i) =>
      lines
        .slice(i + 1, i + 5)
        .some(l => /\bon \.terraform\/modules\/|, in module "[^"]+":\s*$/.test(l))
        ? ['contract_violation', 0.6, 'terraform.module-unsupported']
        : ['compile_error', 0.6, 'terraform.unsupported']
  },
  {
    // binary incompatibility between jars: code compiled against another version of a library
    rule: 'jvm.linkage',
    needles: [
      'NoSuchMethodError',
      'NoSuchFieldError',
      'AbstractMethodError',
      'IncompatibleClassChangeError'
    ],
    tool: 'jvm',
    category: 'contract_violation',
    confidence: 0.85,
    source: String.raw`java\.lang\.(NoSuchMethodError|NoSuchFieldError|AbstractMethodError|IncompatibleClassChangeError)\b`,
    code: 1
  },
  {
    rule: 'js.missing-export',
    needles: [
      "does not provide an export named '",
      '" is not exported by "',
      "') was not found in '",
      'No matching export in "',
      "\"' has no exported member '",
      "Attempted import error: '",
      "' not found. The requested module '"
    ],
    tool: 'node',
    category: 'contract_violation',
    confidence: 0.9,
    source: String.raw`does not provide an export named '([^']+)'|"(\w+)" is not exported by "([^"]+)"|export '([^']+)' \(imported as '[^']+'\) was not found in '([^']+)'|No matching export in "([^"]+)" for import "([^"]+)"|Module '"([^"]+)"' has no exported member '([^']+)'|Attempted import error: '([^']+)' is not exported from '([^']+)'|Named export '([^']+)' not found\. The requested module '([^']+)'`,
    refine: m => {
      const from = m[3] ?? m[5] ?? m[6] ?? m[8] ?? m[11] ?? m[13] ?? ''
      return from && isLocalModule(from)
        ? ['compile_error', 0.7, 'js.local-missing-export']
        : ['contract_violation', 0.9, 'js.missing-export']
    }
  },
  {
    // a PHP fatal error raised inside an installed package (vendor/): two packages, or a
    // package and the PHP version, do not fit (a global PHPUnit running a project's newer one)
    rule: 'php.library-api',
    needles: ['Fatal error: '],
    tool: 'php',
    category: 'contract_violation',
    confidence: 0.7,
    source: String.raw`(?:PHP )?Fatal error: +(?:Uncaught \w*Error: )?.* in (\S+?\.php)\b`,
    refine: m =>
      /[/\\]vendor[/\\]/.test(m[1]) ? ['contract_violation', 0.7, 'php.library-api'] : null
  },
  {
    // the Dart front end: `lib/x.dart:12:5: Error: …`, or `Error: …` over the `.dart` location;
    // inside the pub cache it is a package that does not fit the SDK or another package
    rule: 'dart.compile',
    needles: ['Error: '],
    tool: 'dart',
    category: 'compile_error',
    confidence: 0.75,
    source: String.raw`(?:\.dart:\d+:\d+: |^\s*)Error: `,
    refine: (_m, lines, i) => {
      const near = lines.slice(i, i + 4).filter(l => /\.dart\b/.test(l))
      if (!near.length || !/\.dart\b/.test(lines[i] + (lines[i + 1] ?? ''))) return null
      return near.some(l => /[/\\]\.?pub-cache[/\\]/.test(l))
        ? ['contract_violation', 0.7, 'dart.package-api']
        : ['compile_error', 0.75, 'dart.compile']
    }
  },
  {
    // `dart analyze` / `flutter analyze`: `error • message • lib/x.dart:12:5 • code`
    rule: 'dart.analyzer',
    needles: ['error • '],
    tool: 'dart',
    category: 'compile_error',
    confidence: 0.75,
    source: String.raw`^[\s|>]*error • .+ • \S+\.dart:\d+:\d+ • (\w+)\s*$`,
    code: 1
  },
  {
    // GHC: an import of a name the module does not export; a library module (hierarchical
    // name) that no longer exports it is a contract break, a flat name the program's own
    rule: 'ghc.missing-export',
    needles: [' does not export '],
    tool: 'ghc',
    category: 'contract_violation',
    confidence: 0.7,
    source: String.raw`Module [‘'\`]([\w.]+)[’'] does not export [‘'\`]`,
    refine: m =>
      m[1].includes('.')
        ? ['contract_violation', 0.7, 'ghc.missing-export']
        : ['compile_error', 0.7, 'ghc.local-missing-export']
  },
  // generic build and test-run summaries, for tools without a structured parser
  {
    rule: 'ld.failed',
    needles: [': ld returned ', 'linker command failed with exit code '],
    tool: 'ld',
    category: 'compile_error',
    confidence: 0.75,
    source: String.raw`collect2(?:\.exe)?: (?:error|eror): ld returned \d+ exit status|linker command failed with exit code \d+`,
    fallback: true
  },
  {
    // the compiler driver refusing its command line (bad flags, a missing source file)
    rule: 'cc.driver',
    needles: ['no input files', 'unrecognized ', ': No such file or directory'],
    tool: 'cc',
    category: 'compile_error',
    confidence: 0.7,
    source: String.raw`^(?:\S*\/)?(?:gcc|g\+\+|c\+\+|cc|clang|clang\+\+)(?:-\d+)?(?:\.exe)?: (?:fatal )?error: (?:no input files|unrecognized (?:command[- ]line )?option|(?!cannot execute).*: No such file or directory$)`
  },
  {
    // C# errors as the Visual Studio error list or a bare `Error CS0246: …` shows them
    rule: 'csc.error',
    needles: ['CS'],
    tool: 'csc',
    category: 'compile_error',
    confidence: 0.8,
    source: String.raw`^Error\s+(CS\d{4})\s|(?:^|\s)[Ee]rror (CS\d{4}): `,
    code: 1
  },
  {
    // TypeScript errors through webpack loaders (ts-loader, awesome-typescript-loader): the
    // code on its own line under the file
    rule: 'tsc.loader',
    needles: ['TS'],
    tool: 'tsc',
    category: 'compile_error',
    confidence: 0.75,
    source: String.raw`^\s*(TS\d{4}): `,
    code: 1
  },
  {
    // PHPStan's table rows: `  60     Call to an undefined method App\Foo::bar().`
    rule: 'phpstan.error',
    needles: [
      'undefined ',
      'Undefined variable',
      ' not found',
      'Call to static method ',
      'Instantiated class ',
      'Parameter #',
      ' should return',
      'Cannot call method'
    ],
    tool: 'phpstan',
    category: 'compile_error',
    confidence: 0.65,
    source: String.raw`^\s*\d+\s{2,}(?:Call to (?:an )?undefined (?:method|function|static method)|Access to an undefined property|Undefined variable|Function \S+ not found|Call to static method \S+ on an unknown class|Instantiated class \S+ not found|Parameter #\d+ \S+ of|Method \S+ should return|Cannot call method)`,
    fallback: true
  },
  {
    rule: 'build.failed',
    needles: [
      'error during build:',
      'Build failed with ',
      'Transform failed with ',
      '** (CompileError)',
      '== Compilation error in file',
      'Compilation failed; see the compiler error output',
      'Compilation error. See log',
      '[ERROR] Found ',
      'error: aborting due to'
    ],
    tool: 'build',
    category: 'compile_error',
    confidence: 0.6,
    source: String.raw`error during build:|Build failed with \d+ errors?|Transform failed with \d+ errors?|\*\* \(CompileError\)|== Compilation error in file|Compilation failed; see the compiler error output|Compilation error\. See log|^\s*\[ERROR\] Found \d+ errors?\s*$|^error: aborting due to`
  },
  {
    rule: 'syntax-error',
    needles: ['SyntaxError', 'IndentationError', 'TabError'],
    tool: 'build',
    category: 'compile_error',
    confidence: 0.7,
    source: String.raw`^\s*(?:E\s+)?(?:SyntaxError|IndentationError|TabError)(?: \[\w+\])?: (?!.*JSON)(?!.*does not provide an export)`,
    // the file it points at is a dependency's (an ESM-only release loaded as CommonJS, a
    // broken publish): the package no longer fits the code, the code itself is fine
    refine: (_m, lines, i) =>
      lines.slice(Math.max(0, i - 6), i + 1).some(l => /node_modules[\\/]\S+:\d+\s*$/.test(l))
        ? ['contract_violation', 0.6, 'js.dependency-syntax']
        : ['compile_error', 0.7, 'syntax-error']
  },
  {
    rule: 'terraform.error',
    needles: ['│ Error: '],
    tool: 'terraform',
    category: 'compile_error',
    confidence: 0.55,
    source:
      '^│ Error: (?!.*(?:credential|[Uu]nauthori[sz]ed|[Ff]orbidden|AccessDenied|timeout|rate))'
  },
  {
    rule: 'test.summary',
    needles: [
      ' failure',
      ' assertions, ',
      'Test Run Failed.',
      'Failing Scenarios:',
      'FAILURES!',
      ', Assertions: ',
      ' example',
      ' FAILED ***',
      ' passed, ',
      'Errors while running CTest',
      ' failed',
      '=',
      ', Failures: '
    ],
    tool: 'test',
    category: 'test_fail',
    confidence: 0.6,
    source: String.raw`^\d+ tests?, [1-9]\d* failures?|^\d+ (?:runs?|tests?), \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)|^Test Run Failed\.|^Failing Scenarios:$|^FAILURES!$|^Tests: \d+, Assertions: \d+, (?:Errors: \d+, )?Failures: [1-9]|^\d+ examples?, [1-9]\d* failures?|\*\*\* \d+ TESTS? FAILED \*\*\*|^\d+% tests? passed, [1-9]\d* tests? failed|^Errors while running CTest|^Tests:\s+[1-9]\d* failed|^\s*Tests\s+[1-9]\d* failed|^=+ (?:[1-9]\d* failed|\d+ errors?)\b.* in [\d.]+s|^(?:\[ERROR\] )?Tests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9]\d*), Skipped: \d+$`
  },
  TESTS_PASSED_FAILED,
  {
    // pytest's progress line for a test file: one character per test, `F` a failure and `E`
    // an error (`tests/test_api.py ..F.E.   [ 42%]`); the details may be cut from a paste
    rule: 'pytest.progress',
    needles: ['%]'],
    tool: 'pytest',
    category: 'test_fail',
    confidence: 0.6,
    source: String.raw`^\S+\.py [.sxXR]*[FE][.sxXFER]*\s+\[\s*\d+%\]$`,
    fallback: true
  },
  {
    rule: 'cargo.test-failed',
    needles: ['error: test failed, to rerun pass'],
    tool: 'cargo',
    category: 'test_fail',
    confidence: 0.8,
    source: '^error: test failed, to rerun pass',
    fallback: true
  },
  {
    // xUnit's runner line for a failed test
    rule: 'xunit.failed',
    needles: ['[xUnit.net '],
    tool: 'xunit',
    category: 'test_fail',
    confidence: 0.7,
    source: String.raw`^\[xUnit\.net [\d:.]+\]\s+\S.* \[FAIL\]$`,
    fallback: true
  },
  ...TEST_RUN_REPORTS,
  JEST_DID_NOT_EXIT,
  {
    rule: 'phpunit.assertion',
    needles: ['Failed asserting that '],
    tool: 'phpunit',
    category: 'test_fail',
    confidence: 0.65,
    source: '^Failed asserting that ',
    fallback: true
  },
  {
    rule: 'rspec.failure',
    needles: ['Failure/Error:'],
    tool: 'rspec',
    category: 'test_fail',
    confidence: 0.7,
    // (also quoted after a few words of prose: `CI is failing: Failure/Error: expect(…)`; a
    // multi-line expectation starts on the line after it)
    source: String.raw`^\s*Failure\/Error:(?: |$)|^[\w\s-]{1,60}: Failure\/Error: `,
    fallback: true
  },
  {
    // RSpec's expectation message without its `Failures:` block: `got: … (using ==)`
    rule: 'rspec.expectation',
    needles: ['using '],
    tool: 'rspec',
    category: 'test_fail',
    confidence: 0.6,
    source: String.raw`^\s*got: .*\((?:compared )?using [=~!<>]+\)\s*$|^\s*\(compared using [=~!<>]+\)\s*$`,
    fallback: true
  },
  {
    // an assertion library's error outside a runner's structured report (node:assert, AVA, chai)
    rule: 'assertion.error',
    needles: ['AssertionError'],
    tool: 'test',
    category: 'test_fail',
    confidence: 0.55,
    source: String.raw`(?:^|\s)AssertionError(?: \[ERR_ASSERTION\])?: `,
    fallback: true
  },
  // linters reported in shapes without a structured parser
  {
    // golangci-lint could not analyse a package because it does not type-check: the code
    // does not compile (`Running error: buildir: analysis skipped: errors in package: […]`)
    rule: 'golangci.typecheck',
    needles: ['analysis skipped: errors in package'],
    tool: 'golangci-lint',
    category: 'compile_error',
    confidence: 0.8,
    source: String.raw`Running error: (?:\w+: )*analysis skipped: errors in package`
  },
  {
    // golangci-lint's GitHub annotations format: `Error: ineffectual assignment to err (ineffassign)`
    rule: 'golangci.annotation',
    needles: ['Error', 'Warning'],
    tool: 'golangci-lint',
    category: 'lint_error',
    confidence: 0.8,
    source: String.raw`^\s*(?:Error|Warning): .+ \((ineffassign|errcheck|staticcheck|gosimple|govet|unused|stylecheck|revive|gocritic|typecheck|misspell|gofmt|goimports|gosec|unparam|dupl|lll|nakedret|prealloc|gocyclo|whitespace|nolintlint|godot|exhaustive|bodyclose|noctx|errorlint|wrapcheck|goconst|funlen|gocognit|nestif|exportloopref|deadcode|varcheck|structcheck|depguard)\)$`,
    code: 1
  },
  ESLINT_RULE_MISSING,
  {
    // next lint: `58:14  Error: 'x' is defined but never used.  @typescript-eslint/no-unused-vars`
    rule: 'eslint.next',
    needles: ['Error: '],
    tool: 'eslint',
    category: 'lint_error',
    confidence: 0.75,
    source: String.raw`^\d+:\d+\s+Error: .+\s{2}(@?[\w-]+(?:\/[\w-]+)*)$`,
    code: 1
  },
  {
    // hadolint: `Dockerfile:12 DL3008 warning: Pin versions…` (DL rules and its ShellCheck SC ones)
    rule: 'hadolint.finding',
    needles: ['Dockerfile', 'Containerfile', '/dev/stdin'],
    tool: 'hadolint',
    category: 'lint_error',
    confidence: 0.85,
    source: String.raw`(?:^|\s)\S*(?:Dockerfile|Containerfile|\/dev\/stdin)[\w.-]*:\d+ ((?:DL|SC)\d{4})\b`,
    code: 1
  },
  {
    rule: 'rubocop.summary',
    needles: [' inspected, '],
    tool: 'rubocop',
    category: 'lint_error',
    confidence: 0.7,
    source: String.raw`(?:^|[\s\`'"(])\d+ files? inspected, [1-9]\d* offenses? detected`,
    fallback: true
  },
  {
    // SwiftLint's summary with serious violations (it exits non-zero only for those)
    rule: 'swiftlint.summary',
    needles: ['Done linting! Found '],
    tool: 'swiftlint',
    category: 'lint_error',
    confidence: 0.7,
    source: String.raw`Done linting! Found \d+ violations?, [1-9]\d* serious in \d+ files?`,
    fallback: true
  },
  {
    // Checkstyle's and prettier's summaries and the import sorters' findings, also quoted in a
    // sentence
    rule: 'lint.summary',
    needles: [
      ' reported by Checkstyle',
      ' Checkstyle violation',
      'Code style issues found in ',
      'Import block is un-sorted or un-formatted',
      'Imports are incorrectly sorted'
    ],
    tool: 'lint',
    category: 'lint_error',
    confidence: 0.7,
    source: String.raw`\b[1-9]\d* errors? reported by Checkstyle\b|\bYou have [1-9]\d* Checkstyle violations?\b|\bCode style issues found in (?:the above file|\d+ files?)\b|\bImport block is un-sorted or un-formatted\b|\bImports are incorrectly sorted\b`,
    fallback: true
  },
  ...LINT_REPORTS,
  {
    rule: 'js.not-a-function',
    needles: ['TypeError: '],
    tool: 'node',
    category: 'contract_violation',
    confidence: 0.55,
    source: String.raw`TypeError: (?:\(0 , )?[\w$.]+\)? is not a (?:function|constructor)`,
    refine: (_m, lines, i) => {
      const around = lines.slice(i, i + 8).join('\n')
      return /node_modules\//.test(around)
        ? ['contract_violation', 0.55, 'js.not-a-function']
        : null
    }
  }
]

/** Lines with these words are worth trying the signatures on (a cheap pre-check). */
const WORTH_TRYING = new RegExp(
  /[Ee]rror|ERR|[Ff]ail|FAIL|[Kk]ill|[Tt]imed? ?out|TIMEOUT|exceeded|[Dd]enied|[Cc]annot|[Cc]ould(?:n't| not)|[Uu]nable|E[A-Z]{4,}|hang up|[Rr]ate limit|Too Many|toomany|[Mm]emory|space|canceled|cancelled|shutdown|communication|required|No |[Nn]ot found|not exported|export|YN0|NU1|NETSDK|npm|Missing|Invalid|lock|429|50[0234]|SIGKILL|137|budget|reset|refus|resolv|[Uu]nauthori|Forbidden|credentials|[Tt]oken|[Pp]ermission|Gateway|Unavailable|module|[Pp]ackage|gem|version|Killed|Host key|EOF|curl|runner|Compil|syntax|Found \d|tests?,|runs?,|FAILURES|examples?,|│ Error|inactivity|goroutine|thrash|signal|mismatch|Unsupported|TS\d{4}|undefined|offense|removed|flak|rerun|retr|connect|route to host|not known|NOTFOUND|libraries|DL\d{4}|in use|Run \d+: PASS|Checkstyle|Code style|No output|\((?:compared )?using |sorted|%\]|Can't install|referenced from|\{undef,|Sanitizer|did not exit| • |Please use python|did not complete within|Gradle build/
    .source,
  'i'
)

const SYMPTOMS: ReadonlySet<Category> = new Set(['compile_error', 'test_fail', 'lint_error'])

/**
 * A line without its URLs: what a signature's `unless` reads. A link's words are no tool's
 * wording (`…/changelog/2020-10-01-github-actions-deprecating-set-env…` is not a deprecation
 * warning), so they never veto a match.
 */
function withoutUrls(line: string): string {
  return line.includes('://') ? line.replace(/\b[a-z][\w+.-]*:\/\/\S+/gi, ' ') : line
}

/**
 * Signatures on every line. On a line a structured parser already read (`taken`: its
 * category), only a different root-cause category is added (a `no required module` line
 * that the go parser read as a compile error is also a dependency problem).
 */
export function parseSignatures(
  lines: readonly string[],
  _ctx: ParseContext,
  taken: ReadonlyMap<number, Category>
): Found[] {
  const out: Found[] = []
  const structured = new Set(taken.values())
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.length > 4000 || !WORTH_TRYING.test(line) || PASSING_TEST_LINE.test(line)) continue
    let lower: string | undefined
    for (const sig of SIGNATURES) {
      if (sig.needles) {
        const text = ignoresCase(sig) ? (lower ??= line.toLowerCase()) : line
        if (!holdsNeedle(text, sig.needles)) continue
      }
      const m = expressionOf(sig).exec(line)
      if (!m) continue
      if (sig.unless?.test(withoutUrls(line))) continue
      let category = sig.category
      let confidence = sig.confidence
      let rule = sig.rule
      if (sig.refine) {
        const r = sig.refine(m, lines, i)
        if (!r) continue
        ;[category, confidence, rule] = r
      }
      const before = taken.get(i)
      if (before !== undefined && (before === category || SYMPTOMS.has(category))) break
      if (sig.fallback && structured.has(category)) continue
      const code =
        typeof sig.code === 'number' ? m.slice(sig.code).find(x => x !== undefined) : sig.code
      const found = draft(
        i,
        sig.tool,
        rule,
        category,
        confidence,
        line,
        code ? {errorCode: code} : {}
      )
      out.push(sig.hint ? {...found, hint: true} : found)
      break
    }
  }
  return out
}
