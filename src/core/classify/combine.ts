// One verdict from several scans (the failed jobs of one run, or several local files).
import {evidenceText, refineWithModel} from './learned/index.js'
import {classify} from './rules.js'
import type {Classification, ScanResult, ScanStats, Signals} from './types.js'

/**
 * Classify several scans together (the failed jobs of one run, or several local files):
 * failures in scan order, signals and stats combined, one verdict.
 */
export function classifyFailures(scans: readonly ScanResult[], maxFailures = 200): Classification {
  const signals: Signals = {exitCodes: [], errorMarkers: [], failedSteps: []}
  const stats: ScanStats = {
    bytes: 0,
    candidateLines: 0,
    regions: 0,
    failuresFound: 0,
    failuresDropped: 0
  }
  for (const s of scans) {
    signals.exitCodes.push(...s.signals.exitCodes)
    signals.errorMarkers.push(...s.signals.errorMarkers)
    signals.failedSteps.push(...s.signals.failedSteps)
    if (s.signals.hints?.length) (signals.hints ??= []).push(...s.signals.hints)
    stats.bytes += s.stats.bytes
    stats.candidateLines += s.stats.candidateLines
    stats.regions += s.stats.regions
    stats.failuresFound += s.stats.failuresFound
    stats.failuresDropped += s.stats.failuresDropped
  }
  if (scans.length > 0 && scans.every(s => s.stats.binary)) stats.binary = true
  return classify(
    scans.flatMap(s => s.failures),
    signals,
    stats,
    maxFailures
  )
}

/**
 * classifyFailures, then the evidence model where the rules are weak, reading what the
 * scanner kept of each log (the model's chunk is loaded only then).
 */
export async function classifyFailuresWithModel(
  scans: readonly ScanResult[],
  maxFailures = 200
): Promise<Classification> {
  return refineWithModel(classifyFailures(scans, maxFailures), evidenceText(scans))
}
