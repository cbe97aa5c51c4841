// Issue #10 item 5 through self-heal: a fix that passes the reproduction
// test only because a test run wrote a gitignored setup file (which the
// repository's test runner loads, and which no snapshot, diff or commit sees)
// is not kept: the reproduction test runs again on a clean checkout of the
// test and the fix, where that file does not exist, and fails.
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {healGroup} from '../../src/actions/self-heal/heal-loop.js'
import {BudgetTracker} from '../../src/core/fixing/index.js'
import {
  toErrorIssue,
  triage,
  type HealCase,
  type SentryEventPayload
} from '../../src/core/self-heal/index.js'
import {createModelClient} from '../../src/edges/model/anthropic-client.js'
import {createCommandRunner, createGitWorkspace} from '../../src/edges/workspace/index.js'
import {createDecisionLog} from '../../src/engine/decision-log.js'
import {detectChecks} from '../../src/engine/workspace-checks.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type MessagesRequest,
  type Turn
} from '../fakes/anthropic/index.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
}

/** A tiny test runner: loads the ignored setup file when it exists, then every test/*.test.mjs. */
const RUNNER = [
  "import {existsSync, readdirSync} from 'node:fs'",
  "const setup = existsSync('check.local.mjs') ? await import('./check.local.mjs') : {}",
  'if (setup.skip) process.exit(0)',
  "for (const f of readdirSync('test').filter(f => f.endsWith('.test.mjs'))) {",
  '  try { await import(`./test/${f}`) } catch (e) { console.error(`${e.name}: ${e.message}`); process.exit(1) }',
  '}',
  ''
].join('\n')

async function repository(): Promise<string> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-ignored-heal-')))
  cleanups.push(() => rm(base, {recursive: true, force: true}))
  const root = join(base, 'repo')
  await mkdir(join(root, 'src'), {recursive: true})
  await mkdir(join(root, 'test'), {recursive: true})
  await writeFile(join(root, '.gitignore'), '*.local.mjs\n')
  await writeFile(join(root, 'package.json'), '{"name":"heal-demo","private":true}\n')
  await writeFile(join(root, 'check.mjs'), RUNNER)
  await writeFile(
    join(root, 'src/cart.mjs'),
    'export function total(items) {\n  return items.reduce((sum, i) => sum + i.price.amount, 0)\n}\n'
  )
  await writeFile(
    join(root, 'test/cart.test.mjs'),
    "import {total} from '../src/cart.mjs'\nif (total([{price: {amount: 2}}]) !== 2) throw new Error('total')\n"
  )
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '.')
  git(root, 'commit', '-q', '-m', 'start')
  return root
}

const MESSAGE = "Cannot read properties of undefined (reading 'amount')"

function healCase(): HealCase {
  const event: SentryEventPayload = {
    eventID: 'e1',
    entries: [
      {
        type: 'exception',
        data: {
          values: [
            {
              type: 'TypeError',
              value: MESSAGE,
              stacktrace: {
                frames: [{filename: 'src/cart.mjs', function: 'total', lineNo: 2, inApp: true}]
              }
            }
          ]
        }
      }
    ]
  }
  const issue = toErrorIssue({
    id: '7',
    shortId: 'SHOP-7',
    title: `TypeError: ${MESSAGE}`,
    permalink: null,
    level: 'error',
    isUnhandled: true,
    count: '9',
    userCount: 3
  })
  const result = triage([{issue, event}], {
    rateGuardPerHour: 100,
    minEvents: 1,
    now: Date.now(),
    repoFiles: ['src/cart.mjs', 'check.mjs', 'test/cart.test.mjs']
  })
  return {group: result.groups[0]!, members: result.issues, event}
}

