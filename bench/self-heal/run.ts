// Speed of self-heal's triage and grouping on 10,000 realistic issues with
// their latest events (built with the fake Sentry's builders): a few hundred
// bugs, many split by Sentry into several issues by caller, third-party-only
// errors, rate storms, warnings, regressions, in every frame path form.
// Prints the figures and writes bench/results/self-heal.json.
//   node --import tsx bench/self-heal/run.ts [-- --issues 10000]
import {mkdir, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {triage, type TriageCandidate} from '../../src/core/self-heal/triage.js'
import {toErrorIssue} from '../../src/core/self-heal/types.js'
import {
  appFrame,
  buildEvent,
  buildIssue,
  issueFieldsFromEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  type PathForm,
  type SentryFrame
} from '../../test/fakes/sentry/builders.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const countArg = process.argv.indexOf('--issues')
const ISSUES = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000
const NOW = Date.parse('2026-03-10T12:34:56Z')
const TARGET_MS = 1000

// deterministic pseudo-random numbers
let seed = 42
function rand(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!
}

const AREAS = [
  'orders',
  'billing',
  'users',
  'auth',
  'catalog',
  'search',
  'cart',
  'shipping',
  'payments',
  'reports'
]
const repoFiles: string[] = ['package.json', 'tsconfig.json']
for (const area of AREAS) {
  for (let i = 0; i < 120; i += 1) {
    repoFiles.push(`src/${area}/module-${i}.ts`, `test/${area}/module-${i}.test.ts`)
  }
  repoFiles.push(`src/routes/${area}.ts`, `src/vendor/${area}-sdk.ts`)
}

const FORMS: PathForm[] = ['sourcemap', 'dist', 'enable-source-maps', 'webpack', 'app', 'lambda']
const MESSAGES = [
  (n: number) => `Cannot read properties of undefined (reading 'field${n % 13}')`,
  (n: number) => `Order ${n * 7919} not found`,
  (n: number) => `invalid state "${n % 5 ? 'pending' : 'void'}" for invoice inv_${n}000`,
  (n: number) => `lines${n % 9}.map is not a function`,
  (n: number) => `timeout after ${n * 10}ms connecting to 10.0.${n % 250}.7:5432`
]
const TYPES = ['TypeError', 'Error', 'RangeError', 'ValidationError', 'DatabaseError']

interface Bug {
  type: string
  message: (n: number) => string
  file: string
  fn: string
}
const bugs: Bug[] = Array.from({length: 600}, (_, i) => ({
  type: pick(TYPES),
  message: pick(MESSAGES),
  file: `src/${pick(AREAS)}/module-${Math.floor(rand() * 120)}.ts`,
  fn: `handler${i}`
}))

const runtime = (): SentryFrame[] => [
  nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
  nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]'),
  nodeModulesFrame('express/lib/router/route.js', 'Route.dispatch')
]

function generate(n: number): TriageCandidate[] {
  const out: TriageCandidate[] = []
  for (let i = 0; i < n; i += 1) {
    const roll = rand()
    const form = pick(FORMS)
    let frames: SentryFrame[]
    let type: string
    let value: string
    let level: 'error' | 'warning' | 'fatal' = 'error'
    if (roll < 0.08) {
      // third-party only
      type = 'Error'
      value = `Connection terminated unexpectedly (${i})`
      frames = [...runtime(), nodeModulesFrame('pg/lib/client.js', 'Client._handleErrorMessage')]
    } else {
      const bug = pick(bugs)
      type = bug.type
      value = bug.message(i)
      const caller = pick(AREAS)
      // one bug reached from several callers: Sentry splits it by caller
      frames = [
        ...runtime(),
        appFrame(`src/routes/${caller}.ts`, `${caller}Route`, 20 + (i % 40), {form}),
        appFrame(`src/${caller}/module-${i % 120}.ts`, `service${i % 50}`, 10 + (i % 30), {form}),
        ...(roll < 0.12 ? [appFrame(`src/vendor/${caller}-sdk.ts`, 'call', 5, {form})] : []),
        appFrame(bug.file, bug.fn, 12, {form})
      ]
      if (roll > 0.95) level = 'warning'
      else if (roll > 0.93) level = 'fatal'
    }
    const event = buildEvent({
      type,
      value,
      frames,
      level,
      handled: rand() < 0.3,
      dateCreated: NOW - 60_000,
      eventID: i.toString(16).padStart(32, '0'),
      fingerprints: []
    })
    const perHour =
      rand() < 0.01
        ? 200 + Math.floor(rand() * 2000)
        : Array.from({length: 25}, () => Math.floor(rand() * 6))
    const issue = buildIssue({
      now: NOW,
      ...issueFieldsFromEvent(event),
      id: String(5_000_000_000 + i),
      eventsPerHour: perHour,
      substatus: rand() < 0.05 ? 'regressed' : rand() < 0.3 ? 'new' : 'ongoing',
      level
    })
    out.push({
      issue: toErrorIssue(JSON.parse(JSON.stringify(issue))),
      event: JSON.parse(JSON.stringify(event))
    })
  }
  return out
}

const genStart = performance.now()
const candidates = generate(ISSUES)
const generateMs = performance.now() - genStart

const options = {
  rateGuardPerHour: 100,
  minEvents: 2,
  excludePaths: ['src/vendor/**'],
  pathMappings: [],
  repoFiles,
  now: NOW
}
// warm-up, then timed runs
triage(candidates.slice(0, 500), options)
const runs: number[] = []
let result = triage(candidates, options)
for (let r = 0; r < 5; r += 1) {
  const t = performance.now()
  result = triage(candidates, options)
  runs.push(performance.now() - t)
}
runs.sort((a, b) => a - b)
const median = runs[Math.floor(runs.length / 2)]!
const count = (d: string): number => result.issues.filter(i => i.decision === d).length
const figures = {
  benchmark:
    'self-heal triage + grouping (frames, path mapping, severity, groups, decisions), one process',
  date: new Date().toISOString(),
  node: process.version,
  issues: ISSUES,
  repoFiles: repoFiles.length,
  framesPerEvent: Number(
    (
      candidates.reduce(
        (s, c) =>
          s +
          (c.event?.entries?.[0]?.data as {values: {stacktrace: {frames: unknown[]}}[]}).values[0]!
            .stacktrace.frames.length,
        0
      ) / ISSUES
    ).toFixed(1)
  ),
  generateSeconds: Number((generateMs / 1000).toFixed(2)),
  medianMs: Number(median.toFixed(1)),
  bestMs: Number(runs[0]!.toFixed(1)),
  worstMs: Number(runs[runs.length - 1]!.toFixed(1)),
  targetMs: TARGET_MS,
  withinTarget: median < TARGET_MS,
  groups: result.groups.length,
  decisions: {fix: count('fix'), skip: count('skip'), alert: count('alert')},
  issuesPerSecond: Math.round(ISSUES / (median / 1000))
}
console.log(JSON.stringify(figures, null, 2))
await mkdir(`${root}bench/results`, {recursive: true})
await writeFile(`${root}bench/results/self-heal.json`, JSON.stringify(figures, null, 2) + '\n')
if (!figures.withinTarget) {
  console.error(
    `triage + grouping took ${figures.medianMs} ms for ${ISSUES} issues (target < ${TARGET_MS} ms)`
  )
  process.exitCode = 1
}
