// Variants of the evidence model's features, training and policy (session 13, issue #11),
// scored by 5-fold cross-validation of rules + model on the real corpus's dev split, on the
// same folds as learned-cv.ts (never the sealed split). For each variant: the total (text in
// memory, and streamed), per fold, per half of dev (dev-halves.mjs's A/B), per class, and the
// model alone (its top class, out of fold). With --misses, the baseline's CV misses by where
// they come from (a confident rule the model is never asked about, a weak verdict the gate
// keeps from the model, a weak verdict the model was asked about). With --fresh, also the dev
// excerpts of batches 2-6 scored with the rules of the commit that added them (learned-cv.ts's
// second view). --grid scores the training grid by plain CV, --nested the choice among it by
// nested CV. The baseline is session 12's training (every excerpt once, 4,000 features, 100
// iterations); the figures are in bench/corpus-real/README.md, "Session 13: evidence model".
// With --forward, also forward by batch (session 15): for each batch sampled without bias
// (learned-data.ts's UNBIASED_BATCHES, the tenth on), a model trained on every excerpt but the
// dev excerpts of that batch and the later ones (what existed before it) scores rules + model
// on that batch's dev excerpts, the rules as they are now; the sum over the batches is the
// estimate of a model choice on fresh text. Needs a full clone (the batches are read from git
// history). With --vs-committed, deltas are against the committed training, not session 12's.
//   node --import tsx bench/classify/learned-variants.ts [--misses] [--fresh] [--forward]
//     [--vs-committed] [--grid | --nested] [name …]
import {createHash} from 'node:crypto'
import {evidenceText, modelText} from '../../src/core/classify/learned/evidence-text.js'
import {features as baseFeatures, tokens} from '../../src/core/classify/learned/features.js'
import {CANDIDATE_LITERALS} from '../../src/core/classify/candidates.js'
import {stripAnsi} from '../../src/core/classify/normalize.js'
import {PASSING_TEST_LINE} from '../../src/core/classify/passing-line.js'
import {
  loadWeights,
  predict,
  type Model,
  type Posterior
} from '../../src/core/classify/learned/model.js'
import {
  applyModel,
  needsModel,
  POLICY,
  type Policy
} from '../../src/core/classify/learned/policy.js'
import {train, type Document, type TrainOptions} from '../../src/core/classify/learned/train.js'
import type {Category, Classification} from '../../src/core/classify/types.js'
import {failureEvidence} from '../../src/core/classify/evidence.js'
import {
  DEV_WEIGHT,
  foldOf,
  freshExcerpts,
  trainingExcerpts,
  unbiasedBatches,
  TRAIN_OPTIONS,
  type Excerpt
} from './learned-data.js'

/** The training options of session 12, the baseline every variant's options are laid over. */
const SESSION_12: TrainOptions = {
  minDocs: 2,
  maxFeatures: 4000,
  iterations: 100,
  step: 2,
  l2: 0.0001,
  scale: 20
}

const K = 5
const args = process.argv.slice(2)

export interface Variant {
  name: string
  features?: (text: string) => string[]
  options?: Partial<TrainOptions>
  policy?: Partial<Policy>
  /** Which training documents, and how much each counts (1 by default, 0 leaves it out). */
  docWeight?: (e: Excerpt) => number
  /** Also ask about a rule verdict of confidence in [weakBelow, below), overriding it at ln-odds > margin. */
  override?: {below: number; margin: number}
  /**
   * Also ask about a weak verdict on text the gate shuts out (no failure word it knows): the
   * model's top class replaces it when it is not `unknown` and its probability is at least minP
   * (and, with unknownP, when the model's p(unknown) is below unknownP).
   */
  gated?: {minP: number; unknownP?: number}
}

function half(id: string): 'A' | 'B' {
  return createHash('sha256').update(id).digest()[1] % 2 === 0 ? 'A' : 'B'
}

const excerpts = trainingExcerpts()
const dev = excerpts.filter(e => e.corpus === 'dev')

/** With --fresh: the dev excerpts of batches 2-6 with the rules of the commit that added them. */
const fresh = args.includes('--fresh') ? await freshExcerpts(excerpts) : []

/** With --forward: the batches sampled without bias, in the order they were added. */
const batches = args.includes('--forward') ? unbiasedBatches() : []

