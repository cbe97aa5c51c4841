// The ledger as both fixing actions (autofix, self-heal) use it: read once
// before fixing (known flakes, and the outcomes behind "never the same failed
// fix a third time"), written once at the end (one outcome record per failure
// or group handled). A ledger that cannot be read or written is a journal
// entry naming what is missing, never a failed run.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {RunJournal} from '../core/journal.js'
import type {ParsedLedger} from '../core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../core/ledger/outcome-record.js'
import {
  blockedFingerprints,
  failedTwiceReason,
  retryAskFor,
  retryAskedText,
  retryDecision,
  retryOverrideOf,
  runLinks,
  type FailedHistory,
  type RetryAsk
} from '../core/ledger/retry-policy.js'
import type {GitHubClient} from '../edges/github/client.js'
import {describeGitHubError, missingPermission} from '../edges/github/errors.js'
import type {RetryLabels} from '../edges/github/retry-label.js'
import type {RepoRef} from '../edges/github/workflow-runs.js'
import {errorMessage} from '../errors.js'
import {PROPOSAL_LEDGER_FILE} from '../core/proposal/proposal-ledger.js'
import {openLedger, type LedgerPlace} from '../edges/ledger/open-ledger.js'
import {corruptWarning, emptyLedger, type LedgerStore} from '../edges/ledger/store.js'
import {touchedSince} from '../edges/workspace/git-workspace.js'
import {readLearnings} from '../edges/workspace/learnings-reader.js'
import type {Logger} from '../logger.js'
import type {LedgerKind} from '../settings/ledger-fields.js'
import type {WorkflowContext} from '../settings/workflow-context.js'

/** What a failed read or write of this kind of ledger lacks. */
export function ledgerNeeds(kind: LedgerKind, write: boolean): string {
  if (kind === 'file') return 'ledger-path'
  if (kind === 'artifact') return 'actions: read'
  return write ? 'issues: write' : 'issues: read'
}

/** Reads the ledger into the journal; an unreadable one is an empty ledger and a could-not entry. */
export async function readFixingLedger(
  store: LedgerStore,
  kind: LedgerKind,
  journal: RunJournal,
  logger: Logger
): Promise<ParsedLedger | undefined> {
  try {
    const ledger = await store.read()
    const corrupt = corruptWarning(ledger, kind)
    if (corrupt) logger.warning(corrupt)
    return ledger
  } catch (error) {
    const needs = ledgerNeeds(kind, false)
    journal.couldNot(
      'ledger-read',
      `The ledger could not be read (${describeGitHubError(error, needs)}): known flakes and failed fixes are not skipped.`,
      missingPermission(error) ?? (kind === 'file' ? needs : undefined)
    )
    return undefined
  }
}

export {emptyLedger}

/** Where a fixing job with publish: separate-job and ledger: issue puts its outcome records (it holds no write token). */
export const PROPOSED_LEDGER_NOTE = `Outcome records go to the ledger issue through the publish job: with publish: separate-job this job has no write token, so it puts them in the proposal (${PROPOSAL_LEDGER_FILE}), and the publish job appends them after it publishes.`

/**
 * publish: separate-job with ledger: issue: the records go into the proposal directory, for the
 * publish job to append to the ledger issue (src/actions/publish/ledger.ts). A file that cannot
 * be written is a could-not entry, like a ledger that cannot be written.
 */
export async function proposeOutcomes(
  proposalPath: string,
  records: readonly OutcomeRecord[],
  to: {journal: RunJournal; logger: Logger}
): Promise<void> {
  const file = join(proposalPath, PROPOSAL_LEDGER_FILE)
  try {
    await writeFile(file, records.map(r => `${JSON.stringify(r)}\n`).join(''))
    to.logger.info(
      `Put ${records.length} outcome record(s) in the proposal (${file}): the publish job appends them to the ledger issue.`
    )
  } catch (error) {
    to.journal.couldNot(
      'ledger-written',
      `The outcome records could not be put in the proposal for the publish job (${errorMessage(error)}).`
    )
  }
}

