// classify's files as the run's workflow artifact (../artifact-step.ts): the
// report JSON and, with `ledger: artifact`, the ledger it wrote (read back by
// the next run: edges/github/artifact-ledger.ts), whichever of them exist.
// mode: patterns uploads its metrics.json and its report (the patterns
// output and what the run did) the same way.
import {join} from 'node:path'
import {uploadRunFiles} from '../artifact-step.js'
import type {ClassifyDeps} from './deps.js'

/** `classifiedRunId`: the run the report is about (its file is named for it). */
export async function uploadClassifyFiles(
  deps: ClassifyDeps,
  classifiedRunId: number | undefined
): Promise<void> {
  const dir = reportDir(deps)
  await uploadFiles(deps, [
    join(dir, `classify-report-${classifiedRunId ?? deps.context.runId}.json`),
    join(dir, 'ledger', 'ledger.jsonl')
  ])
}

/** ci-medic's folder under RUNNER_TEMP: the artifact's paths start here. */
export function reportDir(deps: ClassifyDeps): string {
  return join(deps.context.tempDir, 'ci-medic')
}

/** Those of `files` (under reportDir) that exist, as this run's artifact (mode: patterns: metrics.json and its report). */
export async function uploadFiles(deps: ClassifyDeps, files: readonly string[]): Promise<void> {
  await uploadRunFiles({
    action: 'classify',
    settings: deps.settings,
    context: deps.context,
    io: deps.io,
    rootDirectory: reportDir(deps),
    files
  })
}
