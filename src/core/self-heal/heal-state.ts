// What self-heal remembers between runs: one record per root-cause group it
// opened a PR for, and what became of it (open → merged → verified or
// regressed; closed when the PR was closed unmerged). The state lives in the
// body of a tracking issue as JSON inside an HTML comment, so a human sees
// the table and ci-medic reads the data. Pure: the edge reads and writes it.
import {z} from 'zod'

export const FIX_STATUSES = ['open', 'merged', 'verified', 'regressed', 'closed'] as const
export type FixStatus = (typeof FIX_STATUSES)[number]

const fixRecordSchema = z.object({
  /** The triage group id (exception type, normalized message and top frame). */
  group: z.string(),
  /** The lead issue's short id: the branch is `fix/sentry-<lead>`. */
  lead: z.string(),
  issueIds: z.array(z.string()),
  shortIds: z.array(z.string()),
  title: z.string(),
  branch: z.string(),
  /** The sha ci-medic pushed last to `branch`: the lease of its next push there. */
  head: z.string().optional(),
  prNumber: z.number().int(),
  prUrl: z.string(),
  status: z.enum(FIX_STATUSES),
  /** The reproduction test the PR adds. */
  testFile: z.string().optional(),
  /** The Sentry project id of the lead issue (its releases tell when the fix shipped). */
  projectId: z.string().optional(),
  /** The first release after the merge: the one that shipped the fix. */
  release: z.string().optional(),
  openedAt: z.string(),
  mergedAt: z.string().optional(),
  /** When the status last changed to verified, regressed or closed. */
  settledAt: z.string().optional(),
  /** Events that arrived after the fix (regressed), with the releases they came from. */
  eventsAfterFix: z.number().int().optional(),
  releasesAfterFix: z.array(z.string()).optional(),
  /** The Sentry issues were resolved by ci-medic. */
  resolved: z.boolean().optional()
})

export type FixRecord = z.infer<typeof fixRecordSchema>

const alertRecordSchema = z.object({
  issueId: z.string(),
  /** The alert issue on GitHub. */
  number: z.number().int(),
  url: z.string(),
  /** The workflow run that last raised it: a re-run of that run does not raise it again. */
  runId: z.string()
})

export type AlertRecord = z.infer<typeof alertRecordSchema>

const stateSchema = z.object({
  version: z.literal(1),
  fixes: z.array(fixRecordSchema),
  alerts: z.array(alertRecordSchema).optional()
})
export type HealState = z.infer<typeof stateSchema>

export const EMPTY_STATE: HealState = {version: 1, fixes: []}

const BEGIN = '<!-- ci-medic:self-heal-state'
const END = '-->'

/** Thrown when a tracking issue holds a state block that cannot be read. */
export class HealStateError extends Error {
  override readonly name = 'HealStateError'
}

/**
 * The state in a tracking-issue body; EMPTY_STATE when the body has none.
 * Throws HealStateError when a block is there but broken (a human edited it):
 * the caller must not overwrite what it could not read.
 */
export function parseHealState(body: string | null | undefined): HealState {
  const text = body ?? ''
  const at = text.indexOf(BEGIN)
  if (at < 0) return {version: 1, fixes: [], alerts: []}
  const end = text.indexOf(END, at + BEGIN.length)
  if (end < 0) throw new HealStateError('the state block is not closed (no "-->")')
  let json: unknown
  try {
    json = JSON.parse(text.slice(at + BEGIN.length, end))
  } catch (error) {
    throw new HealStateError(`the state block is not JSON (${(error as Error).message})`)
  }
  const parsed = stateSchema.safeParse(json)
  if (!parsed.success)
    throw new HealStateError(
      `the state block does not match version 1 (${parsed.error.issues[0]?.message ?? 'invalid'})`
    )
  return parsed.data
}

/** The state as an HTML-comment block; `<`, `>` and `&` are escaped so no text can end the comment. */
export function renderHealStateBlock(state: HealState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
  return `${BEGIN}\n${json}\n${END}`
}

/** The body with its state block replaced (or appended). */
export function withHealState(body: string | null | undefined, state: HealState): string {
  const text = body ?? ''
  const block = renderHealStateBlock(state)
  const at = text.indexOf(BEGIN)
  if (at < 0) return text ? `${text.trimEnd()}\n\n${block}\n` : `${block}\n`
  const end = text.indexOf(END, at + BEGIN.length)
  return `${text.slice(0, at)}${block}${end < 0 ? '' : text.slice(end + END.length)}`
}

/**
 * Issue id → why it is not attempted again: an open PR, a merged fix waiting
 * for its soak, a verified fix, or a fix that regressed (a human's turn).
 * Records of PRs closed unmerged do not count: those issues may be fixed again.
 */
export function alreadyHandledFrom(state: HealState): Map<string, string> {
  const handled = new Map<string, string>()
  for (const r of state.fixes) {
    const why =
      r.status === 'open'
        ? `ci-medic PR #${r.prNumber} is open for it`
        : r.status === 'merged'
          ? `ci-medic's fix (PR #${r.prNumber}) is merged and waiting to be verified`
          : r.status === 'verified'
            ? `ci-medic's fix (PR #${r.prNumber}) was verified`
            : r.status === 'regressed'
              ? `ci-medic's fix (PR #${r.prNumber}) did not stop it (regressed): a human should look`
              : undefined
    if (why) for (const id of r.issueIds) if (!handled.has(id)) handled.set(id, why)
  }
  return handled
}

