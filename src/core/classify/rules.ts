// Root-cause classification: ordered, explainable rules over the failures found.
//
// The run's category is the ROOT CAUSE, not the last error printed. The first rule
// whose condition holds decides:
//
// | #  | rule                     | condition                                                   | category            |
// |----|--------------------------|-------------------------------------------------------------|---------------------|
// | 1  | root.empty               | no failures and no error signals                             | unknown (0)         |
// | 2  | root.budget              | ci-medic's budget marker                                     | budget_exceeded     |
// | 3  | root.timeout             | job/step/test-binary timeout (partial test output is a symptom); a per-test timeout unless other tests failed on their own | timeout |
// | 4  | root.resource            | heap OOM, exit 137/Killed, disk full                         | resource_exhausted  |
// | 5  | root.runner-lost         | runner shutdown signal, lost communication                   | transient           |
// | 6  | root.orchestration       | auth, permissions, missing inputs/secrets, unresolvable action, and no code failure before it | orchestration_error |
// | 7  | root.dependency          | install/resolution/lockfile errors, missing module of a package (twenty TS2307/TS2305 after it are symptoms) | dependency_missing |
// | 7b | root.network-during-install | resolution errors caused by a network error or registry outage | transient |
// | 8  | root.contract            | a package dropped or renamed an export / changed a signature | contract_violation  |
// | 9a | root.flaky               | a runner reports tests that passed on a retry, and nothing failed every attempt | transient |
// | 9  | root.network-flake       | every failure is a network error, a registry 5xx, a rate limit, a port in use, or a test that failed with one | transient |
// | 10 | root.compile             | compiler/type-checker errors (tests cannot run without a build; a build tool's bare summary after lint or test errors does not count) | compile_error    |
// | 11 | root.test                | test failures                                                | test_fail           |
// | 11b| root.flaky-evidence / root.test-nondeterministic | rule 11, and every failing test's own output shows flake evidence (flake-evidence.ts, applied after the rules): strong → transient (0.6); weak → test_fail below the dispatch threshold (0.45) | transient / test_fail |
// | 12 | root.lint                | linter/formatter errors                                      | lint_error          |
// | 13 | root.orchestration-late  | orchestration errors after code failures                      | orchestration_error |
// | 14 | root.canceled            | only "The operation was canceled" (no timeout; one after ≥ 10 silent minutes by the log's timestamps is a timeout: cancel-silence.ts) | transient |
// | 15 | root.step-hint           | only a non-zero exit code; the failed step's command names a tool family | that family (0.35) |
// | 15b| root.hint                | no failure; only weak evidence (a download retried after a network error) | the most-hinted category (0.4) |
// | 15c| root.evidence            | no failure; the words of a window point to one class (evidence.ts) | that class (0.3) |
// | 16 | root.generic             | only an exit code or `##[error]` lines                        | unknown (0.3)       |
import {EVIDENCE_RULE} from './evidence.js'
import {withFlakeEvidence} from './flake-evidence.js'
import {runFingerprint, shortHash} from './fingerprint.js'
import {linkRetriedPasses} from './retry-links.js'
import type {Category, Classification, Failure, ScanStats, Signals} from './types.js'

interface Verdict {
  category: Category
  rule: string
  reason: string
  /** The failures that are the root cause. */
  roots: Failure[]
  /** Base confidence when the roots carry none. */
  confidence?: number
}

