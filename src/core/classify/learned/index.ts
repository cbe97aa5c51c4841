// The evidence model, consulted only where the rules are weak (policy.ts). Its weights live in
// a chunk of their own, imported on first use: a run the rules settle, or a one-line log,
// never loads them.
import type {Classification} from '../types.js'
import {applyModel, needsModel} from './policy.js'

export {evidenceText, modelText} from './evidence-text.js'
export {applyModel, needsModel, LEARNED_RULE, MODEL_CONFIDENCE_CAP, POLICY} from './policy.js'

/** The rules' verdict, or the model's where the rules are weak and the model is sure enough. */
export async function refineWithModel(c: Classification, text: string): Promise<Classification> {
  if (!needsModel(c, text)) return c
  const {posterior} = await import('./scorer.js')
  return applyModel(c, posterior(text))
}
