// The second opinion on the real corpus (issue #11): what classify answers when it is given a
// Claude key, the way the action runs it. Each excerpt is streamed through the scanner, classified
// by the rules and the evidence model, and, where that verdict is unsure and
// there is something to show, the model is asked with the action's own prompt, fence and merge
// (src/edges/model/second-opinion.ts), shown what the action would show it (the failures'
// excerpts, else what the scanner kept). The sandbox this project is built in has no key, so the
// figure has to come from a maintainer's machine: this script is how.
//
// It costs money, so it is capped in code: at most --max-calls requests and --max-usd dollars at
// the price table's rates (src/models/catalog.ts), each call reserving its worst case before it is
// sent (a token is at least one byte, so the prompt's UTF-8 bytes bound its input tokens, plus the
// 400 output tokens it may use). Excerpts
// left unasked when a cap is reached keep their rules + model verdict and the report says the
// run is incomplete. On the sealed split it prints and stores totals only, like run.mjs: no
// excerpt's verdict, no confusion between categories.
//
//   ANTHROPIC_API_KEY=… node --import tsx bench/classify/second-opinion.ts --corpus dev|sealed|DIR
//     [--model ID] [--base-url URL] [--max-calls N] [--max-usd X] [--concurrency N] [--out FILE]
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {
  asksSecondOpinion,
  buildSecondOpinionPrompt,
  classifyFailuresWithModel,
  scanLog,
  secondOpinionExcerpt,
  secondOpinionTail
} from '../../src/core/classify/index.js'
import type {Classification} from '../../src/core/classify/types.js'
import {askSecondOpinion} from '../../src/edges/model/second-opinion.js'
import type {Logger} from '../../src/logger.js'
import {inert} from '../../src/runtime/inert-text.js'
import {costOf, DEFAULT_MODELS, priceOf} from '../../src/models/catalog.js'
import {
  isSealed,
  loadCorpus,
  printScore,
  REAL_DEV_DIR,
  REAL_SEALED_DIR,
  scoreCorpus
} from './corpus.mjs'

interface Excerpt {
  id: string
  ecosystem: string
  expected: string
  text: string
  flaky?: boolean
}

/** What one excerpt came to: the verdict without and with the second opinion. */
interface Verdicts {
  before: Classification
  after: Classification
  asked: boolean
}

const MAX_OUTPUT_TOKENS = 400
/** After this many failed calls in a row (a wrong key, an unknown model, no network) nothing more is asked. */
const GIVE_UP_AFTER = 5

