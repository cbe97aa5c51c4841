// The order test files start in, for both suites (vitest.config.ts and
// vitest.e2e.config.ts).
import {readFile} from 'node:fs/promises'
import {BaseSequencer, type TestSpecification} from 'vitest/node'

// Which file starts first. The suite's time is a few files that run the
// fixture projects' real checks, bundles or the demo (tens of seconds each)
// and many that take a second: on two workers it ends when the last long file
// ends, so the long ones must start first. Vitest does that from the timings
// it cached (node_modules/.vite/vitest), but without them (a fresh checkout,
// CI) it starts the largest files first, and the demo's small file, one of
// the longest, started last and ran alone at the end. Without a cached
// timing, a file is weighed by the table below (in ms; only the order
// matters), else by what it runs. The figures are each file's wall in the
// last CI run before session 13 (two cores, a fresh clone: 231 files, vitest
// 440 to 490 s), every file of 5 s or more, workflow-commands at its old 14 s
// (now about half). Session 12's table came from a loaded local run.
const FALLBACK_MS: Record<string, number> = {
  'test/demo.test.ts': 44_000,
  'test/actions/autofix-fix.test.ts': 42_000,
  'test/actions/autofix-feature.test.ts': 41_000,
  'test/actions/self-heal-fix.test.ts': 35_000,
  'test/actions/self-heal-bundle.e2e.test.ts': 34_000,
  'test/actions/autofix-faults.test.ts': 31_000,
  'test/actions/autofix-fanout-bundle.e2e.test.ts': 22_000,
  'test/actions/self-heal-faults.test.ts': 22_000,
  'test/actions/autofix-feature-fanout-bundle.e2e.test.ts': 22_000,
  'test/fixtures.test.ts': 21_000,
  'test/actions/autofix-bundle.e2e.test.ts': 17_000,
  'test/actions/autofix-fanout-refix.test.ts': 15_000,
  'test/security/workflow-commands.test.ts': 14_000,
  'test/actions/autofix-lifecycle.test.ts': 14_000,
  'test/actions/autofix-fanout.test.ts': 14_000,
  'test/actions/classify-drift.test.ts': 13_000,
  'test/actions/autofix-flake-precheck.test.ts': 12_000,
  'test/actions/classify-patterns-pin-bundle.e2e.test.ts': 11_000,
  'test/actions/publish-ledger-bundle.e2e.test.ts': 11_000,
  'test/edges/workspace/git-workspace.test.ts': 11_000,
  'test/actions/self-heal-unnarrowed.test.ts': 11_000,
  'test/actions/self-heal-severity.test.ts': 10_000,
  'test/actions/classify.pipeline.test.ts': 10_000,
  'test/actions/publish-proposal.test.ts': 10_000,
  'test/fakes/github.test.ts': 10_000,
  'test/actions/self-heal-publish-split.test.ts': 9_000,
  'test/actions/classify-patterns-pin.test.ts': 9_000,
  'test/security/proc-environ.test.ts': 8_000,
  'test/actions/self-heal-cancel-bundle.e2e.test.ts': 8_000,
  'test/edges/pull-requests.test.ts': 7_000,
  'test/edges/workspace/sandbox.test.ts': 7_000,
  'test/actions/publish-ledger.test.ts': 7_000,
  'test/actions/autofix-baseline-cache.test.ts': 7_000,
  'test/actions/autofix-learnings.test.ts': 7_000,
  'test/actions/classify-same-commit-flake.test.ts': 7_000,
  'test/edges/workspace/command-runner.test.ts': 7_000,
  'test/actions/autofix-unnarrowed-affected.test.ts': 6_000,
  'test/actions/autofix-order-dependent-prompt.test.ts': 6_000,
  'test/edges/artifact-ledger-walk.test.ts': 6_000,
  'test/edges/artifact-ledger.test.ts': 6_000,
  'test/actions/classify.e2e.test.ts': 5_000,
  'test/actions/autofix-cancel-bundle.e2e.test.ts': 5_000,
  'test/fakes/github-openapi.test.ts': 5_000,
  'test/edges/errors.test.ts': 5_000,
  'test/dist.test.ts': 5_000,
  'test/actions/classify-patterns.test.ts': 5_000
}
/** Calls that run real processes: a file with any is likely a long one. */
const RUNS_PROCESSES =
  /\b(?:runAutofixInProcess|runSelfHealInProcess|runAction|createFixtureRepo|checkout|runInParent)\(/

async function weight(file: TestSpecification, cached: number | undefined): Promise<number> {
  if (cached !== undefined) return cached
  const relative = file.moduleId.slice(file.project.config.root.length + 1)
  const known = FALLBACK_MS[relative]
  if (known !== undefined) return known
  const text = await readFile(file.moduleId, 'utf8').catch(() => '')
  // Unknown files took under 5 s in CI (the table has every longer one): one
  // that runs processes ahead of the rest, the rest by size (a 30 kB file
  // weighs 300 ms). Both stay under LONG_MS.
  return (RUNS_PROCESSES.test(text) ? 2_500 : 0) + Math.min(text.length / 100, 2_000)
}

/** A file that takes this long (ms, as FALLBACK_MS) starts by its weight alone. */
const LONG_MS = 5_000

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache
    const results = new Map(files.map(f => [f, cache.getTestSpecificationResult(f)]))
    const weights = new Map(
      await Promise.all(
        files.map(async f => [f, await weight(f, results.get(f)?.duration)] as const)
      )
    )
    const long = (f: TestSpecification): boolean => weights.get(f)! >= LONG_MS
    return [...files].sort((a, b) => {
      // As vitest's own: failed files first.
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder
      if (group !== 0) return group
      const failed =
        Number(results.get(b)?.failed ?? false) - Number(results.get(a)?.failed ?? false)
      if (failed !== 0) return failed
      // The long files first, whatever their project: the demo (`shared`)
      // must not wait for the short files of another project. Then the short
      // ones a project at a time: a worker that shares its module graph is
      // kept for the next file only when that file is of the same project
      // (vitest's pool), so interleaving the many short files of `shared`
      // and `pure` would fork a worker and import everything anew each time.
      if (long(a) !== long(b)) return long(a) ? -1 : 1
      if (!long(a) && a.project.name !== b.project.name)
        return a.project.name < b.project.name ? -1 : 1
      return weights.get(b)! - weights.get(a)!
    })
  }
}
