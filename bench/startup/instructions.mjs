// Start-up in instructions: the same cold starts as run.mjs (a one-line local log, no
// token), counted by valgrind's callgrind instead of timed. The count does not depend on
// the machine's load, so two builds can be compared on a busy machine, and it resolves
// changes of a few per cent that CPU time (10 ms ticks) cannot.
//   node bench/startup/instructions.mjs [--runs 3] [--dist DIR] [--dist-b DIR]
// --dist-b measures a second build the same way, alternated with the first.
// Writes the medians to bench/results/startup-instructions.json (the builds measured by path).
//
// Two traps, both handled here:
// - Debian's `valgrind` is a shell script, and the shell drops environment variables whose
//   names hold a '-' (INPUT_LOG-PATH): under it the run silently took the error path
//   ("no log-path"), some 150 M instructions more. The step's environment is therefore set
//   by /usr/bin/env inside valgrind (--trace-children follows its exec into node), and the
//   run's outputs are checked.
// - V8 draws its hash seed at random, and testing it costs 5 to 25 M instructions a run
//   (detail::sprp under HashSeed::InitializeRoots): that function's own count is taken off.
// Flags to node (e.g. --cpu-prof) make Node compile its built-in modules without their code
// cache and add ~180 M: measure without any.
import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {STARTUP_LOG, median, stepEnv} from './measure.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : fallback
}
const RUNS = Number(arg('--runs', 3))
const builds = [arg('--dist', join(root, 'dist')), arg('--dist-b', undefined)]
  .filter(Boolean)
  .map(d => resolve(d))

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed: instruction counts need it (apt-get install valgrind).')
  process.exit(2)
}

/** Instructions of one run (callgrind), less the hash seed's primality test. */
async function count(dir, n, args) {
  const env = await stepEnv(dir, n)
  const out = join(dir, `callgrind-${n}.out`)
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--trace-children=yes',
      `--callgrind-out-file=${out}`,
      '/usr/bin/env',
      ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
      process.execPath,
      ...args
    ],
    {cwd: dir, env: {PATH: env.PATH}, encoding: 'utf8'}
  )
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stderr}`)
  const outputs = await readFile(env.GITHUB_OUTPUT, 'utf8')
  if (args[0] !== '-e' && !outputs.includes('compile_error'))
    throw new Error(`${args.join(' ')} did not classify the log:\n${run.stdout}${run.stderr}`)
  const total = Number(/Collected : (\d+)/.exec(run.stderr)?.[1])
  const annotate = spawnSync('callgrind_annotate', [out], {encoding: 'utf8'})
  const seed = /^\s*([\d,]+) .*detail::sprp/m.exec(annotate.stdout)?.[1]
  return (total - Number((seed ?? '0').replaceAll(',', ''))) / 1e6
}

const dir = await mkdtemp(join(tmpdir(), 'ci-medic-instructions-'))
try {
  await writeFile(join(dir, 'typecheck.log'), STARTUP_LOG)
  const subjects = [
    {name: 'node -e 0', args: ['-e', '0']},
    ...builds.flatMap((d, b) =>
      ['classify', 'main'].map(action => ({
        name: `${builds.length > 1 ? `${'AB'[b]} ` : ''}dist/${action}/index.mjs`,
        args: [join(d, action, 'index.mjs')]
      }))
    )
  ]
  const counts = subjects.map(() => [])
  for (let i = 0; i < RUNS; i++)
    for (const [k, s] of subjects.entries()) counts[k].push(await count(dir, `${i}-${k}`, s.args))
  const node = median(counts[0])
  const figures = {
    benchmark: 'instructions of a cold start (callgrind), one-line local log, no token',
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    builds: builds.map(d => (d.startsWith(root) ? relative(root, d) || '.' : d)),
    medianM: Object.fromEntries(
      subjects.map((s, k) => [s.name, Number(median(counts[k]).toFixed(1))])
    ),
    overNodeM: Object.fromEntries(
      subjects.slice(1).map((s, k) => [s.name, Number((median(counts[k + 1]) - node).toFixed(1))])
    )
  }
  await writeFile(
    join(root, 'bench/results/startup-instructions.json'),
    JSON.stringify(figures, null, 2) + '\n'
  )
  for (const [k, s] of subjects.entries()) {
    const m = median(counts[k])
    const over = k === 0 ? '' : `, +${(m - node).toFixed(1)} M over node -e 0`
    console.log(
      `${s.name.padEnd(28)} median ${m.toFixed(1)} M instructions (${counts[k].map(c => c.toFixed(1)).join(', ')})${over}`
    )
  }
} finally {
  await rm(dir, {recursive: true, force: true})
}
