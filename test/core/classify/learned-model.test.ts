// The statistical evidence model (src/core/classify/learned/): its committed weights are what
// the training script gives on the corpora as they are now, its features survive what changes
// between runs, it decides only where the rules are weak, its confidence is its probability
// (so a guess never dispatches autofix), and its chunk is only ever imported dynamically.
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  classifyFailuresWithModel,
  classifyLogWithModel,
  classifyText,
  classifyTextWithModel,
  LEARNED_RULE,
  MODEL_CONFIDENCE_CAP,
  scanText
} from '../../../src/core/classify/index.js'
import {features} from '../../../src/core/classify/learned/features.js'
import {evidenceText, modelText} from '../../../src/core/classify/learned/index.js'
import {posterior} from '../../../src/core/classify/learned/scorer.js'
import {applyModel, needsModel, POLICY} from '../../../src/core/classify/learned/policy.js'
import {WEIGHTS} from '../../../src/core/classify/learned/weights.js'
import type {Classification} from '../../../src/core/classify/types.js'
import {DISPATCH_MIN_CONFIDENCE, decideNextAction} from '../../../src/core/decide/next-action.js'
import {
  crossValidatedAccuracy,
  trainingExcerpts,
  type Excerpt
} from '../../../bench/classify/learned-data.js'
import {trainFromCorpora} from '../../../scripts/train-classify-model.js'
import {REPO_ROOT} from '../../harness/run-action.js'

const run = {runAttempt: 1, workflowPath: '.github/workflows/ci.yml', headBranch: 'main', sha: 's'}
const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}

function rules(category: Classification['category'], confidence: number, rule: string) {
  return {...classifyText('x\n'), category, confidence, rule} as Classification
}

/** Scanning every corpus excerpt takes seconds: once for the file. */
let excerpts: Excerpt[] | undefined
const corpora = () => (excerpts ??= trainingExcerpts())

describe('evidence model weights', () => {
  it('are what the training script gives on the current corpora (re-run it after adding excerpts)', () => {
    const {weights, counts} = trainFromCorpora(corpora())
    expect(counts.dev).toBeGreaterThanOrEqual(300)
    expect(WEIGHTS, 'run: node --import tsx scripts/train-classify-model.ts').toEqual(weights)
  })

  it('stay small', () => {
    expect(JSON.stringify(WEIGHTS).length).toBeLessThan(150_000)
  })
})

describe('evidence model features', () => {
  it('are the same for the same failure on another day, path, commit or build number', () => {
    const a = features(
      '2026-11-23T10:00:00.1234567Z error TS2307: Cannot find module /home/runner/work/a/src/x.ts (build 48213, sha 9f3c2a1b7e)'
    )
    const b = features(
      '2027-01-02T08:15:42.0000000Z error TS2307: Cannot find module C:\\agent\\b\\lib\\y.ts (build 90311, sha 0a1b2c3d4e5f)'
    )
    expect(a).toEqual(b)
    expect(a).toContain('ts2307')
    expect(a).toContain('cannot find')
    expect(a).toContain('xts')
    expect(a.join(' ')).not.toMatch(/runner|9f3c2a1b7e|48213|2026/)
  })

  it('keep short numbers (exit codes, HTTP statuses) and drop single letters', () => {
    expect(features('exit code 137 after HTTP 503 a b')).toEqual(
      expect.arrayContaining(['137', '503', 'code 137', 'exit'])
    )
    expect(features('a b c')).toEqual([])
  })
})

