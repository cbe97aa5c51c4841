// The ci-medic:retry label against the fake GitHub, through the real octokit:
// only a label on one of ci-medic's alert issues, put on by someone with
// write access, asks for a retry; taking it off after the attempt is fine
// when it is gone already, and a refusal is one warning.
import {afterEach, beforeEach, expect, it} from 'vitest'
import {releaseRetryLabels} from '../../src/actions/fixing-ledger.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {findRetryLabels, removeRetryLabel, RETRY_LABEL} from '../../src/edges/github/retry-label.js'
import {recordingLogger} from '../../src/logger.js'
import {BOT_USER, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

const repo = {owner: 'acme', repo: 'widgets'}
let fake: FakeGitHub
let client: GitHubClient
let logger: ReturnType<typeof recordingLogger>

beforeEach(async () => {
  fake = await startFakeGitHub(repo)
  logger = recordingLogger()
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger,
    retries: 0,
    pace: false
  })
})
afterEach(async () => {
  await fake.close()
})

function alert(fingerprint: string, user?: string, failures = ''): number {
  return fake.addIssue({
    title: `ci-medic: test_fail (${fingerprint})`,
    labels: ['ci-medic'],
    user,
    body: `<!-- ci-medic:alert fingerprint=${fingerprint} -->\n<!-- ci-medic:occurrences=2 -->\n${failures ? `<!-- ci-medic:failures=${failures} -->\n` : ''}details`
  }).number
}

it("finds a writer's label on an alert, with the alert's fingerprints, and ignores the rest", async () => {
  fake.state.addCollaborator('octocat')
  fake.timeline.setPermission('mona', 'maintain')
  fake.timeline.setPermission('mallory', 'triage')
  const asked = alert('aaaa1111', undefined, 'f1,f2')
  const byMaintainer = alert('bbbb2222')
  const byTriager = alert('cccc3333')
  const notOurs = alert('dddd4444', 'mallory')
  const plain = fake.addIssue({title: 'a bug', labels: ['ci-medic']}).number
  fake.timeline.label(asked, RETRY_LABEL, 'octocat', '2026-12-02T08:00:00Z')
  fake.timeline.label(byMaintainer, RETRY_LABEL, 'mona', '2026-12-02T09:00:00Z')
  fake.timeline.label(byTriager, RETRY_LABEL, 'mallory')
  fake.timeline.label(notOurs, RETRY_LABEL, 'octocat')
  fake.timeline.label(plain, RETRY_LABEL, 'octocat')
  // An alert without the label asks for nothing.
  alert('eeee5555')

  const found = await findRetryLabels(client, repo, BOT_USER.login)
  expect([...found.asks].sort((a, b) => a.issue - b.issue)).toEqual([
    {
      fingerprints: ['aaaa1111', 'f1', 'f2'],
      issue: asked,
      by: 'octocat',
      at: '2026-12-02T08:00:00Z'
    },
    {fingerprints: ['bbbb2222'], issue: byMaintainer, by: 'mona', at: '2026-12-02T09:00:00Z'}
  ])
  expect(found.ignored).toEqual([
    `the ${RETRY_LABEL} label on #${byTriager} was put on by @mallory, who has no write access to the repository`
  ])
})

it('takes the label off; a label already gone is fine', async () => {
  const issue = alert('aaaa1111')
  fake.timeline.label(issue, RETRY_LABEL, fake.owner)
  expect(await removeRetryLabel(client, repo, issue)).toBeUndefined()
  expect(fake.state.issue(issue)?.labels).toEqual(['ci-medic'])
  expect(await removeRetryLabel(client, repo, issue)).toBeUndefined()
})

it('a refused removal is one warning naming the permission, and the label stays', async () => {
  const issue = alert('aaaa1111')
  fake.timeline.label(issue, RETRY_LABEL, fake.owner)
  fake.setPermissions({issues: 'read'})
  const ask = {fingerprints: ['aaaa1111'], issue, by: fake.owner, at: '2026-12-02T08:00:00Z'}
  await releaseRetryLabels(
    {client, repo},
    [
      {fingerprint: 'aaaa1111', ask},
      {fingerprint: 'f1', ask}
    ],
    new Set(['aaaa1111', 'f1']),
    logger
  )
  const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(
    /could not be taken off #\d+ \(GitHub answered 403: the token lacks 'issues: write'\)/
  )
  expect(fake.state.issue(issue)?.labels).toContain(RETRY_LABEL)
})

it('leaves the label of a failure this run did not attempt', async () => {
  const issue = alert('aaaa1111')
  fake.timeline.label(issue, RETRY_LABEL, fake.owner)
  const ask = {fingerprints: ['aaaa1111'], issue, by: fake.owner, at: '2026-12-02T08:00:00Z'}
  await releaseRetryLabels({client, repo}, [{fingerprint: 'aaaa1111', ask}], new Set(), logger)
  expect(fake.state.issue(issue)?.labels).toContain(RETRY_LABEL)
})
