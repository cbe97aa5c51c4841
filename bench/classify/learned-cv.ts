// Cross-validation of the evidence model (src/core/classify/learned/) on the real corpus's
// dev split: k folds by id hash; each fold's excerpts are scored by a model trained on the
// other folds plus the main and blind corpora, and the rules' verdict is combined with the
// model's by the policy. Two views:
// - the rules as they are (tuned on all of dev: their dev accuracy is optimistic, and the
//   rules' own misses are the hardest residue);
// - with --fresh, the rules and scanner as they were when each of the second, third and
//   fourth batches was committed (before any rule read it), on that batch's dev excerpts:
//   how rules + model do on text the rules were never tuned on (the sealed split's case).
// Never reads the sealed split.
// Each table gives rules + model twice: the model reading the excerpt as it is (text in
// memory) and reading what the scanner keeps of a streamed log (src/core/classify/learned/
// evidence-text.ts).
//   node --import tsx bench/classify/learned-cv.ts [--folds 5] [--fresh] [--grid]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {evidenceText, modelText} from '../../src/core/classify/learned/evidence-text.js'
import {features} from '../../src/core/classify/learned/features.js'
import {predict, type Model} from '../../src/core/classify/learned/model.js'
import {
  applyModel,
  LEARNED_RULE,
  needsModel,
  POLICY,
  type Policy
} from '../../src/core/classify/learned/policy.js'
import type {Classification, ScanResult} from '../../src/core/classify/types.js'
import {foldModels, foldOf, trainingExcerpts, type Excerpt} from './learned-data.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const k = Number(args[args.indexOf('--folds') + 1]) || 5

/** Commits that added a batch of real excerpts; the rules at each had not read the batch. */
const BATCHES = [
  {name: 'second', commit: '46c0ea7'},
  {name: 'third', commit: 'a1c80ad'},
  {name: 'fourth', commit: 'd39e1cd'}
]

interface Row {
  label: string
  /** The excerpt as pasted (what the model would read if the scanner kept every window). */
  raw: string
  rules: Classification
  scan: ScanResult
  model: Model
}

/** The verdict of rules + model, the model reading `text`. */
function verdict(row: Row, text: string, policy: Policy): Classification {
  if (!needsModel(row.rules, text, policy)) return row.rules
  return applyModel(row.rules, predict(row.model, features(text)), policy)
}

/** Verdicts the model decided (text in memory), right / all, by their confidence. */
const calibration = new Map<string, [number, number]>()

function calibrate(v: Classification, label: string): void {
  if (v.rule !== LEARNED_RULE) return
  const bin = v.confidence < 0.5 ? '< 0.50' : '0.50-0.65'
  const cell = calibration.get(bin) ?? [0, 0]
  cell[1]++
  if (v.category === label) cell[0]++
  calibration.set(bin, cell)
}

type Cell = [total: number, rules: number, inMemory: number, streamed: number]

function tally(rows: readonly Row[], policy: Policy): {per: Map<string, Cell>; moves: number[]} {
  const per = new Map<string, Cell>()
  const moves = [0, 0, 0] // changed, gained, lost (text in memory)
  for (const r of rows) {
    const decided = verdict(r, modelText(r.raw), policy)
    calibrate(decided, r.label)
    const memory = decided.category
    const streamed = verdict(r, evidenceText([r.scan]), policy).category
    const cell = per.get(r.label) ?? [0, 0, 0, 0]
    cell[0]++
    if (r.rules.category === r.label) cell[1]++
    if (memory === r.label) cell[2]++
    if (streamed === r.label) cell[3]++
    per.set(r.label, cell)
    if (memory !== r.rules.category) {
      moves[0]++
      if (memory === r.label) moves[1]++
      else if (r.rules.category === r.label) moves[2]++
    }
  }
  return {per, moves}
}

