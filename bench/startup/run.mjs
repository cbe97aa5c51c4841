// Cold start of the bundles, spawned exactly as a runner spawns a step:
// `node dist/<action>/index.mjs` with INPUT_* variables and fresh command
// files, classifying a tiny local log (no token, no network). Compares the
// root action with `command: classify`, actions/classify, `node -e 0` (the
// floor: starting Node itself) and `grep -E` of the candidate literals over
// the same log (what finding its lines costs without Node). Each figure is the
// median of N runs, interleaved so drift on the machine hits all alike; CPU
// time (user + system of the child, 10 ms resolution) is printed beside the
// wall time, since wall time on a shared machine mostly measures the others.
// Prints the figures and writes bench/results/startup.json.
//   npm run bench:startup [-- --runs 21] [--dist DIR]
// --dist measures the bundles of another build (e.g. an older commit's dist/,
// from `git archive`) and only prints.
import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {childCpuSeconds, grepPattern} from '../lib/baselines.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 21
const distAt = process.argv.indexOf('--dist')
const dist = distAt > 0 ? process.argv[distAt + 1] : join(root, 'dist')

const dir = await mkdtemp(join(tmpdir(), 'ci-medic-startup-'))

/** The environment of one step, with fresh command files. */
async function stepEnv(n) {
  const step = join(dir, `step-${n}`)
  await mkdir(join(step, 'temp'), {recursive: true})
  const files = Object.fromEntries(
    ['output', 'state', 'env', 'path', 'summary'].map(name => [name, join(step, name)])
  )
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: join(step, 'temp'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    INPUT_COMMAND: 'classify',
    'INPUT_LOG-PATH': 'typecheck.log',
    INPUT_LEDGER: 'none'
  }
}

function timed({command = process.execPath, args, ok = [0]}, env) {
  return new Promise((resolve, reject) => {
    const cpu0 = childCpuSeconds()
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    child.stdout.setEncoding('utf8').on('data', d => (out += d))
    child.stderr.setEncoding('utf8').on('data', d => (out += d))
    child.on('error', reject)
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const cpu1 = childCpuSeconds()
      const cpuMs = cpu0 === undefined || cpu1 === undefined ? NaN : (cpu1 - cpu0) * 1000
      if (!ok.includes(code)) reject(new Error(`${args.join(' ')} exited ${code}:\n${out}`))
      else resolve({ms, cpuMs})
    })
  })
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The candidate literals, from the source (a bench may read it; the bundles are measured). */
async function candidateLiterals() {
  const {spawnSync} = await import('node:child_process')
  const read = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "import('./src/core/classify/candidates.ts').then(m => console.log(JSON.stringify(m.CANDIDATE_LITERALS)))"
    ],
    {cwd: root, encoding: 'utf8'}
  )
  if (read.status !== 0) throw new Error(`reading the candidate literals failed:\n${read.stderr}`)
  return JSON.parse(read.stdout)
}

const subjects = [
  {name: 'dist/main/index.mjs (command: classify)', args: [join(dist, 'main/index.mjs')]},
  {name: 'dist/classify/index.mjs', args: [join(dist, 'classify/index.mjs')]},
  {name: 'node -e 0', args: ['-e', '0']},
  {
    name: 'grep -E (candidate literals, same log)',
    command: 'grep',
    args: ['-E', '-c', grepPattern(await candidateLiterals()), 'typecheck.log'],
    ok: [0, 1]
  }
]

try {
  await writeFile(
    join(dir, 'typecheck.log'),
    "src/tax.ts(13,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"
  )
  // One unmeasured run each warms the file system cache, as a runner's second step would be.
  for (const [k, s] of subjects.entries()) await timed(s, await stepEnv(`warm-${k}`))
  const runs = subjects.map(() => [])
  for (let i = 0; i < RUNS; i++) {
    for (const [k, s] of subjects.entries())
      runs[k].push(await timed(s, await stepEnv(`${i}-${k}`)))
  }
  const times = runs.map(r => r.map(t => t.ms))
  const cpu = runs.map(r => r.map(t => t.cpuMs))
  const figures = {
    benchmark: 'cold start of a step, spawned as the runner does (tiny local log, no token)',
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    medianMs: Object.fromEntries(
      subjects.map((s, k) => [s.name, Number(median(times[k]).toFixed(1))])
    ),
    minMs: Object.fromEntries(
      subjects.map((s, k) => [s.name, Number(Math.min(...times[k]).toFixed(1))])
    ),
    medianCpuMs: Object.fromEntries(
      subjects.map((s, k) => [s.name, Number(median(cpu[k]).toFixed(0))])
    )
  }
  for (const [name, ms] of Object.entries(figures.medianMs))
    console.log(
      `${name.padEnd(42)} median ${String(ms).padStart(7)} ms  (min ${figures.minMs[name]} ms, ${RUNS} runs), CPU median ${figures.medianCpuMs[name]} ms`
    )
  if (distAt < 0) {
    await mkdir(join(root, 'bench/results'), {recursive: true})
    await writeFile(
      join(root, 'bench/results/startup.json'),
      JSON.stringify(figures, null, 2) + '\n'
    )
  }
} finally {
  await rm(dir, {recursive: true, force: true})
}
