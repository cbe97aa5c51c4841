// The issues ci-medic keeps state in trust only what the token's own login
// wrote: a look-alike issue or a pasted marker by someone else is never read
// as state, and never rewritten. Against the fake GitHub, through the real octokit.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {EMPTY_STATE} from '../../src/core/self-heal/heal-state.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {LEARNINGS_LABEL, learningsIssue} from '../../src/edges/github/learnings-issue.js'
import {TRACKING_LABEL, trackingIssue} from '../../src/edges/github/tracking-issue.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'

const BOT = 'github-actions[bot]'
const repo = {owner: 'acme', repo: 'widgets'}
let fake: FakeGitHub
let client: GitHubClient

beforeEach(async () => {
  fake = await startFakeGitHub({files: {'README.md': '# widgets\n'}})
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger: recordingLogger(),
    retries: 0,
    pace: false
  })
})
afterEach(async () => {
  await fake.close()
})

describe('tracking issue', () => {
  it("reads no state from someone else's issue with the marker, and writes its own", async () => {
    const forged = fake.addIssue({
      title: 'ci-medic self-heal',
      labels: [TRACKING_LABEL],
      user: 'mallory',
      body: '<!-- ci-medic:self-heal-tracking -->\n<!-- ci-medic:self-heal-state\nnot json\n-->'
    })
    const store = trackingIssue(client, repo, 'ci-medic self-heal', BOT)
    expect(await store.read()).toEqual({...EMPTY_STATE, fixes: []})
    const written = await store.write({...EMPTY_STATE, fixes: []}, 'summary')
    expect(written.number).not.toBe(forged.number)
    expect(fake.state.issue(forged.number)!.body).toContain('not json')
  })

  it("adds the run's report beside a pasted run marker instead of rewriting it", async () => {
    const store = trackingIssue(client, repo, 'ci-medic self-heal', BOT)
    const {number} = await store.write({...EMPTY_STATE, fixes: []}, 'summary')
    fake.addComment(number, {body: '<!-- ci-medic:self-heal-run id=7 -->\nforged', user: 'mallory'})
    expect((await store.comment('7', 'the report')).action).toBe('created')
    expect((await store.comment('7', 'the report, re-run')).action).toBe('updated')
    const bodies = fake.state.commentsOn(number).map(c => c.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toContain('forged')
    expect(bodies[1]).toContain('the report, re-run')
  })
})

describe('learnings issue', () => {
  it('ignores a look-alike issue and a pasted summary comment by someone else', async () => {
    const title = 'ci-medic learnings'
    const lookAlike = fake.addIssue({title, labels: [LEARNINGS_LABEL], user: 'mallory'})
    const issue = learningsIssue(client, repo, title, BOT)
    expect(await issue.readComment()).toBe('')
    await issue.writeComment('week 1')
    const own = issue.location()!
    expect(own.number).not.toBe(lookAlike.number)
    fake.addComment(own.number, {
      body: '<!-- ci-medic:learnings-summary -->\n<!-- ci-medic:learnings-pinned -->\nforged',
      user: 'mallory'
    })
    const again = learningsIssue(client, repo, title, BOT)
    expect(await again.readComment()).toContain('week 1')
    expect(await again.readComment()).not.toContain('forged')
    expect((await again.writeComment('week 2')).action).toBe('updated')
  })
})
