// Triage: for each unresolved issue and its latest event, the event rate,
// the rate guard, the application frames and their repository files, the
// severity, the root-cause group and a decision — `fix`, `skip` (with the
// reason) or `alert` (an incident for a human, never a fix). Pure: the
// caller supplies the issues, events, repository file list and clock.
import {
  excludeMatcher,
  extractException,
  topInAppFrame,
  type ExcludeMatcher,
  type ExceptionInfo,
  type StackFrame
} from './frames.js'
import {errorContext, eventSignals, type ErrorContext, type EventSignals} from './error-context.js'
import {groupIssues, type IssueGroup} from './grouping.js'
import {
  createPathMapper,
  normalizeFramePath,
  type PathMapper,
  type PathMapping
} from './path-mapping.js'
import {
  compileSeverityRules,
  SEVERITY_WEIGHT,
  severityOf,
  type CompiledRule,
  type Severity,
  type SeverityRules,
  type SeverityVerdict
} from './severity.js'
import type {ErrorIssue, SentryEventPayload, StatsBucket} from './types.js'

export type Decision = 'fix' | 'skip' | 'alert'

/** One element of the action's `triage` output. */
export interface TriageEntry {
  id: string
  shortId: string
  title: string
  severity: Severity
  decision: Decision
  reason: string
  group: string
  files: string[]
}

export interface TriageCandidate {
  issue: ErrorIssue
  /** The latest (or recommended) event; undefined when it could not be read. */
  event?: SentryEventPayload
}

export interface TriageOptions {
  rateGuardPerHour: number
  minEvents: number
  excludePaths?: readonly string[]
  pathMappings?: readonly PathMapping[]
  severityRules?: SeverityRules
  /** Repository files (`git ls-files`); undefined = do not map frames to files. */
  repoFiles?: readonly string[]
  /** Epoch ms, for the partial current hour of the stats. */
  now: number
  /** Issue id → why it is not attempted again (an open ci-medic PR, a verified fix). */
  alreadyHandled?: ReadonlyMap<string, string>
  /** Root-cause group id → why its new issues are not attempted on their own (the group has a fix already). */
  handledGroups?: ReadonlyMap<string, string>
}

export interface FrameRef {
  /** The repository file, or the normalized frame path when none matched. */
  file: string
  mapped: boolean
  function: string | null
  lineNo: number | null
  /** The path as Sentry sent it. */
  path: string
}

export interface TriagedIssue extends TriageEntry {
  permalink: string | null
  /** The Sentry project's slug and id. */
  project: string
  projectId: string
  level: string
  substatus: string | null
  regressed: boolean
  unhandled: boolean
  mechanism: string | undefined
  /** Where it happened (crash, request, background, unknown), from the event's signals. */
  context: ErrorContext
  /** Events in the period. */
  count: number
  userCount: number
  /** Events in the last hour (see `eventRate`). */
  eventsPerHour: number
  /** The busiest full hour of the last 24. */
  peakPerHour: number
  /** Frequency × severity weight (× 2 when regressed); the sort key. */
  score: number
  exceptionType: string
  exceptionValue: string
  /** The application frame closest to the crash. */
  topFrame: FrameRef | undefined
  /** Why application frames mapped to no file (empty when all mapped). */
  unmapped: string[]
}

export interface TriageGroup {
  id: string
  exceptionType: string
  /** The normalized message. */
  message: string
  topFrame: {file: string; function: string} | undefined
  severity: Severity
  /** `fix` when any member is to be fixed, else `alert` when any alerts, else `skip`. */
  decision: Decision
  issueIds: string[]
  shortIds: string[]
  count: number
  userCount: number
  files: string[]
  /** Highest member score. */
  score: number
}

export interface TriageResult {
  /** Sorted by score, highest first. */
  issues: TriagedIssue[]
  /** Sorted by score, highest first. */
  groups: TriageGroup[]
  alerts: TriagedIssue[]
}

