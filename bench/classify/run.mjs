// Benchmark of classify's core: accuracy on the labelled corpora (overall, per category, per
// ecosystem) and scanner throughput and peak RSS on two shapes of log: a generated one (1 GB by
// default) and a test-heavy one (passing-test lines, 400 MB by default; issue #11), each beside
// `grep -E` of the candidate literals over the same file, with wall and CPU time.
//   node bench/classify/run.mjs [--bytes N] [--tests-bytes N] [--keep-bundle] [--skip-throughput]
//                               [--real] [--corpus DIR]...
// Each corpus is scored twice: by the rules alone, and by rules + the evidence model (where the
// rules are weak; trained on dev, main and blind, so only the sealed figure is unseen text),
// the latter the way the classify action runs it (the text streamed through the scanner, the
// model reading what the scanner kept); the model reading the text in memory is printed beside
// it as a total only, labelled as not the action's path.
// By default scores four corpora: bench/corpus (written with the rules), bench/corpus-blind
// (written without reading the rules or bench/corpus), and the two splits of bench/corpus-real
// (real failures as people pasted them: dev, which rules may be tuned on, and sealed, which is
// only scored as a whole — its misses are never printed or stored).
// --real scores only the two real splits; --corpus DIR (repeatable) only the given directories.
// Needs Node 24 (`npm run` puts node_modules/.bin/node first on PATH).
// The core is bundled with ncc first (as the actions are), then imported from the bundle.
// A full run (default corpora, throughput measured) writes bench/results/classify.json; any run
// that scores the real corpus writes bench/results/classify-real.json (after checking the split).
import {spawnSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  BLIND_CORPUS_DIR,
  CORPUS_DIR,
  REAL_DEV_DIR,
  REAL_SEALED_DIR,
  isSealed,
  loadCorpus,
  printScore,
  scoreCorpus
} from './corpus.mjs'
import {generateLog, generateTestHeavyLog} from './generate-log.mjs'
import {grepFile} from '../lib/baselines.mjs'
import {checkSplit} from '../corpus-real/split.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const bytesAt = args.indexOf('--bytes')
const bytes =
  bytesAt >= 0 ? Number(args[bytesAt + 1]) : Number(process.env.CLASSIFY_BENCH_BYTES ?? 1e9)