function describe(f: Failure): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : ''
  const what = f.test ? `test "${f.test}"` : f.errorCode ? f.errorCode : f.tool
  return [what, where].filter(Boolean).join(' at ') + `: ${f.message.slice(0, 120)}`
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const STEP_HINTS: readonly [RegExp, Category][] = [
  [
    /\b(?:lint|eslint|prettier|stylelint|biome|ruff|flake8|pylint|black|isort|rubocop|golangci|gofmt|clippy|fmt|format|ktlint|detekt|checkstyle|spotless|markdownlint|shellcheck|hadolint|actionlint|dotnet format)\b/i,
    'lint_error'
  ],
  [
    /\b(?:test|tests|jest|vitest|mocha|pytest|tox|nox|rspec|minitest|phpunit|ctest|e2e|playwright|cypress|go test|cargo test|nextest|mvn .*verify|gradle.* (?:test|check)|dotnet test)\b/i,
    'test_fail'
  ],
  [
    /\b(?:npm ci|npm install|yarn install|pnpm install|pip install|poetry install|uv sync|bundle install|go mod download|cargo fetch|dotnet restore|composer install|apt-get install)\b/i,
    'dependency_missing'
  ],
  [
    /\b(?:build|tsc|typecheck|type-check|compile|make|cmake|cargo build|go build|mvn .*(?:compile|package)|gradle.* (?:build|assemble)|dotnet build|mypy|pyright|webpack|vite build|next build)\b/i,
    'compile_error'
  ]
]

function stepHint(steps: readonly string[]): [Category, string] | undefined {
  const step = steps[steps.length - 1]
  if (!step) return undefined
  for (const [re, category] of STEP_HINTS) if (re.test(step)) return [category, step]
  return undefined
}

/** Dependency failures that a network error cannot explain. */
const LOCKFILE_OR_CONFLICT =
  /lockfile|ERESOLVE|E404|ETARGET|EBADENGINE|module-not-found|missing-types|python\.|node\.|system\.|cargo\.resolve|bundler|composer|NU110[0-3]/

function firstIndex(failures: readonly Failure[], pred: (f: Failure) => boolean): number {
  return failures.findIndex(pred)
}

const TIMEOUT_WORDS = /time(?:d ?)?out|exceeded timeout/i

/**
 * Per-test timeouts (a test that ran out of its own time) next to tests that failed for
 * other reasons: the run is a test failure, the timeouts one of its symptoms. A job, step
 * or test-binary timeout always decides.
 */
function perTestTimeoutsAmongFailures(
  failures: readonly Failure[],
  timeouts: readonly Failure[]
): boolean {
  if (!timeouts.every(f => f.rule === 'test.timeout')) return false
  return failures.some(
    f => f.category === 'test_fail' && f.rule !== 'test.summary' && !TIMEOUT_WORDS.test(f.message)
  )
}

/** What the rules read: the failures found, grouped by category, and the run's signals. */
interface Evidence {
  failures: readonly Failure[]
  signals: Signals
  of: (c: Category) => Failure[]
}

type Rule = (e: Evidence) => Verdict | undefined

const CODE_CATEGORIES: readonly Category[] = [
  'compile_error',
  'test_fail',
  'lint_error',
  'dependency_missing',
  'contract_violation'
]

/** Rule 1: nothing at all to go on. */
function emptyRule({failures, signals}: Evidence): Verdict | undefined {
  const hasSignals = signals.exitCodes.length > 0 || signals.errorMarkers.length > 0
  if (failures.length > 0 || hasSignals || (signals.hints ?? []).length > 0) return undefined
  return {
    category: 'unknown',
    rule: 'root.empty',
    reason: 'No failure, error marker or exit code was found in the input.',
    roots: [],
    confidence: 0
  }
}

/** Rule 2: ci-medic's own budget marker. */
function budgetRule({of}: Evidence): Verdict | undefined {
  const budget = of('budget_exceeded')
  if (!budget.length) return undefined
  return {
    category: 'budget_exceeded',
    rule: 'root.budget',
    reason: 'ci-medic stopped because one of its budgets was exceeded.',
    roots: budget
  }
}

/** Rule 3: a time limit, unless the only timeouts are per-test ones among other test failures. */
function timeoutRule({failures, of}: Evidence): Verdict | undefined {
  const timeouts = of('timeout')
  if (!timeouts.length || perTestTimeoutsAmongFailures(failures, timeouts)) return undefined
  const others = failures.length - timeouts.length
  return {
    category: 'timeout',
    rule: 'root.timeout',
    reason: `The run hit a time limit (${describe(timeouts[0])})${others ? `; the ${count(others, 'other failure')} printed before it are partial output of the interrupted run` : ''}.`,
    roots: timeouts
  }
}