export interface EventRate {
  /** Events in the last 60 minutes: the current partial hour plus the unelapsed share of the previous one, at least the last full hour. */
  perHour: number
  peakPerHour: number
}

/** The event rate from `stats["24h"]` hourly buckets (`[epochSeconds, n]`, the last one the current hour). */
export function eventRate(hourly: readonly StatsBucket[], nowMs: number): EventRate {
  if (hourly.length === 0) return {perHour: 0, peakPerHour: 0}
  const [lastStart, last] = hourly[hourly.length - 1]!
  const previous = hourly.length > 1 ? hourly[hourly.length - 2]![1] : 0
  const elapsed = (nowMs / 1000 - lastStart) / 3600
  let perHour: number
  if (elapsed >= 2) perHour = 0
  else if (elapsed >= 1) perHour = last
  else {
    const f = Math.max(0, elapsed)
    perHour = Math.max(previous, last + previous * (1 - f))
  }
  const full = elapsed >= 1 ? hourly : hourly.slice(0, -1)
  const peakPerHour = full.reduce((m, [, n]) => Math.max(m, n), elapsed < 1 ? last : 0)
  return {perHour: Math.round(perHour * 10) / 10, peakPerHour}
}

/** The settings triage reads (a part of self-heal's settings). */
export interface TriageSettings {
  rateGuardPerHour: number
  minEvents: number
  excludePaths: readonly string[]
  pathMappings: readonly PathMapping[]
  severityRules?: SeverityRules
}

/** Triage options from the action's settings. */
export function triageOptionsFrom(
  settings: TriageSettings,
  context: {
    now: number
    repoFiles?: readonly string[]
    alreadyHandled?: ReadonlyMap<string, string>
    handledGroups?: ReadonlyMap<string, string>
  }
): TriageOptions {
  return {
    rateGuardPerHour: settings.rateGuardPerHour,
    minEvents: settings.minEvents,
    excludePaths: settings.excludePaths,
    pathMappings: settings.pathMappings,
    severityRules: settings.severityRules,
    ...context
  }
}

function frameRef(frame: StackFrame, mapper: PathMapper | undefined): FrameRef & {reason?: string} {
  const path = frame.filename ?? frame.absPath ?? ''
  const mapped = mapper?.(frame)
  if (mapped?.file !== undefined) {
    return {file: mapped.file, mapped: true, function: frame.function, lineNo: frame.lineNo, path}
  }
  return {
    file: normalizeFramePath(path),
    mapped: false,
    function: frame.function,
    lineNo: frame.lineNo,
    path,
    reason: mapped?.reason
  }
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

interface Analysis {
  issue: ErrorIssue
  hasEvent: boolean
  exception: ExceptionInfo | undefined
  inApp: StackFrame[]
  excludedCount: number
  top: FrameRef | undefined
  files: string[]
  unmapped: string[]
  signals: EventSignals
}

/** Triage of every candidate, its groups and its alerts. Throws ConfigurationError for invalid severity rules. */
export function triage(
  candidates: readonly TriageCandidate[],
  options: TriageOptions
): TriageResult {
  const rules = compileSeverityRules(options.severityRules)
  const excluded = excludeMatcher(options.excludePaths ?? [])
  const mapper = options.repoFiles
    ? createPathMapper(options.repoFiles, options.pathMappings ?? [])
    : undefined

  const analyses = candidates.map(candidate => analyze(candidate, excluded, mapper))
  const groups = groupIssues(
    analyses.map(a => ({
      id: a.issue.id,
      exceptionType: a.exception?.type ?? a.issue.exceptionType,
      exceptionValue: a.exception?.value ?? a.issue.exceptionValue,
      topFrame: a.top ? {file: a.top.file, function: a.top.function} : undefined
    }))
  )
  const groupOf = new Map<string, string>()
  for (const g of groups) for (const m of g.issues) groupOf.set(m.id, g.id)

  const issues = analyses.map(a => decide(a, options, rules, groupOf.get(a.issue.id)!))
  issues.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))

  const byId = new Map(issues.map(i => [i.id, i]))
  const triageGroups = groups.map(g => triageGroup(g, byId))
  triageGroups.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))

  return {issues, groups: triageGroups, alerts: issues.filter(i => i.decision === 'alert')}
}

