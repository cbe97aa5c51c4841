// A scratch repository with no token (src/edges/workspace/scratch-push.ts):
// where the fixing actions move verified commits between the workspace and
// bundle files (a proposal's bundle, the replay of one), never to push.
import {createScratchRepo, type ScratchRepo} from '../edges/workspace/index.js'

/** The run's facts a tokenless scratch repository needs. */
export interface ScratchRun {
  context: {serverUrl: string; owner: string; repo: string; tempDir: string}
  /** The environment git starts from (sanitized by the scratch repository). */
  parentEnv: NodeJS.ProcessEnv
  /** Redacted from git's output. */
  secrets: readonly string[]
}

export async function tokenlessScratchRepo(run: ScratchRun): Promise<ScratchRepo> {
  const {context} = run
  return createScratchRepo({
    target: {serverUrl: context.serverUrl, owner: context.owner, repo: context.repo},
    token: '',
    parentEnv: run.parentEnv,
    secrets: run.secrets,
    tempDir: context.tempDir
  })
}
