// What classify tells the runner, all rendered from one ClassifyOutcome (the
// classification, the decision and the run journal): the step outputs (set
// before anything is written to GitHub), the JSON report, the warnings, the
// annotations and the job summary.
import {mkdir, writeFile} from '../../edges/files/light-fs.js'
import {EOL} from 'node:os'
import {join} from 'node:path'
import type {Classification} from '../../core/classify/types.js'
import type {RunJournal} from '../../core/journal.js'
import {
  classifyReport,
  oneLineSummary,
  renderClassifySummary,
  type ClassifyOutcome
} from '../../core/report/classify-summary.js'
import type {WorkflowRunInfo} from '../../edges/github/workflow-runs.js'
import type {ActionIO} from '../../runtime/action-io.js'
import type {ClassifyDeps} from './deps.js'

const MAX_ANNOTATIONS = 10

export function runFacts(run: WorkflowRunInfo): NonNullable<ClassifyOutcome['run']> {
  return {
    id: run.id,
    attempt: run.runAttempt,
    url: run.htmlUrl,
    workflow: run.name,
    path: run.path,
    branch: run.headBranch,
    sha: run.headSha,
    event: run.event
  }
}

/** Step 6: the report file and the outputs, before classify acts on anything. */
export async function setClassifyOutputs(
  {io, context}: ClassifyDeps,
  outcome: ClassifyOutcome
): Promise<void> {
  const {classification, decision} = outcome
  io.setOutputs({
    category: classification.category,
    confidence: classification.confidence.toFixed(2),
    fingerprint: classification.fingerprint,
    'next-action': decision.action,
    failures: JSON.stringify(classification.failures),
    summary: oneLineSummary(outcome),
    'report-path': await writeReport(context.tempDir, context.runId, outcome)
  })
  io.logger.info(oneLineSummary(outcome))
}

/** Step 9: warnings, annotations, the final report file and the job summary. */
export async function reportClassification(
  {io, context}: ClassifyDeps,
  outcome: ClassifyOutcome,
  journal: RunJournal
): Promise<void> {
  for (const line of journal.warnings()) io.logger.warning(line)
  annotate(io, outcome.classification)
  await writeReport(context.tempDir, context.runId, outcome)
  await io.writeSummary(renderClassifySummary(outcome))
}

/** The report of a run that passed on a rerun: one line, as output, log line and summary. */
export async function reportRerun(
  {io}: ClassifyDeps,
  note: string,
  journal: RunJournal
): Promise<void> {
  for (const line of journal.warnings()) io.logger.warning(line)
  io.setOutputs({summary: note})
  io.logger.info(note)
  await io.writeSummary(`<h2>ci-medic classify</h2>${EOL}${note}${EOL}`)
}

function annotate(io: ActionIO, classification: Classification): void {
  const located = classification.failures.filter(f => f.file).slice(0, MAX_ANNOTATIONS)
  for (const f of located) {
    io.annotate(f.message.split('\n')[0] ?? f.message, {
      title: `${f.category}${f.test ? `: ${f.test}` : f.errorCode ? ` ${f.errorCode}` : ''}`,
      file: f.file,
      startLine: f.line,
      startColumn: f.line ? f.column : undefined
    })
  }
}

/** Writes the JSON report (the same path each time: the outputs name it before the end). */
async function writeReport(
  tempDir: string,
  runId: number,
  outcome: ClassifyOutcome
): Promise<string> {
  const dir = join(tempDir, 'ci-medic')
  await mkdir(dir, {recursive: true})
  const path = join(dir, `classify-report-${outcome.run?.id ?? runId}.json`)
  await writeFile(path, JSON.stringify(classifyReport(outcome), null, 2))
  return path
}
