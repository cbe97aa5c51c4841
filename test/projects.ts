// Which test files share a module graph per worker (vitest.config.ts's `pure`
// and `shared` projects, `isolate: false`) and which get a fresh one each
// (`isolated`). A fresh graph costs a forked worker and the re-import of
// everything the file imports: about 0.5 CPU s per file, 1.4 for a file that
// runs a pipeline in-process (bench/test-time.md, session 13). Sharing is safe
// for a file that leaves nothing behind in the worker: no module mocks,
// stubbed environment or globals, spies, fake timers, process.env writes or
// process.stdout use, no harness that registers hooks when imported
// (fanout-run.ts: a shared graph imports it once, for the first file only).
// The pipelines keep no state between runs that a run reads (src/runtime/
// outputs.ts remembers the outputs set, read only by the bundles' wrapper),
// as the files that run several already show. test/projects.test.ts holds
// every shared file to that (PROCESS_STATE below) and checks that each test
// file is in exactly one project.

/**
 * The long end-to-end scenarios through the bundles: `npm run test:e2e`
 * (vitest.e2e.config.ts), which CI runs after `npm test`, and not `npm test`
 * itself. `npm test` keeps the pipelines in-process against the fakes and the
 * bundles' runner contract for every action (inputs, outputs, summaries,
 * masks, log groups, bad input, a refused push; autofix-bundle.e2e,
 * self-heal-bundle.e2e, classify.e2e, publish-ledger-bundle.e2e and the
 * cancel bundles); these replay whole heals, fan-outs and the demo through
 * the bundles, most of it real checks that the in-process files already run,
 * or pacing waits. Each file gets a module graph of its own there. One of them alone:
 * `npx vitest run --config vitest.e2e.config.ts test/demo.test.ts`.
 */
export const E2E = [
  'test/demo.test.ts',
  'test/actions/autofix-fanout-bundle.e2e.test.ts',
  'test/actions/autofix-feature-fanout-bundle.e2e.test.ts',
  'test/actions/self-heal-python-heal.e2e.test.ts',
  'test/actions/classify-patterns-pin-bundle.e2e.test.ts'
]

/** src/core and src/settings: no file system, network or processes (test/layers.test.ts). */
export const PURE = ['test/core/**/*.test.ts', 'test/settings/**/*.test.ts']

/** Everything but the pure layers, apart from OWN_MODULES (and E2E, which npm test leaves out). */
export const SHARED = ['test/**/*.test.ts']

/** Files under SHARED that touch process-wide state (PROCESS_STATE): isolated. */
export const OWN_MODULES = [
  'test/actions/autofix-baseline-cache.test.ts',
  'test/actions/autofix-fanout-refix.test.ts',
  'test/actions/autofix-fanout.test.ts',
  'test/actions/classify-artifacts.test.ts',
  'test/actions/classify-patterns-artifact.test.ts',
  'test/fixtures.test.ts',
  'test/models.test.ts',
  'test/edges/artifact-ledger-concurrent.test.ts',
  'test/fakes/artifacts.test.ts',
  'test/fakes/cache.test.ts',
  'test/runtime/stdout.test.ts',
  'test/security/workflow-commands.test.ts'
]

/** Files that touch process-wide state: a fresh module graph each. */
export const ISOLATED = OWN_MODULES

/** Shared files whose PROCESS_STATE matches are text for another process or a diff, checked by hand. */
export const MENTIONS_ONLY = [
  // a child's script: `node -e "process.on('SIGTERM', …)"`
  'test/edges/workspace/command-runner.test.ts',
  // a test file's content the diff guards judge: "vi.mock('vitest', …)"
  'test/core/fixing/diff-guards.test.ts'
]

/** What a test file may not use to be shared: what stays in the worker after it. */
export const PROCESS_STATE =
  /\bvi\.(?:mock|doMock|hoisted|stubEnv|stubGlobal|useFakeTimers|spyOn|fn)\b|process\.env(?:\.\w+|\[[^\]]+\])?\s*=(?!=)|delete\s+process\.env|process\.(?:stdout|stderr|chdir|exitCode|on|once)\b|\bfanout-run\b/