/** Rule 4: memory or disk ran out. */
function resourceRule({failures, of}: Evidence): Verdict | undefined {
  const resource = of('resource_exhausted')
  if (!resource.length) return undefined
  const others = failures.length - resource.length
  return {
    category: 'resource_exhausted',
    rule: 'root.resource',
    reason: `A process ran out of memory or disk (${describe(resource[0])})${others ? `; ${count(others, 'other failure')} follow from it` : ''}.`,
    roots: resource
  }
}

/** Rule 5: the runner went away. */
function runnerLostRule({of}: Evidence): Verdict | undefined {
  const lost = of('transient').filter(f => f.rule === 'runner.shutdown' || f.rule === 'runner.lost')
  if (!lost.length) return undefined
  return {
    category: 'transient',
    rule: 'root.runner-lost',
    reason: `The runner went away during the job (${describe(lost[0])}); a rerun is likely to pass.`,
    roots: lost
  }
}

/** Rule 6: configuration or permissions failed before any code failure. */
function orchestrationRule({failures, of}: Evidence): Verdict | undefined {
  const orchestration = of('orchestration_error')
  if (!orchestration.length) return undefined
  const firstCode = firstIndex(failures, f => CODE_CATEGORIES.includes(f.category))
  const firstOrch = firstIndex(failures, f => f.category === 'orchestration_error')
  if (firstCode >= 0 && firstOrch >= firstCode) return undefined
  return {
    category: 'orchestration_error',
    rule: 'root.orchestration',
    reason: `The workflow could not do its job because of its configuration or permissions (${describe(orchestration[0])}).`,
    roots: orchestration
  }
}

/** Rules 7b and 7: dependencies that a network error kept away, or that are missing. */
function dependencyRule({failures, of}: Evidence): Verdict | undefined {
  const deps = of('dependency_missing')
  if (!deps.length) return undefined
  const network = of('transient').filter(f => f.rule.startsWith('network.'))
  if (
    network.length &&
    deps.every(d => !LOCKFILE_OR_CONFLICT.test(`${d.rule} ${d.errorCode ?? ''}`))
  )
    return {
      category: 'transient',
      rule: 'root.network-during-install',
      reason: `Dependencies could not be downloaded because of a network or registry error (${describe(network[0])}); a rerun is likely to pass.`,
      roots: network
    }
  const symptoms = failures.filter(
    f =>
      f.category === 'compile_error' ||
      f.category === 'contract_violation' ||
      f.category === 'test_fail'
  ).length
  return {
    category: 'dependency_missing',
    rule: 'root.dependency',
    reason: `A dependency is missing or cannot be resolved (${describe(deps[0])})${symptoms ? `; the ${count(symptoms, 'compile, contract or test failure')} are symptoms of it` : ''}.`,
    roots: deps
  }
}

/** Rule 8: a package no longer provides what the code uses. */
function contractRule({of}: Evidence): Verdict | undefined {
  const contract = of('contract_violation')
  if (!contract.length) return undefined
  return {
    category: 'contract_violation',
    rule: 'root.contract',
    reason: `A package no longer provides what the code uses (${describe(contract[0])}).`,
    roots: contract
  }
}

