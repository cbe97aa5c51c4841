// classify's files as the run's workflow artifact (../artifact-step.ts): the
// report JSON and, with `ledger: artifact`, the ledger it wrote (read back by
// the next run: edges/github/artifact-ledger.ts), whichever of them exist.
import {join} from 'node:path'
import {uploadRunFiles} from '../artifact-step.js'
import type {ClassifyDeps} from './deps.js'

/** `classifiedRunId`: the run the report is about (its file is named for it). */
export async function uploadClassifyFiles(
  deps: ClassifyDeps,
  classifiedRunId: number | undefined
): Promise<void> {
  const dir = join(deps.context.tempDir, 'ci-medic')
  await uploadRunFiles({
    action: 'classify',
    settings: deps.settings,
    context: deps.context,
    io: deps.io,
    rootDirectory: dir,
    files: [
      join(dir, `classify-report-${classifiedRunId ?? deps.context.runId}.json`),
      join(dir, 'ledger', 'ledger.jsonl')
    ]
  })
}
