// The publish command in-process: the real runPublish on deps built as the
// runner builds them (buildPublishDeps), from inputs read by the real
// settings reader, in a job of run 7000 (unless told otherwise) of the fake
// GitHub's repository, whose git remote is at GITHUB_SERVER_URL.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {buildPublishDeps} from '../../src/actions/publish/deps.js'
import {runPublish} from '../../src/actions/publish/run.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readPublishSettings} from '../../src/settings/publish-settings.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import type {FakeGitHub} from '../fakes/github/index.js'
import {TOKEN} from './autofix-run.js'
import {cleanEnv} from './fixture-repo.js'
import {memoryIO, type MemoryIO} from './memory-io.js'

export interface PublishRun {
  io: MemoryIO
  /** What runPublish threw (the runner's one ::error:: line). */
  error?: unknown
}

const temps: string[] = []

export async function publishInProcess(
  github: FakeGitHub,
  proposalPath: string,
  job: {repository?: string; runId?: number; inputs?: Record<string, string>} = {}
): Promise<PublishRun> {
  const tempDir = await mkdtemp(join(tmpdir(), 'ci-medic-publish-job-'))
  temps.push(tempDir)
  const settings = readPublishSettings(
    inputsFromRecord({'proposal-path': proposalPath, 'github-token': TOKEN, ...job.inputs}),
    () => undefined
  )
  const context = readWorkflowContext(
    {
      GITHUB_REPOSITORY: job.repository ?? github.fullName,
      GITHUB_RUN_ID: String(job.runId ?? 7000),
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: github.serverUrl,
      RUNNER_TEMP: tempDir
    },
    {},
    tempDir
  )
  const io = memoryIO()
  const deps = buildPublishDeps({settings, context, io, parentEnv: cleanEnv(), pace: false})
  try {
    await runPublish(deps)
    return {io}
  } catch (error) {
    return {io, error}
  }
}

export async function cleanupPublishRuns(): Promise<void> {
  await Promise.all(temps.splice(0).map(dir => rm(dir, {recursive: true, force: true})))
}
