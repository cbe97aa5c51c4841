// Speed and memory of classify measured through the bundled action, as a
// runner runs it: `node dist/classify/index.mjs` on a local log (log-path), no
// network, on three shapes of log: the generated one (1 GB: mixed tool noise and
// a few planted failures), a test-heavy one (400 MB of passing-test lines,
// 2,000 distinct, ending in one tsc error; issue #11) and a noisy one (100 MB of
// lines that each hold a failure word and are no failure: retry chatter and
// warnings, the candidate filter's worst case, ending in one tsc error). Beside each, in the same
// run and on the same file: `grep -E` of the candidate literals (the floor for
// finding lines in a log). Then, in the same run, the start-up of both bundles
// on a one-line log beside `node -e 0` and `grep -E` (bench/startup/measure.mjs,
// medians of --runs). Wall time is what a job waits; CPU time (user + system of
// the child) is what stays meaningful on a loaded machine, so both are kept,
// with the machine's load average. Prints one table and writes it to
// bench/results/classify-bundle.md, the figures to classify-bundle.json.
//   npm run bench:classify [-- --mb 1024] [--tests-mb 400] [--noisy-mb 100] [--runs 21] [--dist DIR]
// --dist measures another build (e.g. `node scripts/build.mjs --out DIR`) and only prints.
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {loadavg, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {CANDIDATE_LITERALS} from '../../src/core/classify/candidates.js'
import {childCpuSeconds, grepFile} from '../lib/baselines.mjs'
import {measure} from '../lib/peak-rss.js'
import {generateLog, generateNoisyLog, generateTestHeavyLog} from './generate-log.mjs'
import {SUBJECTS, measureStartup, type StartupFigures} from '../startup/measure.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const megabytes = Number(arg('--mb') ?? 1024)
const testsMegabytes = Number(arg('--tests-mb') ?? 400)
const noisyMegabytes = Number(arg('--noisy-mb') ?? 100)
const dist = resolve(arg('--dist') ?? join(root, 'dist'))
const runs = Number(arg('--runs') ?? 21)
const MB = 1024 * 1024

interface ShapeFigures {
  logBytes: number
  wallSeconds: number
  cpuSeconds: number | undefined
  throughputMBps: number
  cpuThroughputMBps: number | undefined
  peakRssMB: number
  grep: {
    lines: number
    wallSeconds: number
    cpuSeconds: number | undefined
    throughputMBps: number
  }
}

const round = (n: number, digits = 1): number => Number(n.toFixed(digits))

async function runnerEnv(dir: string, log: string): Promise<NodeJS.ProcessEnv> {
  const files = Object.fromEntries(['out', 'state', 'env', 'summary'].map(n => [n, join(dir, n)]))
  for (const f of Object.values(files)) await writeFile(f, '')
  await mkdir(join(dir, 'temp'), {recursive: true})
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_OUTPUT: files.out,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    'INPUT_LOG-PATH': log,
    INPUT_LEDGER: 'none'
  }
}

async function measureShape(dir: string, log: string, bytes: number): Promise<ShapeFigures> {
  const cpu0 = childCpuSeconds()
  const run = await measure(process.execPath, [join(dist, 'classify/index.mjs')], {
    cwd: dir,
    env: await runnerEnv(dir, log)
  })
  const cpu1 = childCpuSeconds()
  if (run.code !== 0) throw new Error(`classify exited ${run.code}:\n${run.stdout}\n${run.stderr}`)
  const cpuSeconds = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0
  const grep = await grepFile(CANDIDATE_LITERALS, join(dir, log))
  return {
    logBytes: bytes,
    wallSeconds: round(run.wallMs / 1000, 2),
    cpuSeconds: cpuSeconds === undefined ? undefined : round(cpuSeconds, 2),
    throughputMBps: round(bytes / MB / (run.wallMs / 1000)),
    cpuThroughputMBps: cpuSeconds ? round(bytes / MB / cpuSeconds) : undefined,
    peakRssMB: round(run.peakRssBytes / MB),
    grep: {
      lines: Number(grep.stdout.trim()),
      wallSeconds: round(grep.wallMs / 1000, 2),
      cpuSeconds: grep.cpuSeconds === undefined ? undefined : round(grep.cpuSeconds, 2),
      throughputMBps: round(bytes / MB / (grep.wallMs / 1000))
    }
  }
}

const loads = (): number[] => loadavg().map(l => round(l, 2))

const mbps = (n: number | undefined): string => (n === undefined ? '?' : `${Math.round(n)} MB/s`)
const secs = (n: number | undefined): string => (n === undefined ? '?' : `${n} s`)

/** One row of the throughput columns: wall rate, CPU rate, peak RSS. */
function throughputCell(f: ShapeFigures): string {
  return `${mbps(f.throughputMBps)} (${secs(f.wallSeconds)}); CPU ${mbps(f.cpuThroughputMBps)} (${secs(f.cpuSeconds)}); peak RSS ${f.peakRssMB} MB`
}

