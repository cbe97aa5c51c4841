// The fix engine's attempt loop, in-process, with its real parts: a real git
// workspace (snapshots and exact restores), the sanitized command runner
// running a real check, the budget tracker, the decision log, and the real
// Anthropic SDK talking to the loopback Messages API, where a scripted model
// (not Claude) edits files through the confined tools.
import {execFileSync} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {BudgetTracker} from '../../src/core/fixing/index.js'
import {createModelClient} from '../../src/edges/model/anthropic-client.js'
import {
  createCommandRunner,
  createGitWorkspace,
  toolDefinitions
} from '../../src/edges/workspace/index.js'
import {attemptLoop, type AttemptSpec, type Engine} from '../../src/engine/attempt-loop.js'
import {createDecisionLog, parseDecisionLog} from '../../src/engine/decision-log.js'
import {mustPass} from '../../src/engine/verify-steps.js'
import {DEFAULT_MODELS} from '../../src/models/catalog.js'
import {
  errorTurn,
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type MessagesRequest,
  type Turn
} from '../fakes/anthropic/index.js'
import {firstUserText} from '../harness/scripted-sessions.js'

const MODEL = DEFAULT_MODELS.fix
const ESCALATION = DEFAULT_MODELS.escalation
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

/** A repository whose one check passes when value.txt says 2. */
async function repository(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ci-medic-engine-'))
  cleanups.push(() => rm(root, {recursive: true, force: true}))
  await writeFile(join(root, 'value.txt'), '1\n')
  await writeFile(
    join(root, 'check.mjs'),
    "import {readFileSync} from 'node:fs'\nconst v = readFileSync('value.txt', 'utf8').trim()\nif (v !== '2') { console.error(`value is ${v}, expected 2`); process.exit(1) }\n"
  )
  const git = (...args: string[]): void => {
    execFileSync('git', args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com'
      }
    })
  }
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'start')
  return root
}

async function engineFor(
  root: string,
  script: (request: MessagesRequest, call: number) => Turn,
  options: {maxAttempts?: number; timeBudgetMs?: number} = {}
): Promise<{engine: Engine; fake: FakeAnthropic; logPath: string}> {
  let call = 0
  const fake = await startFakeAnthropic({script: request => script(request, call++)})
  cleanups.push(() => fake.close())
  const logPath = join(root, '..', `${root.split('/').pop()}-decisions.jsonl`)
  cleanups.push(() => rm(logPath, {force: true}))
  const engine: Engine = {
    settings: {
      model: MODEL,
      escalationModel: ESCALATION,
      maxAttemptsPerFailure: options.maxAttempts ?? 2,
      maxFilesChanged: 1,
      protectedPaths: [],
      commandTimeoutMinutes: 1,
      anthropicBaseUrl: fake.url
    },
    git: createGitWorkspace(root),
    runner: createCommandRunner({parentEnv: {PATH: process.env.PATH}}),
    budget: new BudgetTracker(
      {
        maxInputTokens: 1_000_000,
        maxCostUsd: 10,
        maxInputTokensPerFailure: 1_000_000,
        maxCostUsdPerFailure: 10,
        timeBudgetMs: options.timeBudgetMs ?? 600_000,
        reserveMs: options.timeBudgetMs === 0 ? 0 : 1000
      },
      {now: () => Date.now()}
    ),
    log: createDecisionLog(logPath),
    model: createModelClient({apiKey: 'test-key', baseUrl: fake.url, maxRetries: 0}),
    secrets: [],
    project: {checkScripts: []}
  }
  return {engine, fake, logPath}
}

function spec(root: string, engine: Engine): AttemptSpec<string> {
  return {
    key: 'value-check',
    stage: 'fix',
    files: ['value.txt', '../outside.txt'],
    buildPrompt: ({files, previous}) => ({
      system: [{type: 'text', text: 'Make the check pass.'}],
      tools: toolDefinitions() as never,
      messages: [
        {
          role: 'user',
          content: `Fix value.txt.\nFILES: ${files.map(f => f.path).join(', ')}\n${previous.map(p => `PREVIOUS: ${p.summary} → ${p.outcome}`).join('\n')}`
        }
      ],
      cacheBreakpoints: 0
    }),
    testCommand: () => 'node check.mjs',
    verify: async () => {
      const rejected = await mustPass(
        engine,
        {key: 'value-check', stage: 'verify'},
        {
          command: 'node check.mjs',
          what: 'the value check'
        }
      )
      if (rejected) return rejected
      return {
        ok: true,
        why: 'the check passes',
        value: await readFile(join(root, 'value.txt'), 'utf8')
      }
    }
  }
}

const write = (content: string, path = 'value.txt'): Turn => toolTurn('write_file', {path, content})

