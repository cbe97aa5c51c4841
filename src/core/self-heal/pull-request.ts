// The PR of one healed error group: branch `fix/sentry-<shortId>`, a title
// Sentry and humans recognise, and a body with the root cause, the fix, the
// reproduction test, event counts, links to every Sentry issue, and
// `Fixes SHORT-ID` lines for Sentry's commit integration. Text from Sentry
// and the model's own words are escaped or fenced, and what comes from Sentry
// can reference no GitHub issue and mention no one (a closing keyword in an
// exception message would otherwise close an issue when the PR is merged).
import {cell, fence, inertReferences, table, truncate} from '../report/markdown.js'
import type {HealCase} from './prompts.js'

export const SENTRY_BRANCH_PREFIX = 'fix/sentry-'

export function healBranch(leadShortId: string): string {
  return `${SENTRY_BRANCH_PREFIX}${leadShortId}`.replace(/[^\w./-]+/g, '-')
}

export interface HealPullRequestInput {
  case: HealCase
  testFile: string
  /** The reproduction test's failing output before the fix (tail). */
  failingOutput: string
  /** Files the fix changed (the test excluded). */
  fixFiles: readonly string[]
  /** The model's explanations (untrusted: shown fenced). */
  reproductionNote: string
  fixNote: string
  model: string
  /** The checks that passed after the fix. */
  checks: readonly string[]
  /** Link to the workflow run, when known. */
  runUrl?: string
}

/** `fix: [Sentry-WEB-1F] TypeError in taxFor`, at most ~100 characters, one line. */
export function healTitle(c: HealCase): string {
  const lead = c.members[0]
  const fn = c.group.topFrame?.function
  const what = `${c.group.exceptionType}${fn && fn !== '?' ? ` in ${fn}` : ''}: ${lead?.exceptionValue ?? c.group.message}`
  return inertReferences(
    `fix: [Sentry-${lead?.shortId ?? c.group.id}] ${truncate(what.replace(/\s+/g, ' ').trim(), 80)}`
  )
}

/**
 * The `Fixes SHORT-ID` lines Sentry's commit integration links by, for a PR
 * body or a commit message. A short id is Sentry's, but it is still kept to
 * the characters one has, and one GitHub would read as a reference (a
 * project slugged `gh` gives `GH-12`) is broken.
 */
export function sentryFixesLines(members: readonly {shortId: string}[]): string[] {
  return members.map(m => `Fixes ${inertReferences(m.shortId.replace(/[^\w.-]+/g, '-'))}`)
}

/** A table cell of text from Sentry: escaped, and referencing no issue and no one. */
function sentryCell(text: string | undefined, max?: number): string {
  return cell(text === undefined ? undefined : inertReferences(text), max)
}

function sentryLink(shortId: string, permalink: string | null): string {
  const label = sentryCell(shortId)
  return permalink && /^https?:\/\/[^\s()<>[\]`]+$/.test(permalink)
    ? `[${label}](${permalink})`
    : label
}

export function healBody(input: HealPullRequestInput): string {
  const c = input.case
  const members = c.members
  const events = members.reduce((n, m) => n + m.count, 0)
  const users = members.reduce((n, m) => n + m.userCount, 0)
  const out: string[] = []
  out.push(
    `ci-medic self-heal fixed a production error reported by Sentry: ${sentryCell(`${c.group.exceptionType}: ${c.group.message}`, 200)} (${c.group.severity}, ${events} events, ${users} users in the period${members.length > 1 ? `, ${members.length} Sentry issues with one root cause` : ''}).`
  )
  out.push('')
  out.push(
    `**Reproduced first**: the new test \`${cell(input.testFile)}\` failed with ${sentryCell(c.group.exceptionType)} before the fix and passes after it. Then the full checks passed: ${input.checks.length ? input.checks.map(x => `\`${cell(x, 120)}\``).join(', ') : 'none configured'}.`
  )
  out.push('')
  out.push('### Root cause and fix')
  out.push('')
  out.push(`The model's account (${cell(input.model)}), verified by ci-medic in code as above:`)
  out.push('')
  out.push(fence(truncate(`${input.reproductionNote}\n\n${input.fixNote}`.trim(), 3000)))
  out.push('')
  out.push(
    `Changed: ${input.fixFiles.map(f => `\`${cell(f)}\``).join(', ') || '(none)'}; added: \`${cell(input.testFile)}\`.`
  )
  out.push('')
  out.push('### The error')
  out.push('')
  out.push(
    table(
      ['Sentry issue', 'Events', 'Users', 'Top in-app frame', 'Notes'],
      members.map(m => [
        sentryLink(m.shortId, m.permalink),
        String(m.count),
        String(m.userCount),
        sentryCell(
          m.topFrame
            ? `${m.topFrame.file}${m.topFrame.lineNo ? `:${m.topFrame.lineNo}` : ''} ${m.topFrame.function ?? ''}`
            : '',
          120
        ),
        [m.unhandled ? 'unhandled' : '', m.regressed ? 'regressed' : '', m.mechanism ?? '']
          .filter(Boolean)
          .map(x => sentryCell(x, 60))
          .join(', ')
      ])
    )
  )
  out.push('')
  out.push('The reproduction test before the fix (tail):')
  out.push('')
  out.push(fence(truncate(input.failingOutput.slice(-2500), 2600)))
  out.push('')
  out.push(
    `After this is merged and deployed, later ci-medic self-heal runs check that no new events arrive for these issues, resolve them when the soak period passes, and report a regression if the error continues.${input.runUrl ? ` Opened by [this run](${input.runUrl}).` : ''}`
  )
  out.push('')
  out.push(
    '_Checks on a pull request opened with the workflow token may wait for a maintainer to approve them before they run._'
  )
  out.push('')
  // Sentry's commit integration links a commit or PR to issues by these lines.
  out.push(...sentryFixesLines(members))
  return out.join('\n')
}
