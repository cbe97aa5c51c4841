// Signatures of a check's own verdict line (issue #11, tenth round), for checks without a
// structured parser: a sanitizer's summary of a memory error in the code under test, the
// .NET Arcade test task's error, Danger failing a pull request on its rules, `dart analyze` /
// `flutter analyze` issues below error severity, and Jest left running after its tests.
// signatures.ts places them among the test and lint signatures.
import type {Signature} from './signatures.js'

/**
 * AddressSanitizer's (and LeakSanitizer's) summary of a memory error the tests ran into:
 * `SUMMARY: AddressSanitizer: heap-buffer-overflow …/GIUH.cpp:134 in …`. Not its
 * `out-of-memory` or `allocation-size-too-big` (a limit, not a bug of the code).
 */
export const SANITIZER_MEMORY_ERROR: Signature = {
  rule: 'sanitizer.memory-error',
  needles: ['Sanitizer: '],
  tool: 'sanitizer',
  category: 'test_fail',
  confidence: 0.75,
  source: String.raw`^\s*SUMMARY: (?:Address|Leak)Sanitizer: (?:[\w-]*(?:buffer-overflow|use-after-\w+|after-free|underflow)|double-free|SEGV|stack-overflow|bad-free|alloc-dealloc-mismatch|\d+ byte\(s\) leaked)\b`,
  fallback: true
}

/**
 * The .NET Arcade SDK's XUnit task failing a test assembly: `XUnit : error : …\TestResults\
 * X.html [net461|x86]`, or its `error : Tests failed: …` (the HTML report of the failed tests).
 */
export const ARCADE_XUNIT_ERROR: Signature = {
  rule: 'xunit.task-error',
  needles: ['XUnit : error : ', ': error : Tests failed: '],
  tool: 'xunit',
  category: 'test_fail',
  confidence: 0.7,
  source: String.raw`^\s*XUnit : error : \S|: error : Tests failed: \S`,
  fallback: true
}

/** Danger failing the pull request on its rules: `Failing the build, there are 7 fails.` */
export const DANGER_FAILS: Signature = {
  rule: 'danger.fails',
  needles: ['Failing the build, there '],
  tool: 'danger',
  category: 'lint_error',
  confidence: 0.7,
  source: String.raw`^\s*Failing the build, there (?:is|are) [1-9]\d* fails?\b`
}

/**
 * `dart analyze` / `flutter analyze` issues below error severity (`info • 'caption' is
 * deprecated … • lib/x.dart:67:60 • deprecated_member_use`, the code maybe wrapped to the
 * next line): flutter analyze fails on them by default. Errors are dart.analyzer's.
 */
export const DART_ANALYZER_ISSUE: Signature = {
  rule: 'dart.analyzer-issue',
  needles: ['.dart:'],
  tool: 'dart',
  category: 'lint_error',
  confidence: 0.6,
  source: String.raw`^[\s|>]*(?:info|warning|lint) • .+ • \S+\.dart:\d+:\d+ •(?: \w+)?\s*$`
}

/**
 * Jest's warning that its process did not exit after the run (an open handle): the job
 * waits until its time limit. A hint: it decides only when nothing failed.
 */
export const JEST_DID_NOT_EXIT: Signature = {
  rule: 'jest.did-not-exit',
  needles: ['Jest did not exit '],
  tool: 'jest',
  category: 'timeout',
  confidence: 0.4,
  source: String.raw`^\s*Jest did not exit one second after the test run has completed`,
  hint: true
}

/** The test runs' verdicts, in the order signatures.ts tries them. */
export const TEST_RUN_REPORTS: readonly Signature[] = [SANITIZER_MEMORY_ERROR, ARCADE_XUNIT_ERROR]

/** The lint checks' verdicts, in the order signatures.ts tries them. */
export const LINT_REPORTS: readonly Signature[] = [DANGER_FAILS, DART_ANALYZER_ISSUE]
