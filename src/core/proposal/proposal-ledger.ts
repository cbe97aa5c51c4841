// The fixing job's outcome records, handed to the publish job in the proposal (publish:
// separate-job with `ledger: issue`: the fixing job holds no write token, the publish job
// appends them to the ledger issue). The fixing job ran the repository's code, so this file
// is as untrusted as the rest of the proposal: the publish job accepts it only as outcome
// records of the proposal's own run and action, each field bounded (the ledger issue shows
// some of them in a table, outside any code span: the time, the run, the resolution), and
// refuses the whole proposal otherwise. Pure: text in, records or a refusal out.
import {z} from 'zod'
import {
  OUTCOME_ACTIONS,
  RESOLUTIONS,
  type OutcomeAction,
  type OutcomeRecord
} from '../ledger/outcome-record.js'
import type {Proposal} from './proposal.js'

export const PROPOSAL_LEDGER_FILE = 'ledger.jsonl'
/** The publish job refuses a ledger file larger than this. */
export const MAX_PROPOSAL_LEDGER_BYTES = 1024 * 1024
/** …or with more records than this (autofix's max-failures and self-heal's max-fixes are far below). */
export const MAX_PROPOSAL_RECORDS = 500

const text = (max: number) => z.string().max(max)
const count = z.number().finite().nonnegative()

/** An outcome record as the publish job accepts it: the record schema, every field bounded, nothing else. */
const proposedOutcomeSchema = z
  .object({
    v: z.literal(1),
    kind: z.literal('outcome'),
    time: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/, 'an ISO time'),
    source: z.enum(['autofix', 'self-heal']),
    runId: z.number().int().positive(),
    runAttempt: z.number().int().positive(),
    sha: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/, 'a commit sha'),
    fingerprint: z
      .string()
      .min(1)
      .max(600)
      .regex(/^[^\s<>`|]+$/, 'a fingerprint (no spaces, no < > ` |)'),
    category: z
      .string()
      .max(100)
      .regex(/^[\w.-]*$/, 'a category'),
    title: text(1_000),
    files: z.array(text(4_096)).max(200),
    command: text(4_096),
    resolution: z.enum(RESOLUTIONS),
    reason: text(4_000),
    actions: z.array(z.enum(OUTCOME_ACTIONS)).max(OUTCOME_ACTIONS.length),
    attempts: count,
    tokens: count,
    costUsd: count,
    seconds: count,
    pr: text(500),
    commit: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/, 'a commit sha'),
    learnings: z.array(text(4_096)).max(50)
  })
  .strict()

/** The records of a proposal's ledger file, or why they are refused. */
export function checkProposalLedger(
  content: string,
  proposal: Pick<Proposal, 'kind' | 'runId' | 'runAttempt'>
): {ok: true; records: OutcomeRecord[]} | {ok: false; reason: string} {
  if (Buffer.byteLength(content, 'utf8') > MAX_PROPOSAL_LEDGER_BYTES)
    return {
      ok: false,
      reason: `${PROPOSAL_LEDGER_FILE} is larger than the ${MAX_PROPOSAL_LEDGER_BYTES} bytes a publish accepts`
    }
  const lines = content.split('\n').filter(l => l.trim() !== '')
  if (lines.length > MAX_PROPOSAL_RECORDS)
    return {
      ok: false,
      reason: `${PROPOSAL_LEDGER_FILE} holds ${lines.length} records, more than the ${MAX_PROPOSAL_RECORDS} a publish accepts`
    }
  const records: OutcomeRecord[] = []
  for (const [i, line] of lines.entries()) {
    const where = `${PROPOSAL_LEDGER_FILE} line ${i + 1}`
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      return {ok: false, reason: `${where} is not JSON`}
    }
    const parsed = proposedOutcomeSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        ok: false,
        reason: `${where} is not an outcome record (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`
      }
    }
    const r = parsed.data
    if (
      r.source !== proposal.kind ||
      r.runId !== proposal.runId ||
      r.runAttempt !== proposal.runAttempt
    )
      return {
        ok: false,
        reason: `${where} is a record of ${r.source} run ${r.runId} (attempt ${r.runAttempt}), not of this proposal's ${proposal.kind} run ${proposal.runId} (attempt ${proposal.runAttempt})`
      }
    records.push(r)
  }
  return {ok: true, records}
}

/** What the publish job did with the proposal's PR, for the records of the fixes it carried. */
export interface PublishedPr {
  url: string
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none'
}

/**
 * The records as the publish job keeps them: a fix the fixing job proposed (autofix says
 * `proposed`; self-heal's fixed groups) now names the PR the publish job opened or updated for
 * it (`prOf`: the PR of a record's fix, if any).
 */
export function withPublishedPr(
  records: readonly OutcomeRecord[],
  prOf: (r: OutcomeRecord) => PublishedPr | undefined
): OutcomeRecord[] {
  return records.map(r => {
    const pr = prOf(r)
    const carried = r.actions.includes('proposed') || r.resolution === 'fixed'
    if (!pr?.url || !carried || r.pr !== '') return r
    if (pr.action !== 'created' && pr.action !== 'updated' && pr.action !== 'unchanged') return r
    const opened: OutcomeAction = pr.action === 'created' ? 'pr-opened' : 'pr-updated'
    return {
      ...r,
      pr: pr.url,
      actions: r.actions.includes(opened) ? r.actions : [...r.actions, opened]
    }
  })
}

/**
 * The records not in the ledger yet. A record is its action, run, attempt, fingerprint and the
 * millisecond it was written: a re-run of the publish job (which may update the PR it opened
 * the first time) appends nothing twice.
 */
export function notYetIn(
  ledger: readonly OutcomeRecord[],
  records: readonly OutcomeRecord[]
): OutcomeRecord[] {
  const seen = new Set(ledger.map(identity))
  return records.filter(r => !seen.has(identity(r)) && Boolean(seen.add(identity(r))))
}

function identity(r: OutcomeRecord): string {
  return [r.source, r.runId, r.runAttempt, r.fingerprint, r.time].join('\u0000')
}
