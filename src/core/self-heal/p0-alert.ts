// The alert issue of a P0 group (a crash, data loss or an auth bypass): the
// seeds' "auto-fix + alert". The group gets its fix attempt as any other,
// and a human hears about it at once, through the same one-issue-per-key
// alert issue as rate storms (edges/github/alert-issues.ts): a later run
// comments on that issue instead of opening another. The alert links the fix
// PR when there is one, or says why there is none.
import {cell, inertReferences} from '../report/markdown.js'
import type {HealResult} from './heal-report.js'
import type {StormAlertContent} from './report.js'
import type {TriageGroup, TriagedIssue} from './triage.js'

export interface P0AlertInput {
  group: TriageGroup
  /** The group's issues, best first. */
  members: readonly TriagedIssue[]
  /** What this run did with the group (undefined: not attempted, e.g. triage found a reason to skip it). */
  result: HealResult | undefined
  /** The Sentry organization slug. */
  org: string
  runId: string
  runUrl: string
  /** A dry run says what it would have done. */
  dryRun: boolean
}

/** The state key of a P0 group's alert (AlertRecord.issueId holds it; storms use the Sentry issue id). */
export function p0AlertKey(groupId: string): string {
  return `p0:${groupId}`
}

/** Why the lead issue is P0, in a few words (the reason with its rule and signals follows). */
function whyP0(lead: TriagedIssue): string {
  if (lead.context === 'crash') return 'the process crashed or restarted'
  if (/ by default rule /.test(lead.reason))
    return 'data loss or corruption, or an auth or permission bypass'
  return 'one of your severity-rules rates it P0'
}

/** Sentry's text on one line, no fence, and no #N, GH-N, URL or @mention GitHub would act on. */
const plain = (text: string, max = 500): string =>
  inertReferences(text.replace(/```/g, "'''").replace(/\r?\n/g, ' ').slice(0, max))

/** What became of the fix, one line (markdown; the PR URL is GitHub's own). */
export function fixLine(result: HealResult | undefined, skipReason: string): string {
  if (!result) return `no fix attempted: ${cell(skipReason, 300)}`
  if (result.prUrl)
    return `fix PR ${result.prUrl} (${result.verdict}, PR ${result.prAction ?? 'open'})`
  if (result.verdict === 'fixed')
    return `fixed and verified, not pushed: ${cell(result.reason, 300)}`
  return `no fix PR: ${result.verdict}, ${cell(result.reason, 300)}`
}

export function p0Alert(input: P0AlertInput): StormAlertContent {
  const {group, members, result, org, runId, runUrl} = input
  const lead = members[0]!
  const ids = members.map(m => m.shortId).join(', ')
  const where = group.topFrame
    ? ` in ${plain(group.topFrame.function || group.topFrame.file, 80)}`
    : ''
  const fix = fixLine(result, lead.reason)
  return {
    fingerprint: `sentry-p0-${group.id}`,
    title: `Sentry ${plain(ids, 120)}: P0 ${plain(group.exceptionType, 80)}${where}`,
    details: [
      `ci-medic self-heal rated this error group P0 in Sentry organization \`${org.replace(/`/g, '')}\`: ${whyP0(lead)}. It gets a fix attempt like any other group; this issue is for a human to look now.`,
      '',
      ...members.map(
        m => `- Issue: ${m.permalink ?? m.shortId} (${m.count} events, ${m.userCount} users)`
      ),
      `- Why P0: ${cell(inertReferences(lead.reason), 400)}`,
      `- Fix: ${input.dryRun ? 'dry run, ' : ''}${fix}`,
      `- Found by [run ${runId}](${runUrl})`,
      '',
      'The error as Sentry reports it (untrusted text):',
      '',
      '```text',
      plain(`${lead.exceptionType}: ${lead.exceptionValue}`),
      '```'
    ].join('\n'),
    occurrence: `Still P0 in [run ${runId}](${runUrl}): ${members.reduce((n, m) => n + m.count, 0)} events; ${fix}`
  }
}
