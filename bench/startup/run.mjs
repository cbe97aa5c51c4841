// Cold start of the bundles as the runner starts them: `node dist/<x>/index.mjs`
// with a one-line local log, for the root action (`command: classify`), the
// classify action, and `node -e 0` as the floor. Prints the medians and writes
// bench/results/startup.json. A benchmark, not a test: nothing here asserts.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runs = Number(process.env.RUNS ?? 15)
const dir = mkdtempSync(join(tmpdir(), 'ci-medic-startup-'))
const log = join(dir, 'one.log')
writeFileSync(log, 'Error: boom\n##[error]Process completed with exit code 1.\n')
const env = {
  PATH: process.env.PATH,
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  RUNNER_TEMP: dir,
  INPUT_COMMAND: 'classify',
  'INPUT_LOG-PATH': log
}
const cases = {
  'node -e 0': ['-e', '0'],
  'dist/classify/index.mjs': [join(root, 'dist/classify/index.mjs')],
  'dist/main/index.mjs (command: classify)': [join(root, 'dist/main/index.mjs')]
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const figures = {}
for (const [name, args] of Object.entries(cases)) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, args, {env, cwd: dir, stdio: 'ignore'})
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  figures[name] = {medianMs: Math.round(median(times)), runs}
  console.log(`${name.padEnd(42)} median ${figures[name].medianMs} ms over ${runs} runs`)
}
mkdirSync(join(root, 'bench/results'), {recursive: true})
writeFileSync(
  join(root, 'bench/results/startup.json'),
  `${JSON.stringify({node: process.version, date: new Date().toISOString(), figures}, null, 2)}\n`
)