export interface GateInput {
  /** The outcomes of the fingerprints this action works on (CI failures, or `sentry:` groups). */
  outcomes: readonly OutcomeRecord[]
  /** The retry-fingerprints input. */
  retry: readonly string[]
  workspace: string
  /** GITHUB_SERVER_URL and owner/repo: the earlier runs' links. */
  serverUrl: string
  repository: string
  logger: Logger
  /** learnings-path: a pattern doc about a blocked fingerprint that changed since its last failed fix lifts the block. */
  learningsPath?: string
  /** The ci-medic:retry labels on the alert issues (asked only when a fingerprint is blocked); absent without a token. */
  retryLabels?: () => Promise<RetryLabels>
  /** The fingerprint classify dispatched this run for (a label on its alert lifts its failures). */
  dispatchedFor?: string
  /** Where a retry a label asked for is said ("retry asked by @user on #N"). */
  journal?: RunJournal
}

/** What a fixing action's run (autofix, self-heal) opens and gates its ledger with. */
export interface FixingLedgerRun {
  settings: LedgerPlace & {retryFingerprints: string[]; learningsPath: string}
  context: WorkflowContext
  io: {logger: Logger}
  /** Absent without a github-token. */
  github?: {client: GitHubClient; repo: RepoRef}
}

/** The ledger store the run's settings name (undefined: none to use); rejects when it cannot be opened. */
export async function openRunLedger(run: FixingLedgerRun): Promise<LedgerStore | undefined> {
  const {context} = run
  return openLedger(run.settings, {
    github: run.github,
    workspace: context.workspace,
    tempDir: context.tempDir,
    runId: context.runId,
    logger: run.io.logger
  })
}

/** The gate's input that comes from the run itself; the caller adds the outcomes and the retry labels. */
export function gateInputOfRun(
  run: FixingLedgerRun
): Omit<GateInput, 'outcomes' | 'retryLabels' | 'dispatchedFor' | 'journal'> {
  const {settings, context} = run
  return {
    retry: settings.retryFingerprints,
    workspace: context.workspace,
    serverUrl: context.serverUrl,
    repository: `${context.owner}/${context.repo}`,
    logger: run.io.logger,
    learningsPath: settings.learningsPath
  }
}

/** The gate's answer: what not to attempt, and the labels that asked for a retry. */
export interface FailedTwiceGate {
  /** Fingerprint → why it is skipped (failed twice, with the earlier runs' links). */
  skip: Map<string, string>
  /** Blocked fingerprints a ci-medic:retry label lets through, with that label (taken off after the attempt). */
  retried: {fingerprint: string; ask: RetryAsk}[]
}

/**
 * Fingerprints not to attempt in this run, each with the reason and links to
 * the runs whose fixes failed. A blocked fingerprint is let through when a
 * commit since its last failed fix touched its files (git in the checkout,
 * read before any check runs), a learning about it changed, retry-fingerprints
 * names it, or a person with write access labelled its alert ci-medic:retry
 * after the last failed fix.
 */
export async function failedTwiceGate(input: GateInput): Promise<FailedTwiceGate> {
  const override = retryOverrideOf(input.retry)
  const out: FailedTwiceGate = {skip: new Map(), retried: []}
  const docsAbout = learningsAbout(input)
  const asksFor = retryAsksOf(input)
  for (const history of blockedFingerprints(input.outcomes).values()) {
    const filesTouched = await touchedSince(input.workspace, history.last.sha, history.files).catch(
      () => 'unknown' as const
    )
    const docs = await docsAbout(history.fingerprint)
    const learningChanged =
      (await touchedSince(input.workspace, history.last.sha, docs).catch(() => false)) === true
    const retryAsk = filesTouched === true || learningChanged ? undefined : await asksFor(history)
    const decision = retryDecision(history, {override, filesTouched, learningChanged, retryAsk})
    if (decision.attempt) {
      input.logger.info(
        `Failed fixes of ${history.fingerprint} before, tried again: ${decision.because}.`
      )
      if (decision.ask) {
        out.retried.push({fingerprint: history.fingerprint, ask: decision.ask})
        input.journal?.fact(
          'ledger-read',
          `\`${history.fingerprint}\` failed twice before and is tried again: ${decision.because}.`
        )
      }
      continue
    }
    const links = runLinks(input.serverUrl, input.repository, decision.runIds)
    out.skip.set(history.fingerprint, failedTwiceReason(links, decision.reason))
  }
  return out
}

/**
 * The retry label for a blocked fingerprint, the labels read once and only
 * when asked; labels that cannot be read (or do not count) are a warning.
 */
