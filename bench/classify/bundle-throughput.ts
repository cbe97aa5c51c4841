// Speed and memory of classify measured through the bundled action, as a
// runner runs it: `node dist/classify/index.mjs` on a local log (log-path), no
// network, on two shapes of log: the generated one (1 GB: mixed tool noise and
// a few planted failures) and a test-heavy one (400 MB of passing-test lines,
// 2,000 distinct, ending in one tsc error; issue #11). Beside each, in the same
// run and on the same file: `grep -E` of the candidate literals (the floor for
// finding lines in a log), and `node -e 0` (the floor for starting a step).
// Wall time is what a job waits; CPU time (user + system of the child) is what
// stays meaningful on a loaded machine. Prints the figures and writes them to
// bench/results/classify-bundle.json.
//   npm run bench:classify:bundle [-- --mb 1024] [--tests-mb 400] [--dist DIR]
// --dist measures another build (e.g. `node scripts/build.mjs --out DIR`) and only prints.
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {CANDIDATE_LITERALS} from '../../src/core/classify/candidates.js'
import {childCpuSeconds, grepFile, timedRun} from '../lib/baselines.mjs'
import {measure} from '../lib/peak-rss.js'
import {generateLog, generateTestHeavyLog} from './generate-log.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const megabytes = Number(arg('--mb') ?? 1024)
const testsMegabytes = Number(arg('--tests-mb') ?? 400)
const dist = arg('--dist') ?? join(root, 'dist')
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

function print(name: string, f: ShapeFigures): void {
  const cpu =
    f.cpuSeconds === undefined ? '' : `, ${f.cpuSeconds}s CPU = ${f.cpuThroughputMBps} MB/s of CPU`
  const grepCpu = f.grep.cpuSeconds === undefined ? '' : `, ${f.grep.cpuSeconds}s CPU`
  console.log(
    `${name}: ${(f.logBytes / MB).toFixed(0)} MB in ${f.wallSeconds}s = ${f.throughputMBps} MB/s${cpu}, peak RSS ${f.peakRssMB} MB` +
      `\n  grep -E (same literals, same file): ${f.grep.wallSeconds}s = ${f.grep.throughputMBps} MB/s${grepCpu}`
  )
}

const dir = await mkdtemp(join(tmpdir(), 'ci-medic-bench-'))
try {
  const shapes: Record<string, ShapeFigures> = {}
  const generated = await generateLog(join(dir, 'job.log'), megabytes * MB)
  shapes.generated = await measureShape(dir, 'job.log', generated)
  await rm(join(dir, 'job.log'))
  const tests = await generateTestHeavyLog(join(dir, 'tests.log'), testsMegabytes * MB)
  shapes.testHeavy = await measureShape(dir, 'tests.log', tests)
  await rm(join(dir, 'tests.log'))
  const node = await timedRun(process.execPath, ['-e', '0'])
  const figures = {
    benchmark:
      'classify through dist/classify/index.mjs (log-path, one process, one core), beside grep -E and node -e 0',
    date: new Date().toISOString(),
    node: process.version,
    shapes,
    nodeE0: {wallMs: round(node.wallMs), cpuSeconds: node.cpuSeconds},
    targets: {throughputMBps: 400, peakRssMB: 100}
  }
  print('classify bundle, generated log', shapes.generated)
  print('classify bundle, test-heavy log', shapes.testHeavy)
  console.log(
    `node -e 0: ${figures.nodeE0.wallMs} ms (targets ≥ 400 MB/s, < 100 MB on both shapes)`
  )
  if (!arg('--dist')) {
    await mkdir(join(root, 'bench/results'), {recursive: true})
    await writeFile(
      join(root, 'bench/results/classify-bundle.json'),
      JSON.stringify(figures, null, 2) + '\n'
    )
  }
} finally {
  await rm(dir, {recursive: true, force: true})
}
