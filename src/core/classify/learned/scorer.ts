// The evidence model's own chunk: the committed weights and what reads them. Imported only
// dynamically (src/core/classify/learned/index.ts), so a run the rules settle never loads it.
import {features} from './features.js'
import {loadWeights, predict, type Model, type Posterior} from './model.js'
import {WEIGHTS} from './weights.js'

let model: Model | undefined

/** Class probabilities of a text, most likely first. */
export function posterior(text: string): Posterior[] {
  model ??= loadWeights(WEIGHTS)
  return predict(model, features(text))
}
