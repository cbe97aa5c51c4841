// The fan-out's test bed (autofix stage: plan | work | integrate): one fake
// GitHub (API and git remote), one loopback artifact service that every job
// of the "run" shares (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN, as a
// runner gives each job of one run), a scripted model (a stand-in for
// Claude, only in tests) that fixes each planted failure through the real
// tools, and one checkout per job, each made from the same fixture files
// (so each is at the same commit, as actions/checkout leaves every job of a
// run). Stages run in-process (runAutofix) or through the bundle.
import {afterEach} from 'vitest'
import {startFakeArtifactService, type FakeArtifactService} from '../fakes/artifacts/index.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type ScriptFn,
  type Turn
} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  inputsFor,
  NODE_TEST_COMMAND,
  RIGHT,
  runAutofixInProcess,
  TEST_ONLY,
  WRONG,
  type AutofixRun,
  type Checkout
} from './autofix-run.js'
import {createFixtureRepo, type FixtureName, type FixtureRepo} from './fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from './run-action.js'
import {perSession} from './scripted-sessions.js'

export const REPOSITORY = 'octo-org/order-pricing'

export interface FanoutFixture {
  /** A second failing test in test/units.test.ts: two failures sharing a file. */
  unitsTwice?: boolean
  /** A passing test that fails once both the units and the labels fix add 'lb' (see CLASH). */
  registry?: boolean
  /** A fourth independent failure (src/slug.ts). */
  slug?: boolean
  /** docs/fixes.md, a file no failure points at and no group owns (see the model's `notes`). */
  notes?: boolean
  /**
   * The runner (default vitest: the ts-vitest fixture). `node`: the ts-node-test fixture, the
   * same planted failures as node:test tests, judged by `NODE_TEST_COMMAND` (about a third of
   * a vitest run's CPU): for the tests about the fan-out, not about reading vitest.
   */
  runner?: 'vitest' | 'node'
}

/** A planted test file, in the runner's own words: `it`, in a `describe` unless `top`. */
function testFile(
  runner: 'vitest' | 'node',
  imports: Record<string, string[]>,
  tests: string,
  top = false
): string {
  const own = top ? 'it' : 'describe, it'
  const lines =
    runner === 'node'
      ? [`import assert from 'node:assert/strict'`, `import {${own}} from 'node:test'`]
      : [`import {${top ? 'expect, it' : 'describe, expect, it'}} from 'vitest'`]
  const ext = runner === 'node' ? 'ts' : 'js'
  for (const [module, names] of Object.entries(imports))
    lines.push(`import {${names.join(', ')}} from '../src/${module}.${ext}'`)
  return `${lines.join('\n')}\n\n${tests}`
}

/** `expect(actual).toBe(expected)` or node:assert's `assert.equal`. */
function equal(runner: 'vitest' | 'node', actual: string, expected: string): string {
  return runner === 'node'
    ? `assert.equal(${actual}, ${expected})`
    : `expect(${actual}).toBe(${expected})`
}

/**
 * ts-vitest plus small leaf modules with planted failures, each independent
 * (its own source and test file, importing nothing of the others): the
 * fixture's own off-by-one in src/discounts.ts, toGrams in src/units.ts,
 * shout in src/labels.ts (and slug in src/slug.ts).
 */
export function fanoutFiles(fixture: FanoutFixture = {}): Record<string, string | null> {
  const runner = fixture.runner ?? 'vitest'
  const eq = (actual: string, expected: string) => equal(runner, actual, expected)
  const files: Record<string, string | null> = {
    'src/units.ts': `export const UNIT_NAMES: readonly string[] = ['g', 'kg']\n\n/** Grams in \`kg\` kilograms. */\nexport function toGrams(kg: number): number {\n  return kg * 100\n}\n`,
    'test/units.test.ts': testFile(
      runner,
      {units: ['toGrams']},
      `describe('toGrams', () => {\n  it('converts kilograms to grams', () => {\n    ${eq('toGrams(2)', '2000')}\n  })\n${fixture.unitsTwice ? `\n  it('converts half a kilogram', () => {\n    ${eq('toGrams(0.5)', '500')}\n  })\n` : ''}})\n`
    ),
    'src/labels.ts': `export const LABELS: readonly string[] = ['sale', 'new']\n\n/** A label as the shelf shows it. */\nexport function shout(label: string): string {\n  return label.toLowerCase()\n}\n`,
    'test/labels.test.ts': testFile(
      runner,
      {labels: ['shout']},
      `describe('shout', () => {\n  it('shows labels in capitals', () => {\n    ${eq("shout('sale')", "'SALE'")}\n  })\n})\n`
    )
  }
  if (fixture.registry) {
    const clash = 'LABELS.filter(l => UNIT_NAMES.includes(l))'
    const check =
      runner === 'node' ? `assert.deepEqual(${clash}, [])` : `expect(${clash}).toEqual([])`
    files['test/registry.test.ts'] = testFile(
      runner,
      {labels: ['LABELS'], units: ['UNIT_NAMES']},
      `it('no label is also a unit name', () => {\n  ${check}\n})\n`,
      true
    )
  }
  if (fixture.notes)
    files['docs/fixes.md'] =
      `# Fixes\n\n## Units\n\n<!-- units -->\n\n## Labels\n\n<!-- labels -->\n`
  if (fixture.slug) {
    files['src/slug.ts'] =
      `/** A URL slug: lower case, words joined by dashes. */\nexport function slug(text: string): string {\n  return text.trim().split(/\\s+/).join('_').toLowerCase()\n}\n`
    files['test/slug.test.ts'] = testFile(
      runner,
      {slug: ['slug']},
      `it('joins words with dashes', () => {\n  ${eq("slug('Big Sale')", "'big-sale'")}\n})\n`,
      true
    )
  }
  return files
}

