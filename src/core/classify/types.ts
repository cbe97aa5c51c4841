// The data classify produces: failures found in CI output, and the run's verdict.
import type {FlakeSignal} from './flake-evidence.js'

export const CATEGORIES = [
  'compile_error',
  'test_fail',
  'lint_error',
  'dependency_missing',
  'contract_violation',
  'timeout',
  'resource_exhausted',
  'transient',
  'orchestration_error',
  'budget_exceeded',
  'unknown'
] as const

export type Category = (typeof CATEGORIES)[number]

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value)
}

/** One thing that went wrong, as a tool printed it. Paths are relative to the repository. */
export interface Failure {
  category: Category
  file?: string
  line?: number
  column?: number
  /** Test name, suites joined with ' > '. */
  test?: string
  /** Tool error code: TS2322, E0308, F401, no-unused-vars, ERESOLVE, CS0103… */
  errorCode?: string
  message: string
  /** The lines around the failure (normalized, capped). */
  excerpt: string
  /** sha256 hex, shortened; stable across runs of the same failure. */
  fingerprint: string
  /** The rule (signature) that recognised it, e.g. 'tsc.diagnostic'. */
  rule: string
  /** 0–1: how specific the evidence is. */
  confidence: number
  /** The tool that printed it: tsc, eslint, vitest, junit, runner… */
  tool: string
  /** The workflow step command in effect (from `##[group]Run …`), when known. */
  step?: string
  /** A test failure whose output mentions a network error or a port in use (flake evidence). */
  network?: boolean
  /** A test failure whose own output shows nondeterminism, or that passed later (flake-evidence.ts). */
  flake?: FlakeSignal
  /** Where it was read: the job name or file name given as `source`. */
  source?: string
}

/** A failure before its fingerprint is computed (what parsers return). */
export type FailureDraft = Omit<Failure, 'fingerprint' | 'excerpt'> & {excerpt?: string}

/** Evidence that is not a failure by itself but helps find the root cause. */
export interface Signals {
  /** Exit codes from 'Process completed with exit code N' and similar. */
  exitCodes: number[]
  /** Messages of `##[error]` markers and `::error::` commands (capped). */
  errorMarkers: string[]
  /** Commands of the steps that printed errors (from `##[group]Run …`), capped. */
  failedSteps: string[]
  /**
   * Evidence that is no failure by itself (a download retried after a network error), capped.
   * It decides the category only when nothing else was found.
   */
  hints?: Hint[]
}

/** One line of weak evidence for a category. */
export interface Hint {
  category: Category
  rule: string
  message: string
}

export interface ScanStats {
  bytes: number
  /** Lines that matched the cheap candidate filter. */
  candidateLines: number
  /** Context windows handed to the parsers. */
  regions: number
  /** Failures recognised (before the cap). */
  failuresFound: number
  /** Failures not stored because of the cap. */
  failuresDropped: number
  /** The input looked like binary data, not a text log. */
  binary?: boolean
}

export interface ScanResult {
  failures: Failure[]
  signals: Signals
  stats: ScanStats
  /** The job or file name given as `source`. */
  source?: string
  /** Set when the input could not be read fully (malformed report, binary data): plain words. */
  error?: string
  /** The last lines of a text log, normalized (for unrecognised failures). */
  tail?: string
  /** Bounded text kept for the evidence model: unrecognised windows and the log's end (evidence-window.ts). */
  evidence?: string
}

/**
 * The rule of a verdict raised to contract_violation because the failure names a tool whose
 * version changed since the last green run (version-drift.ts); here so the decision can tell
 * it without loading the comparison.
 */
export const VERSION_DRIFT_RULE = 'drift.tool-version'

export interface Classification {
  category: Category
  confidence: number
  /** Run fingerprint: hash of the sorted root-cause failure fingerprints. */
  fingerprint: string
  /** Root-cause failures first, then the others (capped). */
  failures: Failure[]
  rule: string
  /** Plain words: why this category. */
  reason: string
  stats: ScanStats
}