/** A candidate's exception, application frames, their files and the event's signals. */
function analyze(
  {issue, event}: TriageCandidate,
  excluded: ExcludeMatcher,
  mapper: PathMapper | undefined
): Analysis {
  const exception = event ? extractException(event, excluded) : undefined
  const frames = exception?.frames ?? []
  const inApp = frames.filter(f => f.inApp)
  const excludedCount = frames.filter(f => f.excluded).length
  const {top, files, unmapped} = mapFrames(inApp, topInAppFrame(frames), mapper)
  const signals = eventSignals(event, {
    level: issue.level,
    culprit: issue.culprit,
    exception: `${exception?.type ?? issue.exceptionType}: ${exception?.value ?? issue.exceptionValue}`
  })
  return {
    issue,
    signals,
    hasEvent: event !== undefined,
    exception,
    inApp,
    excludedCount,
    top,
    files,
    unmapped
  }
}

/** The application frames' repository files (crash first), the top frame, and why others mapped to none. */
function mapFrames(
  inApp: readonly StackFrame[],
  topFrame: StackFrame | undefined,
  mapper: PathMapper | undefined
): Pick<Analysis, 'top' | 'files' | 'unmapped'> {
  const files: string[] = []
  const unmapped: string[] = []
  let top: FrameRef | undefined
  for (let i = inApp.length - 1; i >= 0; i -= 1) {
    const ref = frameRef(inApp[i]!, mapper)
    if (inApp[i] === topFrame) {
      const {reason: _reason, ...plain} = ref
      top = plain
    }
    if (ref.mapped) {
      if (!files.includes(ref.file)) files.push(ref.file)
    } else if (mapper && ref.reason && !unmapped.includes(ref.reason)) unmapped.push(ref.reason)
  }
  return {top, files, unmapped}
}

/** A root-cause group of triaged issues: its worst severity, its decision and its totals. */
function triageGroup(g: IssueGroup, byId: ReadonlyMap<string, TriagedIssue>): TriageGroup {
  const members = g.issues.map(m => byId.get(m.id)!)
  const rank = (s: Severity): number => SEVERITY_WEIGHT[s]
  const severity = members.reduce<Severity>(
    (best, m) => (rank(m.severity) > rank(best) ? m.severity : best),
    'P2'
  )
  const decision: Decision = members.some(m => m.decision === 'fix')
    ? 'fix'
    : members.some(m => m.decision === 'alert')
      ? 'alert'
      : 'skip'
  return {
    id: g.id,
    exceptionType: g.exceptionType,
    message: g.message,
    topFrame: g.topFrame,
    severity,
    decision,
    issueIds: members.map(m => m.id),
    shortIds: members.map(m => m.shortId),
    count: members.reduce((s, m) => s + m.count, 0),
    userCount: members.reduce((s, m) => s + m.userCount, 0),
    files: [...new Set(members.flatMap(m => m.files))],
    score: Math.max(...members.map(m => m.score))
  }
}