interface Result {
  fresh: number
  /** Forward by batch: right per batch, the sum, and the ids right (for paired comparison). */
  perBatch: number[]
  forward: number
  /** The model alone on the batches (its top class). */
  forwardAlone: number
  forwardRight: Set<string>
  cvRight: Set<string>
  total: number
  streamed: number
  alone: number
  perFold: number[]
  perHalf: Record<string, number>
  perClass: Map<string, number>
  size: number
}

/** The verdict of rules + model under a variant's policy, override and gated options. */
function decide(
  v: Variant,
  rules: Classification,
  text: string,
  post: readonly Posterior[]
): Classification {
  const policy = {...POLICY, ...v.policy}
  if (needsModel(rules, text, policy)) return applyModel(rules, post, policy)
  if (
    v.override &&
    rules.confidence >= policy.weakBelow &&
    rules.confidence < v.override.below &&
    rules.category !== 'budget_exceeded' &&
    post[0].category !== 'unknown'
  ) {
    const own = post.find(p => p.category === rules.category)?.p ?? 0
    if (Math.log(post[0].p / own) > v.override.margin)
      return {...rules, category: post[0].category as Category}
  }
  if (
    v.gated &&
    rules.confidence < policy.weakBelow &&
    rules.rule !== 'root.binary' &&
    rules.category !== 'budget_exceeded' &&
    post[0].category !== 'unknown' &&
    post[0].p >= v.gated.minP &&
    (post.find(p => p.category === 'unknown')?.p ?? 0) < (v.gated.unknownP ?? Infinity)
  )
    return {...rules, category: post[0].category as Category}
  return rules
}

/** The training documents of a variant: the excerpts `keep` admits, with the variant's features and weights. */
function documents(
  v: Variant,
  docFeatures: ReadonlyMap<Excerpt, string[]>,
  keep: (e: Excerpt) => boolean
): Document[] {
  return excerpts
    .filter(keep)
    .map(e => ({label: e.label, features: docFeatures.get(e) ?? [], weight: v.docWeight?.(e) ?? 1}))
    .filter(d => (d.weight ?? 1) > 0)
}

/** Forward by batch: batch i scored by a model that never saw its dev excerpts nor a later batch's. */
function forward(v: Variant, docFeatures: ReadonlyMap<Excerpt, string[]>, r: Result): void {
  const options = {...SESSION_12, ...v.options}
  batches.forEach((b, i) => {
    const later = new Set(batches.slice(i).flatMap(x => [...x.ids]))
    const model = loadWeights(
      train(
        documents(v, docFeatures, e => e.corpus !== 'dev' || !later.has(e.id)),
        options
      )
    )
    for (const e of dev) {
      if (!b.ids.has(e.id)) continue
      const post = predict(model, docFeatures.get(e) ?? [])
      if (post[0].category === e.label) r.forwardAlone++
      if (decide(v, e.rules, modelText(e.text), post).category !== e.label) continue
      r.perBatch[i]++
      r.forward++
      r.forwardRight.add(e.id)
    }
  })
}

function score(v: Variant): Result {
  const feats = v.features ?? baseFeatures
  const options = {...SESSION_12, ...v.options}
  const policy = {...POLICY, ...v.policy}
  const docFeatures = new Map(excerpts.map(e => [e, feats(modelText(e.text))]))
  const models: Model[] = []
  let size = 0
  for (let fold = 0; fold < K; fold++) {
    const w = train(
      documents(v, docFeatures, e => e.corpus !== 'dev' || foldOf(e.id, K) !== fold),
      options
    )
    size = Math.max(size, JSON.stringify(w).length)
    models.push(loadWeights(w))
  }
  const r: Result = {
    perBatch: batches.map(() => 0),
    forward: 0,
    forwardAlone: 0,
    forwardRight: new Set(),
    cvRight: new Set(),
    fresh: 0,
    total: 0,
    streamed: 0,
    alone: 0,
    perFold: new Array<number>(K).fill(0),
    perHalf: {A: 0, B: 0},
    perClass: new Map(),
    size
  }
  for (const f of fresh) {
    const e = f.excerpt
    const post = predict(models[foldOf(e.id, K)], docFeatures.get(e) ?? [])
    const text = modelText(e.text)
    const c = needsModel(f.rules, text, policy) ? applyModel(f.rules, post, policy) : f.rules
    if (c.category === e.label) r.fresh++
  }
  forward(v, docFeatures, r)
  for (const e of dev) {
    const m = models[foldOf(e.id, K)]
    const text = modelText(e.text)
    const post = predict(m, docFeatures.get(e) ?? [])
    const c = decide(v, e.rules, text, post)
    const s = evidenceText([e.scan])
    const cs = decide(v, e.rules, s, predict(m, feats(s)))
    if (post[0].category === e.label) r.alone++
    if (cs.category === e.label) r.streamed++
    if (c.category !== e.label) continue
    r.cvRight.add(e.id)
    r.total++
    r.perFold[foldOf(e.id, K)]++
    r.perHalf[half(e.id)]++
    r.perClass.set(e.label, (r.perClass.get(e.label) ?? 0) + 1)
  }
  return r
}

