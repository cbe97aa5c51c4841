// bench/classify/second-opinion.ts, run as a maintainer with a key would run it, against the fake
// Anthropic Messages API (a scripted model, not Claude): it asks only about the verdicts the action
// would ask about, scores what the action's merge makes of the answers, holds its call cap, keeps
// the sealed split's verdicts to itself, and refuses to start without a key or a corpus.
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {REPO_ROOT} from '../harness/run-action.js'

const exec = promisify(execFile)
const KEY = 'sk-ant-bench-test'

// Labelled by hand for this test: one failure the rules settle, two they cannot read.
const CORPUS = [
  '>>> ts-one expected=compile_error source=test why=a tsc error',
  'src/a.ts(3,7): error TS2322: Type "string" is not assignable to type "number".',
  '>>> deploy-two expected=orchestration_error source=test why=a misconfigured deploy step',
  'Deploying preview to staging-7…',
  'the preview slot refused the release manifest',
  'step finished with status 3',
  '>>> mirror-three expected=transient source=test why=the mirror dropped the connection',
  'Syncing packages to the internal artifact mirror…',
  'the mirror hung up on us halfway through',
  'step finished with status 3',
  ''
].join('\n')

/** The scripted model's answers: right about the deploy step, wrong about the mirror. */
function answer(request: unknown) {
  const seen = JSON.stringify(request)
  const category = seen.includes('staging-7') ? 'orchestration_error' : 'dependency_missing'
  return textTurn(`{"category": "${category}", "confidence": 0.8, "reason": "scripted"}`)
}

let dir = ''
let model: FakeAnthropic | undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-second-opinion-'))
})
afterEach(async () => {
  await model?.close()
  model = undefined
  await rm(dir, {recursive: true, force: true})
})

async function corpusIn(sub: string): Promise<string> {
  const at = join(dir, sub)
  await mkdir(at, {recursive: true})
  await writeFile(join(at, 'mixed.corpus'), CORPUS)
  return at
}

async function bench(
  args: string[],
  env: Record<string, string> = {ANTHROPIC_API_KEY: KEY}
): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await exec(
      process.execPath,
      ['--import', 'tsx', 'bench/classify/second-opinion.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env}
      }
    )
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code?: number; stdout?: string; stderr?: string}
    return {code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? ''}
  }
}

const withModel = (corpus: string, out: string, ...more: string[]) => [
  '--corpus',
  corpus,
  '--base-url',
  model!.url,
  '--out',
  out,
  '--concurrency',
  '1',
  ...more
]

describe('the second-opinion bench (scripted model)', () => {
  it('asks only about the unsure verdicts, scores the merged answers, and counts the tokens', async () => {
    model = await startFakeAnthropic({apiKey: KEY, models: 'any', script: answer})
    const out = join(dir, 'result.json')
    const run = await bench(withModel(await corpusIn('dev'), out))
    expect(run.code, run.stderr).toBe(0)
    // The tsc error is settled by the rules: two calls, not three.
    expect(model.calls).toBe(2)
    expect(run.stdout).toMatch(/Asked 2 of 3 \(0 calls failed/)
    const result = JSON.parse(await readFile(out, 'utf8'))
    expect(result.summary).toMatchObject({asked: 2, complete: true, failedCalls: 0})
    expect(result.summary.inputTokens).toBeGreaterThan(0)
    expect(result.summary.costUsd).toBeGreaterThan(0)
    expect(result.after.correct).toBe(2)
    expect(result.after.misses).toEqual([
      expect.objectContaining({id: 'mirror-three', got: 'dependency_missing'})
    ])
    // The excerpt reached the model fenced as data, as in the action.
    expect(JSON.stringify(model.requests)).toMatch(/untrusted/i)
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('stops asking at --max-calls and says the run is incomplete', async () => {
    model = await startFakeAnthropic({apiKey: KEY, models: 'any', script: answer})
    const out = join(dir, 'result.json')
    const run = await bench(withModel(await corpusIn('dev'), out, '--max-calls', '1'))
    expect(run.code, run.stderr).toBe(0)
    expect(model.calls).toBe(1)
    expect(run.stdout).toMatch(/INCOMPLETE: 1 unsure excerpt\(s\) were not asked/)
    const result = JSON.parse(await readFile(out, 'utf8'))
    expect(result.summary).toMatchObject({asked: 1, unaskedForBudget: 1, complete: false})
  })

  it('sends nothing a --max-usd cap could not pay for, even the first call', async () => {
    model = await startFakeAnthropic({apiKey: KEY, models: 'any', script: answer})
    const out = join(dir, 'result.json')
    // A call's worst case here is about a thousand input tokens and 400 output: far above $0.0001.
    const run = await bench(withModel(await corpusIn('dev'), out, '--max-usd', '0.0001'))
    expect(run.code, run.stderr).toBe(0)
    expect(model.calls).toBe(0)
    expect(run.stdout).toMatch(/INCOMPLETE: 2 unsure excerpt\(s\) were not asked/)
    expect(JSON.parse(await readFile(out, 'utf8')).summary).toMatchObject({asked: 0, costUsd: 0})
  })

  it('prints and stores only totals for the sealed split', async () => {
    model = await startFakeAnthropic({apiKey: KEY, models: 'any', script: answer})
    const out = join(dir, 'result.json')
    const run = await bench(withModel(await corpusIn('corpus-real/sealed'), out))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/sealed: totals only/)
    for (const id of ['ts-one', 'deploy-two', 'mirror-three']) expect(run.stdout).not.toContain(id)
    const stored = await readFile(out, 'utf8')
    for (const id of ['ts-one', 'deploy-two', 'mirror-three']) expect(stored).not.toContain(id)
    expect(JSON.parse(stored).after.correct).toBe(2)
  })

  it('gives up after five failed calls in a row (a wrong key), and says why', async () => {
    model = await startFakeAnthropic({apiKey: KEY, models: 'any', script: answer})
    const at = join(dir, 'many')
    await mkdir(at, {recursive: true})
    const unsure = Array.from({length: 7}, (_, i) =>
      [
        `>>> deploy-${i} expected=orchestration_error source=test why=a misconfigured deploy step`,
        `Deploying preview to staging-${i}…`,
        'the preview slot refused the release manifest',
        'step finished with status 3'
      ].join('\n')
    )
    await writeFile(join(at, 'deploys.corpus'), `${unsure.join('\n')}\n`)
    const out = join(dir, 'result.json')
    const run = await bench(withModel(at, out), {ANTHROPIC_API_KEY: 'sk-ant-wrong-key'})
    expect(run.code, run.stderr).toBe(0)
    expect(model.calls).toBe(5)
    expect(run.stdout).toMatch(/5 call\(s\): unavailable \(.*(401|authentication|key)/i)
    expect(run.stdout).toMatch(/INCOMPLETE: the last 5 calls failed in a row/)
    expect(JSON.parse(await readFile(out, 'utf8')).summary).toMatchObject({
      asked: 5,
      failedCalls: 5,
      complete: false
    })
    expect(run.stdout + run.stderr).not.toContain('sk-ant-wrong-key')
  })

  it('refuses to start without a key or without a corpus, saying which', async () => {
    const noKey = await bench(['--corpus', await corpusIn('dev')], {})
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/ANTHROPIC_API_KEY is not set/)
    const noCorpus = await bench([])
    expect(noCorpus.code).toBe(2)
    expect(noCorpus.stderr).toMatch(/--corpus is required/)
  })
})
