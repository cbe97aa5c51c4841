// Speed and memory of classify measured through the bundled action, as a
// runner runs it: `node dist/classify/index.mjs` on a generated 1 GB log
// (log-path), no network. Prints the figures and writes them to
// bench/results/classify-bundle.json.
//   npm run bench:classify:bundle [-- --mb 1024]
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateLog} from './generate-log.mjs'
import {measure} from '../lib/peak-rss.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const mbArg = process.argv.indexOf('--mb')
const megabytes = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1024

const dir = await mkdtemp(join(tmpdir(), 'ci-medic-bench-'))
try {
  const log = join(dir, 'job.log')
  const bytes = await generateLog(log, megabytes * 1024 * 1024)
  const files = Object.fromEntries(['out', 'state', 'env', 'summary'].map(n => [n, join(dir, n)]))
  for (const f of Object.values(files)) await writeFile(f, '')
  await mkdir(join(dir, 'temp'))
  const env = {
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
    'INPUT_LOG-PATH': 'job.log',
    INPUT_LEDGER: 'none'
  }
  const run = await measure(process.execPath, [join(root, 'dist/classify/index.mjs')], {
    cwd: dir,
    env
  })
  if (run.code !== 0) throw new Error(`classify exited ${run.code}:\n${run.stdout}\n${run.stderr}`)
  const mbPerS = bytes / 1024 / 1024 / (run.wallMs / 1000)
  const figures = {
    benchmark: 'classify through dist/classify/index.mjs (log-path, one process, one core)',
    date: new Date().toISOString(),
    node: process.version,
    logBytes: bytes,
    wallSeconds: Number((run.wallMs / 1000).toFixed(2)),
    throughputMBps: Number(mbPerS.toFixed(1)),
    peakRssMB: Number((run.peakRssBytes / 1024 / 1024).toFixed(1)),
    targets: {throughputMBps: 300, peakRssMB: 100}
  }
  console.log(
    `classify bundle: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${figures.wallSeconds}s = ${figures.throughputMBps} MB/s, peak RSS ${figures.peakRssMB} MB (targets ≥ 300 MB/s, < 100 MB)`
  )
  await mkdir(join(root, 'bench/results'), {recursive: true})
  await writeFile(
    join(root, 'bench/results/classify-bundle.json'),
    JSON.stringify(figures, null, 2) + '\n'
  )
} finally {
  await rm(dir, {recursive: true, force: true})
}
