// A refused upload is one warning in the step's log, through the bundle
// (dist/classify/index.mjs) as a runner runs it: ci-medic's, naming the
// artifact and the service's reason. @actions/artifact (6.x) warns on its
// own only for a GitHub Enterprise Server, which ci-medic checks first and
// states in a notice (classify-artifacts.test.ts), so a refusal from the
// service (at the start of the upload or at its end) is never said twice.
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {startFakeArtifactService, type TwirpMethod} from '../fakes/artifacts/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {cleanupRun, runAction} from '../harness/run-action.js'

/** One test's fake GitHub and log directory (each test its own: they run side by side), removed when it ends. */
async function worldFor(
  onTestFinished: (fn: () => Promise<void>) => void
): Promise<{fake: FakeGitHub; dir: string}> {
  const fake = await startFakeGitHub({owner: 'acme', repo: 'widgets'})
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-refused-'))
  onTestFinished(async () => {
    await fake.close()
    await rm(dir, {recursive: true, force: true})
  })
  await writeFile(
    join(dir, 'failure.log'),
    ' FAIL  src/sum.test.ts > adds\nAssertionError: expected 1 to be 2\n'
  )
  return {fake, dir}
}

it.concurrent.for<[string, TwirpMethod]>([
  ['when it starts', 'CreateArtifact'],
  ['when it is finalized', 'FinalizeArtifact']
])('a refusal %s is one warning, and the run succeeds', async ([, method], {onTestFinished}) => {
  const {fake, dir} = await worldFor(onTestFinished)
  const run = fake.addWorkflowRun({
    workflow: 'ci-medic.yml',
    event: 'workflow_dispatch',
    head_branch: 'main'
  })
  const service = await startFakeArtifactService({github: {state: fake.state, runId: run.id}})
  try {
    service.failTwirp(method, {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit'
    })
    const result = await runAction('classify', {
      apiUrl: fake.url,
      repository: 'acme/widgets',
      runId: run.id,
      env: {...service.env, GITHUB_SERVER_URL: 'https://github.com', GITHUB_JOB: 'triage'},
      inputs: {
        'github-token': 'ghs_test',
        'log-path': join(dir, 'failure.log'),
        ledger: 'artifact',
        'dispatch-autofix': '',
        'rerun-transient': 'false'
      }
    })
    try {
      expect(result.code, result.stderr).toBe(0)
      const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
      expect(warnings).toEqual([
        expect.stringMatching(
          /^The artifact ci-medic-classify-\d+-1-triage could not be uploaded \(.*403.*quota has been hit\)/
        )
      ])
      expect(service.artifacts.filter(a => a.finalized)).toEqual([])
    } finally {
      await cleanupRun(result)
    }
  } finally {
    await service.close()
  }
})