const testsAt = args.indexOf('--tests-bytes')
const testsBytes = testsAt >= 0 ? Number(args[testsAt + 1]) : 4e8
const skipThroughput = args.includes('--skip-throughput')
const realOnly = args.includes('--real')
const corpusDirs = args.flatMap((a, i) => (a === '--corpus' ? [resolve(args[i + 1])] : []))
const fullRun = !skipThroughput && corpusDirs.length === 0 && !realOnly
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
  const dirs = corpusDirs.length
    ? corpusDirs
    : realOnly
      ? [REAL_DEV_DIR, REAL_SEALED_DIR]
      : [CORPUS_DIR, BLIND_CORPUS_DIR, REAL_DEV_DIR, REAL_SEALED_DIR]
  if (dirs.some(d => d.includes('corpus-real'))) {
    const problems = checkSplit()
    if (problems.length)
      throw new Error(`bench/corpus-real breaks its split rule:\n${problems.join('\n')}`)
  }
  const scores = new Map()
  const withModel = new Map()
  const withModelInMemory = new Map()
  for (const dir of dirs) {
    const corpus = loadCorpus(dir)
    const score = scoreCorpus(corpus, text => core.classifyText(text))
    const sealed = isSealed(dir)
    scores.set(resolve(dir), sealed ? omitMisses(score) : score)
    const name = `Corpus ${relative(root, dir) || dir}${sealed ? ' (sealed: totals only)' : ''}`
    printScore(name, score, {misses: !sealed})
    console.log('')
    // Rules + the evidence model (src/core/classify/learned/), consulted where the rules are
    // weak, the way the classify action runs it: the excerpt streamed through the scanner in
    // chunks, then classifyFailuresWithModel, the model reading what the scanner kept
    // (learned/evidence-text.ts). It was trained on dev, main and blind: on those its score is
    // training accuracy (bench/corpus-real/README.md gives dev's cross-validated figure);
    // sealed it never saw.
    const verdicts = new Map()
    for (const e of corpus) verdicts.set(e.text, await streamedVerdict(core, e.text))
    const combined = scoreCorpus(corpus, text => verdicts.get(text))
    withModel.set(resolve(dir), sealed ? omitMisses(combined) : combined)
    printScore(`${name}, rules + evidence model (streamed, as the action runs)`, combined, {
      misses: !sealed
    })
    // The model reading the excerpt in memory (classifyTextWithModel): not what the action
    // does with a log; the total only, for comparison with earlier figures.
    let inMemory = 0
    for (const e of corpus)
      if ((await core.classifyTextWithModel(e.text)).category === e.expected) inMemory++
    withModelInMemory.set(resolve(dir), {correct: inMemory, excerpts: corpus.length})
    console.log(
      `(for comparison, not the action's path: rules + evidence model reading the text in memory ${inMemory}/${corpus.length})`
    )
    console.log('')
  }
  const mainScore = scores.get(resolve(CORPUS_DIR))
  const blindScore = scores.get(resolve(BLIND_CORPUS_DIR))
  const realDev = scores.get(resolve(REAL_DEV_DIR))
  const realSealed = scores.get(resolve(REAL_SEALED_DIR))
  if (realDev || realSealed) {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'})
    const real = {
      date: new Date().toISOString(),
      node: process.version,
      commit: commit.stdout?.trim() || undefined,
      dev: realDev && omitCorrect(realDev),
      sealed: realSealed,
      // rules + model the way the action runs it (streamed log, classifyFailuresWithModel)
      devWithModel: omitCorrect(withModel.get(resolve(REAL_DEV_DIR))),
      sealedWithModel: withModel.get(resolve(REAL_SEALED_DIR)),
      // the model reading the excerpt in memory (not the action's path), totals only
      devWithModelInMemory: withModelInMemory.get(resolve(REAL_DEV_DIR)),
      sealedWithModelInMemory: withModelInMemory.get(resolve(REAL_SEALED_DIR))
    }
    mkdirSync(join(root, 'bench/results'), {recursive: true})
    writeFileSync(
      join(root, 'bench/results/classify-real.json'),
      `${JSON.stringify(real, null, 2)}\n`
    )
    console.log('Wrote bench/results/classify-real.json\n')
  }
  if (!skipThroughput) {
    // 3. Throughput and peak RSS on each shape of log, in a fresh process, beside grep -E.
    const throughput = await measureShape(work, bundle, core, 'generated', generateLog, bytes)
    const testHeavy = await measureShape(
      work,
      bundle,
      core,
      'test-heavy',
      generateTestHeavyLog,
      testsBytes
    )

    // 4. Figures.
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      corpus: omitCorrect(mainScore),
      blindCorpus: omitCorrect(blindScore),
      throughput: {...throughput, targetMbPerSecond: 400, targetPeakRssMb: 100},
      throughputTestHeavy: {...testHeavy, targetMbPerSecond: 400, targetPeakRssMb: 100}
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

/** Generates one shape of log, scans it in a fresh process, then greps it; prints both. */
async function measureShape(work, bundle, core, name, generate, size) {
  const logFile = join(work, `${name}.log`)
  const t0 = performance.now()
  const written = await generate(logFile, size)
  console.log(
    `\nGenerated ${(written / 1e6).toFixed(0)} MB of ${name} log in ${((performance.now() - t0) / 1000).toFixed(1)} s`
  )
  const child = spawnSync(
    process.execPath,
    [join(root, 'bench/classify/throughput.mjs'), bundle, logFile],
    {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}
  )
  if (child.status !== 0) throw new Error(`throughput run failed (exit ${child.status})`)
  const figures = JSON.parse(child.stdout.trim().split('\n').pop())
  const grep = await grepFile(core.CANDIDATE_LITERALS, logFile)
  rmSync(logFile, {force: true})
  figures.grep = {
    lines: Number(grep.stdout.trim()),
    seconds: Math.round(grep.wallMs) / 1000,
    cpuSeconds: grep.cpuSeconds === undefined ? undefined : Math.round(grep.cpuSeconds * 100) / 100,
    mbPerSecond: Math.round(written / 1e6 / (grep.wallMs / 1000))
  }
  const cpuRate = Math.round(written / 1e6 / figures.cpuSeconds)
  console.log(
    `Scanner, ${name}: ${figures.mbPerSecond} MB/s (${figures.seconds} s wall, ${figures.cpuSeconds} s CPU = ${cpuRate} MB/s of CPU), peak RSS ${figures.peakRssMb} MB, verdict ${figures.category} (${figures.failures} failures, ${figures.candidateLines} candidate lines, ${figures.regions} regions)`
  )
  console.log(
    `grep -E, ${name} (the candidate literals, same file): ${figures.grep.mbPerSecond} MB/s (${figures.grep.seconds} s wall, ${figures.grep.cpuSeconds ?? '?'} s CPU, ${figures.grep.lines} lines)`
  )
  return figures
}

/** The classify action's path: the text streamed through the scanner, then rules + model on the scan. */
async function streamedVerdict(core, text) {
  const buf = Buffer.from(text, 'utf8')
  const chunks = []
  // 64 KB chunks, a file stream's default read
  for (let i = 0; i < buf.length; i += 65536) chunks.push(buf.subarray(i, i + 65536))
  return core.classifyFailuresWithModel([await core.scanLog(chunks)])
}

function omitCorrect(score) {
  if (!score) return undefined
  const {correct: _, ...rest} = score
  return rest
}

/** The sealed split keeps only its totals: no misses, no confusion between categories. */
function omitMisses(score) {
  const {misses: _, confusion: __, ...totals} = score
  return totals
}
