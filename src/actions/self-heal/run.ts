// self-heal: read unresolved Sentry errors, triage and group them, and (in
// fix mode, in a later version) reproduce and fix each group. This version
// does the triage end to end and says plainly that the fix stage is not in it.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import * as core from '@actions/core'
import {
  renderIncidentReport,
  triage,
  triageOptionsFrom,
  triageOutput,
  type TriageCandidate
} from '../../core/self-heal/index.js'
import {createSentryClient} from '../../edges/sentry/index.js'
import {listTrackedFiles} from '../../edges/workspace/index.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import {loggerFrom} from '../../runtime/actions-logger.js'
import type {InputSource} from '../../settings/input-source.js'
import {readSelfHealSettings} from '../../settings/self-heal-settings.js'

export const SELF_HEAL_FAILURE_OUTPUTS = {
  triage: '[]',
  'fixed-count': '0',
  'pr-urls': '[]',
  alerts: '[]',
  outcome: 'not-evaluated',
  'input-tokens': '0',
  'output-tokens': '0',
  'cache-read-tokens': '0',
  'cost-usd': '0',
  'report-path': ''
}

/** Events fetched at once: enough to be quick, few enough for Sentry's concurrency limit. */
const EVENT_CONCURRENCY = 4

const logger = loggerFrom(core)

export async function selfHeal(inputs: InputSource): Promise<void> {
  const context = runnerContext()
  const settings = readSelfHealSettings(inputs, maskSecret)
  const sentry = createSentryClient({
    baseUrl: settings.sentryUrl,
    token: settings.sentryToken,
    logger
  })
  const now = Date.now()

  // Read: every unresolved issue of the period, then each one's latest event
  const issues = await sentry.listUnresolvedIssues({
    org: settings.sentryOrg,
    projects: settings.sentryProjects,
    environment: settings.environment || undefined,
    period: settings.period
  })
  logger.info(`${issues.length} unresolved Sentry issue(s) in the last ${settings.period}.`)
  const candidates: TriageCandidate[] = []
  for (let i = 0; i < issues.length; i += EVENT_CONCURRENCY) {
    const batch = issues.slice(i, i + EVENT_CONCURRENCY)
    candidates.push(
      ...(await Promise.all(
        batch.map(async issue => {
          try {
            return {
              issue,
              event: await sentry.latestEvent(
                settings.sentryOrg,
                issue.id,
                settings.environment || undefined
              )
            }
          } catch (error) {
            if (error instanceof ConfigurationError) throw error
            logger.warning(
              `The latest event of ${issue.shortId} could not be read (${errorMessage(error)}); it is triaged without frames.`
            )
            return {issue}
          }
        })
      ))
    )
  }

  // Triage and group
  const result = triage(
    candidates,
    triageOptionsFrom(settings, {now, repoFiles: await repositoryFiles(context.workspace)})
  )
  const entries = triageOutput(result)
  const fixable = entries.filter(e => e.decision === 'fix').length

  // Report
  const reportDir = join(context.tempDir, 'ci-medic')
  await mkdir(reportDir, {recursive: true})
  const reportPath = join(reportDir, 'self-heal-report.json')
  await writeFile(
    reportPath,
    JSON.stringify(
      {version: 1, mode: settings.mode, triage: entries, groups: result.groups},
      null,
      2
    )
  )
  const pending =
    settings.mode === 'fix' && fixable > 0
      ? [
          '### Fixes',
          '',
          `${fixable} issue(s) are ready to fix, but the fix stage of self-heal (reproduction test, verified fix, PR) is not in this version of ci-medic yet. Use \`mode: triage\` until it is.`
        ]
      : []
  const report = renderIncidentReport({
    result,
    org: settings.sentryOrg,
    period: settings.period,
    mode: settings.mode,
    rateGuardPerHour: settings.rateGuardPerHour,
    extraSections: pending
  })
  const outputs: Record<string, string> = {
    ...SELF_HEAL_FAILURE_OUTPUTS,
    triage: JSON.stringify(entries),
    outcome:
      settings.mode === 'triage' ? 'triaged' : fixable > 0 ? 'not-evaluated' : 'nothing-to-fix',
    'report-path': reportPath
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  await core.summary.addRaw(report).write()

  if (settings.mode === 'fix' && fixable > 0) {
    throw new ConfigurationError(
      `${fixable} Sentry issue(s) are ready to fix, but the fix stage of self-heal is not in this version yet: use mode: triage (the triage report is in the job summary).`
    )
  }
}

async function repositoryFiles(root: string): Promise<string[] | undefined> {
  const files = await listTrackedFiles(root)
  if (!files)
    logger.warning(
      'The workspace is not a git checkout, so frames are not mapped to repository files.'
    )
  return files
}
