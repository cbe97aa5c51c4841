// One line of the ledger written by a fixing action (autofix or self-heal):
// what happened to one failure (autofix) or one error group (self-heal) it
// handled. classify's verdict records (ledger-record.ts) say what failed;
// these say what was done about it, so later runs can learn from them: the
// weekly pattern analysis (what fixed a pattern, what did not), the rule that
// a fingerprint is not attempted a third time after two failed fixes, and the
// metrics (fix rate, attempts, cost per verified fix).
//
// `kind: 'outcome'` tells them apart from verdict records, which carry no
// `kind`. The format is versioned (`v`); a reader keeps records of a future
// version and ignores them (see ledger-line.ts).
import {z} from 'zod'

/** What became of one failure or group. Closed: readers count these. */
export const RESOLUTIONS = [
  /** A verified fix was committed (and pushed or proposed): `pr`/`commit` say where. */
  'fixed',
  /** Tried and not fixed: `reason` says why (the model gave up, every attempt failed verification…). */
  'not-fixed',
  /** A fix was made and then reverted (it broke something or a guard refused it). */
  'reverted',
  /** Not attempted on purpose: a known flake, a protected path, failed twice before, over a cap. */
  'skipped',
  /** A budget (tokens, dollars, minutes, attempts) stopped it. */
  'budget',
  /** The fix made other checks fail and was not kept. */
  'regressed',
  /** A later run confirmed an earlier fix: the test passes / the Sentry error stopped. */
  'verified'
] as const
export type Resolution = (typeof RESOLUTIONS)[number]

/** What a fixing run did for one failure. Closed set of codes, never prose. */
export const OUTCOME_ACTIONS = [
  'tier0-fixer',
  'model-fix',
  'reproduced',
  'verified-affected',
  'verified-full',
  'reverted',
  'pushed',
  'proposed',
  'pr-opened',
  'pr-updated',
  'alert-opened',
  'skipped-known-flake',
  'skipped-failed-twice',
  'skipped-protected',
  'skipped-cap'
] as const
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number]

export const outcomeRecordSchema = z.object({
  v: z.literal(1),
  kind: z.literal('outcome'),
  /** ISO time the record was written. */
  time: z.string(),
  /** Which action wrote it. */
  source: z.enum(['autofix', 'self-heal']),
  runId: z.number(),
  runAttempt: z.number(),
  /** The commit the fixing run started from. */
  sha: z.string(),
  /** The same fingerprint classify computes for a CI failure; `sentry:<groupKey>` for a self-heal group. */
  fingerprint: z.string(),
  category: z.string(),
  /** Test/error identity for people: a test name, a Sentry issue short id. */
  title: z.string(),
  /** Repository files the failure points at, or the fix changed. */
  files: z.array(z.string()),
  /** The check command that showed the failure (empty for self-heal). */
  command: z.string(),
  resolution: z.enum(RESOLUTIONS),
  /** Why, for anything but `fixed`/`verified`: one sentence, untrusted text already made inert. */
  reason: z.string(),
  actions: z.array(z.enum(OUTCOME_ACTIONS)),
  /** Model attempts spent on it (0 for a tier-0 fix or a skip). */
  attempts: z.number(),
  tokens: z.number(),
  costUsd: z.number(),
  /** Wall-clock seconds spent on it. */
  seconds: z.number(),
  /** The PR that carries the fix, when one exists. */
  pr: z.string(),
  /** The verified fix commit, when one exists. */
  commit: z.string(),
  /** Links to the learnings (docs/patterns/*.md) that were in the prompt. */
  learnings: z.array(z.string())
})

export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>