describe('evidence model policy', () => {
  /** A posterior, most likely first, the rest of the mass on test_fail. */
  const posterior = (...top: [string, number][]) => [
    ...top.map(([category, p]) => ({category, p})),
    {category: 'test_fail', p: 1 - top.reduce((a, [, p]) => a + p, 0)}
  ]

  it('is not consulted for a confident rule outside the confusable classes, nor for text with no failure', () => {
    expect(needsModel(rules('test_fail', 0.9, 'root.test'), 'FAILED test_x')).toBe(false)
    expect(needsModel(rules('unknown', 0, 'root.empty'), 'all 12 checks passed\n')).toBe(false)
    expect(needsModel(rules('unknown', 0, 'root.empty'), 'error: something broke')).toBe(true)
    expect(needsModel(rules('compile_error', 0.9, 'root.compile'), 'error[E0599]')).toBe(false)
  })

  it("replaces a weak verdict with the model's class, its probability as the confidence", () => {
    const c = applyModel(
      rules('unknown', 0.3, 'root.generic'),
      posterior(['transient', 0.42], ['unknown', 0.3])
    )
    expect(c).toMatchObject({category: 'transient', confidence: 0.42, rule: LEARNED_RULE})
    expect(c.reason).toMatch(/the rules were unsure \(unknown by root\.generic/i)
    expect(c.reason).toMatch(/1\.4 times as likely as unknown/)
    const sure = applyModel(rules('unknown', 0, 'root.empty'), posterior(['lint_error', 0.97]))
    expect(sure.confidence).toBe(MODEL_CONFIDENCE_CAP)
  })

  // Chosen by nested cross-validation (bench/classify/learned-combination.ts): where the rules
  // found nothing, the model's class whenever it leads `unknown`, however low its probability;
  // over a weak guess, only a class at least e times as likely as the guess.
  it('names a failure the rules left unknown even at a low probability, as a guess', () => {
    const c = applyModel(
      rules('unknown', 0, 'root.empty'),
      posterior(['dependency_missing', 0.26], ['unknown', 0.2], ['transient', 0.19])
    )
    expect(c).toMatchObject({category: 'dependency_missing', confidence: 0.26})
    expect(decideNextAction(c, run, settings, {ledger: []}).action).not.toBe('autofix')
  })

  it("keeps a weak guess unless the model finds its class far likelier than the guess's", () => {
    const guess = rules('compile_error', 0.3, 'root.evidence')
    const leaning = posterior(['transient', 0.45], ['compile_error', 0.2])
    expect(applyModel(guess, leaning)).toBe(guess)
    const clear = posterior(['transient', 0.45], ['compile_error', 0.1])
    expect(applyModel(guess, clear)).toMatchObject({category: 'transient', rule: LEARNED_RULE})
    // The rules' class missing from the posterior counts as impossible to the model.
    expect(applyModel(guess, [{category: 'transient', p: 0.3}]).category).toBe('transient')
  })

  it('a guess of the model never dispatches autofix', () => {
    const c = applyModel(rules('unknown', 0.3, 'root.generic'), posterior(['compile_error', 0.45]))
    expect(c.category).toBe('compile_error')
    expect(c.confidence).toBeLessThan(DISPATCH_MIN_CONFIDENCE)
    expect(decideNextAction(c, run, settings, {ledger: []}).action).not.toBe('autofix')
  })

  it('leaves a weak verdict when the model says unknown or agrees', () => {
    const weak = rules('unknown', 0.3, 'root.generic')
    expect(applyModel(weak, posterior(['unknown', 0.9]))).toBe(weak)
    const guess = rules('transient', 0.3, 'root.evidence')
    expect(applyModel(guess, posterior(['transient', 0.9]))).toBe(guess)
  })

  it('never overrides a confident rule; switched on, only between confusable classes', () => {
    const compile = rules('compile_error', 0.95, 'root.compile')
    expect(applyModel(compile, posterior(['contract_violation', 0.99]))).toBe(compile)
    const on = {...POLICY, minConfusableP: 0.9}
    expect(needsModel(compile, 'error[E0599]', on)).toBe(true)
    expect(applyModel(compile, posterior(['contract_violation', 0.8]), on)).toBe(compile)
    expect(applyModel(compile, posterior(['contract_violation', 0.96]), on)).toMatchObject({
      category: 'contract_violation',
      confidence: MODEL_CONFIDENCE_CAP
    })
    const test = rules('test_fail', 0.9, 'root.test')
    expect(applyModel(test, posterior(['transient', 0.99]), on)).toBe(test)
  })
})

describe('classify with the evidence model', () => {
  // Written for this test (not corpus excerpts): wordings no rule recognises. What the model
  // makes of them depends on its weights, which change with every batch it is trained on: these
  // tests check that its top class is what classify answers, and leave how often that class is
  // right to the cross-validation floor below. Each example must keep a failure class on top
  // (checked first: if a retraining puts `unknown` there, pick another wording).
  const bundler =
    'Error: the Gemfile.lock was generated by a newer bundler; could not locate a matching bundler version\n'
  const registry =
    'The job failed: our runner could not pull the base image because the registry returned a timeout\n'
  const top = (text: string) => posterior(text)[0]!.category

  it("names a failure the rules leave unknown with the model's top class, as a guess or a weak verdict", async () => {
    for (const text of [bundler, registry]) {
      expect(classifyText(text).category).toBe('unknown')
      const expected = top(modelText(text))
      expect(expected).not.toBe('unknown')
      const c = await classifyTextWithModel(text)
      expect(c).toMatchObject({category: expected, rule: LEARNED_RULE})
      expect(c.confidence).toBeLessThanOrEqual(MODEL_CONFIDENCE_CAP)
    }
  })

  it('reads what the scanner kept of streamed logs: error markers, failures, the last lines', async () => {
    const log = `##[error]${bundler}##[error]Process completed with exit code 1.\n`
    expect(classifyText(log)).toMatchObject({category: 'unknown', rule: 'root.generic'})
    const expected = top(evidenceText([scanText(log)]))
    expect(expected).not.toBe('unknown')
    for (const c of [
      await classifyFailuresWithModel([scanText(log)]),
      await classifyLogWithModel(log.split(/(?<=\n)/))
    ])
      expect(c).toMatchObject({category: expected, rule: LEARNED_RULE})
    // A window in which the rules recognised nothing is kept too (evidence-window.ts): the
    // model reads it on a streamed log as it does in memory.
    const window = top(evidenceText([scanText(registry)]))
    expect(window).not.toBe('unknown')
    expect(await classifyFailuresWithModel([scanText(registry)])).toMatchObject({
      category: window,
      rule: LEARNED_RULE
    })
  })

  it('keeps the rules verdict of a recognised failure and of text with no failure', async () => {
    const tsc = 'src/a.ts(3,7): error TS2322: Type "string" is not assignable to type "number".\n'
    expect(await classifyTextWithModel(tsc)).toEqual(classifyText(tsc))
    expect(await classifyTextWithModel('done in 3 s\n')).toEqual(classifyText('done in 3 s\n'))
  })
})

describe('the model chunk', () => {
  it('is imported only dynamically, so a run the rules settle never loads it', async () => {
    const src = join(REPO_ROOT, 'src')
    const statics: string[] = []
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, {withFileTypes: true})) {
        const path = join(dir, e.name)
        if (e.isDirectory()) await walk(path)
        else if (e.name.endsWith('.ts') && !/learned[\\/](scorer|weights)\.ts$/.test(path)) {
          const text = await readFile(path, 'utf8')
          if (/^(?:import|export)\s[^;]*from\s+['"][^'"]*(?:scorer|weights)\.js['"]/m.test(text))
            statics.push(relative(REPO_ROOT, path))
        }
      }
    }
    await walk(src)
    expect(statics).toEqual([])
    const index = await readFile(join(src, 'core/classify/learned/index.ts'), 'utf8')
    expect(index).toMatch(/await import\('\.\/scorer\.js'\)/)
  })
})

