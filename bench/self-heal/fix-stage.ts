// The cost of self-heal's fix stage: the bundled action (dist/self-heal/index.mjs)
// on the Express example service (test/fixtures/ts-express) with three
// production bugs in Sentry (one split into two issues by caller), the fake
// GitHub with its bare remote, real vitest/eslint/tsc. It measures, per healed
// error group:
//   - wall time of the whole run (with the scripted model: the loop's own time),
//   - model calls and test/check command runs (from the decision log:
//     baseline, the model's run_affected_test calls, reproduction and fix
//     verification, the full checks),
//   - input tokens and the share served from the prompt cache,
// prints them and writes them to bench/results/self-heal-fix.json.
//
//   node --import tsx bench/self-heal/fix-stage.ts        (build first if src changed)
// By default the SCRIPTED model (the fake Anthropic API, no key, no network)
// plays fixes written in test/harness/ts-express-sentry.ts, so the figures are
// the loop's own overhead, not a model's skill. With ANTHROPIC_API_KEY set (and
// optionally ANTHROPIC_BASE_URL, BENCH_MODEL) the real API heals the same bugs.
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {startFakeAnthropic} from '../../test/fakes/anthropic/index.js'
import {startFakeGitHub} from '../../test/fakes/github/index.js'
import {buildEvent, startFakeSentry} from '../../test/fakes/sentry/index.js'
import {createFixtureRepo} from '../../test/harness/fixture-repo.js'
import {cleanupRun, REPO_ROOT, runAction} from '../../test/harness/run-action.js'
import {perSession} from '../../test/harness/scripted-sessions.js'
import {
  DISCOUNT_ERROR,
  discountFrames,
  expressSessions,
  TAX_ERROR,
  taxFrames,
  USERS_ERROR,
  usersFrames
} from '../../test/harness/ts-express-sentry.js'

const realKey = process.env.ANTHROPIC_API_KEY
const service = await createFixtureRepo('ts-express')
const github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: service.dir})
await service.git(['remote', 'add', 'origin', github.gitUrl])
const sentry = await startFakeSentry({org: 'acme', tokens: {'bench-token': {kind: 'integration'}}})
for (const route of ['order', 'quote'] as const)
  sentry.addIssue({
    eventsPerHour: 3,
    events: [buildEvent({...TAX_ERROR, frames: taxFrames(route)})]
  })
sentry.addIssue({
  eventsPerHour: 2,
  events: [buildEvent({...DISCOUNT_ERROR, frames: discountFrames()})]
})
sentry.addIssue({eventsPerHour: 1, events: [buildEvent({...USERS_ERROR, frames: usersFrames()})]})
const scripted = realKey
  ? undefined
  : await startFakeAnthropic({
      models: 'any',
      apiKey: 'bench-key',
      script: perSession(expressSessions)
    })

try {
  const started = performance.now()
  const run = await runAction('self-heal', {
    workspace: service.dir,
    apiUrl: github.url,
    repository: github.fullName,
    timeoutMs: 30 * 60_000,
    inputs: {
      'sentry-url': sentry.url,
      'sentry-token': 'bench-token',
      'sentry-org': 'acme',
      'github-token': 'bench-github-token',
      'anthropic-api-key': realKey ?? 'bench-key',
      'anthropic-base-url': realKey ? (process.env.ANTHROPIC_BASE_URL ?? '') : scripted!.url,
      ...(process.env.BENCH_MODEL ? {model: process.env.BENCH_MODEL} : {})
    }
  })
  const wallSeconds = (performance.now() - started) / 1000
  try {
    if (run.code !== 0) throw new Error(`self-heal failed:\n${run.stdout}\n${run.stderr}`)
    const decisions = (
      await readFile(join(run.runnerDir, 'temp', 'ci-medic', 'self-heal-decisions.jsonl'), 'utf8')
    )
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as {kind: string})
    const checks = decisions.filter(d => d.kind === 'check')
    const fixed = Number(run.outputs['fixed-count'])
    const input = Number(run.outputs['input-tokens'])
    const cacheRead = Number(run.outputs['cache-read-tokens'])
    const triage = JSON.parse(run.outputs.triage ?? '[]') as {group: string; decision: string}[]
    const figures = {
      model: realKey ? (process.env.BENCH_MODEL ?? 'the action default') : scripted!.name,
      groups: new Set(triage.filter(e => e.decision === 'fix').map(e => e.group)).size,
      fixed,
      outcome: run.outputs.outcome,
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      wallSecondsPerFix: fixed ? Math.round((wallSeconds / fixed) * 10) / 10 : null,
      modelCalls: scripted ? scripted.calls : null,
      modelCallsPerFix: scripted && fixed ? Math.round((scripted.calls / fixed) * 10) / 10 : null,
      commandRuns: checks.length,
      commandRunsPerFix: fixed ? Math.round((checks.length / fixed) * 10) / 10 : null,
      inputTokens: input,
      cacheReadShare: input ? Math.round((cacheRead / input) * 1000) / 1000 : 0,
      costUsd: Number(run.outputs['cost-usd'])
    }
    console.log('self-heal fix stage on the Express example (3 bugs, 4 Sentry issues):')
    console.log(JSON.stringify(figures, null, 2))
    await mkdir(join(REPO_ROOT, 'bench', 'results'), {recursive: true})
    await writeFile(
      join(REPO_ROOT, 'bench', 'results', 'self-heal-fix.json'),
      `${JSON.stringify({measuredAt: new Date().toISOString(), node: process.version, ...figures}, null, 2)}\n`
    )
    console.log('Wrote bench/results/self-heal-fix.json')
  } finally {
    await cleanupRun(run)
  }
} finally {
  await Promise.all([github.close(), sentry.close(), scripted?.close(), service.cleanup()])
}
