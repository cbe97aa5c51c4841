// classify mode: patterns in-process against the fake GitHub with a token:
// the docs go to one learnings PR on ci-medic/learnings (pushed through the
// same path as autofix's fixes, to the fake's real git remote), a second
// week updates that PR instead of opening another, and the learnings issue
// holds one comment, rewritten. Bad input is one clear message.
import {execFile} from 'node:child_process'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {classifyDeps} from '../../src/actions/classify/deps.js'
import {runClassify} from '../../src/actions/classify/run.js'
import {isConfigurationError} from '../../src/errors.js'
import {readClassifySettings} from '../../src/settings/classify-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {BOT_USER, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {memoryIO, type MemoryIO} from '../harness/memory-io.js'
import {FP_A, firstWeek, verdictLine, writeLedger} from './patterns-ledger.js'

const TOKEN = 'ghs_learningstoken'
const BRANCH = 'ci-medic/learnings'
let fake: FakeGitHub
let dir = ''

beforeAll(async () => {
  fake = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'octo-repo',
    files: {'README.md': '# octo-repo\n'}
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-patterns-'))
})
afterAll(async () => {
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

/** A git environment with nothing of the developer's own. */
function gitEnv(): NodeJS.ProcessEnv {
  return {PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C'}
}

/** A fresh checkout of the default branch, as actions/checkout makes it each week (async: the fake answers in this process). */
async function checkout(name: string): Promise<string> {
  const workspace = join(dir, name)
  await promisify(execFile)('git', ['clone', '-q', fake.gitUrl, workspace], {env: gitEnv()})
  return workspace
}

async function runPatterns(
  workspace: string,
  inputs: Record<string, string>,
  runId: number
): Promise<{io: MemoryIO; error?: unknown}> {
  const env = {
    ...fake.env(),
    GITHUB_RUN_ID: String(runId),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'schedule',
    RUNNER_TEMP: join(dir, `temp-${runId}`)
  }
  const io = memoryIO()
  try {
    const context = readWorkflowContext(env, {}, tmpdir())
    const settings = readClassifySettings(
      inputsFromRecord({mode: 'patterns', ...inputs}),
      context,
      () => undefined
    )
    await runClassify(
      classifyDeps({settings, context, io, client: {pace: false}, parentEnv: gitEnv()})
    )
    return {io}
  } catch (error) {
    return {io, error}
  }
}

function learningsDoc(): Record<string, unknown> {
  const text = fake.git.readFile(BRANCH, `docs/patterns/compile-error-${FP_A}.md`) ?? ''
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>
}

function learningsComments() {
  const issue = fake.state.issues.find(i => i.title === 'ci-medic learnings' && !i.is_pull_request)
  return issue ? fake.state.commentsOn(issue.number) : []
}

describe('mode: patterns with a token', () => {
  it('opens one learnings PR, and a second week updates it, with one learnings comment', async () => {
    const ledger = join(dir, 'week1.jsonl')
    const records = firstWeek()
    await writeLedger(ledger, records)
    const week1 = await runPatterns(
      await checkout('week1'),
      {'github-token': TOKEN, 'ledger-path': ledger},
      801
    )
    expect(week1.error).toBeUndefined()
    const patterns = JSON.parse(week1.io.outputs.patterns!) as Array<{key: string; count: number}>
    expect(patterns.map(p => [p.key, p.count])).toEqual([[`compile-error-${FP_A}`, 3]])
    expect(fake.state.pulls).toHaveLength(1)
    const pr = fake.state.pulls[0]!
    expect(pr.head).toBe(BRANCH)
    expect(week1.io.outputs['learnings-pr-url']).toContain(`/pull/${pr.number}`)
    expect(learningsDoc()).toMatchObject({key: `compile-error-${FP_A}`, count: 3})
    expect(learningsComments()).toHaveLength(1)
    expect(learningsComments()[0]!.user.login).toBe(BOT_USER.login)

    // The next week: a fresh checkout of main (the PR is not merged), two more sightings of A.
    const ledger2 = join(dir, 'week2.jsonl')
    await writeLedger(ledger2, [...records, verdictLine(FP_A, 2, 601), verdictLine(FP_A, 1, 602)])
    const week2 = await runPatterns(
      await checkout('week2'),
      {'github-token': TOKEN, 'ledger-path': ledger2},
      802
    )
    expect(week2.error).toBeUndefined()
    expect(fake.state.pulls).toHaveLength(1)
    expect(week2.io.outputs['learnings-pr-url']).toBe(week1.io.outputs['learnings-pr-url'])
    // 3 from the doc of week 1 (read from the open PR's branch) + 2 new ones.
    expect(learningsDoc()).toMatchObject({count: 5})
    expect(learningsComments()).toHaveLength(1)
    expect(learningsComments()[0]!.body).toContain('xychart-beta')
  })

  it('says so when the period is empty, and opens no PR for it', async () => {
    const ledger = join(dir, 'empty.jsonl')
    await writeLedger(ledger, [])
    const pulls = fake.state.pulls.length
    const run = await runPatterns(
      await checkout('empty'),
      {'github-token': TOKEN, 'ledger-path': ledger},
      803
    )
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.patterns).toBe('[]')
    expect(run.io.summary).toContain('no failure in the last 7 days')
    expect(fake.state.pulls).toHaveLength(pulls)
  })
})

describe('the webhook', () => {
  it('gets the summary as {text}; a refused post is a warning, never a failed run', async () => {
    const bodies: string[] = []
    let status = 200
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString('utf8')))
      req.on('end', () => {
        bodies.push(body)
        res.writeHead(status).end()
      })
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T0/B0/x`
    try {
      const ledger = join(dir, 'hook.jsonl')
      await writeLedger(ledger, firstWeek())
      const workspace = await mkdtemp(join(dir, 'hook-'))
      const ok = await runPatterns(workspace, {'ledger-path': ledger, 'webhook-url': url}, 806)
      expect(ok.error).toBeUndefined()
      const sent = JSON.parse(bodies[0]!) as {text: string}
      expect(sent.text).toContain(`compile-error-${FP_A}`)
      status = 500
      const refused = await runPatterns(workspace, {'ledger-path': ledger, 'webhook-url': url}, 807)
      expect(refused.error).toBeUndefined()
      expect(refused.io.warnings()).toContain(
        'The weekly summary was not posted to webhook-url: the webhook answered HTTP 500.'
      )
    } finally {
      server.close()
    }
  })
})

describe('bad input', () => {
  it('a missing ledger-path file is one message naming the input', async () => {
    const workspace = join(dir, 'bad')
    const run = await runPatterns(workspace, {'ledger-path': 'nowhere.jsonl'}, 804)
    expect(isConfigurationError(run.error)).toBe(true)
    expect(String(run.error)).toMatch(
      /Input 'ledger-path' is 'nowhere.jsonl', which cannot be read/
    )
    expect((await readdir(dir)).includes('bad')).toBe(false)
  })

  it('period-days that is not a number names the input and an example', async () => {
    const run = await runPatterns(dir, {'ledger-path': 'x.jsonl', 'period-days': 'weekly'}, 805)
    expect(String(run.error)).toMatch(
      /Input 'period-days' must be a whole number from 1 to 366, got 'weekly'\. Example: period-days: 7/
    )
  })
})
