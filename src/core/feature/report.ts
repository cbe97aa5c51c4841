// The feature build's report: the PR body (and the job summary under a
// heading). It links the issue with `Refs #N` (never a closing keyword: a
// person decides when the issue is done), and shows the plan, the contract,
// each stream's report and the metrics: wall clock against the serial sum of
// the streams, integration failures found and fixed, contract changes after
// the plan. Text from the model or the issue is escaped or fenced.
import type {UsageTotals} from '../fixing/budgets.js'
import {cell, fence, inertReferences, table, truncate} from '../report/markdown.js'
import type {Criterion} from './acceptance.js'
import type {FeaturePlan} from './plan.js'

/** The branch a feature build's PR comes from: one per issue, updated by a rebuild. */
export function featureBranchName(issueNumber: number): string {
  return `ci-medic/feature-${issueNumber}`
}

/**
 * The one reference the publish job keeps live in a feature build's PR body
 * (`Refs #N`, which links the issue and never closes it), rebuilt from the
 * branch name; undefined for any other branch.
 */
export function featureReference(branch: string): string | undefined {
  const issue = /^ci-medic\/feature-(\d{1,9})$/.exec(branch)?.[1]
  return issue ? `Refs #${issue}` : undefined
}

export type StreamVerdict = 'built' | 'not-built' | 'stopped' | 'reverted'

export interface StreamReport {
  id: string
  goal: string
  owns: string[]
  verdict: StreamVerdict
  attempts: number
  /** Files the kept commit changed. */
  files: string[]
  /** The model's own account, or why the stream was not kept. */
  note: string
  seconds: number
  sha?: string
}

export interface FeatureMetrics {
  wallSeconds: number
  /** The streams' times added up: what one job would take without the fan-out. */
  serialSeconds: number
  streams: number
  integrationFailuresFound: number
  integrationFailuresFixed: number
  /** Contract files whose content at the end differs from what the plan wrote. */
  contractChanges: number
}

export interface FeatureReportInput {
  issue: {number: number; title: string}
  criteria: readonly Criterion[]
  plan: FeaturePlan
  /** Why the first plan was refused, when there was a re-plan. */
  replanned?: readonly string[]
  /** Why the plan runs as one stream. */
  oneStream?: string
  streams: readonly StreamReport[]
  checks: readonly {command: string; failures: number}[]
  metrics: FeatureMetrics
  totals: UsageTotals
  model: string
  /**
   * Fan-out (stage: integrate): the table of the streams' matrix jobs
   * (runner, time, cost, status), already escaped, shown after the streams.
   */
  fanout?: string
}

const VERDICT: Record<StreamVerdict, string> = {
  built: 'built, verified',
  'not-built': 'not built',
  stopped: 'stopped (budget or model)',
  reverted: 'reverted at integration'
}

function planSection(input: FeatureReportInput): string[] {
  const {plan} = input
  const lines = ['## Plan', '', fence(plan.summary)]
  if (input.replanned?.length)
    lines.push(
      '',
      `The first plan was refused and re-planned: ${cell(inertReferences(input.replanned.join('; ')), 600)}`
    )
  if (input.oneStream)
    lines.push('', `Run as one stream: ${cell(inertReferences(input.oneStream), 600)}`)
  lines.push(
    '',
    table(
      ['stream', 'owns', 'criteria', 'goal'],
      plan.streams.map(s => [
        cell(s.id),
        cell(s.owns.join(', '), 300),
        s.criteria.join(', '),
        cell(inertReferences(s.goal), 300)
      ])
    )
  )
  return lines
}

function contractSection(plan: FeaturePlan): string[] {
  if (plan.contracts.length === 0) return ['## Contract', '', 'The plan wrote no contract files.']
  return [
    '## Contract',
    '',
    'Written and committed before the streams started; no stream may change them.',
    ...plan.contracts.flatMap(c => [
      '',
      `\`${c.path.replace(/`/g, "'")}\`: ${cell(inertReferences(c.purpose), 300)}`,
      '',
      fence(truncate(c.content, 6000), 'ts')
    ])
  ]
}

function streamSection(streams: readonly StreamReport[]): string[] {
  return [
    '## Streams',
    '',
    table(
      ['stream', 'result', 'attempts', 'files', 'time'],
      streams.map(s => [
        cell(s.id),
        VERDICT[s.verdict],
        String(s.attempts),
        cell(s.files.join(', '), 300),
        `${s.seconds} s`
      ])
    ),
    ...streams.flatMap(s =>
      s.note ? ['', `**${cell(s.id)}**:`, fence(truncate(s.note, 1500))] : []
    )
  ]
}

function metricsSection(input: FeatureReportInput): string[] {
  const m = input.metrics
  const t = input.totals
  return [
    '## Metrics',
    '',
    table(
      ['metric', 'value'],
      [
        ['wall clock', `${m.wallSeconds} s`],
        [
          input.fanout
            ? 'streams (one matrix job each, in parallel)'
            : 'streams (one after another in this job)',
          String(m.streams)
        ],
        ['serial estimate (the streams added up)', `${m.serialSeconds} s`],
        [
          'integration failures found / fixed',
          `${m.integrationFailuresFound} / ${m.integrationFailuresFixed}`
        ],
        ['contract changes after the plan', String(m.contractChanges)],
        ['model', cell(input.model)],
        ['tokens in / out', `${t.inputTokens} / ${t.outputTokens}`],
        ['cost', `$${t.costUsd.toFixed(4)}`]
      ]
    ),
    '',
    '## Checks after integration (clean checkout)',
    '',
    input.checks.length
      ? table(
          ['command', 'failures'],
          input.checks.map(c => [cell(c.command), String(c.failures)])
        )
      : 'No checks were found.'
  ]
}

export function renderFeatureReport(input: FeatureReportInput): string {
  const built = input.streams.filter(s => s.verdict === 'built').length
  return [
    `Refs #${input.issue.number}`,
    '',
    `ci-medic built ${cell(inertReferences(input.issue.title), 200)} from the issue: ${built} of ${input.streams.length} stream(s) built and verified.`,
    '',
    '## Acceptance criteria (from the issue)',
    '',
    ...input.criteria.map((c, i) => `${i + 1}. ${cell(inertReferences(c.text), 300)}`),
    '',
    ...planSection(input),
    '',
    ...contractSection(input.plan),
    '',
    ...streamSection(input.streams),
    '',
    ...(input.fanout ? [input.fanout, ''] : []),
    ...metricsSection(input)
  ].join('\n')
}

/** The comment on an issue whose build was refused at the gate. */
export function refusalComment(issueNumber: number, reason: string): string {
  return `ci-medic did not build #${issueNumber}: ${inertReferences(reason)}.\n\nNo branch was pushed and no pull request was opened.`
}
