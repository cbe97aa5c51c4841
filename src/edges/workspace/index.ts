// The workspace edges of autofix: running commands, confining paths, the
// model's tools and the git repository, each behind a small interface.
export {
  createCommandRunner,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  descendants,
  HARMLESS_NAMES,
  looksSecret,
  redact,
  REDACTED,
  runProcess,
  safeEnvironment,
  secretValues,
  type CommandResult,
  type CommandRunner,
  type CommandRunnerOptions,
  type ProcessOptions,
  type ProcessResult,
  type RunOptions
} from './command-runner.js'
export {
  clearSandboxCache,
  defaultStrategies,
  detectSandbox,
  environmentScript,
  findTools,
  noSandbox,
  planSandbox,
  sandboxArgv,
  type CheckNetwork,
  type Sandbox,
  type SandboxLaunch,
  type SandboxMode,
  type SandboxMount,
  type SandboxOptions,
  type SandboxPlan,
  type SandboxSetting,
  type SandboxStrategy,
  type SandboxTools
} from './sandbox.js'
export {
  gitConfigPaths,
  maskCredentials,
  pinnedGlobalConfig,
  type MaskedFile
} from './git-config-files.js'
export {
  ALWAYS_PROTECTED,
  isProtected,
  protectedMatcher,
  resolveInWorkspace,
  workspaceRelative,
  WorkspacePathError
} from './workspace-paths.js'
export {
  createModelTools,
  DEPENDENCY_DIRECTORIES,
  isBinary,
  SKIPPED_DIRECTORIES,
  TOOL_NAMES,
  toolDefinitions,
  toolInputSchemas,
  type ModelTools,
  type ToolDefinition,
  type ToolName,
  type ToolResult,
  type WorkspaceTools
} from './model-tools.js'
export {
  createGitWorkspace,
  dependencyDirectories,
  GitCommandError,
  GitPushError,
  listTrackedFiles,
  type ChangeStatus,
  type CleanCheckout,
  type FileChange,
  type GitAuthor,
  type GitWorkspace,
  type GitWorkspaceOptions,
  type PushAuth,
  type PushErrorKind,
  type PushOptions,
  type PushResult,
  type Snapshot,
  type StatusEntry
} from './git-workspace.js'
export {
  createScratchRepo,
  targetUrl,
  type CommitChange,
  type PublishTarget,
  type ScratchOptions,
  type ScratchRepo
} from './scratch-push.js'
