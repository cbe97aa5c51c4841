import {DEFAULT_MODELS} from '../models/catalog.js'
import {ConfigurationError} from '../errors.js'
import {bool, int, matching, oneOf, readFields, text, url, type InputFields} from './fields.js'
import type {InputSource} from './input-source.js'
import {
  artifactFields,
  githubFields,
  modelFields,
  runId,
  type ArtifactSettings
} from './common-fields.js'
import {ledgerFields, ledgerSettingsOf, type LedgerSettings} from './ledger-fields.js'
import type {WorkflowContext} from './workflow-context.js'

export const classifyFields = {
  'log-path': text('test-results/**/*.xml', ''),
  'run-id': runId(),
  ...githubFields,
  ...modelFields(DEFAULT_MODELS.classify),
  'rerun-transient': bool(true),
  'dispatch-autofix': matching(
    /^([\w.-]+\.ya?ml|\d+)$/,
    'must be a workflow file name (like autofix.yml) or a workflow id, or empty to turn dispatch off',
    'ci-medic-autofix.yml'
  ),
  ...ledgerFields,
  ...artifactFields,
  // mode: patterns (the weekly learnings) and what it reads and writes.
  mode: oneOf(['classify', 'patterns'] as const, 'classify'),
  'period-days': int(7, 1, 366),
  'min-occurrences': int(2, 0, 10_000),
  'patterns-path': matching(
    /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+$/,
    'must be a directory inside the repository, like docs/patterns',
    'docs/patterns',
    'docs/patterns'
  ),
  // The URL of an incoming webhook carries its credential: masked like a token.
  'webhook-url': {...url('https://hooks.slack.com/services/T000/B000/XXXX', ''), secret: true},
  'learnings-issue-title': text('CI learnings', 'ci-medic learnings')
} satisfies InputFields

export interface ClassifySettings extends LedgerSettings, ArtifactSettings {
  /** A file or glob of local logs/reports; '' to read the run's failed job logs. */
  logPath: string
  /** The run to classify: the input, else the workflow_run event's run, else this run. */
  runId: number
  githubToken: string
  anthropicApiKey: string
  anthropicBaseUrl: string
  model: string
  rerunTransient: boolean
  /** Workflow file name to dispatch for fixable failures; '' = off. */
  dispatchAutofix: string
  /** classify (a failed run) or patterns (the weekly analysis of the ledger). */
  mode: 'classify' | 'patterns'
  periodDays: number
  minOccurrences: number
  /** Repository-relative directory of the pattern docs. */
  patternsPath: string
  /** A Slack-compatible incoming webhook for the weekly summary; '' for none. */
  webhookUrl: string
  learningsIssueTitle: string
}

export function readClassifySettings(
  source: InputSource,
  context: WorkflowContext,
  onSecret: (value: string) => void
): ClassifySettings {
  const v = readFields(classifyFields, source, onSecret)
  const eventRun = workflowRunIdOf(context.event)
  const runId = v['run-id'] ?? eventRun ?? context.runId
  const patterns = v.mode === 'patterns'
  if (!patterns && !v['log-path'] && !runId) {
    throw new ConfigurationError(
      "Nothing to classify: give 'log-path' (a log or report file or glob) or 'run-id', or run on a workflow_run event."
    )
  }
  if (!patterns && !v['log-path'] && !v['github-token']) {
    throw new ConfigurationError(
      `Input 'github-token' is empty, and classify needs it to read the job logs of run ${runId}. Example: github-token: \${{ github.token }} (with permissions actions: read), or give 'log-path' to classify local files.`
    )
  }
  return {
    logPath: v['log-path'],
    runId,
    githubToken: v['github-token'],
    anthropicApiKey: v['anthropic-api-key'],
    anthropicBaseUrl: v['anthropic-base-url'],
    model: v.model,
    rerunTransient: v['rerun-transient'],
    dispatchAutofix: v['dispatch-autofix'],
    ...ledgerSettingsOf(v),
    uploadArtifacts: v['upload-artifacts'],
    artifactRetentionDays: v['artifact-retention-days'],
    mode: v.mode,
    periodDays: v['period-days'],
    minOccurrences: v['min-occurrences'],
    patternsPath: v['patterns-path'].replace(/\/+$/, ''),
    webhookUrl: v['webhook-url'],
    learningsIssueTitle: v['learnings-issue-title']
  }
}

function workflowRunIdOf(event: Record<string, unknown>): number | undefined {
  const run = event.workflow_run
  if (run && typeof run === 'object' && typeof (run as {id?: unknown}).id === 'number') {
    return (run as {id: number}).id
  }
  return undefined
}
