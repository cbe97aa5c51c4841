// autofix's fan-out against the same fixes in one job, through the bundle
// (dist/autofix/index.mjs) run as child processes exactly as in
// test/actions/autofix-fanout-bundle.e2e.test.ts: the harness in
// test/harness/fanout-run.ts, the fake GitHub, the loopback artifact service
// (the plan and the proposals travel as real artifacts) and a SCRIPTED model
// (a stand-in for Claude: its fixes are written in the harness, so the
// figures are the loop's own time, not a model's), on the e2e's fixture with
// three independent failures in different files. Per round it measures
//   (a) the fan-out: plan → 3 work jobs started at once → integrate, the wall
//       clock and each job's time (a job = its checkout + the action's step),
//   (b) the same three failures fixed in ONE job (stage: all), on a fresh
//       world from the same fixture,
//   (c) the critical path: plan + the longest work job + integrate, what the
//       fan-out takes when each work job has its own runner (on GitHub each
//       matrix job does; here three share 2 cores and compete for CPU),
// and prints them with the sum of the work jobs and the speed-ups; figures
// are medians over the rounds. Writes bench/results/fan-out.md and .json,
// with the machine's core count and load average before and after.
//   npm run bench:fan-out [-- --rounds 3]      (build first if src changed)
import {mkdir, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {
  closeFanout,
  fanoutWorld,
  matrixGroups,
  stageBundle,
  type FanoutWorld
} from '../../test/harness/fanout-run.js'
import {REPO_ROOT, type ActionRun} from '../../test/harness/run-action.js'
import {childCpuSeconds} from '../lib/baselines.mjs'

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const rounds = Number(arg('--rounds') ?? 3)
const FAILURES = 3

const round = (n: number, digits = 1): number => Number(n.toFixed(digits))
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const loads = (): number[] => loadavg().map(l => round(l, 2))
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

interface Job {
  run: ActionRun
  ms: number
}

/** One job: its checkout and the bundle's step, timed from the outside. */
async function timedStage(
  world: FanoutWorld,
  stage: string,
  extra: Record<string, string> = {},
  runner?: string
): Promise<Job> {
  const started = performance.now()
  const run = await stageBundle(world, stage, extra, runner)
  return {run, ms: performance.now() - started}
}

/** A stage that did not do what the e2e asserts makes the figures meaningless: stop. */
function expectOutcome(job: Job, stage: string, fixed?: number): void {
  const {code, outputs, stdout, stderr} = job.run
  const ok = code === 0 && (fixed === undefined || outputs['fixed-count'] === String(fixed))
  if (!ok)
    throw new Error(
      `${stage}: exit ${code}, fixed-count ${outputs['fixed-count'] ?? '-'} (expected ${fixed ?? 'any'}):\n` +
        `${stdout.slice(-3000)}\n${stderr.slice(-2000)}`
    )
}

interface FanoutFigures {
  wallMs: number
  planMs: number
  workMs: number[]
  integrateMs: number
  workSumMs: number
  criticalPathMs: number
  /** CPU of all five children (plan, 3 work, integrate) and what they started. */
  cpuSeconds: number | undefined
  /** What integrate's own report says (PR body): wall clock vs the sum of the groups. */
  reported: string
}

async function fanOut(): Promise<FanoutFigures> {
  const world = await fanoutWorld()
  try {
    const cpu0 = childCpuSeconds()
    const started = performance.now()
    const plan = await timedStage(world, 'plan')
    expectOutcome(plan, 'plan')
    const groups = matrixGroups(plan.run.outputs.matrix)
    if (groups.length !== FAILURES)
      throw new Error(`plan: ${groups.length} groups, expected ${FAILURES}`)
    // strategy.matrix starts the work jobs together.
    const works = await Promise.all(
      groups.map((g, i) => timedStage(world, 'work', {group: g.group}, `runner-${i + 1}`))
    )
    works.forEach((w, i) => expectOutcome(w, `work ${groups[i]!.group}`, 1))
    const integrate = await timedStage(world, 'integrate')
    expectOutcome(integrate, 'integrate', FAILURES)
    const wallMs = performance.now() - started
    const cpu1 = childCpuSeconds()
    const pr = world.github.state.pulls[0]
    const body = pr ? (world.github.state.issue(pr.number)?.body ?? '') : ''
    const workMs = works.map(w => w.ms)
    return {
      wallMs,
      planMs: plan.ms,
      workMs,
      integrateMs: integrate.ms,
      workSumMs: workMs.reduce((s, ms) => s + ms, 0),
      criticalPathMs: plan.ms + Math.max(...workMs) + integrate.ms,
      cpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0,
      reported: /Wall clock \(plan start → integrate end\):[^\n]*/.exec(body)?.[0] ?? '(not found)'
    }
  } finally {
    await closeFanout()
  }
}

async function oneJob(): Promise<{wallMs: number; cpuSeconds: number | undefined}> {
  const world = await fanoutWorld()
  try {
    const cpu0 = childCpuSeconds()
    const job = await timedStage(world, 'all', {}, 'runner-all')
    expectOutcome(job, 'one job (stage: all)', FAILURES)
    const cpu1 = childCpuSeconds()
    if (world.github.state.pulls.length !== 1) throw new Error('one job: no PR')
    return {
      wallMs: job.ms,
      cpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0
    }
  } finally {
    await closeFanout()
  }
}

interface Round {
  fanOut: FanoutFigures
  oneJob: {wallMs: number; cpuSeconds: number | undefined}
  roundMs: number
}

function summarize(all: Round[]) {
  const m = (pick: (r: Round) => number): number => round(median(all.map(pick)) / 1000, 2)
  const cpu = (pick: (r: Round) => number | undefined): number | undefined => {
    const xs = all.map(pick)
    return xs.every(x => x !== undefined) ? round(median(xs as number[]), 2) : undefined
  }
  const fan = {
    wallSeconds: m(r => r.fanOut.wallMs),
    planSeconds: m(r => r.fanOut.planMs),
    workSeconds: [0, 1, 2].map(i => m(r => r.fanOut.workMs[i]!)),
    integrateSeconds: m(r => r.fanOut.integrateMs),
    workSumSeconds: m(r => r.fanOut.workSumMs),
    criticalPathSeconds: m(r => r.fanOut.criticalPathMs),
    cpuSeconds: cpu(r => r.fanOut.cpuSeconds)
  }
  const one = {wallSeconds: m(r => r.oneJob.wallMs), cpuSeconds: cpu(r => r.oneJob.cpuSeconds)}
  return {
    fanOut: fan,
    oneJob: one,
    speedUp: {
      wallClock: round(one.wallSeconds / fan.wallSeconds, 2),
      criticalPath: round(one.wallSeconds / fan.criticalPathSeconds, 2)
    }
  }
}

type Summary = ReturnType<typeof summarize>

function table(
  s: Summary,
  meta: {rounds: number; cores: number; load: {before: number[]; after: number[]}; reported: string}
): string {
  const f = s.fanOut
  const cpu = (n: number | undefined): string => (n === undefined ? '?' : `${n} s`)
  const of = meta.rounds > 1 ? `median of ${meta.rounds} rounds` : 'one round'
  return [
    `| ${FAILURES} independent failures (${of}) | wall clock | stages | CPU (all processes) |`,
    '|---|---|---|---|',
    `| (a) fan-out: plan → ${FAILURES}× work at once → integrate | ${f.wallSeconds} s | plan ${f.planSeconds} s; work ${f.workSeconds.map(w => `${w} s`).join(', ')} (sum ${f.workSumSeconds} s); integrate ${f.integrateSeconds} s | ${cpu(f.cpuSeconds)} |`,
    `| (b) one job (stage: all) | ${s.oneJob.wallSeconds} s | | ${cpu(s.oneJob.cpuSeconds)} |`,
    `| (c) critical path: plan + longest work + integrate | ${f.criticalPathSeconds} s | | |`,
    '',
    `Speed-up of the fan-out over one job: ${s.speedUp.wallClock}× on this machine (b / a); ${s.speedUp.criticalPath}× on the critical path (b / c).`,
    `On this ${meta.cores}-core machine the ${FAILURES} work jobs run at once and compete for CPU; on GitHub each matrix job has its own runner, so (c) is what parallel runners would take (plus each runner's own start-up, not measured here). (c) adds up the work times measured in (a), where the three shared the cores, so it is an upper bound: a work job on a runner of its own would be faster.`,
    `A job's time is its checkout plus the action's step (dist/autofix/index.mjs as a child process). The model is scripted (a stand-in for Claude with no latency of its own), so the figures are the loop's own time: checks, git, artifacts.`,
    `Integrate's own report (last round): ${meta.reported}`,
    `Load average (1, 5, 15 min): ${meta.load.before.join(', ')} before, ${meta.load.after.join(', ')} after.`
  ].join('\n')
}

async function main(): Promise<void> {
  const bundle = join(REPO_ROOT, 'dist', 'autofix', 'index.mjs')
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run npm run build -- autofix first.`)
  console.log(
    `fan-out bench: ${rounds} round(s); the scripted model (fake Anthropic API), fake GitHub, loopback artifact service`
  )
  const before = loads()
  const all: Round[] = []
  for (let i = 1; i <= rounds; i++) {
    const started = performance.now()
    const fan = await fanOut()
    const one = await oneJob()
    const r = {fanOut: fan, oneJob: one, roundMs: performance.now() - started}
    all.push(r)
    console.log(
      `round ${i}: fan-out ${secs(fan.wallMs)} (plan ${secs(fan.planMs)}, work ${fan.workMs.map(secs).join(' / ')}, integrate ${secs(fan.integrateMs)}; critical path ${secs(fan.criticalPathMs)}); one job ${secs(one.wallMs)}; round ${secs(r.roundMs)}`
    )
  }
  const load = {before, after: loads()}
  const cores = availableParallelism()
  const summary = summarize(all)
  const reported = all.at(-1)!.fanOut.reported
  const text = table(summary, {rounds, cores, load, reported})
  console.log(`\n${text}`)
  const figures = {
    benchmark:
      'autofix fan-out (plan → 3× work at once → integrate) vs one job (stage: all) through dist/autofix/index.mjs, scripted model, fakes; 3 independent failures',
    date: new Date().toISOString(),
    node: process.version,
    cores,
    loadAverage: load,
    rounds,
    aggregate: rounds > 1 ? 'median' : 'single run',
    ...summary,
    perRound: all.map(r => ({
      fanOut: {
        wallSeconds: round(r.fanOut.wallMs / 1000, 2),
        planSeconds: round(r.fanOut.planMs / 1000, 2),
        workSeconds: r.fanOut.workMs.map(ms => round(ms / 1000, 2)),
        integrateSeconds: round(r.fanOut.integrateMs / 1000, 2),
        criticalPathSeconds: round(r.fanOut.criticalPathMs / 1000, 2),
        cpuSeconds: r.fanOut.cpuSeconds === undefined ? undefined : round(r.fanOut.cpuSeconds, 2),
        reported: r.fanOut.reported
      },
      oneJob: {
        wallSeconds: round(r.oneJob.wallMs / 1000, 2),
        cpuSeconds: r.oneJob.cpuSeconds === undefined ? undefined : round(r.oneJob.cpuSeconds, 2)
      },
      roundSeconds: round(r.roundMs / 1000, 1)
    }))
  }
  const dir = join(REPO_ROOT, 'bench', 'results')
  await mkdir(dir, {recursive: true})
  await writeFile(join(dir, 'fan-out.json'), `${JSON.stringify(figures, null, 2)}\n`)
  await writeFile(
    join(dir, 'fan-out.md'),
    `# autofix: fan-out on matrix jobs vs one job (${figures.date}, Node ${figures.node}, ${cores} cores)\n\n${text}\n`
  )
  console.log(`\nwritten to ${join(dir, 'fan-out.md')} and fan-out.json`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
