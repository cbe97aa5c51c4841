// Alternatives to the committed evidence model, tried and not committed (issue #11), on the same
// folds as learned-cv.ts (dev only, never the sealed split):
// --stack: stacking, the rules' verdict as features of the model (its class, its rule, its class
//   and confidence band), trained with the text's features;
// --error-lines: the tokens of lines with a failure word and of their neighbours as features of
//   their own (`!token`), besides every line's;
// a JSON object: other training options (TRAIN_OPTIONS's fields).
// Each model is consulted as a flat policy would (rules' confidence below t, the model's class at
// probability minP or more). Prints, for the two views of dev (rules as they are; batches 2-6
// with the rules of their commit), the rules, the model alone and the combinations; the figures
// are in bench/classify/learned-combination.md.
//   node --import tsx bench/classify/learned-alternatives.ts [--stack] [--error-lines] ['{"iterations":300}']
import {evidenceText, modelText} from '../../src/core/classify/learned/evidence-text.js'
import {features, tokens} from '../../src/core/classify/learned/features.js'
import {loadWeights, predict, type Posterior} from '../../src/core/classify/learned/model.js'
import {train, type TrainOptions} from '../../src/core/classify/learned/train.js'
import {reportsFailure} from '../../src/core/classify/evidence.js'
import type {Classification, ScanResult} from '../../src/core/classify/types.js'
import {
  foldOf,
  freshExcerpts,
  trainingExcerpts,
  TRAIN_OPTIONS,
  trainingDocument,
  type Excerpt
} from './learned-data.js'

const K = 5
const args = process.argv.slice(2)
const STACK = args.includes('--stack')
const ERROR_LINES = args.includes('--error-lines')
const options: TrainOptions = {
  ...TRAIN_OPTIONS,
  ...JSON.parse(args.find(a => a.startsWith('{')) ?? '{}')
}
const excerpts = trainingExcerpts()

function band(c: Classification): string {
  if (c.category === 'unknown') return 'none'
  return c.confidence < 0.5
    ? 'weak'
    : c.confidence < 0.7
      ? 'fair'
      : c.confidence < 0.85
        ? 'good'
        : 'sure'
}
/** The text's features, and with --stack the rules' verdict (`@` never starts a text token). */
function withRules(text: readonly string[], c: Classification): string[] {
  if (!STACK) return [...text]
  return [...text, `@rules ${c.category}`, `@rule ${c.rule}`, `@rules ${c.category} ${band(c)}`]
}
/** The text's features, with --error-lines those of failure lines and their neighbours marked. */
function textFeatures(text: string): string[] {
  const base = features(text)
  if (!ERROR_LINES) return base
  const marked = new Set<string>()
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if (!reportsFailure(line)) return
    for (const near of [lines[i - 1], line, lines[i + 1]])
      for (const t of near ? tokens(near) : []) marked.add(`!${t}`)
  })
  return [...base, ...marked]
}
const docFeatures = new Map(excerpts.map(e => [e, textFeatures(modelText(e.text))]))
const models = Array.from({length: K}, (_, fold) =>
  loadWeights(
    train(
      excerpts
        .filter(e => e.corpus !== 'dev' || foldOf(e.id, K) !== fold)
        .map(e => ({
          ...trainingDocument(e),
          features: withRules(docFeatures.get(e) ?? [], e.rules)
        })),
      options
    )
  )
)

function verdict(
  rules: Classification,
  post: Posterior[],
  text: string,
  t: number,
  minP: number
): string {
  if (rules.category === 'budget_exceeded' || rules.rule === 'root.binary') return rules.category
  if (rules.confidence >= t || !reportsFailure(text)) return rules.category
  const top = post[0]
  return top.category === 'unknown' || top.p < minP ? rules.category : top.category
}

function score(title: string, rows: {e: Excerpt; rules: Classification; scan: ScanResult}[]): void {
  let rulesOk = 0
  let alone = 0
  const ok = new Map<string, [number, number]>()
  for (const r of rows) {
    const m = models[foldOf(r.e.id, K)]
    const text = modelText(r.e.text)
    const streamed = evidenceText([r.scan])
    const post = predict(m, withRules(textFeatures(text), r.rules))
    const postS = predict(m, withRules(textFeatures(streamed), r.rules))
    if (r.rules.category === r.e.label) rulesOk++
    if (post[0].category === r.e.label) alone++
    for (const t of [0.5, 0.7, 0.85, 1.01])
      for (const p of [0, 0.3, 0.5]) {
        const cell = ok.get(`t ${t} minP ${p}`) ?? [0, 0]
        if (verdict(r.rules, post, text, t, p) === r.e.label) cell[0]++
        if (verdict(r.rules, postS, streamed, t, p) === r.e.label) cell[1]++
        ok.set(`t ${t} minP ${p}`, cell)
      }
  }
  console.log(`\n${title} (${rows.length}): rules ${rulesOk}, model alone ${alone}`)
  for (const [k, [m, s]] of ok) console.log(`  ${k}: ${m} in memory, ${s} streamed`)
}

console.log(`stack: ${STACK}, error lines: ${ERROR_LINES}, options ${JSON.stringify(options)}`)
const dev = excerpts.filter(e => e.corpus === 'dev')
score(
  'dev, rules as they are',
  dev.map(e => ({e, rules: e.rules, scan: e.scan}))
)
const fresh = await freshExcerpts(excerpts)
score(
  'dev batches 2-6, rules as each batch found them',
  fresh.map(f => ({e: f.excerpt, rules: f.rules, scan: f.scan}))
)
