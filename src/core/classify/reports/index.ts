// parseReport: a structured test or lint report in, failures out. The format is
// detected from the content (the file name is only a hint). Never throws.
import {makeRelativizer} from '../paths.js'
import {toFailure} from '../scanner.js'
import type {Failure, ScanResult, ScanStats, Signals} from '../types.js'
import {parseEslintJson, parseGoJson, parseJestJson} from './json-reports.js'
import {detectReportFormat, type ReportFormat} from './detect.js'
import {parseJunit} from './junit.js'

export {detectReportFormat, looksLikeReport, type ReportFormat} from './detect.js'

/** A report read as a scan (so it can be classified with logs), plus what was read. */
export interface ReportResult extends ScanResult {
  format: ReportFormat
  failures: Failure[]
  /** Test cases seen (0 for lint reports). */
  tests: number
  /** Set when the file could not be read fully: what was wrong, in plain words. */
  error?: string
}

type Bare = {format: ReportFormat; failures: Failure[]; tests: number; error?: string}

export interface ReportOptions {
  workspace?: string
  roots?: readonly string[]
}

/** Parse a report file's content. Binary, empty or malformed input gives a result with `error`, never a throw. */
export function parseReport(
  content: string | Buffer,
  fileName = '',
  options: ReportOptions = {}
): ReportResult {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
  const r = parseBare(content, fileName, options)
  const signals: Signals = {exitCodes: [], errorMarkers: [], failedSteps: []}
  const stats: ScanStats = {
    bytes,
    candidateLines: 0,
    regions: 0,
    failuresFound: r.failures.length,
    failuresDropped: 0
  }
  if (r.format === 'binary') stats.binary = true
  const failures = fileName ? r.failures.map(f => ({...f, source: fileName})) : r.failures
  return {...r, failures, signals, stats, ...(fileName ? {source: fileName} : {})}
}

function parseBare(content: string | Buffer, fileName: string, options: ReportOptions): Bare {
  const text = typeof content === 'string' ? content : content.toString('utf8')
  const roots = [...(options.roots ?? []), ...(options.workspace ? [options.workspace] : [])]
  const relativize = makeRelativizer(roots)
  const format = detectReportFormat(text, fileName)
  const done = (r: {
    drafts: Parameters<typeof toFailure>[0][]
    tests: number
    error?: string
  }): Bare => ({
    format,
    failures: r.drafts.map(d => toFailure(d, roots)),
    tests: r.tests,
    ...(r.error ? {error: r.error} : {})
  })
  try {
    switch (format) {
      case 'empty':
        return {format, failures: [], tests: 0, error: `${fileName || 'The report'} is empty.`}
      case 'binary':
        return {
          format,
          failures: [],
          tests: 0,
          error: `${fileName || 'The report'} is binary data, not a test or lint report.`
        }
      case 'junit':
        return done(parseJunit(text, relativize))
      case 'go-test-json':
        return done(parseGoJson(text, relativize))
      case 'eslint-json':
      case 'jest-json': {
        let doc: unknown
        try {
          doc = JSON.parse(text)
        } catch (e) {
          return {
            format,
            failures: [],
            tests: 0,
            error: `Malformed JSON report: ${e instanceof Error ? e.message : String(e)}`
          }
        }
        if (format === 'eslint-json')
          return Array.isArray(doc)
            ? done(parseEslintJson(doc, relativize))
            : {format, failures: [], tests: 0, error: 'An eslint JSON report must be an array.'}
        return typeof doc === 'object' && doc !== null && !Array.isArray(doc)
          ? done(parseJestJson(doc as Record<string, unknown>, relativize))
          : {format, failures: [], tests: 0, error: 'A jest/vitest JSON report must be an object.'}
      }
      default:
        return {
          format: 'unknown',
          failures: [],
          tests: 0,
          error: `${fileName || 'The file'} is not a report format classify reads (JUnit XML, jest/vitest JSON, go test -json, eslint JSON); read it as a log instead.`
        }
    }
  } catch (e) {
    return {
      format,
      failures: [],
      tests: 0,
      error: `Could not read ${fileName || 'the report'}: ${e instanceof Error ? e.message : String(e)}`
    }
  }
}