describe('attemptLoop', () => {
  it('reverts a change its verify rejects, tells the model why, and keeps the next one that holds', async () => {
    const root = await repository()
    const {engine, fake, logPath} = await engineFor(root, (_request, call) => {
      if (call === 0) return write('3\n')
      if (call === 1) return textTurn('Set it to 3.')
      if (call === 2) return write('2\n')
      return textTurn('Set it to 2: the check wants 2.')
    })
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({
      kind: 'verified',
      attempt: 2,
      escalated: true,
      model: ESCALATION,
      files: ['value.txt'],
      value: '2\n'
    })
    expect(await readFile(join(root, 'value.txt'), 'utf8')).toBe('2\n')
    // The second attempt's prompt carries the first one's failure, with the check's own words.
    const second = fake.requests[2] as MessagesRequest
    expect(firstUserText(second)).toMatch(
      /PREVIOUS: changed value\.txt → The value check still fails:[\s\S]*value is 3, expected 2/
    )
    // Prompt files are read inside the workspace only.
    expect(firstUserText(second)).toContain('FILES: value.txt\n')
    expect(second.model).toBe(ESCALATION)
    // The default escalation model thinks adaptively (a fixed budget is refused by it).
    expect(second.thinking).toEqual({type: 'adaptive'})
    const log = parseDecisionLog(await readFile(logPath, 'utf8'))
    expect(log.map(e => e.kind)).toEqual([
      'attempt',
      'check',
      'reverted',
      'escalate',
      'attempt',
      'check',
      'verified'
    ])
    expect(log.every(e => e.kind === 'escalate' || e.key === 'value-check')).toBe(true)
  })

  it('rejects a change the guards refuse (too many files), explains it once, and restores the workspace', async () => {
    const root = await repository()
    const {engine, fake, logPath} = await engineFor(
      root,
      (request, call) => {
        const turn = request.messages.filter(m => m.role === 'assistant').length
        if (turn === 0) return write('2\n')
        if (turn === 1) return write(`note ${call}\n`, 'notes.txt')
        return textTurn('Changed two files.')
      },
      {maxAttempts: 3}
    )
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({kind: 'exhausted', attempts: 3})
    if (outcome.kind === 'exhausted')
      expect(outcome.reason).toMatch(
        /^rejected by ci-medic's guards: [\s\S]*more than max-files-changed \(1\)/
      )
    // Nothing of the rejected attempts is left: not the edit, not the new file.
    expect(await engine.git.status()).toEqual([])
    expect(await readFile(join(root, 'value.txt'), 'utf8')).toBe('1\n')
    // The model heard about the guard once, not once per attempt.
    const last = firstUserText(fake.requests.at(-1) as MessagesRequest)
    expect(last.match(/Rejected by ci-medic's guards/g)).toHaveLength(1)
    const log = parseDecisionLog(await readFile(logPath, 'utf8'))
    expect(log.filter(e => e.kind === 'guard-rejected')).toHaveLength(3)
    expect(log.some(e => e.kind === 'verified')).toBe(false)
  })

  it('rejects an edit to the script the check runs, as the project names it', async () => {
    const root = await repository()
    const {engine} = await engineFor(
      root,
      (_r, call) => (call === 0 ? write('process.exit(0)\n', 'check.mjs') : textTurn('Done.')),
      {maxAttempts: 1}
    )
    engine.project = {checkScripts: ['check.mjs']}
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({kind: 'exhausted', attempts: 1})
    if (outcome.kind === 'exhausted')
      expect(outcome.reason).toMatch(
        /check\.mjs: changes how a check runs \(the check commands run this file\)/
      )
    expect(await engine.git.status()).toEqual([])
  })

  it('ends exhausted when the model changes nothing, with its words as the reason', async () => {
    const root = await repository()
    const {engine} = await engineFor(root, () => textTurn('I cannot fix this here.'))
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({
      kind: 'exhausted',
      attempts: 2,
      reason: 'the model changed nothing'
    })
    if (outcome.kind === 'exhausted')
      expect(outcome.previous.at(-1)?.outcome).toContain('I cannot fix this here.')
  })

  it('stops as not-evaluated when the model API keeps failing, and leaves nothing behind', async () => {
    const root = await repository()
    const {engine} = await engineFor(root, () => errorTurn('overloaded_error'))
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({kind: 'stopped', verdict: 'not-evaluated', attempt: 1})
    expect(await engine.git.status()).toEqual([])
  })

  it('stops the whole run before an attempt when the time budget is spent, without calling the model', async () => {
    const root = await repository()
    const {engine, fake} = await engineFor(root, () => write('2\n'), {timeBudgetMs: 0})
    const outcome = await attemptLoop(engine, spec(root, engine))
    expect(outcome).toMatchObject({kind: 'stopped', verdict: 'budget-exceeded', attempt: 0})
    if (outcome.kind === 'stopped') expect(outcome.runBudgetStop).toMatch(/time budget/)
    expect(fake.calls).toBe(0)
  })

  it('restores the workspace and rethrows when verification itself fails unexpectedly', async () => {
    const root = await repository()
    const {engine} = await engineFor(root, (_r, call) =>
      call === 0 ? write('2\n') : textTurn('ok')
    )
    const broken: AttemptSpec<string> = {
      ...spec(root, engine),
      verify: async () => {
        throw new Error('disk full')
      }
    }
    await expect(attemptLoop(engine, broken)).rejects.toThrow('disk full')
    expect(await readFile(join(root, 'value.txt'), 'utf8')).toBe('1\n')
  })
})
