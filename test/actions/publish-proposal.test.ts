// The propose/publish split (issue #10): autofix with publish: separate-job
// pushes nothing and writes a proposal (proposal.json, fixes.bundle); the
// publish command, in a later job of the same run, re-checks it and only
// then pushes and opens the PR. One real autofix run (in-process, fixture
// repository, fake GitHub, scripted model) makes the proposal; each test
// publishes a copy of it, tampered with or not, through the real
// runPublish on deps built as the runner builds them.
import {appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Proposal} from '../../src/core/proposal/proposal.js'
import {ConfigurationError} from '../../src/errors.js'
import {startFakeAnthropic, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  fixDiscount,
  inputsFor,
  perAttempt,
  rightlyFixed,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  TOKEN,
  type Checkout
} from '../harness/autofix-run.js'
import {cleanupPublishRuns, publishInProcess, type PublishRun} from '../harness/publish-run.js'

const BRANCH = 'ci-medic/autofix/split'
let world: Checkout
let model: FakeAnthropic
/** The proposal the fixing job wrote. */
let proposalDir: string
const temps: string[] = []

beforeAll(async () => {
  world = await checkout({fixture: 'ts-node-test'})
  model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
  const run = await runAutofixInProcess({
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    inputs: inputsFor(model, {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      fingerprint: 'split',
      publish: 'separate-job'
    })
  })
  expect(run.error, said(run)).toBeUndefined()
  expect(run.io.outputs.outcome).toBe('fixed')
  proposalDir = run.io.outputs['proposal-path']!
  expect(proposalDir).toBe(join(run.tempDir, 'ci-medic', 'proposal'))
  // The fixing job pushed nothing and opened nothing.
  expect(world.github.git.branches()).toEqual(['main'])
  expect(world.github.state.pulls).toHaveLength(0)
}, 240_000)

afterAll(async () => {
  await Promise.all(temps.map(dir => rm(dir, {recursive: true, force: true})))
  await cleanupAutofixRuns()
  await cleanupPublishRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
})

/** A copy of the proposal, changed by `edit`. */
async function copy(edit: (p: Proposal) => void = () => undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-proposal-'))
  temps.push(dir)
  await cp(proposalDir, dir, {recursive: true})
  const file = join(dir, 'proposal.json')
  const proposal = JSON.parse(await readFile(file, 'utf8')) as Proposal
  edit(proposal)
  await writeFile(file, JSON.stringify(proposal))
  return dir
}

/** The publish job: another job of run 7000 (unless told otherwise) of the same repository. */
function publish(
  dir: string,
  job: {repository?: string; runId?: number; inputs?: Record<string, string>} = {}
): Promise<PublishRun> {
  return publishInProcess(world.github, dir, job)
}

function refusal(run: PublishRun): string {
  expect(run.error).toBeInstanceOf(ConfigurationError)
  expect(world.github.git.branches()).toEqual(['main'])
  expect(world.github.state.pulls).toHaveLength(0)
  return (run.error as Error).message
}