const edit = (path: string, from: string, to: string): Turn =>
  toolTurn('replace_in_file', {path, old_string: from, new_string: to})

function fixTurns(path: string, edits: Array<[string, string]>, why: string): Turn[] {
  return [
    toolTurn('read_file', {path}),
    ...edits.map(([from, to]) => edit(path, from, to)),
    toolTurn('run_affected_test', {}),
    textTurn(why)
  ]
}

/**
 * The scripted model: each session is told which failure to fix (its task
 * names the test), and fixes that one through the tools. With `clash`, the
 * units and labels fixes each also add 'lb' to their module's list: each
 * fix passes alone, together they break test/registry.test.ts. With `notes`,
 * each also adds a line to its section of docs/fixes.md, a file no group
 * owns: the second proposal to touch it is an integrate conflict.
 */
export function fanoutModel(options: {clash?: boolean; notes?: boolean} = {}) {
  const lb = options.clash
  const noted = (turns: Turn[], section: string): Turn[] =>
    options.notes
      ? [
          ...turns.slice(0, -2),
          edit('docs/fixes.md', `<!-- ${section} -->`, `<!-- ${section} -->\n- ${section}: fixed`),
          ...turns.slice(-2)
        ]
      : turns
  return perSession(task => {
    if (task.includes('converts kilograms') || task.includes('half a kilogram'))
      return noted(
        fixTurns(
          'src/units.ts',
          [
            ['kg * 100', 'kg * 1000'],
            ...(lb ? [["['g', 'kg']", "['g', 'kg', 'lb']"] as [string, string]] : [])
          ],
          'A kilogram is 1000 grams.'
        ),
        'units'
      )
    if (task.includes('shows labels in capitals'))
      return noted(
        fixTurns(
          'src/labels.ts',
          [
            ['toLowerCase', 'toUpperCase'],
            ...(lb ? [["['sale', 'new']", "['sale', 'new', 'lb']"] as [string, string]] : [])
          ],
          'Labels are shown in capitals.'
        ),
        'labels'
      )
    if (task.includes('joins words with dashes'))
      return fixTurns('src/slug.ts', [["join('_')", "join('-')"]], 'Slugs use dashes.')
    return fixTurns('src/discounts.ts', [[WRONG, RIGHT]], 'The tier minimum is inclusive.')
  })
}

export interface FanoutWorld extends Checkout {
  artifacts: FakeArtifactService
  model: FakeAnthropic
  files: Record<string, string | null>
  /** The fixture every job checks out (ts-vitest, or ts-node-test for `runner: 'node'`). */
  fixture: FixtureName
  /** GITHUB_RUN_ID of every job (default 7000). */
  runId: number
}

const open: {world?: FanoutWorld; jobs: FixtureRepo[]; bundleRuns: ActionRun[]} = {
  jobs: [],
  bundleRuns: []
}

/** The run's world: the fake GitHub seeded from the fixture, the artifact service, the model. */
export async function fanoutWorld(
  fixture: FanoutFixture = {},
  model: {clash?: boolean; notes?: boolean} = {}
): Promise<FanoutWorld> {
  const files = fanoutFiles(fixture)
  const name: FixtureName = fixture.runner === 'node' ? 'ts-node-test' : 'ts-vitest'
  const base = await checkout({fixture: name, files})
  const world: FanoutWorld = {
    ...base,
    files,
    fixture: name,
    runId: 7000,
    artifacts: await startFakeArtifactService(),
    model: await startFakeAnthropic({models: 'any', script: fanoutModel(model)})
  }
  open.world = world
  return world
}