/** Rules 9a and 9: flakes in this log (retries that passed, network errors, ports in use). */
function flakeRule({failures, of}: Evidence): Verdict | undefined {
  const networkTests = failures.filter(f => f.category === 'test_fail' && f.network)
  const real = failures.filter(
    f =>
      f.category !== 'transient' &&
      !(f.category === 'test_fail' && (f.network || f.rule === 'test.summary')) &&
      f.rule !== 'runner.canceled'
  )
  if (real.length) return undefined
  const networkish = of('transient').filter(f => f.rule !== 'runner.canceled')
  const flaky = networkish.filter(f => f.rule === 'test.flaky-report')
  if (flaky.length && networkTests.length === 0)
    return {
      category: 'transient',
      rule: 'root.flaky',
      reason: `The test runner reports tests that failed and passed on a retry in this run (${describe(flaky[0])}); nothing failed on every attempt, so a rerun is likely to pass.`,
      roots: flaky
    }
  if (!networkish.length && !networkTests.length) return undefined
  const roots = [...networkish, ...networkTests]
  return {
    category: 'transient',
    rule: 'root.network-flake',
    reason: `Every failure is a network error, a registry outage, a rate limit or a port another process holds (${describe(roots[0])}); a rerun is likely to pass.`,
    roots,
    confidence: networkish.length ? undefined : 0.7
  }
}

/**
 * Rule 10. A build tool's summary ("error: aborting due to previous error", "Build failed
 * with 2 errors") only repeats the errors it follows: when those are a linter's or tests',
 * the summary alone does not make the run a compile error.
 */
function compileRule({failures, of}: Evidence): Verdict | undefined {
  const compile = of('compile_error')
  if (!compile.length) return undefined
  const summaryOnly =
    compile.every(f => f.rule === 'build.failed') &&
    failures.some(f => f.category === 'lint_error' || f.category === 'test_fail')
  if (summaryOnly) return undefined
  return {
    category: 'compile_error',
    rule: 'root.compile',
    reason: `The code does not build: ${count(compile.length, 'compile error')}, first ${describe(compile[0])}.`,
    roots: compile
  }
}

/** Rule 11: tests failed (a runner's summary line only when nothing more specific was found). */
function testRule({of}: Evidence): Verdict | undefined {
  const all = of('test_fail')
  const specific = all.filter(f => f.rule !== 'test.summary')
  const tests = specific.length ? specific : all
  if (!tests.length) return undefined
  return {
    category: 'test_fail',
    rule: 'root.test',
    reason: `${count(tests.length, 'test')} failed, first ${describe(tests[0])}.`,
    roots: tests
  }
}

/** Rule 12: linters or formatters failed. */
function lintRule({of}: Evidence): Verdict | undefined {
  const lint = of('lint_error')
  if (!lint.length) return undefined
  return {
    category: 'lint_error',
    rule: 'root.lint',
    reason: `Lint or formatting checks failed: ${count(lint.length, 'problem')}, first ${describe(lint[0])}.`,
    roots: lint
  }
}

/** Rules 13 and 14: orchestration errors after code failures, then a cancellation. */
function lateRule({of}: Evidence): Verdict | undefined {
  const orchestration = of('orchestration_error')
  if (orchestration.length)
    return {
      category: 'orchestration_error',
      rule: 'root.orchestration-late',
      reason: `The workflow's configuration or permissions failed (${describe(orchestration[0])}).`,
      roots: orchestration
    }
  const transient = of('transient')
  if (!transient.length) return undefined
  return {
    category: 'transient',
    rule: 'root.canceled',
    reason: 'The run was canceled without a timeout; a rerun is likely to pass.',
    roots: transient,
    confidence: 0.4
  }
}

/** Rule 15: only an exit code; the failed step's command names a tool family. */
function stepHintRule({signals}: Evidence): Verdict | undefined {
  const hint = stepHint(signals.failedSteps)
  if (!hint) return undefined
  return {
    category: hint[0],
    rule: 'root.step-hint',
    reason: `No tool output was recognised; the failing step ran \`${hint[1].slice(0, 80)}\`, which suggests ${hint[0]}.`,
    roots: [],
    confidence: 0.35
  }
}