/** The CV misses of a variant's training (features and policy as committed) by where they come from. */
function misses(v: Variant): void {
  const models = Array.from({length: K}, (_, fold) =>
    loadWeights(
      train(
        excerpts
          .filter(e => e.corpus !== 'dev' || foldOf(e.id, K) !== fold)
          .map(e => ({label: e.label, features: e.features, weight: v.docWeight?.(e) ?? 1}))
          .filter(d => d.weight > 0),
        {...SESSION_12, ...v.options}
      )
    )
  )
  const bins = new Map<string, [number, number]>()
  const add = (k: string, modelRight: boolean) => {
    const cell = bins.get(k) ?? [0, 0]
    cell[0]++
    if (modelRight) cell[1]++
    bins.set(k, cell)
  }
  for (const e of dev) {
    const text = modelText(e.text)
    const post = predict(models[foldOf(e.id, K)], e.features)
    const asked = needsModel(e.rules, text)
    const c = asked ? applyModel(e.rules, post) : e.rules
    if (c.category === e.label) continue
    const right = post[0].category === e.label
    const confident = e.rules.confidence >= POLICY.weakBelow || e.rules.rule === 'root.binary'
    const band =
      e.rules.confidence >= 0.85 ? '≥ 0.85' : e.rules.confidence >= 0.7 ? '0.70-0.85' : '0.50-0.70'
    if (confident) add(`confident rule wrong (${band}), model not asked`, right)
    else if (!asked) add(`weak verdict, gate kept the model out (${failureEvidence(text)})`, right)
    else if (c.rule === 'learned.evidence')
      add('weak verdict, model asked and overrode wrongly', right)
    else if (e.rules.category === 'unknown') add('rules unknown, model asked, left it', right)
    else add('weak guess wrong, model asked, left it', right)
  }
  console.log(
    `\n${v.name}: CV misses by origin (count; the out-of-fold model's top class right on):`
  )
  for (const [k, [n, ok]] of [...bins].sort((a, b) => b[1][0] - a[1][0]))
    console.log(`  ${n}\t${ok}\t${k}`)
}

/** Excerpts right in r and not in base, and the reverse: `+gained −lost`. */
function paired(right: ReadonlySet<string>, baseRight?: ReadonlySet<string>): string {
  if (!baseRight) return ''
  const gained = [...right].filter(id => !baseRight.has(id)).length
  const lost = [...baseRight].filter(id => !right.has(id)).length
  return ` [+${gained} −${lost}]`
}

function print(v: Variant, r: Result, base?: Result): void {
  const d = (x: number, y?: number) => (y === undefined ? '' : `${x - y >= 0 ? '+' : ''}${x - y}`)
  const fw = batches.length
    ? ` forward ${r.forward}/${batches.reduce((n, b) => n + b.ids.size, 0)} (${d(r.forward, base?.forward)})${paired(r.forwardRight, base?.forwardRight)} by batch [${r.perBatch.join(' ')}], alone ${r.forwardAlone}`
    : ''
  const classes = [...(base ?? r).perClass.keys()].sort()
  const pc = classes
    .map(c => [c, r.perClass.get(c) ?? 0, base?.perClass.get(c) ?? 0] as const)
    .filter(([, x, y]) => !base || x !== y)
    .map(([c, x, y]) => `${c} ${x}${base ? `(${d(x, y)})` : ''}`)
    .join(', ')
  console.log(
    `${v.name.padEnd(40)} ${r.total} (${d(r.total, base?.total)})${paired(r.cvRight, base?.cvRight)}${fw} fresh ${r.fresh} (${d(r.fresh, base?.fresh)}) streamed ${r.streamed} (${d(r.streamed, base?.streamed)}) alone ${r.alone} (${d(r.alone, base?.alone)}) folds [${r.perFold.map((x, i) => d(x, base?.perFold[i]) || x).join(' ')}] halves A ${d(r.perHalf.A, base?.perHalf.A) || r.perHalf.A} B ${d(r.perHalf.B, base?.perHalf.B) || r.perHalf.B} size ${(r.size / 1024).toFixed(0)}K | ${pc}`
  )
}

