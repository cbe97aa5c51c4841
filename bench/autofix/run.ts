// The autofix benchmark: the bundled action (dist/autofix/index.mjs) on the
// fixture projects, against the fake GitHub (with its bare git remote), with
// real test runners. It measures
//   - test executions per verified fix (every vitest/pytest process the run
//     started: baseline, the model's run_affected_test calls, verification),
//   - wall time spent outside the model (the run's wall time minus the time
//     the model API took to answer, measured at a timing proxy in front of it),
//   - tokens served from the prompt cache vs. sent fresh (the run's report),
// prints them and writes them to bench/results/autofix.json.
//
// Usage (build first if src changed: npm run build):
//   node --import tsx bench/autofix/run.ts
//       the SCRIPTED model (the fake Anthropic API; no key, no network). Its
//       fixes are written in this file, so the fix rate says nothing about a
//       model: it measures the loop's own overhead.
//   ANTHROPIC_API_KEY=sk-ant-... node --import tsx bench/autofix/run.ts
//       the real Anthropic API: the same runs, with a real model's fix rate.
//   ANTHROPIC_BASE_URL=https://gateway.example.com [ANTHROPIC_API_KEY=...] node --import tsx bench/autofix/run.ts
//       a compatible endpoint (a gateway or proxy speaking the Messages API).
//   BENCH_MODEL, BENCH_ESCALATION_MODEL: model ids for a real endpoint
//       (default: the action's own defaults).
//   BENCH_FIXTURES=ts-vitest,python-pytest: which fixture projects to run.
// Nothing is pushed anywhere real: GitHub is always the fake.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {chmod, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type MessagesRequest,
  type RequestBlock,
  type Turn
} from '../../test/fakes/anthropic/index.js'
import {startFakeGitHub} from '../../test/fakes/github/index.js'
import {createFixtureRepo, type FixtureName} from '../../test/harness/fixture-repo.js'
import {cleanupRun, REPO_ROOT, runAction} from '../../test/harness/run-action.js'

// ---------------------------------------------------------------------------
// The scripted model: one right fix per planted failure (test/fixtures/*/FIXTURE.md),
// chosen from the failure the session's first message describes.

interface Edit {
  /** Matched against the session's first user message (the failure, its files, the map). */
  when: RegExp
  path: string
  old: string
  new: string
}

const EDITS: Edit[] = [
  {
    when: /'itemCount' is assigned/,
    path: 'src/cart.ts',
    old: '  const itemCount = items.length\n',
    new: ''
  },
  {
    when: /TS2322/,
    path: 'src/tax.ts',
    old: '  const rate: number = TAX_RATES[region]\n  return rate',
    new: '  return TAX_RATES[region] ?? 0'
  },
  {
    when: /applies each tier from its minimum quantity/,
    path: 'src/discounts.ts',
    old: 'quantity > tier.minQuantity',
    new: 'quantity >= tier.minQuantity'
  },
  {
    when: /split_evenly_keeps_every_cent/,
    path: 'src/splitbill/split.py',
    old: '    return [share] * people',
    new: '    return [share + 1 if i < remainder else share for i in range(people)]'
  }
]

function textOf(content: string | RequestBlock[]): string {
  return typeof content === 'string'
    ? content
    : content.map(b => (typeof b.text === 'string' ? b.text : '')).join('\n')
}

function scriptedTurn(request: MessagesRequest): Turn {
  const first = request.messages[0]
  const edit = first ? EDITS.find(e => e.when.test(textOf(first.content))) : undefined
  if (!edit) return textTurn('I cannot tell what fixes this failure.')
  const turns: Turn[] = [
    toolTurn('read_file', {path: edit.path}),
    toolTurn('replace_in_file', {path: edit.path, old_string: edit.old, new_string: edit.new}),
    toolTurn('run_affected_test', {}),
    textTurn(`Fixed ${edit.path}.`)
  ]
  const turn = request.messages.filter(m => m.role === 'assistant').length
  return turns[Math.min(turn, turns.length - 1)] as Turn
}