function table(title: string, rows: readonly Row[], policy: Policy): void {
  calibration.clear()
  const {per, moves} = tally(rows, policy)
  console.log(`\n${title}: ${rows.length} excerpts; policy ${JSON.stringify(policy)}`)
  console.log(
    '| category            | rules alone | + model, text in memory | + model, streamed log |'
  )
  console.log(
    '| ------------------- | ----------- | ----------------------- | --------------------- |'
  )
  const t: Cell = [0, 0, 0, 0]
  for (const [c, cell] of [...per].sort()) {
    const [n, ...ok] = cell
    console.log(
      `| ${c.padEnd(19)} | ${ok.map((v, i) => `${v}/${n}`.padEnd([11, 23, 21][i])).join(' | ')} |`
    )
    cell.forEach((v, i) => (t[i] += v))
  }
  const cells = t.slice(1).map(v => `**${v}/${t[0]}** (${((v / t[0]) * 100).toFixed(1)} %)`)
  console.log(`| **overall**         | ${cells.join(' | ')} |`)
  console.log(
    `text in memory: ${moves[0]} verdicts changed, ${moves[1]} right that the rules had wrong, ${moves[2]} wrong that the rules had right`
  )
  const bins = [...calibration]
    .sort()
    .map(([bin, [ok, n]]) => `confidence ${bin}: ${ok}/${n} right`)
  console.log(`verdicts the model decided (text in memory): ${bins.join('; ') || 'none'}`)
}

/** The dev excerpts of a batch, scanned and classified by the src tree of its commit. */
async function freshRows(excerpts: readonly Excerpt[], models: readonly Model[]): Promise<Row[]> {
  const byId = new Map(excerpts.filter(e => e.corpus === 'dev').map(e => [e.id, e]))
  // @ts-expect-error -- plain .mjs helpers shared with the benchmark
  const corpora = await import('./corpus.mjs')
  const texts = new Map(
    (corpora.loadCorpus(corpora.REAL_DEV_DIR) as {id: string; text: string}[]).map(e => [
      e.id,
      e.text
    ])
  )
  const rows: Row[] = []
  for (const {commit} of BATCHES) {
    const ids = execFileSync('git', ['show', commit, '--', 'bench/corpus-real/dev'], {
      cwd: root,
      encoding: 'utf8'
    })
      .split('\n')
      .flatMap(l => (l.startsWith('+>>> ') ? [l.split(' ')[1]] : []))
    const tree = join(root, '.tmp', `rules-${commit}`)
    if (!existsSync(join(tree, 'src'))) {
      mkdirSync(tree, {recursive: true})
      execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C '${tree}'`], {cwd: root})
    }
    const old = await import(pathToFileURL(join(tree, 'src/core/classify/index.ts')).href)
    for (const id of ids) {
      const e = byId.get(id)
      const text = texts.get(id)
      if (!e || text === undefined) continue
      const scan = old.scanText(text) as ScanResult
      const rules = old.classify(scan.failures, scan.signals, scan.stats) as Classification
      rows.push({label: e.label, raw: text, rules, scan, model: models[foldOf(id, k)]})
    }
  }
  return rows
}

const excerpts = trainingExcerpts()
const models = foldModels(excerpts, k)
const now: Row[] = excerpts
  .filter(e => e.corpus === 'dev')
  .map(e => ({
    label: e.label,
    raw: e.text,
    rules: e.rules,
    scan: e.scan,
    model: models[foldOf(e.id, k)]
  }))
const fresh = args.includes('--fresh') ? await freshRows(excerpts, models) : []
const policies: Policy[] = args.includes('--grid')
  ? [0, 0.3, 0.5, 0.7, 0.9].flatMap(minWeakP =>
      [0.7, 0.8, 0.9, 0.95, undefined].map(minConfusableP => ({
        weakBelow: 0.5,
        minWeakP,
        ...(minConfusableP === undefined ? {} : {minConfusableP})
      }))
    )
  : [POLICY]
for (const policy of policies) {
  table(`dev, ${k}-fold CV, rules as they are`, now, policy)
  if (fresh.length)
    table(`dev batches 2-4, ${k}-fold CV, rules as each batch found them`, fresh, policy)
}
