// What classify's steps work with, built in one place: the settings, the
// workflow context, the runner IO, the GitHub side, the ledger and the
// second opinion. `runnerDeps` is the only code of classify that reads the
// environment; tests build the same object with `classifyDeps`, pointed at
// the loopback fakes.
import {join, resolve} from 'node:path'
import type {Classification} from '../../core/classify/types.js'
import type {GitHubClient, GitHubClientOptions} from '../../edges/github/client.js'
import type {LedgerStore} from '../../edges/ledger/store.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import type {SecondOpinionReport} from '../../edges/model/second-opinion.js'
import {maskSecret, runnerContext} from '../../runtime/action-inputs.js'
import type {ActionIO} from '../../runtime/action-io.js'
import {commandIO} from '../../runtime/command-io.js'
import {readClassifySettings, type ClassifySettings} from '../../settings/classify-settings.js'
import type {InputSource} from '../../settings/input-source.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'

export type GitHubSide = typeof import('./github-side.js')

/** The GitHub API, as classify uses it. */
export interface GitHubAccess {
  /** The API functions classify calls (github-side.ts). */
  api: GitHubSide
  client: GitHubClient
  repo: RepoRef
  /** The login ci-medic writes as (resolved on first use). */
  botLogin(): Promise<string>
}

export type SecondOpinion = (
  classification: Classification,
  logTail: string
) => Promise<{classification: Classification; report: SecondOpinionReport}>

export interface ClassifyDeps {
  settings: ClassifySettings
  context: WorkflowContext
  io: ActionIO
  /**
   * The GitHub side, loaded on first use and only with a token (undefined
   * without one): classifying a local log with no token never loads octokit.
   */
  github(): Promise<GitHubAccess | undefined>
  /** The ledger the settings ask for; undefined for `none`, or `issue` with no token. */
  ledger(): Promise<LedgerStore | undefined>
  /** A second opinion from the model; undefined without an API key. */
  secondOpinion?: SecondOpinion
  /** The environment git starts from (mode: patterns commits and pushes the learnings docs). */
  parentEnv: NodeJS.ProcessEnv
}

export interface ClassifyDepsOptions {
  settings: ClassifySettings
  context: WorkflowContext
  io: ActionIO
  /** Client options beyond token, URL and logger (tests turn write pacing off). */
  client?: Pick<GitHubClientOptions, 'pace' | 'retries' | 'maxRateLimitWaitSeconds'>
  /** Default: process.env (tests hand in their own). */
  parentEnv?: NodeJS.ProcessEnv
}

/**
 * The runner's deps: inputs, the GITHUB_* environment and the runner's channels, written
 * directly (command-io.ts): classify never loads @actions/core and its HTTP stack unless it
 * fails (the wrapper's failure report), so a local log is scanned in the memory it needs.
 */
export async function runnerDeps(inputs: InputSource): Promise<ClassifyDeps> {
  const context = runnerContext()
  const settings = readClassifySettings(inputs, context, maskSecret)
  return classifyDeps({settings, context, io: commandIO()})
}

export function classifyDeps(options: ClassifyDepsOptions): ClassifyDeps {
  const {settings, context, io} = options
  const github = once(async (): Promise<GitHubAccess | undefined> => {
    if (!settings.githubToken) return undefined
    const api = await import('./github-side.js')
    const client = api.createGitHubClient({
      ...options.client,
      token: settings.githubToken,
      apiUrl: context.apiUrl,
      logger: io.logger
    })
    const botLogin = once(() => api.resolveBotLogin(client))
    return {api, client, repo: {owner: context.owner, repo: context.repo}, botLogin}
  })
  const ledger = once(async (): Promise<LedgerStore | undefined> => {
    if (settings.ledger === 'none') return undefined
    if (settings.ledger === 'file') {
      // The ledger's reader (and its record schemas) load only when a ledger is kept.
      const {fileLedger} = await import('../../edges/ledger/file-ledger.js')
      return fileLedger(resolve(context.workspace, settings.ledgerPath))
    }
    const gh = await github()
    if (settings.ledger === 'artifact') {
      const api = gh?.api ?? (await import('./github-side.js'))
      const file = join(context.tempDir, 'ci-medic', 'ledger', api.LEDGER_FILE)
      return api.artifactLedger(gh?.client, {owner: context.owner, repo: context.repo}, file, {
        currentRunId: context.runId,
        logger: io.logger,
        periodDays: settings.periodDays
      })
    }
    if (settings.ledger === 'issue' && gh)
      return gh.api.issueLedger(gh.client, gh.repo, settings.ledgerIssueTitle, await gh.botLogin())
    return undefined
  })
  const secondOpinion: SecondOpinion | undefined = settings.anthropicApiKey
    ? async (classification, logTail) => {
        const {askSecondOpinion} = await import('../../edges/model/second-opinion.js')
        return askSecondOpinion(classification, logTail, settings, io.logger)
      }
    : undefined
  const parentEnv = options.parentEnv ?? process.env
  return {settings, context, io, github, ledger, secondOpinion, parentEnv}
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
