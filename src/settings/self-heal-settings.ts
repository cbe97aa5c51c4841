import {z} from 'zod'
import type {PathMapping} from '../core/self-heal/path-mapping.js'
import {ERROR_CONTEXTS} from '../core/self-heal/error-context.js'
import type {SeverityRules} from '../core/self-heal/severity.js'
import {ConfigurationError} from '../errors.js'
import {DEFAULT_MODELS} from '../models/catalog.js'
import {
  bool,
  int,
  json,
  lines,
  list,
  matching,
  oneOf,
  readFields,
  requiredText,
  secret,
  text,
  url,
  type InputFields
} from './fields.js'
import type {InputSource} from './input-source.js'
import {
  fixLoopSettingsOf,
  requireTokenUnlessDryRun,
  type FixLoopSettings
} from './fixing-settings.js'
import {
  ledgerFields,
  ledgerSettingsOf,
  retryFingerprintsField,
  type LedgerSettings
} from './ledger-fields.js'
import {fixLoopFields, githubFields, modelFields} from './shared-fields.js'

const severityRulesSchema = z.array(
  z.object({
    /** Conditions, all of which must hold (SeverityRule in core/self-heal/severity.ts). */
    when: z
      .object({
        level: z.array(z.string()).optional(),
        unhandled: z.boolean().optional(),
        minUsers: z.number().optional(),
        minEventsPerHour: z.number().optional(),
        titleMatches: z.string().optional(),
        substatus: z.array(z.string()).optional(),
        context: z.array(z.enum(ERROR_CONTEXTS)).optional(),
        mechanism: z.string().optional(),
        minStatus: z.number().optional(),
        transactionMatches: z.string().optional()
      })
      .strict(),
    severity: z.enum(['P0', 'P1', 'P2'])
  })
)

export type {SeverityRules}

export const selfHealFields = {
  'sentry-url': url('https://de.sentry.io', 'https://sentry.io'),
  'sentry-token': secret('${{ secrets.SENTRY_TOKEN }}', true),
  'sentry-org': requiredText('my-org'),
  'sentry-project': list('web-api', ''),
  environment: text('production', ''),
  period: matching(/^\d+[smhdw]$/, 'must be a Sentry period like 24h, 7d or 90m', '14d', '24h'),
  mode: oneOf(['triage', 'fix'] as const, 'fix'),
  'max-fixes': int(5, 1, 50),
  'max-prs-per-day': int(5, 1, 500),
  'time-budget-minutes': int(30, 1, 360),
  'rate-guard-per-hour': int(100, 1, 100_000_000),
  'min-events': int(2, 1, 100_000_000),
  'exclude-paths': list('src/vendor/**, **/generated/**', ''),
  'path-mappings': lines('/app/dist/=src/\nwebpack://web/=packages/web/', ''),
  'severity-rules': json(
    severityRulesSchema,
    '[{"when": {"context": ["request"], "transactionMatches": "^POST /api/checkout"}, "severity": "P0"}]'
  ),
  'resolve-on-verify': bool(true),
  'verify-soak-hours': int(24, 1, 24 * 30),
  ...modelFields(DEFAULT_MODELS.fix),
  ...fixLoopFields,
  labels: list('auto-fix, sentry', 'auto-fix, sentry'),
  'sentry-notes': bool(true),
  'tracking-issue-title': text(
    'Production errors fixed by ci-medic',
    'ci-medic self-heal: Sentry fixes'
  ),
  publish: oneOf(['same-job', 'separate-job'] as const, 'same-job'),
  ...ledgerFields,
  'retry-fingerprints': retryFingerprintsField,
  ...githubFields
} satisfies InputFields

export type {PathMapping}

export interface SelfHealSettings extends FixLoopSettings, LedgerSettings {
  sentryUrl: string
  sentryToken: string
  sentryOrg: string
  /** Project slugs or ids; [] = every project the token can read. */
  sentryProjects: string[]
  environment: string
  period: string
  mode: 'triage' | 'fix'
  maxFixes: number
  /** Self-heal PRs opened in 24 hours (by this token), at most. */
  maxPrsPerDay: number
  rateGuardPerHour: number
  minEvents: number
  excludePaths: string[]
  pathMappings: PathMapping[]
  /** Overrides of the default severity rules, checked in order; undefined = defaults. */
  severityRules?: SeverityRules
  resolveOnVerify: boolean
  /** How long a merged fix must go without new events to count as verified. */
  verifySoakHours: number
  /** Add a note linking the PR to each Sentry issue it fixes. */
  sentryNotes: boolean
  /** The issue that keeps self-heal's state and each run's report. */
  trackingIssueTitle: string
  /**
   * same-job: push, open the PRs and alert issues and write the tracking
   * issue here (needs a write token). separate-job: write a proposal
   * (proposal-path) for the publish command of a later job.
   */
  publish: 'same-job' | 'separate-job'
  /** Group fingerprints (`sentry:<group>`) to attempt again although they failed twice (`all` for every one). */
  retryFingerprints: string[]
}

export function readSelfHealSettings(
  source: InputSource,
  onSecret: (value: string) => void
): SelfHealSettings {
  const v = readFields(selfHealFields, source, onSecret)
  // A proposal needs no token: the publish job pushes it and writes the issues.
  if (v.mode === 'fix' && v.publish === 'same-job')
    requireTokenUnlessDryRun(v['github-token'], v['dry-run'], 'self-heal')
  return {
    ...fixLoopSettingsOf(v),
    sentryUrl: v['sentry-url'],
    sentryToken: v['sentry-token'],
    sentryOrg: v['sentry-org'],
    sentryProjects: v['sentry-project'],
    environment: v.environment,
    period: v.period,
    mode: v.mode,
    maxFixes: v['max-fixes'],
    maxPrsPerDay: v['max-prs-per-day'],
    rateGuardPerHour: v['rate-guard-per-hour'],
    minEvents: v['min-events'],
    excludePaths: v['exclude-paths'],
    pathMappings: v['path-mappings'].map(parsePathMapping),
    severityRules: v['severity-rules'],
    resolveOnVerify: v['resolve-on-verify'],
    verifySoakHours: v['verify-soak-hours'],
    sentryNotes: v['sentry-notes'],
    trackingIssueTitle: v['tracking-issue-title'],
    publish: v.publish,
    ...ledgerSettingsOf(v),
    retryFingerprints: v['retry-fingerprints']
  }
}

function parsePathMapping(line: string): PathMapping {
  const at = line.indexOf('=')
  if (at <= 0) {
    throw new ConfigurationError(
      `Input 'path-mappings' line '${line}' must be 'frame-prefix=repo-path'. Example: path-mappings: /app/dist/=src/`
    )
  }
  return {from: line.slice(0, at).trim(), to: line.slice(at + 1).trim()}
}