// ---------------------------------------------------------------------------
// A timing proxy in front of the model API: the time inside model calls.

interface ModelCall {
  ms: number
  status: number
}

interface TimingProxy {
  url: string
  calls: ModelCall[]
  close(): Promise<void>
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'accept-encoding',
  'keep-alive'
])

async function startTimingProxy(upstream: string): Promise<TimingProxy> {
  const base = upstream.replace(/\/+$/, '')
  const calls: ModelCall[] = []
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue
      headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
    const started = performance.now()
    try {
      const response = await fetch(`${base}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: body.length > 0 ? body : undefined
      })
      const answer = Buffer.from(await response.arrayBuffer())
      calls.push({ms: performance.now() - started, status: response.status})
      const out: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') out[name] = value
      })
      res.writeHead(response.status, out)
      res.end(answer)
    } catch (error) {
      calls.push({ms: performance.now() - started, status: 0})
      res.writeHead(502, {'content-type': 'application/json'})
      res.end(
        JSON.stringify({
          type: 'error',
          error: {type: 'api_error', message: `bench proxy: ${String(error)}`}
        })
      )
    }
  }
  const server = createServer((req, res) => void handle(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

// ---------------------------------------------------------------------------
// Counting the commands the run starts: shims first on PATH that log each
// process (start, end, exit code, argv) and run the real program.

const SHIMMED = ['npx', 'npm', 'python', 'python3', 'pytest', 'uv']

interface Execution {
  startMs: number
  endMs: number
  code: number
  command: string
}

async function writeShims(dir: string, logFile: string, path: string): Promise<void> {
  await mkdir(dir, {recursive: true})
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`
  for (const name of SHIMMED) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], {
      env: {...process.env, PATH: path},
      encoding: 'utf8'
    }).stdout.trim()
    if (!found) continue
    const script = [
      '#!/bin/sh',
      'start=$(date +%s%3N)',
      `PATH=${quote(path)} ${quote(found)} "$@"`,
      'code=$?',
      `printf '%s\\t%s\\t%s\\t%s\\n' "$start" "$(date +%s%3N)" "$code" ${quote(name)}" $*" >> ${quote(logFile)}`,
      'exit $code',
      ''
    ].join('\n')
    await writeFile(join(dir, name), script)
    await chmod(join(dir, name), 0o755)
  }
}

async function readExecutions(logFile: string): Promise<Execution[]> {
  const text = await readFile(logFile, 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const [start, end, code, ...command] = line.split('\t')
      return {
        startMs: Number(start),
        endMs: Number(end),
        code: Number(code),
        command: command.join('\t')
      }
    })
}

const isTestRun = (e: Execution): boolean => /\b(vitest|pytest)\b/.test(e.command)

// ---------------------------------------------------------------------------

interface Decision {
  kind: string
  [key: string]: unknown
}

interface ScenarioResult {
  fixture: string
  outcome: string
  failures: number
  fixed: number
  fixRate: number
  verifiedCommits: number
  testExecutions: number
  otherExecutions: number
  testExecutionsPerVerifiedFix: number | null
  testExecutionMs: number
  wallMs: number
  modelCalls: number
  modelMs: number
  outsideModelMs: number
  tokens: {
    input: number
    fresh: number
    cacheRead: number
    cacheWrite: number
    output: number
    /** Share of all input tokens served from the cache. */
    cacheReadShare: number
  }
  costUsd: number
}

interface Mode {
  kind: 'scripted' | 'real'
  upstream?: string
  apiKey: string
  model?: string
  escalationModel?: string
}

function modeOf(env: NodeJS.ProcessEnv): Mode {
  const key = env.ANTHROPIC_API_KEY ?? ''
  const url = env.ANTHROPIC_BASE_URL ?? ''
  if (key === '' && url === '') return {kind: 'scripted', apiKey: 'test-key'}
  return {
    kind: 'real',
    upstream: url || 'https://api.anthropic.com',
    // A gateway may take no key; the action still needs one to enable the model tiers.
    apiKey: key || 'unused',
    model: env.BENCH_MODEL || undefined,
    escalationModel: env.BENCH_ESCALATION_MODEL || undefined
  }
}

