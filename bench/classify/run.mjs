// Benchmark of classify's core: accuracy on the labelled corpora (per category and overall)
// and scanner throughput and peak RSS on a generated log (1 GB by default).
//   node bench/classify/run.mjs [--bytes N] [--keep-bundle] [--skip-throughput] [--corpus DIR]...
// By default scores two corpora: bench/corpus (written with the rules) and bench/corpus-blind
// (written without reading the rules or bench/corpus: the honest estimate of generalization).
// --corpus DIR (repeatable) scores only the given directories of *.corpus files instead.
// Needs Node 24 (`npm run` puts node_modules/.bin/node first on PATH).
// The core is bundled with ncc first (as the actions are), then imported from the bundle.
// A full run (default corpora, throughput measured) writes bench/results/classify.json;
// --skip-throughput or --corpus only print.
import {spawnSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {BLIND_CORPUS_DIR, CORPUS_DIR, loadCorpus, printScore, scoreCorpus} from './corpus.mjs'
import {generateLog} from './generate-log.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const bytesAt = args.indexOf('--bytes')
const bytes =
  bytesAt >= 0 ? Number(args[bytesAt + 1]) : Number(process.env.CLASSIFY_BENCH_BYTES ?? 1e9)
const skipThroughput = args.includes('--skip-throughput')
const corpusDirs = args.flatMap((a, i) => (a === '--corpus' ? [resolve(args[i + 1])] : []))
const fullRun = !skipThroughput && corpusDirs.length === 0
const work = mkdtempSync(join(tmpdir(), 'ci-medic-bench-'))

try {
  // 1. Bundle the core the way the actions are bundled.
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const bundleDir = join(work, 'bundle')
  const built = spawnSync(
    process.execPath,
    [ncc, 'build', 'bench/classify/entry.ts', '-o', bundleDir, '--quiet', '--transpile-only'],
    {cwd: root, stdio: ['ignore', 'inherit', 'inherit']}
  )
  if (built.status !== 0) throw new Error(`ncc failed (exit ${built.status})`)
  const bundle = join(bundleDir, 'index.js')
  const core = await import(pathToFileURL(bundle).href)

  // 2. Accuracy on each corpus.
  const dirs = corpusDirs.length ? corpusDirs : [CORPUS_DIR, BLIND_CORPUS_DIR]
  const scores = []
  for (const dir of dirs) {
    const score = scoreCorpus(loadCorpus(dir), text => core.classifyText(text))
    scores.push(score)
    printScore(`Corpus ${relative(root, dir) || dir}`, score)
    console.log('')
  }
  const [mainScore, blindScore] = scores
  if (!skipThroughput) {
    // 3. Throughput and peak RSS on a generated log, in a fresh process.
    const logFile = join(work, 'generated.log')
    const t0 = performance.now()
    const written = await generateLog(logFile, bytes)
    console.log(
      `\nGenerated ${(written / 1e6).toFixed(0)} MB of log in ${((performance.now() - t0) / 1000).toFixed(1)} s`
    )
    const child = spawnSync(
      process.execPath,
      [join(root, 'bench/classify/throughput.mjs'), bundle, logFile],
      {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}
    )
    if (child.status !== 0) throw new Error(`throughput run failed (exit ${child.status})`)
    const throughput = JSON.parse(child.stdout.trim().split('\n').pop())
    rmSync(logFile, {force: true})
    console.log(
      `Scanner: ${throughput.mbPerSecond} MB/s (${throughput.seconds} s wall, ${throughput.cpuSeconds} s CPU), peak RSS ${throughput.peakRssMb} MB, verdict ${throughput.category} (${throughput.failures} failures, ${throughput.candidateLines} candidate lines, ${throughput.regions} regions)`
    )

    // 4. Figures.
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      corpus: omitCorrect(mainScore),
      blindCorpus: omitCorrect(blindScore),
      throughput: {...throughput, targetMbPerSecond: 300, targetPeakRssMb: 100}
    }
    if (fullRun) {
      mkdirSync(join(root, 'bench/results'), {recursive: true})
      writeFileSync(
        join(root, 'bench/results/classify.json'),
        `${JSON.stringify(results, null, 2)}\n`
      )
      console.log('\nWrote bench/results/classify.json')
    }
  }
} finally {
  if (!args.includes('--keep-bundle')) rmSync(work, {recursive: true, force: true})
}

function omitCorrect(score) {
  if (!score) return undefined
  const {excerpts, ecosystems, accuracy, perCategory, misses} = score
  return {excerpts, ecosystems, accuracy, perCategory, misses}
}
