// The environment of every child ci-medic starts (the repository's commands
// and its own git), and the redaction of secrets from what they print: a
// child gets no action inputs and no tokens, and a secret it echoes anyway
// (one ci-medic was given, or one the sandbox sees) is replaced by `***`.

/** Variables the action's runtime uses to talk to GitHub's services. */
const RUNTIME_SECRETS = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
])

/**
 * Files the runner reads back after a step: a child that writes to them could
 * set the action's outputs or inject variables and PATH entries into later steps.
 */
const RUNNER_COMMAND_FILES = new Set([
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
])

/**
 * Whole families that are never the repository's business: the action's
 * inputs, the Actions runtime (tokens, cache and results URLs, OIDC), and the
 * model and Sentry settings.
 */
const DROPPED_PREFIXES = ['INPUT_', 'ACTIONS_', 'ANTHROPIC_', 'SENTRY_', 'CLAUDE_']

/**
 * Names the rules would drop that hold no secret and change how tools
 * behave (debug logging, tokenizer threads): kept.
 */
export const HARMLESS_NAMES: ReadonlySet<string> = new Set([
  'ACTIONS_STEP_DEBUG',
  'ACTIONS_RUNNER_DEBUG',
  'TOKENIZERS_PARALLELISM'
])

/**
 * A name that looks like it holds a secret. `AUTH` counts as a word of its own
 * (`NPM_AUTH`, `AUTHORIZATION`, `SSH_AUTH_SOCK`) but not inside `GIT_AUTHOR_NAME`.
 */
const SECRET_NAME =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|CREDENTIAL|COOKIE|(^|[_-])AUTH(?!OR(?!IZ))|[_-]KEY$|^KEY$/

/** True when a variable of this name looks like it holds a secret. */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name.toUpperCase())
}

function dropped(name: string): boolean {
  const upper = name.toUpperCase()
  if (HARMLESS_NAMES.has(upper)) return false
  if (RUNTIME_SECRETS.has(upper) || RUNNER_COMMAND_FILES.has(upper)) return true
  if (DROPPED_PREFIXES.some(prefix => upper.startsWith(prefix))) return true
  return looksSecret(upper)
}

/**
 * The environment for a child that runs the repository's code. The rule,
 * on names compared case-insensitively:
 * - dropped: `INPUT_*` (the action's inputs), `ACTIONS_*` (the runtime's
 *   tokens and URLs), `ANTHROPIC_*`, `CLAUDE_*`, `SENTRY_*`, `GITHUB_TOKEN`,
 *   `GH_TOKEN`, the runner's command files (`GITHUB_ENV`, `GITHUB_OUTPUT`,
 *   `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`), and any name that
 *   looks secret: containing TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE,
 *   CREDENTIAL, COOKIE, API_KEY, PRIVATE_KEY or ACCESS_KEY, ending in `_KEY`,
 *   or with AUTH as a word (`NPM_CONFIG__AUTH`, `SSH_AUTH_SOCK`);
 * - kept despite that: `HARMLESS_NAMES` (`ACTIONS_STEP_DEBUG`,
 *   `ACTIONS_RUNNER_DEBUG`, `TOKENIZERS_PARALLELISM`);
 * - kept: everything else (`PATH`, `HOME`, `CI`, locale, toolchain variables,
 *   `RUNNER_*`, the non-secret `GITHUB_*` context).
 * `extra` is applied last, as given: it is the caller's explicit choice.
 */
export function safeEnvironment(
  parent: NodeJS.ProcessEnv,
  extra?: NodeJS.ProcessEnv
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || dropped(name)) continue
    env[name] = value
  }
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** Shorter values are never treated as secrets (they would redact ordinary words). */
const MIN_SECRET_LENGTH = 6

/**
 * Values of the variables `safeEnvironment` drops because they are secret
 * (tokens, keys, passwords; not `INPUT_DRY-RUN=false`), for `redact`.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.trim().length < MIN_SECRET_LENGTH) continue
    const upper = name.toUpperCase()
    if (RUNTIME_SECRETS.has(upper) || looksSecret(upper)) values.add(value)
  }
  return [...values]
}

export const REDACTED = '***'

/**
 * Replaces every occurrence of each secret in `text` with `***`. A secret
 * spanning several lines is also redacted line by line (as the runner masks
 * them), and a token's `x-access-token:` Basic form is redacted too.
 */
export function redact(text: string, secrets: readonly string[]): string {
  if (text === '' || secrets.length === 0) return text
  const needles = new Set<string>()
  for (const secret of secrets) {
    if (typeof secret !== 'string') continue
    const trimmed = secret.trim()
    if (trimmed.length < 4) continue
    needles.add(trimmed)
    if (trimmed.includes('\n')) {
      for (const line of trimmed.split(/\r?\n/))
        if (line.trim().length >= MIN_SECRET_LENGTH) needles.add(line.trim())
    } else {
      needles.add(Buffer.from(`x-access-token:${trimmed}`).toString('base64'))
      needles.add(Buffer.from(trimmed).toString('base64'))
    }
  }
  let out = text
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    if (out.includes(needle)) out = out.split(needle).join(REDACTED)
  }
  return out
}
