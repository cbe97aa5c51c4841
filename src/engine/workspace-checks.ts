// What both fixing actions need before they change anything: a clean git
// checkout, the project's checks (detected or given), the repository's file
// list for the model's map, and the branch PRs target.
import {constants} from 'node:fs'
import {access, mkdir, readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {
  detectProject,
  filesToRead,
  LOCAL_BIN_DIR,
  LOCAL_TOOLS,
  type DetectedProject
} from '../core/fixing/index.js'
import type {GitHubClient} from '../edges/github/client.js'
import {listTrackedFiles, SKIPPED_DIRECTORIES, type GitWorkspace} from '../edges/workspace/index.js'
import {ConfigurationError} from '../errors.js'

/** Throws a ConfigurationError naming the fix when the workspace is not a clean git checkout. */
export async function requireCleanCheckout(git: GitWorkspace, action: string): Promise<void> {
  if (!(await git.isRepository())) {
    throw new ConfigurationError(
      `The workspace ${git.root} is not a git checkout. Add actions/checkout before ci-medic ${action}.`
    )
  }
  const dirty = await git.status()
  if (dirty.length > 0) {
    throw new ConfigurationError(
      `The workspace has uncommitted changes (${dirty
        .slice(0, 5)
        .map(e => e.path)
        .join(
          ', '
        )}${dirty.length > 5 ? ', …' : ''}). ${action} commits only verified fixes, so it starts from a clean checkout: run it before steps that change files, or commit them first.`
    )
  }
}

/**
 * Throws a ConfigurationError naming the fix when `expected` (a failed
 * commit classify dispatched us for) is not the checked-out commit: fixing
 * another commit would "fix" what did not fail, or miss what did.
 */
export async function requireHeadAt(git: GitWorkspace, expected: string): Promise<void> {
  if (!expected) return
  const head = await git.head()
  if (head !== expected) {
    throw new ConfigurationError(
      `head-sha is ${expected}, but the checkout is at ${head ?? 'no commit'}. Check out the failed commit: give actions/checkout \`ref: \${{ inputs.head-sha }}\` (the example autofix workflow does).`
    )
  }
}

/** The check commands a user set ('' = detect; fixCommands [] = detect, ['none'] = none). */
export interface CheckCommandSettings {
  testCommand: string
  lintCommand: string
  typecheckCommand: string
  fixCommands?: readonly string[]
}

/** The project's test, lint, typecheck and fixer commands: the inputs where given, else detected. */
export async function detectChecks(
  root: string,
  settings: CheckCommandSettings,
  reportDir: string
): Promise<DetectedProject> {
  const rootFiles = await readdir(root)
  const contents: Record<string, string> = {}
  for (const name of filesToRead(rootFiles)) {
    const text = await readFile(join(root, name), 'utf8').catch(() => undefined)
    if (text !== undefined) contents[name] = text
  }
  const project = detectProject(
    {rootFiles, contents, localBins: await installedTools(root)},
    {
      reportDir: join(reportDir, 'reports'),
      overrides: {
        testCommand: settings.testCommand || undefined,
        lintCommand: settings.lintCommand || undefined,
        typecheckCommand: settings.typecheckCommand || undefined,
        // [] = detect; ['none'] = no fixers (detectProject knows it)
        fixCommands: settings.fixCommands?.length ? [...settings.fixCommands] : undefined
      }
    }
  )
  if (project.problem) throw new ConfigurationError(project.problem)
  await mkdir(join(reportDir, 'reports'), {recursive: true})
  return project
}

/**
 * Which of the tools detection may name are installed in the checkout's
 * node_modules/.bin (as npx would find them there: files or links that can be
 * executed), so the checks run them without starting a package manager.
 */
async function installedTools(root: string): Promise<string[]> {
  const dir = join(root, LOCAL_BIN_DIR)
  const found = await Promise.all(
    LOCAL_TOOLS.map(tool =>
      access(join(dir, tool), constants.X_OK).then(
        () => tool,
        () => undefined
      )
    )
  )
  return found.filter(tool => tool !== undefined)
}

/** Tracked files outside dependency and build folders, for the model's repository map. */
export async function listRepoFiles(root: string): Promise<string[]> {
  return mapFiles((await listTrackedFiles(root)) ?? [])
}

/** The model's repository map from a tracked-file list already read. */
export function mapFiles(tracked: readonly string[]): string[] {
  return tracked
    .filter(p => !p.split('/').some(part => SKIPPED_DIRECTORIES.has(part)))
    .slice(0, 5000)
}

export async function defaultBranch(
  client: GitHubClient,
  repo: {owner: string; repo: string}
): Promise<string> {
  const {data} = await client.rest.repos.get(repo)
  return data.default_branch
}