describe('publish refuses a proposal', () => {
  it('for another repository', async () => {
    const run = await publish(await copy(), {repository: 'octo-org/other-repo'})
    expect(refusal(run)).toMatch(
      /^The proposal was refused: the proposal is for octo-org\/order-pricing, but this workflow runs in octo-org\/other-repo\. Nothing was pushed\.$/
    )
  })

  it('from another workflow run', async () => {
    const run = await publish(await copy(), {runId: 7001})
    expect(refusal(run)).toMatch(
      /the proposal comes from run 7000, not from this workflow run \(7001\)/
    )
  })

  it('whose bundle is not based on the recorded base commit', async () => {
    const dir = await copy(p => {
      p.base.sha = world.github.git.resolve('main')!.replace(/^./, c => (c === 'a' ? 'b' : 'a'))
    })
    expect(refusal(await publish(dir))).toMatch(
      /the bundle is not based on the recorded base commit/
    )
  })

  it('with a commit that touches .github/workflows, even when the proposal lists the file', async () => {
    const {repo} = world
    const proposal = JSON.parse(
      await readFile(join(proposalDir, 'proposal.json'), 'utf8')
    ) as Proposal
    // A commit on top of the verified fix, as a tampered fixing job could add.
    await repo.git(['switch', '-q', '-c', BRANCH, proposal.branches[0]!.head])
    await mkdir(join(repo.dir, '.github', 'workflows'), {recursive: true})
    await writeFile(join(repo.dir, '.github', 'workflows', 'evil.yml'), 'on: push\n')
    await repo.git(['add', '-f', '.github/workflows/evil.yml'])
    await repo.git(['commit', '-q', '-m', 'sneak a workflow in'])
    const head = await repo.git(['rev-parse', 'HEAD'])
    const dir = await copy(p => {
      p.branches[0]!.head = head
      p.branches[0]!.files.push('.github/workflows/evil.yml')
    })
    await rm(join(dir, 'fixes.bundle'))
    await repo.git([
      'bundle',
      'create',
      '-q',
      join(dir, 'fixes.bundle'),
      `refs/heads/${BRANCH}`,
      `^${proposal.base.sha}`
    ])
    await repo.git(['switch', '-q', '--detach', proposal.branches[0]!.head])
    expect(refusal(await publish(dir))).toMatch(
      /fails the diff guards \(\.github\/workflows\/evil\.yml: .*protected-path/
    )
  })

  it('whose bundle is larger than the cap', async () => {
    const dir = await copy()
    await appendFile(join(dir, 'fixes.bundle'), Buffer.alloc(21 * 1024 * 1024))
    expect(refusal(await publish(dir))).toMatch(/the bundle is \d+ bytes, more than the 20971520/)
  })

  it('that is not a proposal at all', async () => {
    const dir = await copy(p => {
      ;(p as {action: string}).action = 'something-else'
    })
    expect(refusal(await publish(dir))).toMatch(
      /proposal\.json is not a ci-medic proposal \(action:/
    )
  })
})

describe('publish of the proposal as written', () => {
  it('pushes the verified commit to the fix branch and opens the PR with the fixing job’s report', async () => {
    const {github} = world
    const proposal = JSON.parse(
      await readFile(join(proposalDir, 'proposal.json'), 'utf8')
    ) as Proposal
    const run = await publish(await copy())
    expect(run.error).toBeUndefined()
    expect(github.git.branchSha(BRANCH)).toBe(proposal.branches[0]!.head)
    expect(github.git.readFile(BRANCH, 'src/discounts.ts')).toBe(rightlyFixed(github))
    expect(
      github.gitRequests.some(r => r.service === 'git-receive-pack' && r.password === TOKEN)
    ).toBe(true)
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]!
    const body = github.state.issue(pr.number)!.body ?? ''
    expect(body).toContain(proposal.branches[0]!.body.trim().slice(0, 200))
    expect(body).toContain(`<!-- ci-medic:pushed ${proposal.branches[0]!.head} -->`)
    expect(run.io.outputs).toMatchObject({branch: BRANCH, 'pr-number': String(pr.number)})
    expect(run.io.summary).toContain(`pushed ${BRANCH}`)
  })

  it('asks the reviewers given to the publish job, which opens the PR (a rerun asks no one twice)', async () => {
    const {github} = world
    github.state.addCollaborator('alice')
    const run = await publish(await copy(), {inputs: {reviewers: 'alice'}})
    expect(run.error).toBeUndefined()
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pull(github.state.pulls[0]!.number)!
    expect(pr.requested_reviewers).toEqual(['alice'])
    const again = await publish(await copy(), {inputs: {reviewers: 'alice'}})
    expect(again.error).toBeUndefined()
    expect(github.requestsTo('POST', /\/pulls\/\d+\/requested_reviewers$/)).toHaveLength(1)
  })
})