export async function run(variants: readonly Variant[]): Promise<void> {
  if (args.includes('--misses')) for (const v of [{name: 'baseline'}, COMMITTED]) misses(v)
  const names = args.filter(a => !a.startsWith('--'))
  const baseVariant = args.includes('--vs-committed') ? COMMITTED : {name: 'baseline'}
  if (batches.length) {
    const rules = batches.map(
      b => dev.filter(e => b.ids.has(e.id) && e.rules.category === e.label).length
    )
    console.log(
      `rules alone, forward by batch (${batches.map(b => `${b.name} ${b.ids.size}`).join(', ')}): ${rules.reduce((a, b) => a + b, 0)} [${rules.join(' ')}]`
    )
  }
  const base = score(baseVariant)
  print(baseVariant, base)
  for (const v of variants)
    if (!names.length || names.some(n => v.name.includes(n))) print(v, score(v), base)
}

/**
 * Nested CV of choosing among `grid` by CV: for each outer fold o, each variant is scored on the
 * dev excerpts outside o, each by a model trained without o and without its own fold; the best
 * (ties: the earlier) is applied to fold o with the model trained without o.
 */
export function nested(grid: readonly Variant[]): void {
  const cache = new Map<string, Model>()
  const feats = new Map<Variant, Map<Excerpt, string[]>>()
  const fs = (v: Variant) => {
    let m = feats.get(v)
    if (!m)
      feats.set(
        v,
        (m = new Map(excerpts.map(e => [e, (v.features ?? baseFeatures)(modelText(e.text))])))
      )
    return m
  }
  const model = (vi: number, folds: number[]): Model => {
    const key = `${vi}:${[...new Set(folds)].sort().join(',')}`
    let m = cache.get(key)
    if (!m) {
      const v = grid[vi]
      const f = fs(v)
      const docs = excerpts
        .filter(e => e.corpus !== 'dev' || !folds.includes(foldOf(e.id, K)))
        .map(e => ({label: e.label, features: f.get(e) ?? [], weight: v.docWeight?.(e) ?? 1}))
        .filter(d => d.weight > 0)
      cache.set(key, (m = loadWeights(train(docs, {...SESSION_12, ...v.options}))))
    }
    return m
  }
  const right = (vi: number, e: Excerpt, m: Model): boolean => {
    const policy = {...POLICY, ...grid[vi].policy}
    const text = modelText(e.text)
    const c = needsModel(e.rules, text, policy)
      ? applyModel(e.rules, predict(m, fs(grid[vi]).get(e) ?? []), policy)
      : e.rules
    return c.category === e.label
  }
  let total = 0
  const perClass = new Map<string, number>()
  for (let o = 0; o < K; o++) {
    const inner = grid.map(
      (_, vi) =>
        dev.filter(e => foldOf(e.id, K) !== o && right(vi, e, model(vi, [o, foldOf(e.id, K)])))
          .length
    )
    const best = inner.indexOf(Math.max(...inner))
    const outer = dev.filter(e => foldOf(e.id, K) === o && right(best, e, model(best, [o])))
    for (const e of outer) perClass.set(e.label, (perClass.get(e.label) ?? 0) + 1)
    total += outer.length
    console.log(
      `outer fold ${o}: inner ${inner.join(' ')} → ${grid[best].name}, ${outer.length} right`
    )
  }
  console.log(
    `nested CV: ${total}/${dev.length} | ${[...perClass]
      .sort()
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`
  )
}

