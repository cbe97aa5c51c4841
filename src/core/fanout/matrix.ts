// The plan stage's `matrix` output: the groups as JSON for a job's
// `strategy.matrix` (`fromJSON(needs.plan.outputs.matrix)`), one job per
// group. A label is failure text (untrusted: test names, messages) that the
// runner shows as the job's name and may echo into logs, so it is one line,
// with no workflow command (`::`, `##[`), no reference GitHub acts on and no
// mention, at most 60 characters. Pure.
import type {PlannedFailure} from '../autofix/failure-plan.js'
import {commitSafe, failureLabel} from '../fixing/labels.js'
import type {FanoutGroup} from './groups.js'

/** Longest label in the matrix. */
export const MAX_LABEL = 60

export interface MatrixEntry {
  group: string
  failures: number
  label: string
}

/** Untrusted text as a matrix label: one line, inert, at most MAX_LABEL characters. */
export function inertLabel(text: string): string {
  // commitSafe: one line, no `#`/`@` (so no `##[`), no issue reference or URL GitHub acts on.
  const safe = commitSafe(text, MAX_LABEL + 10)
    .replace(/\p{Cf}/gu, '')
    .replace(/:{2,}/g, m => m.split('').join(' '))
    .trim()
  return safe.length > MAX_LABEL ? `${safe.slice(0, MAX_LABEL - 1)}…` : safe
}

/** The `matrix` output: JSON for `strategy.matrix` → `{"include":[{"group":"g-…","failures":2,"label":"<short text>"}]}`.
 *  label is made inert and ≤ 60 chars (untrusted failure text). No groups give `{"include":[]}`,
 *  which GitHub rejects as a matrix: the workflow must skip the work job then (a `groups` count output). */
export function matrixOf(
  groups: readonly FanoutGroup[],
  labelOf: (g: FanoutGroup) => string
): string {
  const include: MatrixEntry[] = groups.map(g => ({
    group: g.id,
    failures: g.failures,
    label: inertLabel(labelOf(g))
  }))
  return JSON.stringify({include})
}

/**
 * A default label: the lead failure's `file:line test` (failureLabel),
 * after `N failures:` when the group holds more than one. `items` is the
 * plan the groups were made from.
 */
export function groupLabel(group: FanoutGroup, items: readonly PlannedFailure[]): string {
  const lead = items.find(i => i.key === group.keys[0])
  const text = lead ? failureLabel(lead.lead) : group.id
  return group.failures > 1 ? `${group.failures} failures: ${text}` : text
}
