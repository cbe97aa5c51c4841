// The ledger step: one outcome record per failure the run handled, written
// at the end of the run (a budget stop and a failed publish included; a
// cancelled run writes nothing: the runner allows it seconds, not requests;
// a dry run writes nothing either). In publish: separate-job this job has no
// write token, so with `ledger: issue` the records go into the proposal for
// the publish job to append (noteUnwrittenLedger says so in the report);
// `ledger: file` (with ledger-path, uploaded by a later step) and `artifact`
// need no write token.
import {readFile} from 'node:fs/promises'
import type {RunJournal} from '../../core/journal.js'
import {
  factsByKey,
  outcomeOfFailure,
  type OutcomePublication
} from '../../core/ledger/outcome-of.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {
  PROPOSED_LEDGER_NOTE,
  proposeOutcomes,
  releaseRetryLabels,
  writeOutcomes
} from '../fixing-ledger.js'
import type {AutofixDeps} from './deps.js'
import type {FixedRun} from './fix-step.js'
import {ledgerWritable, type LedgerView} from './prepare.js'
import type {Published} from './publish.js'

/**
 * With publish: separate-job and ledger: issue, a fact at the top of the
 * report (not a warning: it is the example workflow's set-up) says where the
 * outcome records go instead: the proposal, for the publish job.
 */
export function noteUnwrittenLedger(deps: AutofixDeps, journal: RunJournal): void {
  if (ledgerWritable(deps) || deps.settings.dryRun) return
  // A fan-out's plan and work jobs write no outcome records: integrate writes them all.
  if (deps.settings.stage === 'plan' || deps.settings.stage === 'work') return
  journal.fact('ledger-written', PROPOSED_LEDGER_NOTE)
}

export async function writeTheLedger(
  deps: AutofixDeps,
  done: {run: FixedRun; published: Published; ledger: LedgerView},
  journal: RunJournal
): Promise<void> {
  const {settings, io} = deps
  const {store} = done.ledger
  const proposalPath = done.published.proposalPath
  if (!store && proposalPath && !ledgerWritable(deps) && !settings.dryRun) {
    const records = await outcomeRecords(deps, done)
    if (records.length) await proposeOutcomes(proposalPath, records, {journal, logger: io.logger})
    return
  }
  if (!store) return
  const records = await outcomeRecords(deps, done)
  if (settings.dryRun) {
    io.logger.info(`Dry run: ${records.length} outcome record(s) not written to the ledger.`)
    return
  }
  await writeOutcomes(store, records, settings.ledger, {journal, logger: io.logger})
  // A ci-medic:retry label asked for one more try: it was made, so the label comes off.
  // With publish: separate-job this job holds no write token; the outcome record spends the label.
  if (settings.publish === 'separate-job') return
  const attempted = done.run.loop.results.filter(
    r => r.verdict === 'fixed' || r.verdict === 'not-fixed' || r.attempts > 0
  )
  await releaseRetryLabels(
    deps.github,
    done.ledger.retried,
    new Set(attempted.map(r => r.key)),
    io.logger
  )
}

async function outcomeRecords(
  deps: AutofixDeps,
  {run, published, ledger}: {run: FixedRun; published: Published; ledger: LedgerView}
): Promise<OutcomeRecord[]> {
  const facts = factsByKey(await decisionEntries(deps.log.path))
  const base = {
    time: new Date(deps.clock()).toISOString(),
    runId: deps.context.runId,
    runAttempt: deps.context.runAttempt,
    sha: ledger.startSha
  }
  const publication = publicationOf(published)
  return run.loop.results.flatMap(result => {
    const usage = deps.budget.failureTotals(result.key)
    const record = outcomeOfFailure({
      result,
      run: base,
      command:
        run.loop.baseline.find(r => r.failures.some(f => f.fingerprint === result.key))?.command ??
        '',
      tokens: usage.inputTokens + usage.outputTokens,
      costUsd: usage.costUsd,
      seconds: facts.get(result.key)?.seconds ?? 0,
      skippedAs: ledger.failedTwice.has(result.key)
        ? 'failed-twice'
        : ledger.knownFlakes.has(result.key) || result.flaky
          ? 'known-flake'
          : undefined,
      commits: run.loop.fixes,
      publication,
      // The pattern docs the model was shown: the weekly analysis tells what helped.
      learnings: result.learnings
    })
    return record ? [record] : []
  })
}

function publicationOf(published: Published): OutcomePublication {
  const {publication, proposalPath} = published
  if (proposalPath) return {prUrl: '', action: 'proposed'}
  if (publication.action === 'created' || publication.action === 'updated')
    return {prUrl: publication.prUrl, action: publication.action}
  return {prUrl: publication.prUrl, action: 'none'}
}

/** The decision log's entries (time and key per line); none when it cannot be read. */
async function decisionEntries(
  path: string
): Promise<{time?: unknown; key?: unknown; kind?: unknown}[]> {
  const text = await readFile(path, 'utf8').catch(() => '')
  return text.split('\n').flatMap(line => {
    try {
      return line.trim() ? [JSON.parse(line) as {time?: unknown; key?: unknown}] : []
    } catch {
      return []
    }
  })
}