/** A feature build's world (task: issue on the fan-out): these files, this scripted model. */
export async function featureWorld(
  files: Record<string, string | null>,
  script: ScriptFn,
  fixture: FixtureName = 'ts-vitest'
): Promise<FanoutWorld> {
  const base = await checkout({fixture, files})
  const world: FanoutWorld = {
    ...base,
    files,
    fixture,
    runId: 7000,
    artifacts: await startFakeArtifactService(),
    model: await startFakeAnthropic({script})
  }
  open.world = world
  return world
}

/** One job's own checkout: the same files, so the same commit as every other job's. */
export async function jobCheckout(world: FanoutWorld): Promise<FixtureRepo> {
  const repo = await createFixtureRepo(world.fixture, {files: world.files})
  await repo.git(['remote', 'add', 'origin', world.github.gitUrl])
  open.jobs.push(repo)
  return repo
}

/** The inputs of one stage: only the test check (vitest or node:test), the fake model and GitHub. */
export function stageInputs(
  world: FanoutWorld,
  stage: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  const runner = world.fixture === 'ts-node-test' ? NODE_TEST_COMMAND : {}
  return inputsFor(world.model, {...TEST_ONLY, ...runner, stage, ...extra})
}

/**
 * The fake GitHub's origin under a name @actions/artifact serves (github.com,
 * GHE.com and *.localhost hosts only; on any other it assumes GitHub
 * Enterprise Server). git resolves *.localhost to the loopback address.
 */
function artifactServerUrl(world: FanoutWorld): string {
  return world.github.url.replace('127.0.0.1', 'github.localhost')
}

/** A stage in-process (runAutofix), in its own checkout; the library reads the service from process.env. */
export async function stageInProcess(
  world: FanoutWorld,
  stage: string,
  extra: Record<string, string> = {},
  job: {event?: {name: string; payload: Record<string, unknown>}; runner?: string} = {}
): Promise<AutofixRun> {
  Object.assign(process.env, world.artifacts.env)
  const repo = await jobCheckout(world)
  return runAutofixInProcess({
    workspace: repo.dir,
    apiUrl: world.github.url,
    repository: REPOSITORY,
    inputs: stageInputs(world, stage, extra),
    ...(job.event ? {eventName: job.event.name, event: job.event.payload} : {}),
    env: {
      ...world.artifacts.env,
      GITHUB_SERVER_URL: artifactServerUrl(world),
      GITHUB_JOB: stage,
      GITHUB_RUN_ID: String(world.runId),
      ...(job.runner ? {RUNNER_NAME: job.runner} : {})
    }
  })
}

/** A stage through the bundle (dist/autofix/index.mjs), as a runner runs a job's step. */
export async function stageBundle(
  world: FanoutWorld,
  stage: string,
  extra: Record<string, string> = {},
  job: string | {runner?: string; event?: {name: string; payload: Record<string, unknown>}} = {}
): Promise<ActionRun> {
  const {runner = `runner-${stage}`, event} = typeof job === 'string' ? {runner: job} : job
  const repo = await jobCheckout(world)
  const run = await runAction('autofix', {
    workspace: repo.dir,
    apiUrl: world.github.url,
    repository: REPOSITORY,
    inputs: stageInputs(world, stage, extra),
    ...(event ? {eventName: event.name, event: event.payload} : {}),
    env: {
      ...world.artifacts.env,
      GITHUB_SERVER_URL: artifactServerUrl(world),
      GITHUB_JOB: stage,
      GITHUB_RUN_ID: String(world.runId),
      RUNNER_NAME: runner
    }
  })
  open.bundleRuns.push(run)
  return run
}

/** The groups of a plan's matrix output. */
export function matrixGroups(
  matrix: string | undefined
): Array<{group: string; failures: number; label: string}> {
  return (
    JSON.parse(matrix ?? '{"include":[]}') as {
      include: Array<{group: string; failures: number; label: string}>
    }
  ).include
}

/** Closes the run's world, every job's checkout and bundle run: after each test, or by a bench (bench/fan-out). */
export async function closeFanout(): Promise<void> {
  for (const key of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) delete process.env[key]
  await cleanupAutofixRuns()
  await Promise.all(open.bundleRuns.splice(0).map(cleanupRun))
  await Promise.all(open.jobs.splice(0).map(j => j.cleanup()))
  const world = open.world
  open.world = undefined
  await world?.github.close()
  await world?.artifacts.close()
  await world?.model.close()
  await world?.repo.cleanup()
}

// vitest's hooks throw outside its runner; the bench (plain node) calls closeFanout itself.
if (process.env.VITEST) afterEach(closeFanout)
