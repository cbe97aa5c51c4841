// autofix's fan-out on matrix jobs (issue #13): `stage` picks one part of the
// run (plan, one group's work, integrate; `all` = everything in one job, as
// before), `group` names the matrix job's group, `max-parallel` caps the
// matrix. A work or plan job never publishes: it behaves as publish:
// separate-job whatever `publish` says (so it needs no write token).
import {ConfigurationError} from '../errors.js'
import {int, matching, oneOf, type InputFields, type ValuesOf} from './fields.js'

export const FANOUT_STAGES = ['all', 'plan', 'work', 'integrate'] as const
export type FanoutStage = (typeof FANOUT_STAGES)[number]

/** GitHub caps a matrix at 256 jobs. */
export const MAX_MATRIX_JOBS = 256

export const fanoutFields = {
  stage: oneOf(FANOUT_STAGES, 'all'),
  group: matching(
    /^g-[0-9a-z]{1,64}$/,
    "must be a group id from the plan's matrix (g-…): give it ${{ matrix.group }}",
    '${{ matrix.group }}'
  ),
  'max-parallel': int(4, 1, MAX_MATRIX_JOBS)
} satisfies InputFields

export interface FanoutSettings {
  /** all: one job does everything (the default); plan | work | integrate: one part of a fan-out. */
  stage: FanoutStage
  /** stage: work: the plan's group this job fixes. */
  group: string
  /** At most this many groups (matrix jobs); the smallest are merged. */
  maxParallel: number
  /** Effective: plan and work never publish, whatever the input said. */
  publish: 'same-job' | 'separate-job'
}

type FanoutValues = ValuesOf<typeof fanoutFields> & {publish: 'same-job' | 'separate-job'}

export function fanoutSettingsOf(v: FanoutValues): FanoutSettings {
  if (v.stage === 'work' && v.group === '')
    throw new ConfigurationError(
      "Input 'group' is empty, but stage is 'work': a work job fixes one group of the plan. Example: group: ${{ matrix.group }} (with strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }})."
    )
  if (v.stage !== 'work' && v.group !== '')
    throw new ConfigurationError(
      `Input 'group' is set, but stage is '${v.stage}': only stage: work fixes one group. Remove group, or set stage: work.`
    )
  const neverPublishes = v.stage === 'plan' || v.stage === 'work'
  return {
    stage: v.stage,
    group: v.group,
    maxParallel: v['max-parallel'],
    publish: neverPublishes ? 'separate-job' : v.publish
  }
}
