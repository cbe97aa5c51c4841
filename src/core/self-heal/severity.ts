// Severity by documented, overridable rules. The user's `severity-rules`
// are checked first, then the defaults; the first rule whose conditions all
// hold wins. Defaults:
//   P0  fatal level (a crash: uncaught exceptions are fatal), unhandled and
//       widespread (≥ 10 users), or data loss / auth bypass wording
//   P1  error level (5xx, a feature broken, unhandled rejections), and
//       anything no rule covers
//   P2  warning, info, debug (degraded: reported, never fixed)
import {ConfigurationError} from '../../errors.js'

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
  }
  severity: Severity
}

export type SeverityRules = SeverityRule[]

export const SEVERITY_WEIGHT: Record<Severity, number> = {P0: 100, P1: 10, P2: 1}

/** Users at which an unhandled error counts as widespread. */
export const WIDESPREAD_USERS = 10

export const DATA_LOSS_OR_AUTH =
  '\\b(data[ -]?loss|data corruption|corrupt(ed|ion)|lost (writes?|data|updates?)|auth(entication|orization)?[ -]bypass|bypass(ed|ing)? (auth|authentication|authorization|permissions?)|privilege escalation|unauthori[sz]ed access|leaked (secret|token|credential)s?)\\b'

export const DEFAULT_SEVERITY_RULES: SeverityRules = [
  {when: {level: ['fatal']}, severity: 'P0'},
  {when: {unhandled: true, minUsers: WIDESPREAD_USERS}, severity: 'P0'},
  {when: {titleMatches: DATA_LOSS_OR_AUTH}, severity: 'P0'},
  {when: {level: ['error']}, severity: 'P1'},
  {when: {level: ['warning', 'info', 'debug', 'sample']}, severity: 'P2'}
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
}

export interface CompiledRule {
  severity: Severity
  /** `custom #n` or `default #n`, for the reason. */
  source: string
  description: string
  test: (facts: SeverityFacts) => boolean
}

function describe(when: SeverityRules[number]['when']): string {
  const parts: string[] = []
  if (when.level) parts.push(`level ${when.level.join('/')}`)
  if (when.unhandled !== undefined) parts.push(when.unhandled ? 'unhandled' : 'handled')
  if (when.minUsers !== undefined) parts.push(`≥ ${when.minUsers} users`)
  if (when.minEventsPerHour !== undefined) parts.push(`≥ ${when.minEventsPerHour} events/h`)
  if (when.titleMatches !== undefined)
    parts.push(
      when.titleMatches === DATA_LOSS_OR_AUTH
        ? 'data loss or auth wording'
        : `title ~ /${when.titleMatches}/`
    )
  if (when.substatus) parts.push(`substatus ${when.substatus.join('/')}`)
  return parts.join(', ') || 'always'
}

function compileOne(rule: SeverityRules[number], source: string): CompiledRule {
  const {when} = rule
  let title: RegExp | undefined
  if (when.titleMatches !== undefined) {
    try {
      title = new RegExp(when.titleMatches, 'i')
    } catch (error) {
      throw new ConfigurationError(
        `Input 'severity-rules' ${source}: titleMatches '${when.titleMatches}' is not a valid regular expression (${(error as Error).message}).`
      )
    }
  }
  const levels = when.level?.map(l => l.toLowerCase())
  return {
    severity: rule.severity,
    source,
    description: describe(when),
    test: f =>
      (!levels || levels.includes(f.level.toLowerCase())) &&
      (when.unhandled === undefined || when.unhandled === f.unhandled) &&
      (when.minUsers === undefined || f.users >= when.minUsers) &&
      (when.minEventsPerHour === undefined || f.eventsPerHour >= when.minEventsPerHour) &&
      (!title || title.test(f.text)) &&
      (!when.substatus || (f.substatus !== null && when.substatus.includes(f.substatus)))
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
  /** e.g. `P1 by default rule 4 (level error)`. */
  because: string
}

export function severityOf(facts: SeverityFacts, rules: readonly CompiledRule[]): SeverityVerdict {
  for (const rule of rules) {
    if (rule.test(facts)) {
      return {
        severity: rule.severity,
        because: `${rule.severity} by ${rule.source} (${rule.description})`
      }
    }
  }
  return {severity: 'P1', because: `P1: no rule matched level '${facts.level}'`}
}