function decide(
  a: Analysis,
  options: TriageOptions,
  rules: readonly CompiledRule[],
  group: string
): TriagedIssue {
  const {issue, exception} = a
  const rate = eventRate(issue.hourly, options.now)
  const unhandled = issue.isUnhandled || exception?.handled === false
  const regressed = issue.substatus === 'regressed'
  const exceptionType = exception?.type ?? issue.exceptionType
  const exceptionValue = exception?.value ?? issue.exceptionValue
  const where = errorContext(a.signals)
  const verdict = severityOf(
    {
      level: issue.level,
      unhandled,
      users: issue.userCount,
      eventsPerHour: rate.perHour,
      text: `${issue.title}\n${exceptionType}: ${exceptionValue}`,
      substatus: issue.substatus,
      context: where.context,
      contextSignals: where.signals,
      mechanism: a.signals.mechanism,
      statusCode: a.signals.statusCode,
      transaction: a.signals.transaction
    },
    rules
  )
  const severity = verdict.severity
  const attention = regressed ? 2 : issue.substatus === 'escalating' ? 1.5 : 1
  const score = Math.max(issue.count, 1) * SEVERITY_WEIGHT[severity] * attention
  const facts = `${issue.count} events, ${fmt(rate.perHour)}/h, ${issue.userCount} users${unhandled ? ', unhandled' : ''}${regressed ? ', regressed after a resolve' : ''}`
  const {decision, reason} = decisionFor(a, {options, group, verdict, perHour: rate.perHour, facts})

  return {
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    severity,
    decision,
    reason,
    group,
    files: a.files,
    permalink: issue.permalink,
    project: issue.project.slug,
    projectId: issue.project.id,
    level: issue.level,
    substatus: issue.substatus,
    regressed,
    unhandled,
    mechanism: exception?.mechanism,
    context: where.context,
    count: issue.count,
    userCount: issue.userCount,
    eventsPerHour: rate.perHour,
    peakPerHour: rate.peakPerHour,
    score,
    exceptionType,
    exceptionValue,
    topFrame: a.top,
    unmapped: a.unmapped
  }
}

interface DecisionFacts {
  options: TriageOptions
  group: string
  verdict: SeverityVerdict
  /** Events in the last hour. */
  perHour: number
  /** The counts in plain words, for the reason. */
  facts: string
}

/** Fix, skip or alert, and why: the first rule that holds, in order. */
function decisionFor(
  a: Analysis,
  {options, group, verdict, perHour, facts}: DecisionFacts
): {decision: Decision; reason: string} {
  const {issue} = a
  const skip = (reason: string): {decision: Decision; reason: string} => ({
    decision: 'skip',
    reason
  })
  const system = a.inApp.length === 0 && a.excludedCount === 0
  if (perHour > options.rateGuardPerHour) {
    return {
      decision: 'alert',
      reason: `rate guard: ${fmt(perHour)} events/h is above rate-guard-per-hour ${options.rateGuardPerHour}; an incident for a human, not a bug to patch (${facts})`
    }
  }
  if (options.alreadyHandled?.has(issue.id))
    return skip(`already handled: ${options.alreadyHandled.get(issue.id)}`)
  if (options.handledGroups?.has(group))
    return skip(`already handled: ${options.handledGroups.get(group)}`)
  if (!a.hasEvent) {
    return skip(
      issue.inAppFrameMix === 'system-only'
        ? 'no in-app frame: only third-party or runtime frames (Sentry: system-only)'
        : 'no event could be read for this issue'
    )
  }
  if (!a.exception) return skip('the latest event has no exception (a message event)')
  if (a.exception.frames.length === 0) return skip('the latest event has no stack trace')
  if (system) return skip('no in-app frame: only third-party or runtime frames')
  if (a.inApp.length === 0) return skip('every in-app frame is under exclude-paths')
  if (issue.count < options.minEvents)
    return skip(`below min-events: ${issue.count} < ${options.minEvents}`)
  if (verdict.severity === 'P2') return skip(`${verdict.because}: reported, not fixed (${facts})`)
  if (options.repoFiles && a.files.length === 0) {
    return skip(
      `no frame maps to a repository file (${a.unmapped.slice(0, 2).join('; ') || 'no paths'}); is this the deployed repository? path-mappings can map frame prefixes`
    )
  }
  return {decision: 'fix', reason: `${verdict.because}; ${facts}`}
}

/** The action's `triage` output: exactly `{id, shortId, title, severity, decision, reason, group, files}`. */
export function triageOutput(result: TriageResult | readonly TriagedIssue[]): TriageEntry[] {
  const issues = 'issues' in result ? result.issues : result
  return issues.map(i => ({
    id: i.id,
    shortId: i.shortId,
    title: i.title,
    severity: i.severity,
    decision: i.decision,
    reason: i.reason,
    group: i.group,
    files: [...i.files]
  }))
}
