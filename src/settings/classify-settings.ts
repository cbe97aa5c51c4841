import {DEFAULT_MODELS} from '../models/catalog.js'
import {ConfigurationError} from '../errors.js'
import {bool, matching, readFields, text, type InputFields} from './fields.js'
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
  ...artifactFields
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
}

export function readClassifySettings(
  source: InputSource,
  context: WorkflowContext,
  onSecret: (value: string) => void
): ClassifySettings {
  const v = readFields(classifyFields, source, onSecret)
  const eventRun = workflowRunIdOf(context.event)
  const runId = v['run-id'] ?? eventRun ?? context.runId
  if (!v['log-path'] && !runId) {
    throw new ConfigurationError(
      "Nothing to classify: give 'log-path' (a log or report file or glob) or 'run-id', or run on a workflow_run event."
    )
  }
  if (!v['log-path'] && !v['github-token']) {
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
    artifactRetentionDays: v['artifact-retention-days']
  }
}

function workflowRunIdOf(event: Record<string, unknown>): number | undefined {
  const run = event.workflow_run
  if (run && typeof run === 'object' && typeof (run as {id?: unknown}).id === 'number') {
    return (run as {id: number}).id
  }
  return undefined
}
