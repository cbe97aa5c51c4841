// The decision log: one JSON line per routing, attempt, escalation, revert,
// guard rejection and budget stop, with its reason, in one schema for both
// fixing actions. Writing it never throws: a log that cannot be written must
// not end the run.
import {appendFileSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import {z} from 'zod'

export const DECISION_KINDS = [
  'detected',
  'check',
  'plan',
  'learnings',
  'skip',
  'tier0',
  'attempt',
  'escalate',
  'guard-rejected',
  'reverted',
  'verified',
  'committed',
  'budget-stop',
  'not-evaluated',
  'published',
  'cancelled',
  'error',
  'baseline-cache'
] as const

export type DecisionKind = (typeof DECISION_KINDS)[number]

/** What an attempt works on: a failure (autofix) or a group's reproduction or fix (self-heal). */
export type DecisionStage =
  'baseline' | 'precheck' | 'tier0' | 'fix' | 'reproduce' | 'verify' | 'publish'

/**
 * One line of the log. `key` names what it is about (a failure's fingerprint,
 * a self-heal group id, `tier 0`); the rest depends on the kind.
 */
export const decisionEntrySchema = z
  .object({
    time: z.string(),
    kind: z.enum(DECISION_KINDS),
    key: z.string().optional(),
    stage: z.string().optional(),
    attempt: z.number().optional(),
    model: z.string().optional(),
    reason: z.string().optional()
  })
  .loose()

export type DecisionEntry = z.infer<typeof decisionEntrySchema>

export interface DecisionDetails {
  key?: string
  stage?: DecisionStage
  attempt?: number
  model?: string
  reason?: string
  [detail: string]: unknown
}

export interface DecisionLog {
  readonly path: string
  record(kind: DecisionKind, details: DecisionDetails): void
  /** How many entries could not be written (reported, never thrown). */
  readonly lost: number
}

export function createDecisionLog(path: string, now: () => Date = () => new Date()): DecisionLog {
  let lost = 0
  let ready = false
  return {
    path,
    get lost() {
      return lost
    },
    record(kind, details) {
      try {
        if (!ready) {
          mkdirSync(dirname(path), {recursive: true})
          ready = true
        }
        appendFileSync(path, `${JSON.stringify({time: now().toISOString(), kind, ...details})}\n`)
      } catch {
        lost += 1
      }
    }
  }
}

/** Reads a decision log back (tests, benchmarks): each line checked against the schema. */
export function parseDecisionLog(text: string): DecisionEntry[] {
  return text
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => decisionEntrySchema.parse(JSON.parse(line)))
}
