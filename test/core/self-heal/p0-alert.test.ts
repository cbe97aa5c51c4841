// The alert issue of a P0 group: one fingerprint per root-cause group, why
// it is P0, the fix PR or why there is none, and Sentry's text kept inert.
import {describe, expect, it} from 'vitest'
import {fixLine, p0Alert, p0AlertKey} from '../../../src/core/self-heal/p0-alert.js'
import {triage} from '../../../src/core/self-heal/triage.js'
import {toErrorIssue} from '../../../src/core/self-heal/types.js'
import {appFrame, buildEvent, buildIssue, issueFieldsFromEvent} from '../../fakes/sentry/index.js'

const NOW = Date.parse('2026-03-10T12:34:56Z')

function crashTriage(
  value = "Cannot read properties of undefined (reading 'rate')",
  fn = 'taxFor'
) {
  const event = buildEvent({
    dateCreated: NOW - 60_000,
    value,
    mechanism: {type: 'auto.node.onuncaughtexception', handled: false},
    frames: [appFrame('src/tax.ts', fn, 13)]
  })
  const issue = toErrorIssue(
    buildIssue({now: NOW, shortId: 'API-7', eventsPerHour: 2, ...issueFieldsFromEvent(event)})
  )
  const result = triage([{issue, event}], {
    rateGuardPerHour: 100,
    minEvents: 1,
    repoFiles: ['src/tax.ts'],
    now: NOW
  })
  return {group: result.groups[0]!, members: result.issues}
}

const base = {org: 'acme', runId: '42', runUrl: 'https://github.com/o/r/actions/runs/42'}

describe('p0Alert', () => {
  it('says why the group is P0 and links the fix PR', () => {
    const {group, members} = crashTriage()
    expect(group.severity).toBe('P0')
    const alert = p0Alert({
      ...base,
      group,
      members,
      dryRun: false,
      result: {
        group: group.id,
        lead: 'API-7',
        shortIds: ['API-7'],
        verdict: 'fixed',
        reason: 'reproduced by test/x.test.ts; fixed in src/tax.ts',
        branch: 'fix/sentry-API-7',
        prUrl: 'https://github.com/o/r/pull/9',
        prNumber: 9,
        prAction: 'created'
      }
    })
    expect(alert.fingerprint).toBe(`sentry-p0-${group.id}`)
    expect(alert.title).toBe('Sentry API-7: P0 TypeError in taxFor')
    expect(alert.details).toContain('the process crashed or restarted')
    expect(alert.details).toContain(
      '- Fix: fix PR https://github.com/o/r/pull/9 (fixed, PR created)'
    )
    expect(alert.details).toMatch(
      /- Why P0: P0 by default rule 1 \(process crash; signals: mechanism auto\.node\.onuncaughtexception\)/
    )
    expect(alert.occurrence).toMatch(
      /^Still P0 in \[run 42\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/42\): \d+ events; fix PR/
    )
    expect(p0AlertKey(group.id)).toBe(`p0:${group.id}`)
  })

  it('says why there is no PR, and keeps Sentry text inert', () => {
    const {group, members} = crashTriage('boom ``` <img src=x> @admin')
    const alert = p0Alert({...base, group, members, dryRun: true, result: undefined})
    expect(alert.details).toContain('- Fix: dry run, no fix attempted: ')
    // Outside the fence, escaped; inside it, the fence cannot be closed early.
    const [prose, fenced] = alert.details.split('```text\n') as [string, string]
    expect(prose).not.toContain('<img')
    expect(prose).not.toMatch(/(^|\s)@admin/)
    expect(fenced.split('```')[0]).toContain("boom ''' <img src=x> @\u200badmin")
    expect(
      fixLine(
        {
          group: 'g',
          lead: 'A-1',
          shortIds: ['A-1'],
          verdict: 'not-reproduced',
          reason: 'could not reproduce it: <b>x</b>',
          branch: 'fix/sentry-A-1'
        },
        ''
      )
    ).toBe('no fix PR: not-reproduced, could not reproduce it: &lt;b&gt;x&lt;/b&gt;')
  })

  it('puts no reference or mention GitHub would act on into the title', () => {
    const {group, members} = crashTriage('Closes #1', 'ping@admin#2')
    const alert = p0Alert({...base, group, members, dryRun: true, result: undefined})
    expect(alert.title).toContain('ping@\u200badmin#\u200b2')
    expect(alert.title).not.toMatch(/@admin|#2/)
    expect(alert.details.split('```text\n')[1]).not.toMatch(/#1/)
  })

  it('names a custom rule when severity-rules made the group P0', () => {
    const event = buildEvent({
      dateCreated: NOW - 60_000,
      frames: [appFrame('src/tax.ts', 'taxFor', 13)]
    })
    const issue = toErrorIssue(
      buildIssue({now: NOW, eventsPerHour: 2, ...issueFieldsFromEvent(event)})
    )
    const result = triage([{issue, event}], {
      rateGuardPerHour: 100,
      minEvents: 1,
      repoFiles: ['src/tax.ts'],
      now: NOW,
      severityRules: [{when: {transactionMatches: '^POST /api/orders'}, severity: 'P0'}]
    })
    const alert = p0Alert({
      ...base,
      group: result.groups[0]!,
      members: result.issues,
      dryRun: false,
      result: undefined
    })
    expect(alert.details).toContain('one of your severity-rules rates it P0')
    expect(alert.details).toContain('P0 by rule 1 (transaction ~ /^POST /api/orders/')
  })
})