// The model is trained on dev, so scoring dev with the committed model would be training
// accuracy. This floor is the 5-fold cross-validated accuracy of rules + model instead (each
// dev excerpt scored by a model trained without its fold), measured when it was set, minus
// two points; the rules' own floor is in real-corpus.test.ts. See bench/corpus-real/README.md.
describe('rules + evidence model, dev split, 5-fold cross-validation', () => {
  /**
   * Measured when the floor was set (session 14): weights retrained on the 895 dev excerpts (the
   * ninth to thirteenth batches in) with class weighting 0.25, dev excerpts counted twice, 3,000
   * features and 150 iterations (bench/classify/learned-variants.ts; 690/851 before the twelfth
   * batch, with class weighting 0.5), the ninth and tenth rounds' rules (rules alone 683/895),
   * the log-odds margins of policy.ts with the failure gate of evidence.ts, a bare exit status not
   * asking the model. Session 15: retrained the same way on 948 dev excerpts (the fourteenth and
   * fifteenth batches in, no rule changed): 735/948, rules alone 692/948; with the sixteenth to
   * eighteenth: 770/1024, rules alone 718/1024; with the nineteenth to twenty-first: 805/1110,
   * rules alone 741/1110; with the twenty-second to twenty-fourth: 831/1190, rules alone 756/1190;
   * with the twenty-fifth to twenty-seventh: 865/1260, rules alone 781/1260; with the twenty-ninth
   * and thirtieth: 871/1286, rules alone 790/1286. Session 16, with the thirty-first to
   * thirty-ninth (174 dev, no rule changed): 942/1460, rules alone 825/1460.
   */
  const MEASURED = 942 / 1460
  const FLOOR = MEASURED - 0.02

  it(`classifies at least ${(FLOOR * 100).toFixed(1)} % of it correctly, and no fewer than the rules`, () => {
    const {correct, total, rulesCorrect} = crossValidatedAccuracy(corpora(), 5)
    const score = `${correct}/${total} (rules alone ${rulesCorrect})`
    expect(correct / total, score).toBeGreaterThanOrEqual(FLOOR)
    expect(correct, score).toBeGreaterThanOrEqual(rulesCorrect)
  })
})
