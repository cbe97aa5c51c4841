// Severity by documented, overridable rules. The user's `severity-rules`
// are checked first, then the defaults; the first rule whose conditions all
// hold wins. The defaults follow the definitions self-heal was built on:
//   P0  the process crashes or restarts (an uncaught exception, level
//       fatal, out of memory), data loss or corruption, or an auth or
//       permission bypass: fixed, and an alert issue for a human
//   P1  a feature is broken for users: a 5xx from a request handler (an
//       error a web framework turned into a 500 is unhandled by the app, but
//       not a crash), an unhandled rejection on a request path, a frequent
//       or widespread failure of background work, and any other unhandled
//       error
//   P2  degraded or cosmetic: warnings (info, debug), handled errors, and
//       background or fire-and-forget work at low frequency: reported,
//       never fixed
// Frequency and user counts move an error only within these bands
// (background work between P2 and P1, at BACKGROUND_EVENTS_PER_HOUR or
// WIDESPREAD_USERS); they never turn a 500 into a P0. Within a band the
// order is frequency × severity (triage.ts).
import {ConfigurationError} from '../../errors.js'
import type {ErrorContext} from './error-context.js'

export type Severity = 'P0' | 'P1' | 'P2'

/** One severity rule: all of its conditions must hold (the `severity-rules` input). */
export interface SeverityRule {
  when: {
    level?: string[]
    unhandled?: boolean
    minUsers?: number
    minEventsPerHour?: number
    titleMatches?: string
    substatus?: string[]
    /** Where the error happened: crash, request, background, unknown (error-context.ts). */
    context?: ErrorContext[]
    /** A regular expression on `mechanism.type`, e.g. `celery|sidekiq`. */
    mechanism?: string
    /** The response's HTTP status is at least this (tag http.status_code). */
    minStatus?: number
    /** A regular expression on the transaction (route or task name), e.g. `^POST /api/checkout`. */
    transactionMatches?: string
  }
  severity: Severity
}

export type SeverityRules = SeverityRule[]

export const SEVERITY_WEIGHT: Record<Severity, number> = {P0: 100, P1: 10, P2: 1}

/** Users at which failing background work counts as a broken feature (P1). */
export const WIDESPREAD_USERS = 10

/** Events per hour at which failing background work counts as a broken feature (P1). */
export const BACKGROUND_EVENTS_PER_HOUR = 10

export const DATA_LOSS_OR_AUTH =
  '\\b(data[ -]?loss|data corruption|corrupt(ed|ion)|lost (writes?|data|updates?)|auth(entication|orization)?[ -]bypass|bypass(ed|ing)? (auth|authentication|authorization|permissions?)|permission bypass|privilege escalation|unauthori[sz]ed access|leaked (secret|token|credential)s?)\\b'

export const DEFAULT_SEVERITY_RULES: SeverityRules = [
  {when: {context: ['crash']}, severity: 'P0'},
  {when: {titleMatches: DATA_LOSS_OR_AUTH}, severity: 'P0'},
  {when: {level: ['warning', 'info', 'debug', 'sample']}, severity: 'P2'},
  {when: {minStatus: 500}, severity: 'P1'},
  {when: {unhandled: false}, severity: 'P2'},
  {when: {context: ['request']}, severity: 'P1'},
  {when: {context: ['background'], minEventsPerHour: BACKGROUND_EVENTS_PER_HOUR}, severity: 'P1'},
  {when: {context: ['background'], minUsers: WIDESPREAD_USERS}, severity: 'P1'},
  {when: {context: ['background']}, severity: 'P2'},
  {when: {level: ['error']}, severity: 'P1'}
]

/** What a rule can look at. */
export interface SeverityFacts {
  level: string
  unhandled: boolean
  users: number
  eventsPerHour: number
  /** Title plus the exception message. */
  text: string
  substatus: string | null
  /** Where it happened (error-context.ts) and the signals that say so. */
  context: ErrorContext
  contextSignals: readonly string[]
  mechanism?: string
  statusCode?: number
  transaction?: string
}

export interface CompiledRule {
  severity: Severity
  /** `rule n` (severity-rules) or `default rule n`, for the reason. */
  source: string
  description: string
  test: (facts: SeverityFacts) => boolean
  /** The signals of `facts` this rule looked at, for the reason. */
  signals: (facts: SeverityFacts) => string[]
}

type When = SeverityRules[number]['when']

const CONTEXT_WORDS: Record<ErrorContext, string> = {
  crash: 'process crash',
  request: 'request path',
  background: 'background work',
  unknown: 'no context'
}

