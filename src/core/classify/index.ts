// Public API of classify's pure core: logs and reports in, failures and a verdict out.
// No @actions/* imports: strings, buffers and streams only.
import {evidenceText, modelText, refineWithModel} from './learned/index.js'
import {classify} from './rules.js'
import {scanLog, scanText, type ScanOptions} from './scanner.js'
import type {Classification} from './types.js'

export {CATEGORIES, isCategory} from './types.js'
export type {
  Category,
  Classification,
  Failure,
  FailureDraft,
  ScanResult,
  ScanStats,
  Signals
} from './types.js'
export {normalizeLine, normalizeText, stripAnsi} from './normalize.js'
export {makeRelativizer, stripRoots, type Relativize} from './paths.js'
export {
  failureFingerprint,
  messageShape,
  runFingerprint,
  shortHash,
  FINGERPRINT_LENGTH
} from './fingerprint.js'
export {LogScanner, scanLog, scanText, toFailure, type ScanOptions} from './scanner.js'
export {classify} from './rules.js'
export {BUDGET_MARKER} from './parsers/signatures.js'
export {classifyFailures, classifyFailuresWithModel} from './combine.js'
export {LEARNED_RULE, MODEL_CONFIDENCE_CAP, refineWithModel} from './learned/index.js'
export {
  parseReport,
  detectReportFormat,
  looksLikeReport,
  type ReportFormat,
  type ReportResult,
  type ReportOptions
} from './reports/index.js'
export {
  asksSecondOpinion,
  buildSecondOpinionPrompt,
  secondOpinionExcerpt,
  secondOpinionTail,
  parseSecondOpinion,
  mergeSecondOpinion,
  needsSecondOpinion,
  CONFIDENT_RULE,
  MIN_OPINION_CONFIDENCE,
  type SecondOpinion,
  type SecondOpinionPrompt
} from './second-opinion.js'

/** Scan and classify a streamed log. */
export async function classifyLog(
  source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  options: ScanOptions = {}
): Promise<Classification> {
  const r = await scanLog(source, options)
  return classify(r.failures, r.signals, r.stats, options.maxFailures)
}

/** Scan and classify a log already in memory. */
export function classifyText(text: string | Buffer, options: ScanOptions = {}): Classification {
  const r = scanText(text, options)
  return classify(r.failures, r.signals, r.stats, options.maxFailures)
}

/**
 * Scan and classify a streamed log; where the rules are weak, the evidence model reads what
 * the scanner kept (its chunk is loaded only then).
 */
export async function classifyLogWithModel(
  source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  options: ScanOptions = {}
): Promise<Classification> {
  const r = await scanLog(source, options)
  return refineWithModel(
    classify(r.failures, r.signals, r.stats, options.maxFailures),
    evidenceText([r])
  )
}

/**
 * Scan and classify a text in memory; where the rules are weak, the evidence model reads the
 * text itself (its chunk is loaded only then).
 */
export async function classifyTextWithModel(
  text: string | Buffer,
  options: ScanOptions = {}
): Promise<Classification> {
  const c = classifyText(text, options)
  return refineWithModel(c, modelText(typeof text === 'string' ? text : text.toString('utf8')))
}