/** Reproduce honestly; then "fix" by making src/cart.mjs write the ignored setup file that skips every test. */
function script(request: MessagesRequest, calls: Map<string, number>): Turn {
  const text = JSON.stringify(request.messages[0])
  const stage = text.includes('Reproduce this production error') ? 'reproduce' : 'fix'
  const n = calls.get(stage) ?? 0
  calls.set(stage, n + 1)
  const reproduce: Turn[] = [
    toolTurn('write_file', {
      path: 'test/cart-missing-price.test.mjs',
      content:
        "import {total} from '../src/cart.mjs'\nif (total([{}]) !== 0) throw new Error('a missing price counts as 0')\n"
    }),
    textTurn('An item without a price throws.')
  ]
  const poisoned = [
    "import {writeFileSync} from 'node:fs'",
    "writeFileSync('check.local.mjs', 'export const skip = true\\n')",
    'export function total(items) {',
    '  return items.reduce((sum, i) => sum + i.price.amount, 0)',
    '}',
    ''
  ].join('\n')
  const fix: Turn[] = [
    toolTurn('write_file', {path: 'src/cart.mjs', content: poisoned}),
    toolTurn('run_affected_test', {}),
    toolTurn('run_affected_test', {}),
    textTurn('Fixed: the reproduction test passes.')
  ]
  const turns = stage === 'reproduce' ? reproduce : fix
  return turns[n % turns.length]!
}

describe('self-heal keeps no fix that passes only through files git ignores', () => {
  it('the reproduction test fails on the clean checkout of the fix, and nothing is committed', async () => {
    const root = await repository()
    const calls = new Map<string, number>()
    const fake = await startFakeAnthropic({script: request => script(request, calls)})
    cleanups.push(() => fake.close())
    const settings = readSelfHealSettings(
      inputsFromRecord({
        'sentry-token': 's',
        'sentry-org': 'o',
        'sentry-project': 'p',
        'test-command': 'node check.mjs',
        'lint-command': 'none',
        'typecheck-command': 'none',
        'anthropic-api-key': 'test-key',
        'anthropic-base-url': fake.url,
        'max-attempts-per-failure': '1',
        'dry-run': 'true'
      }),
      () => undefined
    )
    const reportDir = await mkdtemp(join(tmpdir(), 'ci-medic-ignored-heal-reports-'))
    cleanups.push(() => rm(reportDir, {recursive: true, force: true}))
    const head = git(root, 'rev-parse', 'HEAD').trim()
    const result = await healGroup(
      {
        settings,
        project: await detectChecks(root, settings, reportDir),
        runner: createCommandRunner({parentEnv: {PATH: process.env.PATH}}),
        git: createGitWorkspace(root),
        budget: new BudgetTracker(
          {
            maxInputTokens: 1_000_000,
            maxCostUsd: 10,
            maxInputTokensPerFailure: 1_000_000,
            maxCostUsdPerFailure: 10,
            timeBudgetMs: 600_000,
            reserveMs: 1000
          },
          {now: () => Date.now()}
        ),
        log: createDecisionLog(join(reportDir, 'decisions.jsonl')),
        model: createModelClient({apiKey: 'test-key', baseUrl: fake.url, maxRetries: 0}),
        secrets: [],
        repoFiles: ['check.mjs', 'src/cart.mjs', 'test/cart.test.mjs'],
        baseline: [],
        baseSha: head
      },
      healCase()
    )
    // The test run did write the ignored file, and in the workspace it skips the tests.
    expect(await readFile(join(root, 'check.local.mjs'), 'utf8')).toContain('skip')
    expect(result).toMatchObject({
      verdict: 'not-fixed',
      // check.mjs runs the whole suite (it cannot run one file), so the fix is judged by the
      // full checks on a clean checkout: there the production error is still there.
      reason: expect.stringMatching(
        /reproduced by test\/cart-missing-price\.test\.mjs.*(still fails|full checks still show the production error)/
      )
    })
    expect(git(root, 'rev-parse', 'HEAD').trim()).toBe(head)
    expect(git(root, 'status', '--porcelain')).toBe('')
  })
})
