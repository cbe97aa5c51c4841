// The ledger as it is kept in a tracking issue: each comment holds a page of
// records as JSON Lines inside a hidden HTML comment, with a short table for
// people above it. A page is closed before GitHub's 65,536-character limit.
// A page holds both kinds of record (classify's verdicts, the fixing actions'
// outcomes) and keeps the lines of a future version verbatim, so rewriting a
// page never drops what a newer ci-medic wrote.
import type {LedgerRecord} from './ledger-record.js'
import {parseLedgerLine} from './ledger-line.js'
import type {OutcomeRecord} from './outcome-record.js'

export const LEDGER_MARKER = '<!-- ci-medic:ledger v1 -->'
const RECORDS_START = '<!-- ci-medic:records'
const RECORDS_END = '-->'
/** Below GitHub's 65,536 limit with room for the table. */
export const MAX_COMMENT_CHARS = 60_000
const TABLE_ROWS = 15

/**
 * JSON that cannot end an HTML comment early: `--` and `>` never appear
 * outside strings in JSON, so escaping them in the text escapes them inside
 * strings only (a future line's raw text included).
 */
function encodeLine(json: string): string {
  return json.replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e')
}

/** What a page holds besides classify's verdicts. */
export interface PageExtras {
  outcomes?: readonly OutcomeRecord[]
  /** Lines of a newer format, kept verbatim. */
  future?: readonly string[]
}

interface Row {
  time: string
  text: string
}

function verdictRow(r: LedgerRecord): Row {
  return {
    time: r.time,
    text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.workflow.replace(/\|/g, '\\|')} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category}\` | \`${r.fingerprint}\` | ${r.nextAction} | ${r.actions.join(', ') || '—'}${r.outcome ? ` (${r.outcome})` : ''} |`
  }
}

function outcomeRow(r: OutcomeRecord): Row {
  return {
    time: r.time,
    text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.source} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category.replace(/[|`]/g, '')}\` | \`${r.fingerprint.replace(/[|`]/g, '')}\` | outcome: ${r.resolution} | ${r.actions.join(', ') || '—'} |`
  }
}

export function renderLedgerComment(records: LedgerRecord[], extras: PageExtras = {}): string {
  const outcomes = extras.outcomes ?? []
  const future = extras.future ?? []
  const count = records.length + outcomes.length + future.length
  const recent = [...records.map(verdictRow), ...outcomes.map(outcomeRow)]
    .sort((a, b) => b.time.localeCompare(a.time))
    .slice(0, TABLE_ROWS)
  return [
    LEDGER_MARKER,
    `**ci-medic failure ledger**: ${count} record${count === 1 ? '' : 's'} on this page, newest first.`,
    '',
    '| time (UTC) | run | category | fingerprint | next action | done |',
    '| --- | --- | --- | --- | --- | --- |',
    ...recent.map(r => r.text),
    '',
    RECORDS_START,
    ...records.map(r => encodeLine(JSON.stringify(r))),
    ...outcomes.map(r => encodeLine(JSON.stringify(r))),
    ...future.map(encodeLine),
    RECORDS_END,
    ''
  ].join('\n')
}

export interface ParsedLedgerPage {
  /** classify's verdict records. */
  records: LedgerRecord[]
  outcomes: OutcomeRecord[]
  /** Lines of a newer format, kept verbatim for the next rewrite of the page. */
  future: string[]
  /** Lines that were not valid records (kept out, counted for a warning). */
  rejected: number
}

export function parseLedgerComment(body: string): ParsedLedgerPage | undefined {
  if (!body.startsWith(LEDGER_MARKER)) return undefined
  const start = body.indexOf(RECORDS_START)
  const page: ParsedLedgerPage = {records: [], outcomes: [], future: [], rejected: 0}
  if (start < 0) return page
  const end = body.indexOf(RECORDS_END, start + RECORDS_START.length)
  const block = body.slice(start + RECORDS_START.length, end < 0 ? undefined : end)
  for (const line of block.split('\n')) {
    if (!line.trim()) continue
    const parsed = parseLedgerLine(line)
    if (parsed.kind === 'verdict') page.records.push(parsed.record)
    else if (parsed.kind === 'outcome') page.outcomes.push(parsed.record)
    else if (parsed.kind === 'future') page.future.push(parsed.raw)
    else page.rejected += 1
  }
  return page
}

/** Whether a page with these records still fits in one comment. */
export function fitsInOneComment(records: LedgerRecord[], extras: PageExtras = {}): boolean {
  return renderLedgerComment(records, extras).length <= MAX_COMMENT_CHARS
}