async function runScenario(fixtureName: FixtureName, mode: Mode): Promise<ScenarioResult> {
  const work = await mkdtemp(join(tmpdir(), 'ci-medic-bench-autofix-'))
  const repo = await createFixtureRepo(fixtureName)
  const github = await startFakeGitHub({owner: 'bench', repo: fixtureName, seedFrom: repo.dir})
  let anthropic: FakeAnthropic | undefined
  let proxy: TimingProxy | undefined
  try {
    await repo.git(['remote', 'add', 'origin', github.gitUrl])
    if (mode.kind === 'scripted') {
      anthropic = await startFakeAnthropic({models: 'any', script: scriptedTurn})
    }
    proxy = await startTimingProxy(mode.upstream ?? (anthropic as FakeAnthropic).url)
    const execLog = join(work, 'executions.tsv')
    const shims = join(work, 'bin')
    const path = process.env.PATH ?? ''
    await writeShims(shims, execLog, path)

    const started = performance.now()
    const run = await runAction('autofix', {
      workspace: repo.dir,
      apiUrl: github.url,
      repository: `bench/${fixtureName}`,
      env: {PATH: `${shims}${delimiter}${path}`},
      timeoutMs: 25 * 60_000,
      inputs: {
        'github-token': 'ghs_benchtoken',
        'anthropic-api-key': mode.apiKey,
        'anthropic-base-url': proxy.url,
        'time-budget-minutes': '20',
        ...(mode.model ? {model: mode.model} : {}),
        ...(mode.escalationModel ? {'escalation-model': mode.escalationModel} : {})
      }
    })
    const wallMs = performance.now() - started
    try {
      if (run.code !== 0) {
        throw new Error(
          `autofix failed on ${fixtureName} (exit ${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`
        )
      }
      const decisions = (
        await readFile(join(run.runnerDir, 'temp', 'ci-medic', 'autofix-decisions.jsonl'), 'utf8')
      )
        .trim()
        .split('\n')
        .map(l => JSON.parse(l) as Decision)
      const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as {
        results: unknown[]
        totals: {
          inputTokens: number
          freshInputTokens: number
          cacheReadTokens: number
          cacheWriteTokens: number
          outputTokens: number
          costUsd: number
        }
      }
      const executions = await readExecutions(execLog)
      const tests = executions.filter(isTestRun)
      const fixed = Number(run.outputs['fixed-count'])
      const failures = report.results.length
      const modelMs = proxy.calls.reduce((sum, c) => sum + c.ms, 0)
      const t = report.totals
      return {
        fixture: fixtureName,
        outcome: run.outputs.outcome ?? '',
        failures,
        fixed,
        fixRate: round(failures ? fixed / failures : 0),
        verifiedCommits: decisions.filter(d => d.kind === 'committed').length,
        testExecutions: tests.length,
        otherExecutions: executions.length - tests.length,
        testExecutionsPerVerifiedFix: fixed ? round(tests.length / fixed, 2) : null,
        testExecutionMs: tests.reduce((sum, e) => sum + (e.endMs - e.startMs), 0),
        wallMs: Math.round(wallMs),
        modelCalls: proxy.calls.length,
        modelMs: Math.round(modelMs),
        outsideModelMs: Math.round(wallMs - modelMs),
        tokens: {
          input: t.inputTokens,
          fresh: t.freshInputTokens,
          cacheRead: t.cacheReadTokens,
          cacheWrite: t.cacheWriteTokens,
          output: t.outputTokens,
          cacheReadShare: round(t.inputTokens ? t.cacheReadTokens / t.inputTokens : 0)
        },
        costUsd: round(t.costUsd, 6)
      }
    } finally {
      await cleanupRun(run)
    }
  } finally {
    await proxy?.close()
    await anthropic?.close()
    await github.close()
    await repo.cleanup()
    await rm(work, {recursive: true, force: true})
  }
}

