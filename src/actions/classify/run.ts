// classify: read the failed run's logs (or local files), find the failures,
// decide the root cause and the next action, and act on it. Outputs are set
// before anything is written to GitHub, and a failed write is a warning that
// names what is missing, never a lost classification.
//
// Each step below is a named function run inside its own log group; they all
// write to one run journal, from which the outputs, the job summary, the
// report JSON and the ledger record's `actions` are rendered.
import {RunJournal} from '../../core/journal.js'
import type {ClassifyOutcome} from '../../core/report/classify-summary.js'
import type {InputSource} from '../../settings/input-source.js'
import {act} from './act.js'
import {uploadClassifyFiles} from './artifact.js'
import {runnerDeps, type ClassifyDeps} from './deps.js'
import {linkRetries, readLedger, recordPassingRun, writeLedger} from './ledger.js'
import {readSources} from './read-sources.js'
import {reportClassification, reportRerun, runFacts, setClassifyOutputs} from './report.js'
import {classifySources, decide, secondOpinion} from './verdict.js'

export {CLASSIFY_FAILURE_OUTPUTS} from '../failure-outputs.js'

/** classify on a runner: deps from the inputs and the GITHUB_* environment. */
export async function classify(inputs: InputSource): Promise<void> {
  await runClassify(await runnerDeps(inputs))
}

export async function runClassify(deps: ClassifyDeps): Promise<void> {
  // The weekly learnings: a chunk of its own, loaded only when asked for (classify's start-up is benchmarked).
  if (deps.settings.mode === 'patterns')
    return (await import('./patterns-run.js')).runPatterns(deps)
  const {io} = deps
  const journal = new RunJournal()

  const sources = await io.group('Read the logs', () => readSources(deps))
  const {run} = sources
  if (run?.conclusion === 'success') {
    const note = await io.group('Record the passing run', () =>
      recordPassingRun(deps, run, journal)
    )
    await io.group('Report', () => reportRerun(deps, note, journal))
    await uploadClassifyFiles(deps, run.id)
    return
  }

  const ruled = await io.group('Classify', async () => classifySources(deps, sources))
  const ledger = await io.group('Read the ledger', () => readLedger(deps, journal))
  const rules = linkRetries(deps, ruled, ledger, run)
  const {classification: opined, secondOpinion: opinion} = await io.group('Second opinion', () =>
    secondOpinion(deps, rules, sources)
  )
  // A workflow run only: the comparison's code loads here, never for a local log.
  const drift = run ? await import('./drift.js') : undefined
  const driftReport =
    drift &&
    (await io.group('Compare with the last green run', () =>
      drift.compareWithLastGreen(deps, sources, opined)
    ))
  const classification = drift ? drift.withDrift(deps, opined, sources, driftReport) : opined
  const decision = await io.group('Decide', async () =>
    decide(deps, classification, sources, ledger)
  )
  const outcome: ClassifyOutcome = {
    classification,
    decision,
    sources: sources.names,
    run: run && runFacts(run),
    journal: journal.entries, // the journal's own list: later steps' entries show in the report
    drift: driftReport,

    secondOpinion: opinion
  }

  await io.group('Set the outputs', () => setClassifyOutputs(deps, outcome))
  await io.group('Act', () => act(deps, outcome, journal))
  await io.group('Write the ledger', () => writeLedger(deps, ledger, outcome, journal))
  await io.group('Report', () => reportClassification(deps, outcome, journal))
  await uploadClassifyFiles(deps, run?.id)
}