function retryAsksOf(input: GateInput): (history: FailedHistory) => Promise<RetryAsk | undefined> {
  let labels: Promise<RetryAsk[]> | undefined
  const read = async (find: () => Promise<RetryLabels>): Promise<RetryAsk[]> => {
    try {
      const found = await find()
      for (const why of found.ignored) input.logger.warning(`Not a retry: ${why}.`)
      return found.asks
    } catch (error) {
      input.logger.warning(
        `The ci-medic:retry labels could not be read (${describeGitHubError(error, 'issues: read')}): only a commit, a learning or retry-fingerprints lifts a failed-twice skip.`
      )
      return []
    }
  }
  return async history => {
    if (!input.retryLabels) return undefined
    labels ??= read(input.retryLabels)
    return retryAskFor(history, await labels, input.dispatchedFor)
  }
}

/** Reads the ci-medic:retry labels through this token (loaded only when a fingerprint is blocked). */
export function retryLabelsVia(
  github: {client: GitHubClient; repo: RepoRef} | undefined
): GateInput['retryLabels'] {
  if (!github) return undefined
  return async () => {
    const [{findRetryLabels}, {resolveBotLogin}] = await Promise.all([
      import('../edges/github/retry-label.js'),
      import('../edges/github/bot-identity.js')
    ])
    return findRetryLabels(github.client, github.repo, await resolveBotLogin(github.client))
  }
}

/**
 * After the attempt: takes the ci-medic:retry label off the alerts whose
 * fingerprints this run attempted (one more try, not forever). A dry run
 * leaves them; a refusal is one warning per label.
 */
export async function releaseRetryLabels(
  github: {client: GitHubClient; repo: RepoRef} | undefined,
  retried: FailedTwiceGate['retried'],
  attempted: ReadonlySet<string>,
  logger: Logger
): Promise<void> {
  if (!github) return
  const issues = new Map(
    retried.filter(r => attempted.has(r.fingerprint)).map(r => [r.ask.issue, r.ask])
  )
  if (issues.size === 0) return
  const {removeRetryLabel} = await import('../edges/github/retry-label.js')
  for (const ask of issues.values()) {
    const refused = await removeRetryLabel(github.client, github.repo, ask.issue).catch(
      (error: unknown) => errorMessage(error)
    )
    if (refused) logger.warning(refused)
    else logger.info(`Took the ci-medic:retry label off #${ask.issue} (${retryAskedText(ask)}).`)
  }
}

/**
 * The tracked pattern docs (learnings-path) whose front matter names a
 * fingerprint (a self-heal group's with or without its `sentry:` prefix),
 * read once and only when a fingerprint is blocked. A doc added or edited in a
 * commit since the last failed fix is the "new signal" that lifts the block.
 */
function learningsAbout(input: GateInput): (fingerprint: string) => Promise<string[]> {
  let docs: Promise<{path: string; fingerprints: string[]}[]> | undefined
  return async fingerprint => {
    if (!input.learningsPath) return []
    docs ??= readLearnings(input.workspace, input.learningsPath).then(
      read => read.docs,
      () => []
    )
    const bare = fingerprint.replace(/^sentry:/, '')
    return (await docs)
      .filter(d => d.fingerprints.some(f => f === fingerprint || f === bare))
      .map(d => d.path)
  }
}

/**
 * Appends the records. Where they went is a log line (the report is rendered
 * before this step, at publishing); a failure is a could-not entry, so the
 * run's warnings name what would allow it.
 */
export async function writeOutcomes(
  store: LedgerStore,
  records: readonly OutcomeRecord[],
  kind: LedgerKind,
  to: {journal: RunJournal; logger: Logger}
): Promise<void> {
  const {journal, logger} = to
  if (records.length === 0) {
    logger.info('No outcome record to write: no failure was handled.')
    return
  }
  try {
    const {location} = await store.append(records)
    const upload =
      kind === 'artifact' ? ": upload it with actions/upload-artifact as 'ci-medic-ledger'" : ''
    logger.info(`Wrote ${records.length} outcome record(s) to the ledger: ${location}${upload}.`)
  } catch (error) {
    const needs = ledgerNeeds(kind, true)
    journal.couldNot(
      'ledger-written',
      `The outcome records could not be written to the ledger (${describeGitHubError(error, needs)}).`,
      missingPermission(error) ?? needs
    )
  }
}
