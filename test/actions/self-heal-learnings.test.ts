// Issue #12 item 4 for self-heal, in-process: a pattern doc in the checkout
// naming an error group's fingerprint (`sentry:<group>`) reaches the model's
// prompt for that group (another doc does not), and the group's outcome
// record in the ledger names the doc that was shown. On the
// ts-express-node-test fixture (whose real files the Sentry frames name; its
// tests on node:test, since the runner is not the subject), the fake GitHub,
// the fake Sentry and a scripted model (a stand-in for Claude, only in tests)
// that cannot reproduce the crash.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupSelfHealRuns, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {EXPRESS_NODE_TEST_COMMAND, USERS_ERROR, usersFrames} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo | undefined
let github: FakeGitHub | undefined
let sentry: FakeSentry | undefined
let model: FakeAnthropic | undefined
let dir: string | undefined

afterEach(async () => {
  await cleanupSelfHealRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
  if (dir) await rm(dir, {recursive: true, force: true})
  repo = github = sentry = model = dir = undefined
})

function patternDoc(key: string, fingerprint: string, files: string, lesson: string): string {
  return [
    '---',
    'ci-medic: pattern/v1',
    `key: ${key}`,
    'category: production_error',
    `fingerprints: [${fingerprint}]`,
    `files: [${files}]`,
    'count: 3',
    'first-seen: 2026-11-20T00:00:00Z',
    'last-seen: 2026-12-01T00:00:00Z',
    '---',
    `# ${key}`,
    '',
    '## Problem',
    lesson,
    ''
  ].join('\n')
}

const LESSON = 'Customers imported from the old shop have a null name: fall back to the email.'
const OTHER_LESSON = 'The invoice PDF renderer times out on very long addresses.'

it("puts the group's pattern doc into the prompt and names it in the outcome record", async () => {
  repo = await createFixtureRepo('ts-express-node-test')
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  const users = sentry.addIssue({
    eventsPerHour: 2,
    events: [buildEvent({...USERS_ERROR, frames: usersFrames()})]
  })
  model = await startFakeAnthropic({
    models: 'any',
    script: () => textTurn('I could not find the input that crashes it.')
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-heal-learnings-'))
  const path = join(dir, 'ledger.jsonl')
  const selfHeal = (inputs: Record<string, string>) =>
    runSelfHealInProcess({
      workspace: repo!.dir,
      apiUrl: github!.url,
      repository: 'octo-org/orders-api',
      inputs: {
        'sentry-url': sentry!.url,
        'sentry-token': 'sentry-token',
        'sentry-org': 'acme',
        'github-token': 'ghs_learnings',
        'anthropic-api-key': 'test-key',
        'anthropic-base-url': model!.url,
        'max-attempts-per-failure': '1',
        'lint-command': 'none',
        'typecheck-command': 'none',
        ...EXPRESS_NODE_TEST_COMMAND,
        ledger: 'file',
        'ledger-path': path,
        ...inputs
      }
    })

  const triaged = await selfHeal({mode: 'triage'})
  expect(triaged.error).toBeUndefined()
  const group = (JSON.parse(triaged.io.outputs.triage!) as {id: string; group: string}[]).find(
    t => t.id === users.id
  )!.group

  // The weekly learnings PR merged two docs: one about this group, one about something else.
  await mkdir(join(repo.dir, 'docs/patterns'), {recursive: true})
  await writeFile(
    join(repo.dir, 'docs/patterns/null-customer-name.md'),
    patternDoc('null-customer-name', `sentry:${group}`, 'src/users.ts', LESSON)
  )
  await writeFile(
    join(repo.dir, 'docs/patterns/invoice-timeout.md'),
    patternDoc('invoice-timeout', 'sentry:999999', 'src/invoice.ts', OTHER_LESSON)
  )
  await repo.git(['add', 'docs/patterns'])
  await repo.git(['commit', '-qm', 'docs: learnings'])

  const run = await selfHeal({})
  expect(run.error).toBeUndefined()
  const prompts = model.requests.map(r => JSON.stringify(r))
  expect(prompts.length).toBeGreaterThan(0)
  expect(prompts.every(p => p.includes(LESSON))).toBe(true)
  expect(prompts.some(p => p.includes(OTHER_LESSON))).toBe(false)

  const outcome = parseLedgerText(await readFile(path, 'utf8')).outcomes.find(
    o => o.fingerprint === `sentry:${group}`
  )
  expect(outcome?.learnings).toEqual(['docs/patterns/null-customer-name.md'])
}, 120_000)
