// The learnings both fixing actions give the model: the pattern docs of the
// checkout read once per run (edges/workspace/learnings-reader.ts), then per
// failure or group the few that concern it (core/fixing/learnings.ts),
// recorded in the decision log so a reader can tell what the model was shown.
import {
  selectLearnings,
  type LearningDoc,
  type LearningSubject,
  type SelectedLearning
} from '../core/fixing/learnings.js'
import type {DecisionLog} from '../engine/decision-log.js'
import {readLearnings} from '../edges/workspace/learnings-reader.js'
import {errorMessage} from '../errors.js'
import type {Logger} from '../logger.js'

/** The valid pattern docs under `folder`; a doc that is not one is a debug note, never a failure. */
export async function readTheLearnings(
  root: string,
  folder: string,
  logger: Logger
): Promise<LearningDoc[]> {
  try {
    const {docs, ignored} = await readLearnings(root, folder)
    for (const {path, reason} of ignored) logger.debug(`Learnings: ${path} left out: ${reason}.`)
    if (docs.length || ignored.length)
      logger.info(`Learnings: ${docs.length} pattern doc(s) under ${folder}.`)
    return docs
  } catch (error) {
    // Learnings help; a run without them still fixes.
    logger.warning(`The learnings under ${folder} could not be read (${errorMessage(error)}).`)
    return []
  }
}

/** The docs for one failure or group, logged as a `learnings` decision when there are any. */
export function learningsFor(
  docs: readonly LearningDoc[],
  subject: LearningSubject,
  log: DecisionLog,
  key: string
): SelectedLearning[] {
  const picked = selectLearnings(docs, subject)
  if (picked.length)
    log.record('learnings', {key, docs: picked.map(l => ({path: l.path, match: l.match}))})
  return picked
}