function options() {
  const {values} = parseArgs({
    options: {
      corpus: {type: 'string'},
      model: {type: 'string', default: DEFAULT_MODELS.classify},
      'base-url': {type: 'string', default: 'https://api.anthropic.com'},
      'max-calls': {type: 'string', default: '1000'},
      'max-usd': {type: 'string', default: '5'},
      concurrency: {type: 'string', default: '4'},
      out: {type: 'string', default: 'bench/results/classify-second-opinion.json'}
    }
  })
  const dir =
    values.corpus === 'dev'
      ? REAL_DEV_DIR
      : values.corpus === 'sealed'
        ? REAL_SEALED_DIR
        : values.corpus && resolve(values.corpus)
  if (!dir) fail('--corpus is required: dev, sealed or a directory of *.corpus files.')
  const key = process.env.ANTHROPIC_API_KEY ?? ''
  if (!key) fail('ANTHROPIC_API_KEY is not set: the second opinion needs a key (never printed).')
  const number = (name: 'max-calls' | 'max-usd' | 'concurrency'): number => {
    const n = Number(values[name])
    if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a number ≥ 0, got "${values[name]}".`)
    return n
  }
  return {
    dir,
    key,
    model: values.model,
    baseUrl: values['base-url'],
    maxCalls: number('max-calls'),
    maxUsd: number('max-usd'),
    concurrency: Math.max(1, Math.floor(number('concurrency'))),
    out: values.out
  }
}

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

/** The action's path up to the second opinion: the excerpt streamed in 64 KB chunks. */
async function rulesAndModel(text: string) {
  const buf = Buffer.from(text, 'utf8')
  const chunks: Buffer[] = []
  for (let i = 0; i < buf.length; i += 65536) chunks.push(buf.subarray(i, i + 65536))
  const scan = await scanLog(chunks)
  return {scan, classification: await classifyFailuresWithModel([scan])}
}

/** The spending caps, with each call's worst case reserved before it is sent. */
class Budget {
  calls = 0
  spent = 0
  reserved = 0
  refused = 0
  usage = {inputTokens: 0, outputTokens: 0}
  constructor(
    private readonly maxCalls: number,
    private readonly maxUsd: number,
    private readonly price: ReturnType<typeof priceOf>
  ) {}

  /** The worst case of a call whose prompt is `bytes` long, or undefined when it would not fit. */
  reserve(bytes: number): number | undefined {
    const worst = costOf(
      {
        // A token is at least one byte; the request's framing is well under 200 tokens.
        inputTokens: bytes + 200,
        outputTokens: MAX_OUTPUT_TOKENS,
        cacheCreationInputTokens: 0,
        cacheReadInputTokens: 0
      },
      this.price
    )
    if (this.calls >= this.maxCalls || this.spent + this.reserved + worst > this.maxUsd) {
      this.refused++
      return undefined
    }
    this.calls++
    this.reserved += worst
    return worst
  }

  settle(worst: number, inputTokens: number, outputTokens: number): void {
    this.reserved -= worst
    this.usage.inputTokens += inputTokens
    this.usage.outputTokens += outputTokens
    this.spent += costOf(
      {inputTokens, outputTokens, cacheCreationInputTokens: 0, cacheReadInputTokens: 0},
      this.price
    )
  }
}

/** The bytes of the prompt the action would send (askSecondOpinion builds the same one). */
function promptBytes(c: Classification, tail: string): number {
  const prompt = buildSecondOpinionPrompt(c, secondOpinionExcerpt(c, tail))
  return Buffer.byteLength(prompt.system) + Buffer.byteLength(prompt.user)
}

async function verdictsOf(
  corpus: readonly Excerpt[],
  opts: ReturnType<typeof options>,
  budget: Budget
): Promise<{verdicts: Map<string, Verdicts>; failures: Map<string, number>; gaveUp: boolean}> {
  const quiet: Logger = {debug() {}, info() {}, warning() {}, error() {}}
  const verdicts = new Map<string, Verdicts>()
  const failures = new Map<string, number>()
  let inARow = 0
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < corpus.length) {
      const e = corpus[next++]!
      const {scan, classification: before} = await rulesAndModel(e.text)
      const tail = secondOpinionTail([scan])
      const worst =
        asksSecondOpinion(before, tail) && inARow < GIVE_UP_AFTER
          ? budget.reserve(promptBytes(before, tail))
          : undefined
      if (worst === undefined) {
        verdicts.set(e.id, {before, after: before, asked: false})
        continue
      }
      const settings = {
        anthropicApiKey: opts.key,
        anthropicBaseUrl: opts.baseUrl,
        model: opts.model
      }
      const {classification: after, report} = await askSecondOpinion(before, tail, settings, quiet)
      budget.settle(worst, report.inputTokens, report.outputTokens)
      const failed = report.verdict.startsWith('unavailable')
      if (failed) failures.set(report.verdict, (failures.get(report.verdict) ?? 0) + 1)
      inARow = failed ? inARow + 1 : 0
      verdicts.set(e.id, {before, after, asked: true})
    }
  }
  await Promise.all(Array.from({length: opts.concurrency}, worker))
  return {verdicts, failures, gaveUp: inARow >= GIVE_UP_AFTER}
}

/** Excerpts the second opinion turned from wrong to right and from right to wrong. */
function moves(corpus: readonly Excerpt[], verdicts: ReadonlyMap<string, Verdicts>) {
  let gained = 0
  let lost = 0
  for (const e of corpus) {
    const v = verdicts.get(e.id)!
    const was = v.before.category === e.expected
    const is = v.after.category === e.expected
    if (!was && is) gained++
    if (was && !is) lost++
  }
  return {gained, lost}
}

async function main(): Promise<void> {
  const opts = options()
  const corpus = loadCorpus(opts.dir) as Excerpt[]
  if (corpus.length === 0) fail(`No excerpts in ${opts.dir}: it needs *.corpus files.`)
  const sealed = isSealed(opts.dir)
  const budget = new Budget(opts.maxCalls, opts.maxUsd, priceOf(opts.model))
  const {verdicts, failures, gaveUp} = await verdictsOf(corpus, opts, budget)
  const failedCalls = [...failures.values()].reduce((a, b) => a + b, 0)
  const byText = (pick: 'before' | 'after') => {
    const of = new Map(corpus.map(e => [e.text, verdicts.get(e.id)![pick]]))
    return (text: string) => of.get(text)!
  }
  const before = scoreCorpus(corpus, byText('before'))
  const after = scoreCorpus(corpus, byText('after'))
  const name = sealed ? `${opts.dir} (sealed: totals only)` : opts.dir
  printScore(`${name}, rules + evidence model (streamed, as the action runs)`, before, {
    misses: !sealed
  })
  printScore(`${name}, with ${opts.model}'s second opinion where the verdict is unsure`, after, {
    misses: !sealed
  })
  const asked = [...verdicts.values()].filter(v => v.asked).length
  const {gained, lost} = moves(corpus, verdicts)
  const complete = budget.refused === 0 && !gaveUp
  const summary = {
    model: opts.model,
    baseUrl: opts.baseUrl,
    excerpts: corpus.length,
    asked,
    unaskedForBudget: budget.refused,
    failedCalls,
    gained,
    lost,
    inputTokens: budget.usage.inputTokens,
    outputTokens: budget.usage.outputTokens,
    costUsd: Math.round(budget.spent * 10000) / 10000,
    complete
  }
  console.log(
    `Asked ${asked} of ${corpus.length} (${failedCalls} calls failed and kept their verdict); ` +
      `wrong → right ${gained}, right → wrong ${lost}; ` +
      `${summary.inputTokens} input / ${summary.outputTokens} output tokens, $${summary.costUsd.toFixed(4)}.`
  )
  // Why calls failed (the API's own words through describeModelError, made inert: the endpoint's
  // text may carry workflow commands when this runs in a job; never the key).
  for (const [why, n] of [...failures].slice(0, 3)) console.log(`${n} call(s): ${inert(why)}`)
  if (gaveUp)
    console.log(
      `INCOMPLETE: the last ${GIVE_UP_AFTER} calls failed in a row, so nothing more was asked (the reasons are above).`
    )
  if (budget.refused > 0)
    console.log(
      `INCOMPLETE: ${budget.refused} unsure excerpt(s) were not asked (--max-calls ${opts.maxCalls}, --max-usd ${opts.maxUsd}); they keep the rules + model verdict.`
    )
  const strip = (s: ReturnType<typeof scoreCorpus>) =>
    sealed ? {...s, misses: undefined, confusion: undefined} : s
  mkdirSync(dirname(resolve(opts.out)), {recursive: true})
  writeFileSync(
    resolve(opts.out),
    `${JSON.stringify({corpus: name, summary, before: strip(before), after: strip(after)}, null, 2)}\n`
  )
  console.log(`Wrote ${opts.out}`)
}

await main()
