// Training of the evidence model: multinomial logistic regression (softmax) over binary
// features, by full-batch gradient descent from zero weights with L2 regularisation.
// Only the features that tell classes apart best are kept (chi-squared of presence
// against each class), and weights are stored rounded, so the committed module stays
// small. Deterministic: the same documents in the same order give the same weights.
import type {Weights} from './model.js'

export interface TrainOptions {
  /** Features seen in fewer documents are dropped (noise, names of one repository). */
  minDocs: number
  /** At most this many features are kept, the most class-specific first. */
  maxFeatures: number
  /** Gradient descent: iterations and step size. */
  iterations: number
  step: number
  /** L2 penalty on the weights. */
  l2: number
  /** Weights are stored as integers: weight × scale, rounded. */
  scale: number
  /**
   * Class weighting: a document of class c counts (N / (K · n_c)) ^ classWeight times, so rare
   * classes are not outvoted (0 or unset: every document counts once).
   */
  classWeight?: number
}

export interface Document {
  label: string
  features: readonly string[]
  /** How much the document counts in training (1 unless set). */
  weight?: number
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Documents per class holding each feature (dense rows). */
function presence(docs: readonly Document[], classes: readonly string[]): Map<string, number[]> {
  const index = new Map(classes.map((c, i) => [c, i]))
  const counts = new Map<string, number[]>()
  for (const d of docs) {
    const c = index.get(d.label) ?? 0
    for (const f of new Set(d.features)) {
      let row = counts.get(f)
      if (!row) counts.set(f, (row = new Array<number>(classes.length).fill(0)))
      row[c]++
    }
  }
  return counts
}

/** The largest chi-squared statistic of a feature's presence against one class. */
function chiSquared(row: readonly number[], perClass: readonly number[], total: number): number {
  const present = row.reduce((a, b) => a + b, 0)
  let best = 0
  for (let c = 0; c < row.length; c++) {
    const a = row[c]
    const b = present - a
    const cc = perClass[c] - a
    const d = total - present - cc
    const den = (a + b) * (cc + d) * (a + cc) * (b + d)
    if (den > 0) best = Math.max(best, (total * (a * d - b * cc) ** 2) / den)
  }
  return best
}

/** The kept vocabulary, sorted by name. */
export function selectFeatures(
  docs: readonly Document[],
  classes: readonly string[],
  options: Pick<TrainOptions, 'minDocs' | 'maxFeatures'>
): string[] {
  const perClass = classes.map(c => docs.filter(d => d.label === c).length)
  return [...presence(docs, classes)]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= options.minDocs)
    .map(([f, row]) => ({f, score: chiSquared(row, perClass, docs.length)}))
    .sort((x, y) => y.score - x.score || byName(x.f, y.f))
    .slice(0, options.maxFeatures)
    .map(x => x.f)
    .sort(byName)
}

function softmaxInPlace(s: Float64Array): void {
  let max = -Infinity
  for (const v of s) if (v > max) max = v
  let sum = 0
  for (let k = 0; k < s.length; k++) sum += s[k] = Math.exp(s[k] - max)
  for (let k = 0; k < s.length; k++) s[k] /= sum
}

/** One full-batch gradient step on weights W (feature-major, K per feature) and biases b. */
function step(
  data: {x: readonly number[][]; y: readonly number[]; weight: readonly number[]},
  model: {w: Float64Array; b: Float64Array},
  options: TrainOptions
): void {
  const {x, y, weight} = data
  const K = model.b.length
  const gw = new Float64Array(model.w.length)
  const gb = new Float64Array(K)
  const s = new Float64Array(K)
  for (let n = 0; n < x.length; n++) {
    s.set(model.b)
    for (const i of x[n]) for (let k = 0; k < K; k++) s[k] += model.w[i * K + k]
    softmaxInPlace(s)
    s[y[n]] -= 1
    if (weight[n] !== 1) for (let k = 0; k < K; k++) s[k] *= weight[n]
    for (let k = 0; k < K; k++) gb[k] += s[k]
    for (const i of x[n]) for (let k = 0; k < K; k++) gw[i * K + k] += s[k]
  }
  const rate = options.step / weight.reduce((a, b) => a + b, 0)
  for (let j = 0; j < gw.length; j++)
    model.w[j] -= rate * gw[j] + options.step * options.l2 * model.w[j]
  for (let k = 0; k < K; k++) model.b[k] -= rate * gb[k]
}

/** Each document's weight: its own, times its class's (classWeight). */
function docWeights(
  docs: readonly Document[],
  y: readonly number[],
  K: number,
  power: number
): number[] {
  const n = new Array<number>(K).fill(0)
  for (const c of y) n[c]++
  return docs.map((d, i) => (d.weight ?? 1) * (power ? (docs.length / (K * n[y[i]])) ** power : 1))
}

export function train(docs: readonly Document[], options: TrainOptions): Weights {
  const classes = [...new Set(docs.map(d => d.label))].sort(byName)
  const vocabulary = selectFeatures(docs, classes, options)
  const index = new Map(vocabulary.map((f, i) => [f, i]))
  const x = docs.map(d =>
    [...new Set(d.features)].flatMap(f => (index.has(f) ? [index.get(f) as number] : []))
  )
  const y = docs.map(d => classes.indexOf(d.label))
  const weight = docWeights(docs, y, classes.length, options.classWeight ?? 0)
  const model = {
    w: new Float64Array(vocabulary.length * classes.length),
    b: new Float64Array(classes.length)
  }
  for (let i = 0; i < options.iterations; i++) step({x, y, weight}, model, options)
  const q = (v: number) => Math.round(v * options.scale) || 0
  const lines = vocabulary.flatMap((f, i) => {
    const row = Array.from(model.w.subarray(i * classes.length, (i + 1) * classes.length), q)
    return row.some(v => v !== 0) ? [`${f}\t${row.map(v => (v ? String(v) : '')).join(',')}`] : []
  })
  return {
    classes,
    scale: options.scale,
    bias: Array.from(model.b, q),
    features: lines.join('\n')
  }
}
