// Cold start of the bundles (measure.mjs): the root action with `command:
// classify`, actions/classify, `node -e 0` and `grep -E` over the same one-line
// log, medians of N interleaved runs. Prints the figures and writes
// bench/results/startup.json. bench:classify measures the same beside the
// throughput, in one run and one table (bench/results/classify-bundle.md).
//   npm run bench:startup [-- --runs 21] [--dist DIR]
// --dist measures the bundles of another build (e.g. an older commit's dist/,
// from `git archive`, or `node scripts/build.mjs --out DIR`) and only prints;
// with --write it records that build's figures too (a branch measures the bundles
// it will ship before the lead rebuilds dist/).
import {mkdir, writeFile} from 'node:fs/promises'
import {loadavg} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {SUBJECTS, measureStartup} from './measure.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 21
const distAt = process.argv.indexOf('--dist')
const dist = distAt > 0 ? resolve(process.argv[distAt + 1]) : join(root, 'dist')

const load = loadavg()
const measured = await measureStartup({dist, runs: RUNS})
const figures = {
  benchmark: 'cold start of a step, spawned as the runner does (one-line local log, no token)',
  date: new Date().toISOString(),
  node: process.version,
  loadAverage: {
    before: load.map(l => Number(l.toFixed(2))),
    after: loadavg().map(l => Number(l.toFixed(2)))
  },
  ...measured
}
for (const [name, ms] of Object.entries(figures.medianMs))
  console.log(
    `${name.padEnd(42)} median ${String(ms).padStart(7)} ms  (min ${figures.minMs[name]} ms, ${RUNS} runs), CPU median ${figures.medianCpuMs[name]} ms, mean ${figures.meanCpuMs[name]} ms`
  )
// The goal (issue #11): a local-log start-up within 60 ms of CPU of Node's own.
for (const name of [SUBJECTS.classify, SUBJECTS.main])
  console.log(
    `${name} over node -e 0: CPU median +${figures.medianCpuMs[name] - figures.medianCpuMs[SUBJECTS.node]} ms, mean +${(figures.meanCpuMs[name] - figures.meanCpuMs[SUBJECTS.node]).toFixed(1)} ms (goal: +60 ms at most)`
  )
console.log(
  `load average (1, 5, 15 min) before ${figures.loadAverage.before.join(', ')}, after ${figures.loadAverage.after.join(', ')}`
)
if (distAt < 0 || process.argv.includes('--write')) {
  await mkdir(join(root, 'bench/results'), {recursive: true})
  await writeFile(join(root, 'bench/results/startup.json'), JSON.stringify(figures, null, 2) + '\n')
}