function describe(when: When): string {
  const parts: string[] = []
  if (when.context) parts.push(when.context.map(c => CONTEXT_WORDS[c]).join(' or '))
  if (when.level) parts.push(`level ${when.level.join('/')}`)
  if (when.unhandled !== undefined) parts.push(when.unhandled ? 'unhandled' : 'handled')
  if (when.minUsers !== undefined) parts.push(`≥ ${when.minUsers} users`)
  if (when.minEventsPerHour !== undefined) parts.push(`≥ ${when.minEventsPerHour} events/h`)
  if (when.minStatus !== undefined) parts.push(`status ≥ ${when.minStatus}`)
  if (when.mechanism !== undefined) parts.push(`mechanism ~ /${when.mechanism}/`)
  if (when.transactionMatches !== undefined)
    parts.push(`transaction ~ /${when.transactionMatches}/`)
  if (when.titleMatches !== undefined)
    parts.push(
      when.titleMatches === DATA_LOSS_OR_AUTH
        ? 'data loss or auth wording'
        : `title ~ /${when.titleMatches}/`
    )
  if (when.substatus) parts.push(`substatus ${when.substatus.join('/')}`)
  return parts.join(', ') || 'always'
}

function signalsOf(when: When, f: SeverityFacts): string[] {
  const out: string[] = []
  if (when.context)
    out.push(...(f.contextSignals.length ? f.contextSignals : [CONTEXT_WORDS[f.context]]))
  if (when.level) out.push(`level ${f.level}`)
  if (when.unhandled !== undefined) out.push(f.unhandled ? 'handled no' : 'handled yes')
  if (when.minUsers !== undefined) out.push(`${f.users} users`)
  if (when.minEventsPerHour !== undefined) out.push(`${f.eventsPerHour} events/h`)
  if (when.minStatus !== undefined) out.push(`http.status_code ${f.statusCode}`)
  if (when.mechanism !== undefined) out.push(`mechanism ${f.mechanism}`)
  if (when.transactionMatches !== undefined) out.push(`transaction ${f.transaction}`)
  if (when.titleMatches !== undefined) out.push('the title or message')
  if (when.substatus) out.push(`substatus ${f.substatus}`)
  return [...new Set(out)]
}

function regex(pattern: string | undefined, source: string, field: string): RegExp | undefined {
  if (pattern === undefined) return undefined
  try {
    return new RegExp(pattern, 'i')
  } catch (error) {
    throw new ConfigurationError(
      `Input 'severity-rules' ${source}: ${field} '${pattern}' is not a valid regular expression (${(error as Error).message}).`
    )
  }
}

function compileOne(rule: SeverityRules[number], source: string): CompiledRule {
  const {when} = rule
  const title = regex(when.titleMatches, source, 'titleMatches')
  const mechanism = regex(when.mechanism, source, 'mechanism')
  const transaction = regex(when.transactionMatches, source, 'transactionMatches')
  const levels = when.level?.map(l => l.toLowerCase())
  return {
    severity: rule.severity,
    source,
    description: describe(when),
    signals: f => signalsOf(when, f),
    test: f =>
      (!levels || levels.includes(f.level.toLowerCase())) &&
      (when.unhandled === undefined || when.unhandled === f.unhandled) &&
      (when.minUsers === undefined || f.users >= when.minUsers) &&
      (when.minEventsPerHour === undefined || f.eventsPerHour >= when.minEventsPerHour) &&
      (!title || title.test(f.text)) &&
      (!when.substatus || (f.substatus !== null && when.substatus.includes(f.substatus))) &&
      (!when.context || when.context.includes(f.context)) &&
      (!mechanism || (f.mechanism !== undefined && mechanism.test(f.mechanism))) &&
      (when.minStatus === undefined ||
        (f.statusCode !== undefined && f.statusCode >= when.minStatus)) &&
      (!transaction || (f.transaction !== undefined && transaction.test(f.transaction)))
  }
}

/** User rules first, then the defaults. Throws ConfigurationError for an invalid regular expression. */
export function compileSeverityRules(custom: SeverityRules | undefined): CompiledRule[] {
  return [
    ...(custom ?? []).map((r, i) => compileOne(r, `rule ${i + 1}`)),
    ...DEFAULT_SEVERITY_RULES.map((r, i) => compileOne(r, `default rule ${i + 1}`))
  ]
}

export interface SeverityVerdict {
  severity: Severity
  /** e.g. `P1 by default rule 6 (request path; signals: mechanism auto.middleware.express, …)`. */
  because: string
}

export function severityOf(facts: SeverityFacts, rules: readonly CompiledRule[]): SeverityVerdict {
  for (const rule of rules) {
    if (rule.test(facts)) {
      const signals = rule.signals(facts)
      return {
        severity: rule.severity,
        because: `${rule.severity} by ${rule.source} (${rule.description}${signals.length ? `; signals: ${signals.join(', ')}` : ''})`
      }
    }
  }
  return {severity: 'P1', because: `P1: no rule matched level '${facts.level}'`}
}
