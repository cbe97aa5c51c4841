// Cold start of the bundles, spawned exactly as a runner spawns a step:
// `node dist/<action>/index.mjs` with INPUT_* variables and fresh command
// files, classifying a one-line local log (no token, no network), beside
// `node -e 0` (the floor: starting Node itself) and `grep -E` of the candidate
// literals over the same log (what finding its lines costs without Node). Each
// figure is the median of N runs, interleaved so drift on the machine hits all
// alike; CPU time (user + system of the child, 10 ms resolution) is kept beside
// the wall time, since wall time on a shared machine mostly measures the others.
// Used by bench/startup/run.mjs and by bench/classify/bundle-throughput.ts (one
// run, one table: throughput and start-up side by side).
import {spawn, spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {childCpuSeconds, grepPattern} from '../lib/baselines.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The one-line log every start-up run classifies. */
export const STARTUP_LOG =
  "src/tax.ts(13,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"

/** The environment of one step, with fresh command files in `dir/step-n`. */
export async function stepEnv(dir, n) {
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

function timed(dir, {command = process.execPath, args, ok = [0]}, env) {
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

export const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The candidate literals, from the source (a bench may read it; the bundles are measured). */
export function candidateLiterals() {
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

/** Names of the start-up subjects, as the figures and tables key them. */
export const SUBJECTS = {
  main: 'dist/main/index.mjs (command: classify)',
  classify: 'dist/classify/index.mjs',
  node: 'node -e 0',
  grep: 'grep -E (candidate literals, same log)'
}

/**
 * Median, minimum and median CPU of `runs` interleaved runs of each subject; `dist` is the
 * build measured (absolute). Returns {runs, medianMs, minMs, medianCpuMs, meanCpuMs} keyed by
 * SUBJECTS.
 */
export async function measureStartup({dist, runs, literals = candidateLiterals()}) {
  const subjects = [
    {name: SUBJECTS.main, args: [join(dist, 'main/index.mjs')]},
    {name: SUBJECTS.classify, args: [join(dist, 'classify/index.mjs')]},
    {name: SUBJECTS.node, args: ['-e', '0']},
    {
      name: SUBJECTS.grep,
      command: 'grep',
      args: ['-E', '-c', grepPattern(literals), 'typecheck.log'],
      ok: [0, 1]
    }
  ]
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-startup-'))
  try {
    await writeFile(join(dir, 'typecheck.log'), STARTUP_LOG)
    // One unmeasured run each warms the file system cache, as a runner's second step would be.
    for (const [k, s] of subjects.entries()) await timed(dir, s, await stepEnv(dir, `warm-${k}`))
    const all = subjects.map(() => [])
    for (let i = 0; i < runs; i++) {
      for (const [k, s] of subjects.entries())
        all[k].push(await timed(dir, s, await stepEnv(dir, `${i}-${k}`)))
    }
    const per = f => Object.fromEntries(subjects.map((s, k) => [s.name, f(all[k])]))
    return {
      runs,
      medianMs: per(r => Number(median(r.map(t => t.ms)).toFixed(1))),
      minMs: per(r => Number(Math.min(...r.map(t => t.ms)).toFixed(1))),
      medianCpuMs: per(r => Number(median(r.map(t => t.cpuMs)).toFixed(0))),
      // The CPU clock ticks in 10 ms steps; their mean over the runs resolves finer than the median.
      meanCpuMs: per(r => Number((r.reduce((sum, t) => sum + t.cpuMs, 0) / r.length).toFixed(1)))
    }
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}
