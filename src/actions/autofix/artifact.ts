// autofix's files as the run's workflow artifact (../artifact-step.ts): the
// report JSON, the decision log, and the ledger file a run with an artifact
// ledger writes, whichever of them exist.
import {join} from 'node:path'
import {uploadRunFiles} from '../artifact-step.js'
import type {AutofixDeps} from './deps.js'

export async function uploadAutofixFiles(deps: AutofixDeps): Promise<void> {
  const {reportDir} = deps
  await uploadRunFiles({
    action: 'autofix',
    settings: deps.settings,
    context: deps.context,
    io: deps.io,
    rootDirectory: reportDir,
    files: [
      join(reportDir, 'autofix-report.json'),
      deps.log.path,
      join(reportDir, 'ledger', 'ledger.jsonl')
    ]
  })
}
