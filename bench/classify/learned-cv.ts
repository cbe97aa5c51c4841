// Cross-validation of the evidence model (src/core/classify/learned/) on the real corpus's
// dev split: k folds by id hash; each fold's excerpts are scored by a model trained on the
// other folds plus the main and blind corpora, and the rules' verdict is combined with the
// model's by the policy. Two views:
// - the rules as they are (tuned on all of dev: their dev accuracy is optimistic, and the
//   rules' own misses are the hardest residue);
// - with --fresh, the rules and scanner as they were when each of the second to sixth
//   batches was committed (before any rule read it), on that batch's dev excerpts:
//   how rules + model do on text the rules were never tuned on (the sealed split's case).
// Never reads the sealed split.
// Each table gives rules + model four times: the model reading the excerpt as it is (text in
// memory), reading what the scanner keeps of it streamed (src/core/classify/learned/
// evidence-text.ts, with the bounded evidence of src/core/classify/evidence-window.ts), and
// reading what the scanner keeps of it inside a job log: after 3,000 passing-test lines
// (a quarter of them with candidate words, as in bench:classify's test-heavy shape), then
// either the runner's post-job steps (the failure at the log's end) or ~64 KB more passing
// tests and the post-job steps (the failure mid-log: only a kept window can hold it). In the
// job-log columns the rules' findings are those on the excerpt itself (the row's scan); only
// what the scanner retains comes from the job log: they measure the retention.
//   node --import tsx bench/classify/learned-cv.ts [--folds 5] [--fresh] [--grid]
import {evidenceText, modelText} from '../../src/core/classify/learned/evidence-text.js'
import {LogScanner} from '../../src/core/classify/scanner.js'
import {passingTestLines} from './generate-log.mjs'
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
import {foldModels, foldOf, freshExcerpts, trainingExcerpts, type Excerpt} from './learned-data.js'

const args = process.argv.slice(2)
const k = Number(args[args.indexOf('--folds') + 1]) || 5

interface Row {
  label: string
  /** The excerpt as pasted (what the model would read if the scanner kept every window). */
  raw: string
  rules: Classification
  scan: ScanResult
  /** The excerpt scanned inside a job log, at its end and mid-log (inJobLog). */
  atEnd: ScanResult
  midLog: ScanResult
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

/** The runner's post-job steps, as a job log ends after a failed step. */
const POST_JOB = [
  '##[error]Process completed with exit code 1.',
  'Post job cleanup.',
  '[command]/usr/bin/git version',
  'git version 2.47.1',
  "Temporarily overriding HOME='/home/runner/work/_temp/4f2c1d9e' before making global git config changes",
  'Adding repository directory to the temporary git global config as a safe directory',
  '[command]/usr/bin/git config --global --add safe.directory /home/runner/work/app/app',
  '[command]/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand',
  "[command]/usr/bin/git submodule foreach --recursive sh -c \"git config --local --name-only --get-regexp 'core\\.sshCommand' && git config --local --unset-all 'core.sshCommand' || :\"",
  '[command]/usr/bin/git config --local --name-only --get-regexp http\\.https\\:\\/\\/github\\.com\\/\\.extraheader',
  'http.https://github.com/.extraheader',
  '[command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader',
  'Cleaning up orphan processes'
]
  .map(l => `2026-11-23T10:09:59.0000000Z ${l}\n`)
  .join('')
const BEFORE = passingTestLines(3000)
const AFTER = passingTestLines(600)

/** The excerpt inside a job log (its lines behind runner timestamps), scanned in 64 KB chunks. */
function inJobLog(text: string, midLog: boolean): ScanResult {
  const lines = text
    .split('\n')
    .map(l => `2026-11-23T10:05:00.0000000Z ${l}\n`)
    .join('')
  const log = Buffer.from(`${BEFORE}${lines}${midLog ? AFTER : ''}${POST_JOB}`, 'utf8')
  const scanner = new LogScanner()
  for (let i = 0; i < log.length; i += 64 * 1024) scanner.push(log.subarray(i, i + 64 * 1024))
  return scanner.finish()
}

/** What the model reads: the row's findings, with what the scanner kept of `log`. */
function withKept(scan: ScanResult, log: ScanResult): ScanResult {
  return {...scan, tail: log.tail, evidence: log.evidence}
}

type Cell = [
  total: number,
  rules: number,
  inMemory: number,
  streamed: number,
  atEnd: number,
  midLog: number
]

function tally(rows: readonly Row[], policy: Policy): {per: Map<string, Cell>; moves: number[]} {
  const per = new Map<string, Cell>()
  const moves = [0, 0, 0] // changed, gained, lost (text in memory)
  for (const r of rows) {
    const decided = verdict(r, modelText(r.raw), policy)
    calibrate(decided, r.label)
    const memory = decided.category
    const streamed = verdict(r, evidenceText([r.scan]), policy).category
    const atEnd = verdict(r, evidenceText([withKept(r.scan, r.atEnd)]), policy).category
    const midLog = verdict(r, evidenceText([withKept(r.scan, r.midLog)]), policy).category
    const cell = per.get(r.label) ?? [0, 0, 0, 0, 0, 0]
    cell[0]++
    if (r.rules.category === r.label) cell[1]++
    if (memory === r.label) cell[2]++
    if (streamed === r.label) cell[3]++
    if (atEnd === r.label) cell[4]++
    if (midLog === r.label) cell[5]++
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
  const heads = [
    'rules alone',
    '+ model, text in memory',
    '+ model, streamed log',
    '+ model, job log, at its end',
    '+ model, job log, mid-log'
  ]
  console.log(`| category            | ${heads.join(' | ')} |`)
  console.log(`| ------------------- | ${heads.map(h => '-'.repeat(h.length)).join(' | ')} |`)
  const t: Cell = [0, 0, 0, 0, 0, 0]
  for (const [c, cell] of [...per].sort()) {
    const [n, ...ok] = cell
    console.log(
      `| ${c.padEnd(19)} | ${ok.map((v, i) => `${v}/${n}`.padEnd(heads[i].length)).join(' | ')} |`
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

/** The dev excerpts of batches 2-6, with the rules of the commit that added each batch. */
async function freshRows(excerpts: readonly Excerpt[], models: readonly Model[]): Promise<Row[]> {
  return (await freshExcerpts(excerpts)).map(({excerpt: e, rules, scan}) => ({
    label: e.label,
    raw: e.text,
    rules,
    scan,
    atEnd: inJobLog(e.text, false),
    midLog: inJobLog(e.text, true),
    model: models[foldOf(e.id, k)]
  }))
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
    atEnd: inJobLog(e.text, false),
    midLog: inJobLog(e.text, true),
    model: models[foldOf(e.id, k)]
  }))
const fresh = args.includes('--fresh') ? await freshRows(excerpts, models) : []
const policies: Policy[] = args.includes('--grid')
  ? [0, 1, 2].flatMap(weakMargin =>
      [0.7, 0.8, 0.9, 0.95, undefined].map(minConfusableP => ({
        ...POLICY,
        weakMargin,
        ...(minConfusableP === undefined ? {} : {minConfusableP})
      }))
    )
  : [POLICY]
for (const policy of policies) {
  table(`dev, ${k}-fold CV, rules as they are`, now, policy)
  if (fresh.length)
    table(`dev batches 2-6, ${k}-fold CV, rules as each batch found them`, fresh, policy)
}
