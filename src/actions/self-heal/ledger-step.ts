// self-heal and the ledger: read before healing (a group autofix or
// self-heal failed to fix twice is not attempted a third time, unless a
// commit since touched its files, a learning about it changed,
// retry-fingerprints names it, or a writer put the ci-medic:retry label on
// its P0 alert issue; that label comes off after the attempt), written
// after (one outcome record per group handled, and one per earlier fix whose
// check settled: the error stopped, verified; it came back, regressed).
// Only in fix mode; a dry run reads but writes nothing, and a cancelled run
// skips the write (the step is skipped once cancelled).
import {readFile} from 'node:fs/promises'
import {
  isSentryFingerprint,
  outcomeOfFixCheck,
  outcomeOfGroup,
  sentryFingerprint
} from '../../core/ledger/heal-outcome-of.js'
import {factsByKey, type OutcomeRun} from '../../core/ledger/outcome-of.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {errorMessage} from '../../errors.js'
import type {RetryLabels} from '../../edges/github/retry-label.js'
import {
  failedTwiceGate,
  gateInputOfRun,
  openRunLedger,
  readFixingLedger,
  releaseRetryLabels,
  retryLabelsVia,
  PROPOSED_LEDGER_NOTE,
  writeOutcomes,
  type GateInput
} from '../fixing-ledger.js'
import type {SelfHealDeps} from './deps.js'
import type {SelfHealRun} from './run-state.js'

export async function readTheLedger(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const {settings, io} = deps
  const startSha = (await deps.git.head()) ?? ''
  run.ledger = {failedTwice: new Map(), startSha}
  if (settings.ledger === 'none' || (settings.ledger === 'issue' && !deps.github)) return
  const store = await openRunLedger(deps).catch((error: unknown) => {
    run.journal.couldNot('ledger-read', `The ledger could not be opened (${errorMessage(error)}).`)
    return undefined
  })
  if (!store) return
  const ledger = await readFixingLedger(store, settings.ledger, run.journal, io.logger)
  // An issue ledger that cannot be read is not written either (it would start a second page).
  if (!ledger && settings.ledger === 'issue') return
  const gate = ledger
    ? await failedTwiceGate({
        ...gateInputOfRun(deps),
        outcomes: ledger.outcomes.filter(o => isSentryFingerprint(o.fingerprint)),
        retryLabels: aboutGroups(retryLabelsVia(deps.github)),
        journal: run.journal
      })
    : undefined
  run.ledger = {
    store,
    failedTwice: gate?.skip ?? new Map<string, string>(),
    startSha,
    retried: gate?.retried ?? []
  }
}

/** A P0 alert is about `sentry-p0-<group>`; its label asks to retry the group's ledger fingerprint, `sentry:<group>`. */
function aboutGroups(find: GateInput['retryLabels']): GateInput['retryLabels'] {
  if (!find) return undefined
  return async (): Promise<RetryLabels> => {
    const found = await find()
    const asks = found.asks.map(ask => ({
      ...ask,
      fingerprints: ask.fingerprints.flatMap(f => {
        const group = /^sentry-p0-(.+)$/.exec(f)?.[1]
        return group ? [f, sentryFingerprint(group)] : [f]
      })
    }))
    return {...found, asks}
  }
}

/** Why a group is not attempted: it failed twice before (undefined when it may be attempted). */
export function failedTwiceBefore(run: SelfHealRun, groupId: string): string | undefined {
  return run.ledger?.failedTwice.get(sentryFingerprint(groupId))
}

export async function writeTheLedger(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  const store = run.ledger?.store
  if (!store) return
  const records = await outcomeRecords(deps, run)
  if (deps.settings.dryRun) {
    deps.io.logger.info(`Dry run: ${records.length} outcome record(s) not written to the ledger.`)
    return
  }
  // publish: separate-job: this job holds no write token, so the records go into the proposal
  // (written after this step: propose.ts), and the publish job appends them to the ledger issue.
  if (deps.settings.publish === 'separate-job' && deps.settings.ledger === 'issue') {
    run.journal.fact('ledger-written', PROPOSED_LEDGER_NOTE)
    run.proposedOutcomes = records
    return
  }
  await writeOutcomes(store, records, deps.settings.ledger, {
    journal: run.journal,
    logger: deps.io.logger
  })
  // A ci-medic:retry label asked for one more try: it was made, so the label comes off.
  if (deps.settings.publish === 'separate-job') return
  const attempted = run.results.filter(r =>
    ['fixed', 'not-fixed', 'not-reproduced'].includes(r.verdict)
  )
  await releaseRetryLabels(
    deps.github,
    run.ledger?.retried ?? [],
    new Set(attempted.map(r => sentryFingerprint(r.group))),
    deps.io.logger
  )
}

async function outcomeRecords(deps: SelfHealDeps, run: SelfHealRun): Promise<OutcomeRecord[]> {
  const text = await readFile(deps.log.path, 'utf8').catch(() => '')
  const facts = factsByKey(
    text.split('\n').flatMap(line => {
      try {
        return line.trim() ? [JSON.parse(line) as {time?: unknown; key?: unknown}] : []
      } catch {
        return []
      }
    })
  )
  const base: OutcomeRun = {
    time: new Date(deps.clock()).toISOString(),
    runId: deps.context.runId,
    runAttempt: deps.context.runAttempt,
    sha: run.ledger?.startSha ?? ''
  }
  const groups = new Map(run.triage.groups.map(g => [g.id, g]))
  const handled = run.results.flatMap(result => {
    const group = groups.get(result.group)
    const usage = deps.budget.failureTotals(result.group)
    const record = outcomeOfGroup({
      result,
      run: base,
      title: group ? `${group.exceptionType}: ${group.message}` : '',
      files: group?.files ?? [],
      attempts: facts.get(result.group)?.attempts ?? 0,
      tokens: usage.inputTokens + usage.outputTokens,
      costUsd: usage.costUsd,
      seconds: facts.get(result.group)?.seconds ?? 0,
      failedTwice: failedTwiceBefore(run, result.group) !== undefined
    })
    return record ? [record] : []
  })
  const settled = run.checks.flatMap(check => {
    const fix = run.state.fixes.find(f => f.prNumber === check.prNumber)
    const record = fix && outcomeOfFixCheck(check, fix, base)
    return record ? [record] : []
  })
  return [...settled, ...handled]
}