function grepCell(f: ShapeFigures): string {
  const cpu = f.grep.cpuSeconds ? mbps(bytesMB(f) / f.grep.cpuSeconds) : '?'
  return `${mbps(f.grep.throughputMBps)} (${secs(f.grep.wallSeconds)}); CPU ${cpu} (${secs(f.grep.cpuSeconds)})`
}

const bytesMB = (f: ShapeFigures): number => f.logBytes / MB

function startupCell(s: StartupFigures, name: string, floor?: string): string {
  const over = (a: number, b: number): string =>
    ` = node ${a - b >= 0 ? '+' : ''}${round(a - b)} ms`
  const ms = s.medianMs[name]
  const cpu = s.medianCpuMs[name]
  if (floor === undefined) return `${ms} ms (CPU ${cpu} ms)`
  return `${ms} ms${over(ms, s.medianMs[floor])} (CPU ${cpu} ms${over(cpu, s.medianCpuMs[floor])})`
}

/** The table the issue asks for: throughput and start-up beside node -e 0 and grep -E. */
function table(
  shapes: Record<string, ShapeFigures>,
  s: StartupFigures,
  load: {before: number[]; after: number[]}
): string {
  const g = shapes.generated
  const t = shapes.testHeavy
  const n = shapes.noisy
  const header = `| | generated log, ${Math.round(bytesMB(g))} MB | test-heavy log, ${Math.round(bytesMB(t))} MB | noisy log, ${Math.round(bytesMB(n))} MB | start-up, one-line log (median of ${s.runs}) |`
  return [
    header,
    '|---|---|---|---|---|',
    `| \`dist/classify/index.mjs\` | ${throughputCell(g)} | ${throughputCell(t)} | ${throughputCell(n)} | ${startupCell(s, SUBJECTS.classify, SUBJECTS.node)} |`,
    `| \`dist/main/index.mjs\` (command: classify) | | | | ${startupCell(s, SUBJECTS.main, SUBJECTS.node)} |`,
    `| \`grep -E\` (candidate literals, same files) | ${grepCell(g)} | ${grepCell(t)} | ${grepCell(n)} | ${startupCell(s, SUBJECTS.grep)} |`,
    `| \`node -e 0\` | | | | ${startupCell(s, SUBJECTS.node)} |`,
    '',
    `Targets: ≥ 400 MB/s and < 100 MB peak RSS on the generated and test-heavy shapes; start-up ≤ node -e 0 + 60 ms. The noisy shape (a failure word on every line) has no target: it shows the worst case. MB = 2^20 bytes.`,
    `Load average (1, 5, 15 min) on the machine: ${load.before.join(', ')} before, ${load.after.join(', ')} after (2 cores; other jobs ran beside this one: read the CPU figures).`
  ].join('\n')
}

const dir = await mkdtemp(join(tmpdir(), 'ci-medic-bench-'))
try {
  const before = loads()
  const shapes: Record<string, ShapeFigures> = {}
  const generated = await generateLog(join(dir, 'job.log'), megabytes * MB)
  shapes.generated = await measureShape(dir, 'job.log', generated)
  await rm(join(dir, 'job.log'))
  const tests = await generateTestHeavyLog(join(dir, 'tests.log'), testsMegabytes * MB)
  shapes.testHeavy = await measureShape(dir, 'tests.log', tests)
  await rm(join(dir, 'tests.log'))
  const noisy = await generateNoisyLog(join(dir, 'noisy.log'), noisyMegabytes * MB)
  shapes.noisy = await measureShape(dir, 'noisy.log', noisy)
  await rm(join(dir, 'noisy.log'))
  const startup = await measureStartup({dist, runs, literals: CANDIDATE_LITERALS})
  const loadAverage = {before, after: loads()}
  const figures = {
    benchmark:
      'classify through dist/classify/index.mjs (log-path, one process, one core) and the start-up of both bundles, beside grep -E and node -e 0, in one run',
    date: new Date().toISOString(),
    node: process.version,
    loadAverage,
    shapes,
    startup,
    targets: {throughputMBps: 400, peakRssMB: 100, startupOverNodeMs: 60}
  }
  const text = table(shapes, startup, loadAverage)
  console.log(`\n${text}`)
  if (!arg('--dist')) {
    await mkdir(join(root, 'bench/results'), {recursive: true})
    await writeFile(
      join(root, 'bench/results/classify-bundle.json'),
      JSON.stringify(figures, null, 2) + '\n'
    )
    await writeFile(
      join(root, 'bench/results/classify-bundle.md'),
      `# classify: throughput and start-up (${figures.date}, Node ${figures.node})\n\n${text}\n`
    )
  }
} finally {
  await rm(dir, {recursive: true, force: true})
}