function sum(results: ScenarioResult[], pick: (r: ScenarioResult) => number): number {
  return results.reduce((s, r) => s + pick(r), 0)
}

const round = (n: number, digits = 4): number => Number(n.toFixed(digits))

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`

async function main(): Promise<void> {
  const bundle = join(REPO_ROOT, 'dist', 'autofix', 'index.mjs')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first.`)
  const mode = modeOf(process.env)
  const fixtures = (process.env.BENCH_FIXTURES ?? 'ts-vitest,python-pytest')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean) as FixtureName[]
  console.log(
    mode.kind === 'scripted'
      ? 'autofix bench: scripted model (fake Anthropic API); set ANTHROPIC_API_KEY or ANTHROPIC_BASE_URL for a real model'
      : `autofix bench: real model API at ${mode.upstream}${mode.model ? ` (model ${mode.model})` : ''}`
  )
  const results: ScenarioResult[] = []
  for (const fixture of fixtures) {
    const r = await runScenario(fixture, mode)
    results.push(r)
    console.log(
      `\n${r.fixture}: ${r.outcome}, ${r.fixed} of ${r.failures} failures fixed (${r.verifiedCommits} verified commits)\n` +
        `  test executions: ${r.testExecutions} (${r.testExecutionsPerVerifiedFix?.toFixed(2) ?? 'n/a'} per verified fix, ${seconds(r.testExecutionMs)} in tests); other commands: ${r.otherExecutions}\n` +
        `  wall ${seconds(r.wallMs)}: model ${seconds(r.modelMs)} over ${r.modelCalls} calls, outside the model ${seconds(r.outsideModelMs)}\n` +
        `  input tokens ${r.tokens.input}: ${r.tokens.cacheRead} from cache (${(r.tokens.cacheReadShare * 100).toFixed(1)}%), ${r.tokens.fresh} fresh, ${r.tokens.cacheWrite} written to cache; output ${r.tokens.output}; $${r.costUsd.toFixed(4)}`
    )
  }
  const fixed = sum(results, r => r.fixed)
  const tests = sum(results, r => r.testExecutions)
  const input = sum(results, r => r.tokens.input)
  const cacheRead = sum(results, r => r.tokens.cacheRead)
  const totals = {
    failures: sum(results, r => r.failures),
    fixed,
    testExecutions: tests,
    testExecutionsPerVerifiedFix: fixed ? round(tests / fixed, 2) : null,
    wallMs: sum(results, r => r.wallMs),
    modelMs: sum(results, r => r.modelMs),
    outsideModelMs: sum(results, r => r.outsideModelMs),
    inputTokens: input,
    cacheReadTokens: cacheRead,
    freshInputTokens: sum(results, r => r.tokens.fresh),
    cacheWriteTokens: sum(results, r => r.tokens.cacheWrite),
    cacheReadShare: round(input ? cacheRead / input : 0),
    costUsd: round(
      sum(results, r => r.costUsd),
      6
    )
  }
  console.log(
    `\nall: ${fixed} of ${totals.failures} fixed; ${tests} test executions (${totals.testExecutionsPerVerifiedFix?.toFixed(2) ?? 'n/a'} per verified fix); ` +
      `${seconds(totals.outsideModelMs)} of ${seconds(totals.wallMs)} outside the model; ` +
      `${cacheRead} of ${input} input tokens from cache (${(totals.cacheReadShare * 100).toFixed(1)}%), ${totals.freshInputTokens} fresh`
  )
  const out = join(REPO_ROOT, 'bench', 'results', 'autofix.json')
  await mkdir(join(REPO_ROOT, 'bench', 'results'), {recursive: true})
  await writeFile(
    out,
    `${JSON.stringify(
      {
        version: 1,
        date: new Date().toISOString(),
        mode: mode.kind,
        endpoint: mode.kind === 'real' ? mode.upstream : 'fake (scripted model)',
        model: mode.model ?? 'action default',
        node: process.version,
        scenarios: results,
        totals
      },
      null,
      2
    )}\n`
  )
  console.log(`\nwritten to ${out}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
