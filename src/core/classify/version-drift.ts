// What changed between the last green run's tool versions and the failing
// run's, and what that says about the verdict: a failure that names a tool or
// package whose version moved, while the rules are unsure (or saw only its
// symptom: a missing dependency, a compile error, a failed test), is raised to
// `contract_violation`: the world changed under the workflow, not its code.
import {describeCodeChange, type CodeChange} from './code-change.js'
import {CONFIDENT_RULE} from './second-opinion.js'
import type {ToolVersions, VersionKind} from './tool-versions.js'
import {VERSION_DRIFT_RULE, type Category, type Classification} from './types.js'

export {VERSION_DRIFT_RULE}

export interface VersionChange {
  name: string
  kind: VersionKind
  /** Versions in the last green run's log; empty for a tool the green run did not state. */
  before: string[]
  after: string[]
  /** The failing log's line that states it. */
  line: string
}

export interface VersionDrift {
  changed: VersionChange[]
  /** In the failing log only (left out when the green log was read only in part). */
  added: VersionChange[]
}

const MAX_LISTED = 50

export function versionDrift(before: ToolVersions, after: ToolVersions): VersionDrift {
  const changed: VersionChange[] = []
  const added: VersionChange[] = []
  for (const [name, now] of Object.entries(after.tools)) {
    const then = before.tools[name]
    const change = {
      name,
      kind: now.kind,
      before: then?.versions ?? [],
      after: now.versions,
      line: now.line
    }
    if (!then) {
      if (!before.truncated && added.length < MAX_LISTED) added.push(change)
    } else if (!sameSet(then.versions, now.versions) && changed.length < MAX_LISTED) {
      changed.push(change)
    }
  }
  return {changed, added}
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every(v => b.includes(v))
}

/** `black 24.1.0 → 24.2.0` */
export function describeChange(c: VersionChange): string {
  const before = c.before.join(', ') || 'not stated'
  return `${c.name} ${before} → ${c.after.join(', ')}`
}

/**
 * Names so common in failure text that their mention says nothing: `npm ERR!`,
 * `node:internal`, a Python traceback's `python3.12` path, `go: …`.
 */
const GENERIC = new Set(['node', 'npm', 'yarn', 'pnpm', 'python', 'pypy', 'go', 'cargo', 'java'])

/** The words a failure would name the change by (`org.foo:bar` is named `bar`). */
function mentionTerm(name: string): string | undefined {
  const term = name.split(':').pop() ?? name
  return term.length >= 3 && !GENERIC.has(term) ? term : undefined
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The changes of packages and tools the text names as a whole word (a Python name also with `_`). */
export function mentionedChanges(drift: VersionDrift, text: string): VersionChange[] {
  const lower = text.toLowerCase()
  return drift.changed.filter(c => {
    if (c.kind !== 'package' && c.kind !== 'tool') return false
    const term = mentionTerm(c.name)
    if (!term) return false
    const spelled = [...new Set([term, term.replace(/-/g, '_')])].map(escape).join('|')
    return new RegExp(`(?<![\\w@./-])(?:${spelled})(?![\\w:-])`).test(lower)
  })
}

/** Verdicts a drifted name may replace even when confident: symptoms of a changed dependency. */
const SYMPTOMS: ReadonlySet<Category> = new Set([
  'dependency_missing',
  'compile_error',
  'test_fail',
  'unknown'
])
/** Never replaced: the failure is elsewhere (the runner, the network, the budget, the workflow). */
const ELSEWHERE: ReadonlySet<Category> = new Set([
  'transient',
  'timeout',
  'resource_exhausted',
  'budget_exceeded',
  'orchestration_error',
  'contract_violation'
])

/** The drift candidate's confidence when the repository's code was not compared: suspected, not proven. */
export const DRIFT_CONFIDENCE = 0.6
/** Nothing in the repository changed but documentation: the drift is all that changed. */
export const PURE_DRIFT_CONFIDENCE = 0.7
/** The repository's code changed too, in files the failure does not name. */
export const CODE_CHANGED_CONFIDENCE = 0.5
/** A manifest, lockfile or workflow changed (the version moved with the repository), or a file the failure names. */
export const OWN_CHANGE_CONFIDENCE = 0.4

/** The repository's own change explains the failure as well as the drift does. */
function ownChange(code: CodeChange | undefined): boolean {
  return !!code && (code.manifests.length > 0 || code.named.length > 0)
}

function driftConfidence(code: CodeChange | undefined): number {
  if (!code) return DRIFT_CONFIDENCE
  if (code.pure) return PURE_DRIFT_CONFIDENCE
  return ownChange(code) ? OWN_CHANGE_CONFIDENCE : CODE_CHANGED_CONFIDENCE
}

/** What the comparison of the two commits adds to the reason. */
function codeSentence(code: CodeChange | undefined): string {
  if (!code) return ''
  if (code.pure) return ` Pure drift: ${describeCodeChange(code)}.`
  return ` Not pure drift: ${describeCodeChange(code)}; the confidence is lower.`
}

export interface DriftContext {
  drift: VersionDrift
  /** The failures' text (messages, excerpts, error markers) searched for the drifted names. */
  failureText: string
  /** `#123 (abc1234)`: the last green run, for the reason. */
  greenRun: string
  /** What the repository's commits changed between the two runs; undefined when not compared. */
  code?: CodeChange
}

/**
 * `contract_violation` when the failure names a drifted package or tool and the verdict is
 * unsure or a symptom of it; undefined when the drift says nothing about this failure.
 */
export function driftVerdict(c: Classification, ctx: DriftContext): Classification | undefined {
  if (ELSEWHERE.has(c.category)) return undefined
  if (!SYMPTOMS.has(c.category) && c.confidence >= CONFIDENT_RULE) return undefined
  const named = mentionedChanges(ctx.drift, ctx.failureText)
  if (named.length === 0) return undefined
  // A confident verdict stands when the repository's own change explains it as well.
  if (c.category !== 'unknown' && c.confidence >= CONFIDENT_RULE && ownChange(ctx.code))
    return undefined
  const changes = named.slice(0, 3).map(describeChange).join('; ')
  return {
    ...c,
    category: 'contract_violation',
    confidence: driftConfidence(ctx.code),
    rule: VERSION_DRIFT_RULE,
    reason: `The failure names ${named.length === 1 ? 'a package or tool' : 'packages or tools'} whose version changed since the last green run ${ctx.greenRun} (${changes}): a new release likely broke the workflow.${codeSentence(ctx.code)} The rules said ${c.category} (${c.confidence.toFixed(2)} by ${c.rule}): ${c.reason}`
  }
}

/** What classify reports of the comparison: the green run, the job compared, and the drift. */
export interface DriftReport {
  green: {id: number; runNumber: number; sha: string; url: string}
  /** The job whose logs were compared (the same name in both runs). */
  job: string
  drift: VersionDrift
  /** What the repository's commits changed between the two runs (compared only when a version moved). */
  code?: CodeChange
  /** Why the commits were not compared, when they could not be. */
  codeNotCompared?: string
}

/** `#41 (abc1234)` */
export function greenRunLabel(green: DriftReport['green']): string {
  return `#${green.runNumber} (${green.sha.slice(0, 7)})`
}