// ---- the variants ----

const lines = (text: string) => text.split('\n')

/** Tokens of lines that report a failure (evidence.ts's vocabulary), as `!token`. */
function marked(text: string, which: (line: string) => boolean, bigrams = false): string[] {
  const out = new Set<string>()
  for (const line of lines(text)) {
    if (!which(line)) continue
    const t = tokens(line)
    t.forEach((w, i) => {
      out.add(`!${w}`)
      if (bigrams && i > 0) out.add(`!${t[i - 1]} ${w}`)
    })
  }
  return [...out]
}
const failLine = (line: string) => failureEvidence(line) !== 'none'
const candLine = (line: string) => CANDIDATE_LITERALS.some(l => line.includes(l))

/** The parts of CamelCase and snake_case identifiers (ModuleNotFoundError → module, not, found, error). */
function camelParts(text: string): string[] {
  const out = new Set<string>()
  for (const line of lines(text))
    for (const m of stripAnsi(line.slice(0, 400)).matchAll(/[A-Za-z][A-Za-z0-9_]{5,39}/g)) {
      const parts = m[0]
        .split(/_+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
        .filter(p => p.length > 1)
      if (parts.length > 1) for (const p of parts) out.add(`~${p.toLowerCase()}`)
    }
  return [...out]
}

/** Character 5-grams of long tokens on failure lines. */
function charGrams(text: string): string[] {
  const out = new Set<string>()
  for (const line of lines(text)) {
    if (!failLine(line)) continue
    for (const t of tokens(line))
      if (t.length >= 8) for (let i = 0; i + 5 <= t.length; i++) out.add(`#${t.slice(i, i + 5)}`)
  }
  return [...out]
}

/** The step names (`##[group]Run X`, `Run X`): `$x`. */
function stepNames(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(/^(?:.*##\[group\])?Run (\S+)/gm)) {
    const name = m[1].replace(/@.*$/, '').split('/').pop()?.toLowerCase()
    if (name) out.add(`$${name}`)
  }
  return [...out]
}

const plus =
  (...extra: ((t: string) => string[])[]) =>
  (t: string) => [...baseFeatures(t), ...extra.flatMap(f => f(t))]

const bangBi = plus(t => marked(t, failLine, true))
/** The training grid chosen from by nested CV (--nested), and scored by plain CV (--grid). */
const GRID: Variant[] = [0, 0.5].flatMap(classWeight =>
  [1, 2, 3].flatMap(d =>
    [4000, 3000].flatMap(maxFeatures =>
      [100, 150].map(iterations => ({
        name: `cw${classWeight} dev×${d} maxF${maxFeatures} it${iterations}`,
        options: {classWeight, maxFeatures, iterations},
        docWeight: (e: Excerpt) => (e.corpus === 'dev' ? d : 1)
      }))
    )
  )
)
/** The committed training (TRAIN_OPTIONS, dev excerpts counted DEV_WEIGHT times). */
const COMMITTED: Variant = {
  name: 'committed',
  options: TRAIN_OPTIONS,
  docWeight: e => (e.corpus === 'dev' ? DEV_WEIGHT : 1)
}
const on = (v: Variant): Variant => ({
  ...COMMITTED,
  ...v,
  options: {...TRAIN_OPTIONS, ...v.options},
  name: `committed + ${v.name}`
})
const noPassing = (t: string) =>
  baseFeatures(
    t
      .split('\n')
      .filter(l => !PASSING_TEST_LINE.test(l))
      .join('\n')
  )
/** The tokens of the last 20 non-blank lines, as `^token`. */
function lastLines(t: string): string[] {
  const last = t
    .split('\n')
    .filter(l => l.trim())
    .slice(-20)
  return [...new Set(last.flatMap(l => tokens(l)).map(w => `^${w}`))]
}
/** Character n-grams (lo to hi) of the tokens (at least minLen long) of the lines `which` admits, as `#gram`, `<` and `>` marking a token's ends. */
const subwords =
  (lo: number, hi: number, minLen = 4, which: (line: string) => boolean = () => true) =>
  (text: string): string[] => {
    const out = new Set<string>()
    for (const line of lines(text)) {
      if (!which(line)) continue
      for (const t of tokens(line)) {
        if (t.length < minLen) continue
        const w = `<${t}>`
        for (let n = lo; n <= hi; n++)
          for (let i = 0; i + n <= w.length; i++) out.add(`#${w.slice(i, i + n)}`)
      }
    }
    return [...out]
  }
/** The first n letters of each token longer than n, as `~prefix` (gradlew, gradle → ~gradl). */
const prefixes =
  (n: number) =>
  (text: string): string[] => {
    const out = new Set<string>()
    for (const line of lines(text))
      for (const t of tokens(line))
        if (t.length > n && /^[a-z]/.test(t)) out.add(`~${t.slice(0, n)}`)
    return [...out]
  }
/** Tokens with common English inflections cut (failed, fails, failing → fail), as `=stem`. */
const stems = (text: string): string[] => {
  const out = new Set<string>()
  for (const line of lines(text))
    for (const t of tokens(line)) {
      const s = t.replace(/(?:ations?|ings?|ed|es|s|ers?|ion|ions)$/, '')
      if (s !== t && s.length >= 3) out.add(`=${s}`)
    }
  return [...out]
}
let unbiasedIds: Set<string> | undefined
/** Is a dev excerpt from a batch sampled without bias? (Read from git history when first asked.) */
const isUnbiased = (id: string): boolean =>
  (unbiasedIds ??= new Set(unbiasedBatches().flatMap(b => [...b.ids]))).has(id)
/** Session 15: variants chosen by forward by batch and CV (filter: s15). */
const SESSION_15: Variant[] = [
  // (a) sub-word features
  on({name: 's15 char 3-5 grams, all lines', features: plus(subwords(3, 5))}),
  on({
    name: 's15 char 3-5 grams, all lines, maxF 6000',
    features: plus(subwords(3, 5)),
    options: {maxFeatures: 6000}
  }),
  on({name: 's15 char 4 grams, tokens ≥ 6', features: plus(subwords(4, 4, 6))}),
  on({name: 's15 char 5 grams, tokens ≥ 6', features: plus(subwords(5, 5, 6))}),
  on({name: 's15 char 3-5 grams, failure lines', features: plus(subwords(3, 5, 4, failLine))}),
  on({name: 's15 char 5 grams, failure lines', features: plus(subwords(5, 5, 6, failLine))}),
  ...[4, 5, 6].map(n => on({name: `s15 prefixes ${n}`, features: plus(prefixes(n))})),
  on({name: 's15 stems', features: plus(stems)}),
  on({name: 's15 CamelCase/snake parts', features: plus(camelParts)}),
  // (b) the model on gated text, at a higher probability
  ...[0.4, 0.5, 0.6, 0.7, 0.8].map(minP => on({name: `s15 gated minP ${minP}`, gated: {minP}})),
  ...[0.5, 0.6].flatMap(minP =>
    [0.05, 0.1].map(unknownP =>
      on({name: `s15 gated minP ${minP} p(unknown) < ${unknownP}`, gated: {minP, unknownP}})
    )
  ),
  // (c) training
  ...[100, 200, 300].map(iterations =>
    on({name: `s15 iterations ${iterations}`, options: {iterations}})
  ),
  ...[0, 3e-5, 3e-4, 1e-3].map(l2 => on({name: `s15 l2 ${l2}`, options: {l2}})),
  ...[2000, 4000, 6000].map(maxFeatures =>
    on({name: `s15 maxFeatures ${maxFeatures}`, options: {maxFeatures}})
  ),
  ...[0, 0.5, 0.75].map(classWeight =>
    on({name: `s15 classWeight ${classWeight}`, options: {classWeight}})
  ),
  ...[1, 3, 4].map(d =>
    on({name: `s15 dev ×${d}`, docWeight: (e: Excerpt) => (e.corpus === 'dev' ? d : 1)})
  ),
  on({name: 's15 dev only', docWeight: (e: Excerpt) => (e.corpus === 'dev' ? DEV_WEIGHT : 0)}),
  on({name: 's15 minDocs 3', options: {minDocs: 3}}),
  on({name: 's15 weakMargin 0.5', policy: {weakMargin: 0.5}}),
  on({name: 's15 weakMargin 2', policy: {weakMargin: 2}}),
  on({name: 's15 askOnExitStatus', policy: {askOnExitStatus: true}}),
  // the batches sampled without bias counting more (text as the world writes it)
  ...[2, 4].map(u =>
    on({
      name: `s15 unbiased ×${u}`,
      docWeight: (e: Excerpt) =>
        e.corpus !== 'dev' ? 1 : isUnbiased(e.id) ? DEV_WEIGHT * u : DEV_WEIGHT
    })
  ),
  // the model over confident rules (on fresh text the rules are right a third of the time)
  ...[0.7, 0.85, 1.01].flatMap(below =>
    [1, 3].map(margin =>
      on({name: `s15 override conf < ${below} at ${margin}`, override: {below, margin}})
    )
  ),
  // combinations
  on({name: 's15 prefixes 5 + gated minP 0.7', features: plus(prefixes(5)), gated: {minP: 0.7}}),
  on({
    name: 's15 gated minP 0.7 + maxFeatures 2000',
    gated: {minP: 0.7},
    options: {maxFeatures: 2000}
  })
]
const VARIANTS: Variant[] = [
  // features, on session 12's training
  {name: '!token on failure lines', features: plus(t => marked(t, failLine))},
  {name: '!token + !bigram on failure lines', features: bangBi},
  {name: '!token on candidate lines', features: plus(t => marked(t, candLine))},
  {name: 'CamelCase/snake parts', features: plus(camelParts)},
  {name: 'char 5-grams, failure lines', features: plus(charGrams)},
  {name: 'step names', features: plus(stepNames)},
  // training
  ...[0, 3e-5, 3e-4, 1e-3].map(l2 => ({name: `l2 ${l2}`, options: {l2}})),
  ...[50, 150, 200, 400].map(iterations => ({
    name: `iterations ${iterations}`,
    options: {iterations}
  })),
  ...[1, 4].map(step => ({name: `step ${step}`, options: {step}})),
  ...[3000, 6000].map(maxFeatures => ({
    name: `maxFeatures ${maxFeatures}`,
    options: {maxFeatures}
  })),
  {name: 'minDocs 3', options: {minDocs: 3}},
  ...[0.25, 0.5, 0.75, 1].map(classWeight => ({
    name: `classWeight ${classWeight}`,
    options: {classWeight}
  })),
  ...[1.5, 2, 3].map(d => ({
    name: `dev ×${d}`,
    docWeight: (e: Excerpt) => (e.corpus === 'dev' ? d : 1)
  })),
  {name: 'dev only', docWeight: (e: Excerpt) => (e.corpus === 'dev' ? 1 : 0)},
  // policy
  ...[0, 0.5, 2].map(weakMargin => ({name: `weakMargin ${weakMargin}`, policy: {weakMargin}})),
  {name: 'unknownMargin 0.5', policy: {unknownMargin: 0.5}},
  ...[0.7, 0.9].map(weakBelow => ({name: `weakBelow ${weakBelow}`, policy: {weakBelow}})),
  {name: 'askOnExitStatus', policy: {askOnExitStatus: true}},
  ...[0.7, 0.85, 1.01].flatMap(below =>
    [1, 3, 5].map(margin => ({
      name: `override conf < ${below} at ${margin}`,
      override: {below, margin}
    }))
  ),
  // on the committed training
  COMMITTED,
  on({name: 'no passing-test lines', features: noPassing}),
  on({name: '^token of the last 20 lines', features: plus(lastLines)}),
  on({name: 'step names', features: plus(stepNames)}),
  on({name: 'CamelCase/snake parts', features: plus(camelParts)}),
  on({name: '!token + !bigram on failure lines', features: bangBi}),
  on({name: 'l2 3e-4', options: {l2: 3e-4}}),
  on({name: 'minDocs 3', options: {minDocs: 3}}),
  on({name: 'weakMargin 0.5', policy: {weakMargin: 0.5}}),
  on({name: 'weakMargin 2', policy: {weakMargin: 2}}),
  on({name: 'unknownMargin 0.5', policy: {unknownMargin: 0.5}}),
  ...[0, 0.25, 0.5].map(classWeight =>
    on({name: `classWeight ${classWeight}`, options: {classWeight}})
  ),
  ...SESSION_15
]

if (args.includes('--nested')) nested(GRID)
else if (args.includes('--grid')) await run(GRID)
else await run(VARIANTS)
