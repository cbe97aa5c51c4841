// classify mode: patterns pins the learnings issue once, through the fake
// GitHub's POST /graphql: the first week pins it and its comment remembers
// that, so later weeks send no GraphQL at all (a person who unpins it is not
// overruled); an issue someone pinned by hand is not pinned again; and a
// refusal (FORBIDDEN, as GitHub may answer a workflow's GITHUB_TOKEN) is one
// warning while the PR, the comment and the outputs all still happen.
import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {classifyDeps} from '../../src/actions/classify/deps.js'
import {runClassify} from '../../src/actions/classify/run.js'
import {readClassifySettings} from '../../src/settings/classify-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {isViewerQuery, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {memoryIO, type MemoryIO} from '../harness/memory-io.js'
import {firstWeek, writeLedger} from './patterns-ledger.js'

const TOKEN = 'ghs_pinningtoken'
const PINNED_MARKER = '<!-- ci-medic:learnings-pinned -->'
let fake: FakeGitHub
let dir = ''
let ledger = ''

beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'octo-repo',
    files: {'README.md': '# octo-repo\n'}
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-pin-'))
  ledger = join(dir, 'ledger.jsonl')
  await writeLedger(ledger, firstWeek())
})
afterEach(async () => {
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

function gitEnv(): NodeJS.ProcessEnv {
  return {PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C'}
}

/** One weekly run over the ledger, from a fresh checkout of the default branch. */
async function week(runId: number): Promise<{io: MemoryIO; error?: unknown}> {
  const workspace = join(dir, `week-${runId}`)
  await promisify(execFile)('git', ['clone', '-q', fake.gitUrl, workspace], {env: gitEnv()})
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
      inputsFromRecord({mode: 'patterns', 'github-token': TOKEN, 'ledger-path': ledger}),
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

function learningsIssue() {
  const issue = fake.state.issues.find(i => i.title === 'ci-medic learnings' && !i.is_pull_request)
  if (!issue) throw new Error('no learnings issue')
  return issue
}

function comments() {
  return fake.state.commentsOn(learningsIssue().number)
}

/** The GraphQL documents sent about pinning so far (not who the token is): 'query' or 'mutation' each. */
function graphqlSent(): string[] {
  return fake
    .requestsTo('POST', '/graphql')
    .filter(r => !isViewerQuery(r))
    .map(r => ((r.body as {query?: string}).query ?? '').trim().split(/\s/)[0] ?? '')
}

const pinWarnings = (io: MemoryIO): string[] => io.warnings().filter(w => /pinned/.test(w))

describe('the learnings issue is pinned once', () => {
  it('pins it on the first week, and later weeks ask GitHub nothing', async () => {
    const one = await week(901)
    expect(one.error).toBeUndefined()
    expect(fake.pins.pinned()).toEqual([learningsIssue().number])
    expect(graphqlSent()).toEqual(['query', 'mutation'])
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toContain(PINNED_MARKER)
    expect(one.io.summary).toContain(`Pinned the learnings issue #${learningsIssue().number}.`)
    expect(pinWarnings(one.io)).toEqual([])

    const two = await week(902)
    expect(two.error).toBeUndefined()
    expect(graphqlSent()).toHaveLength(2)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toContain(PINNED_MARKER)
    expect(comments()[0]!.body).toContain('xychart-beta')
  })

  it('an issue someone pinned by hand is not pinned again, and that is remembered', async () => {
    // The learnings issue of an earlier ci-medic (its comment has no marker), pinned by a person.
    const issue = fake.addIssue({title: 'ci-medic learnings', labels: ['ci-medic-learnings']})
    fake.addComment(issue.number, '<!-- ci-medic:learnings-summary -->\nLast week.')
    fake.pins.pinByHand(issue.number)
    const one = await week(911)
    expect(one.error).toBeUndefined()
    expect(learningsIssue().number).toBe(issue.number)
    expect(graphqlSent()).toEqual(['query'])
    expect(one.io.summary).toContain(`The learnings issue #${issue.number} is pinned already.`)
    expect(comments()).toHaveLength(1)
    // Remembered: the next week sends no GraphQL (as the first test shows).
    expect(comments()[0]!.body).toContain(PINNED_MARKER)
  })

  it('a refusal is one warning naming the cause and the fix; the rest of the run goes on', async () => {
    fake.pins.refuse()
    const run = await week(921)
    expect(run.error).toBeUndefined()
    const issue = learningsIssue()
    expect(pinWarnings(run.io)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The learnings issue #${issue.number} was not pinned: GitHub refused the token \\(FORBIDDEN: Resource not accessible by integration\\)\\. .*pin it by hand .*The next weekly run tries again`
        )
      )
    ])
    // The only other warning is the ledger's deliberately broken line (patterns-ledger.ts).
    expect(run.io.warnings().filter(w => !pinWarnings(run.io).includes(w))).toEqual([
      '1 line(s) of the ledger are not ledger records and were skipped.'
    ])
    expect(fake.pins.pinned()).toEqual([])
    // The outputs, the learnings PR and the comment all happened.
    expect(JSON.parse(run.io.outputs.patterns!)).toHaveLength(1)
    expect(run.io.outputs['learnings-pr-url']).toContain('/pull/')
    expect(fake.state.pulls).toHaveLength(1)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).not.toContain(PINNED_MARKER)

    // Once GitHub allows it (another token, the limit lifted), the next week pins it.
    fake.pins.refuse(null)
    const next = await week(922)
    expect(next.error).toBeUndefined()
    expect(pinWarnings(next.io)).toEqual([])
    expect(fake.pins.pinned()).toEqual([issue.number])
  })
})
