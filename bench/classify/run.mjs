// Benchmark of classify's core: accuracy on the labelled corpus (per category and overall)
// and scanner throughput and peak RSS on a generated log (1 GB by default).
//   node bench/classify/run.mjs [--bytes N] [--keep-bundle]
// Needs Node 24 (`npm run` puts node_modules/.bin/node first on PATH).
// The core is bundled with ncc first (as the actions are), then imported from the bundle.
// Writes bench/results/classify.json.
import {spawnSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {loadCorpus} from './corpus.mjs'
import {generateLog} from './generate-log.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const bytesAt = args.indexOf('--bytes')
const bytes =
  bytesAt >= 0 ? Number(args[bytesAt + 1]) : Number(process.env.CLASSIFY_BENCH_BYTES ?? 1e9)
const work = mkdtempSync(join(tmpdir(), 'ci-medic-bench-'))

try {
  // 1. Bundle the core the way the actions are bundled.
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const bundleDir = join(work, 'bundle')
  const built = spawnSync(
    process.execPath,
    [ncc, 'build', 'src/core/classify/index.ts', '-o', bundleDir, '--quiet', '--transpile-only'],
    {cwd: root, stdio: ['ignore', 'inherit', 'inherit']}
  )
  if (built.status !== 0) throw new Error(`ncc failed (exit ${built.status})`)
  const bundle = join(bundleDir, 'index.js')
  const core = await import(pathToFileURL(bundle).href)

  // 2. Accuracy on the corpus.
  const corpus = loadCorpus()
  const perCategory = {}
  const misses = []
  let correct = 0
  for (const entry of corpus) {
    const c = core.classifyText(entry.text)
    const row = (perCategory[entry.expected] ??= {total: 0, correct: 0})
    row.total++
    if (c.category === entry.expected) {
      row.correct++
      correct++
    } else {
      misses.push({
        id: entry.id,
        expected: entry.expected,
        got: c.category,
        rule: c.rule,
        confidence: c.confidence
      })
    }
  }
  for (const row of Object.values(perCategory))
    row.accuracy = Math.round((row.correct / row.total) * 1000) / 1000
  const accuracy = Math.round((correct / corpus.length) * 1000) / 1000
  const ecosystems = [...new Set(corpus.map(e => e.ecosystem))]

  console.log(
    `Corpus: ${corpus.length} excerpts, ${ecosystems.length} ecosystems (${ecosystems.join(', ')})`
  )
  console.log('category               correct/total  accuracy')
  for (const [category, row] of Object.entries(perCategory).sort()) {
    console.log(
      `${category.padEnd(22)} ${`${row.correct}/${row.total}`.padStart(13)}  ${(row.accuracy * 100).toFixed(1)}%`
    )
  }
  console.log(
    `${'overall'.padEnd(22)} ${`${correct}/${corpus.length}`.padStart(13)}  ${(accuracy * 100).toFixed(1)}%`
  )
  for (const m of misses)
    console.log(`  miss ${m.id}: expected ${m.expected}, got ${m.got} (${m.rule}, ${m.confidence})`)

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
    corpus: {excerpts: corpus.length, ecosystems, accuracy, perCategory, misses},
    throughput: {...throughput, targetMbPerSecond: 300, targetPeakRssMb: 100}
  }
  mkdirSync(join(root, 'bench/results'), {recursive: true})
  writeFileSync(join(root, 'bench/results/classify.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log('\nWrote bench/results/classify.json')
} finally {
  if (!args.includes('--keep-bundle')) rmSync(work, {recursive: true, force: true})
}
