// The decision log: one JSON line per routing, attempt, escalation, revert,
// guard rejection and budget stop, with its reason. Writing it never throws:
// a log that cannot be written must not end the run.
import {appendFileSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

export type DecisionKind =
  | 'detected'
  | 'check'
  | 'plan'
  | 'skip'
  | 'tier0'
  | 'attempt'
  | 'escalate'
  | 'guard-rejected'
  | 'reverted'
  | 'verified'
  | 'committed'
  | 'budget-stop'
  | 'not-evaluated'
  | 'published'
  | 'error'

export interface DecisionLog {
  readonly path: string
  record(kind: DecisionKind, details: Record<string, unknown>): void
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