/**
 * Root-cause group → why a new issue of it is not attempted on its own: when
 * Sentry opens another issue for a bug ci-medic already has a PR or fix for
 * (a new caller of the same function), it belongs to that fix, not a second PR.
 */
export function handledGroupsFrom(state: HealState): Map<string, string> {
  const handled = new Map<string, string>()
  for (const r of state.fixes) {
    if (r.status === 'closed' || handled.has(r.group)) continue
    handled.set(
      r.group,
      `same root cause as ${r.shortIds.join(', ')}, whose fix is PR #${r.prNumber} (${r.status})`
    )
  }
  return handled
}

/**
 * The state with issues of an active record's group added to that record
 * (issues Sentry opened after the PR), so the check after deploy covers and
 * resolves them too.
 */
export function attachToKnownGroups(
  state: HealState,
  issues: readonly {id: string; shortId: string; group: string}[]
): HealState {
  let changed = false
  const fixes = state.fixes.map(r => {
    if (r.status === 'closed') return r
    const joining = issues.filter(i => i.group === r.group && !r.issueIds.includes(i.id))
    if (joining.length === 0) return r
    changed = true
    return {
      ...r,
      issueIds: [...r.issueIds, ...joining.map(i => i.id)],
      shortIds: [...r.shortIds, ...joining.map(i => i.shortId)]
    }
  })
  return changed ? {...state, fixes} : state
}

/** The state with `record` added, replacing the record of the same branch. */
export function upsertFixRecord(state: HealState, record: FixRecord): HealState {
  const rest = state.fixes.filter(r => r.branch !== record.branch || r.prNumber !== record.prNumber)
  return {...state, fixes: [...rest, record]}
}

/** The state with one record changed (matched by PR number). */
export function updateFixRecord(
  state: HealState,
  prNumber: number,
  change: Partial<FixRecord>
): HealState {
  return {
    ...state,
    fixes: state.fixes.map(r => (r.prNumber === prNumber ? {...r, ...change} : r))
  }
}

/** Settled records (verified, regressed, closed) older than this are dropped, so the state stays small. */
export const SETTLED_RETENTION_DAYS = 90

export function pruneHealState(state: HealState, now: number): HealState {
  const cutoff = now - SETTLED_RETENTION_DAYS * 86_400_000
  return {
    ...state,
    fixes: state.fixes.filter(
      r =>
        r.status === 'open' ||
        r.status === 'merged' ||
        Date.parse(r.settledAt ?? r.openedAt) >= cutoff
    )
  }
}

/** The state with the alert for `issueId` recorded as raised by `runId`. */
export function recordAlert(state: HealState, alert: AlertRecord): HealState {
  return {
    ...state,
    alerts: [...(state.alerts ?? []).filter(a => a.issueId !== alert.issueId), alert]
  }
}

/** The sha ci-medic pushed last to `branch`, by the state: the lease of its next push there. */
export function lastPushedTo(state: HealState, branch: string): string | null {
  return state.fixes.filter(r => r.branch === branch).at(-1)?.head ?? null
}

/** What a fix's check after deploy may change in its record: never its branch, head (the lease) or PR. */
export type FixUpdate = Pick<FixRecord, 'prNumber' | 'status' | 'issueIds' | 'shortIds'> &
  Partial<
    Pick<
      FixRecord,
      'mergedAt' | 'settledAt' | 'release' | 'eventsAfterFix' | 'releasesAfterFix' | 'resolved'
    >
  >

/** Every record's updatable part, for a later job to apply to the state it reads itself. */
export function fixUpdatesOf(state: HealState): FixUpdate[] {
  return state.fixes.map(r => ({
    prNumber: r.prNumber,
    status: r.status,
    issueIds: r.issueIds,
    shortIds: r.shortIds,
    ...(r.mergedAt === undefined ? {} : {mergedAt: r.mergedAt}),
    ...(r.settledAt === undefined ? {} : {settledAt: r.settledAt}),
    ...(r.release === undefined ? {} : {release: r.release}),
    ...(r.eventsAfterFix === undefined ? {} : {eventsAfterFix: r.eventsAfterFix}),
    ...(r.releasesAfterFix === undefined ? {} : {releasesAfterFix: r.releasesAfterFix}),
    ...(r.resolved === undefined ? {} : {resolved: r.resolved})
  }))
}

/**
 * `updates` applied to the records `state` already has (by PR number); an
 * update for a PR the state does not know is ignored, and a record's branch,
 * head and PR are kept, whatever the update says.
 */
export function applyFixUpdates(state: HealState, updates: readonly FixUpdate[]): HealState {
  let next = state
  for (const update of updates)
    if (state.fixes.some(r => r.prNumber === update.prNumber))
      next = updateFixRecord(next, update.prNumber, update)
  return next
}

/** The record of a fix whose PR was just opened or updated. */
export interface OpenedFix {
  group: string
  lead: string
  issueIds: string[]
  shortIds: string[]
  title: string
  branch: string
  head?: string
  prNumber: number
  prUrl: string
  testFile?: string
  projectId?: string
  openedAt: string
}

export function openFixRecord(state: HealState, fix: OpenedFix): HealState {
  return upsertFixRecord(state, {...fix, status: 'open'})
}