/** Rules 15b and 15c: weak evidence; a recognised line of it outranks words scored in a window. */
function hintRule({signals}: Evidence): Verdict | undefined {
  const hints = signals.hints ?? []
  if (!hints.length) return undefined
  const lines = hints.filter(h => h.rule !== EVIDENCE_RULE)
  const scored = lines.length === 0
  const pool = scored ? hints : lines
  // most hints for one category decides; the first hint seen breaks a tie
  const votes = new Map<Category, number>()
  for (const h of pool) votes.set(h.category, (votes.get(h.category) ?? 0) + 1)
  const [category] = [...votes].reduce((a, b) => (b[1] > a[1] ? b : a))
  const first = pool.find(h => h.category === category)
  const what = scored ? 'the words of the output' : count(votes.get(category) ?? 0, 'line')
  return {
    category,
    rule: scored ? 'root.evidence' : 'root.hint',
    reason: `No failure was recognised, but ${what} point to ${category} (first: ${first?.message.slice(0, 120) ?? ''}).`,
    roots: [],
    confidence: scored ? 0.3 : 0.4
  }
}

/** Rule 16: only generic errors or an exit code. */
function genericVerdict({signals}: Evidence): Verdict {
  const first = signals.errorMarkers[0]
  return {
    category: 'unknown',
    rule: 'root.generic',
    reason: first
      ? `Only generic errors were found (first: ${first.slice(0, 120)}).`
      : `Only a non-zero exit code (${signals.exitCodes[0] ?? '?'}) was found.`,
    roots: [],
    confidence: 0.3
  }
}

/** The rules in the order of the table at the top of this file; the first that holds decides. */
const RULES: readonly Rule[] = [
  emptyRule,
  budgetRule,
  timeoutRule,
  resourceRule,
  runnerLostRule,
  orchestrationRule,
  dependencyRule,
  contractRule,
  flakeRule,
  compileRule,
  testRule,
  lintRule,
  lateRule,
  stepHintRule,
  hintRule
]

function decide(failures: readonly Failure[], signals: Signals): Verdict {
  const evidence: Evidence = {
    failures,
    signals,
    of: c => failures.filter(f => f.category === c)
  }
  for (const rule of RULES) {
    const verdict = rule(evidence)
    if (verdict) return verdict
  }
  return genericVerdict(evidence)
}

const EMPTY_STATS: ScanStats = {
  bytes: 0,
  candidateLines: 0,
  regions: 0,
  failuresFound: 0,
  failuresDropped: 0
}

/** Classify a run from its failures and signals. Root-cause failures come first in the result. */
export function classify(
  found: readonly Failure[],
  signals: Signals = {exitCodes: [], errorMarkers: [], failedSteps: []},
  stats: ScanStats = EMPTY_STATS,
  maxFailures = 200
): Classification {
  // A test that passed on a retry, named otherwise than its failure in another log of the run
  // (rspec-retry's location), carries that failure's fingerprint (retry-links.ts).
  const failures = linkRetriedPasses(found)
  const v = withFlakeEvidence(decide(failures, signals))
  if (stats.binary && failures.length === 0) {
    v.rule = 'root.binary'
    v.reason = 'The input looks like binary data, not a text log or report.'
    v.category = 'unknown'
    v.confidence = 0
  }
  const confidence = v.confidence ?? Math.max(...v.roots.map(f => f.confidence))
  const rootSet = new Set(v.roots)
  // A test runner's summary line ("Tests 1 failed | 16 passed") repeats what
  // the specific failures already say; it is kept only when it is all there is.
  const hasSpecificTests = failures.some(
    f => f.category === 'test_fail' && f.rule !== 'test.summary'
  )
  const shown = failures.filter(
    f => !rootSet.has(f) && !(hasSpecificTests && f.rule === 'test.summary')
  )
  const ordered = [...v.roots, ...shown].slice(0, maxFailures)
  const fingerprint = v.roots.length
    ? runFingerprint(
        v.category,
        v.roots.map(f => f.fingerprint)
      )
    : shortHash(
        `${v.category}\u0000${v.rule}\u0000${signals.errorMarkers.map(m => m.replace(/\d+/g, '#')).join('\n')}`
      )
  return {
    category: v.category,
    confidence: Math.round(confidence * 100) / 100,
    fingerprint,
    failures: ordered,
    rule: v.rule,
    reason: v.reason,
    stats
  }
}
