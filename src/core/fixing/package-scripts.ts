// package.json stays editable (a fix may add or bump a dependency), but not
// what it makes the package manager run. Every entry of `scripts` counts, not
// only the lifecycle hooks (preinstall, install, postinstall, prepare,
// pretest, test, posttest, …): CI steps and other scripts run any script by
// name (`npm run build`, `npm run ci`), and a fix cannot know which ones run
// with secrets once a maintainer approves CI on its branch. `packageManager`
// (which package-manager binary corepack fetches and runs) and `pnpm` (which
// dependencies may run install scripts, patched dependencies) are held the
// same way. Pure: contents in, findings out.
import {normalizePath} from './source-text.js'

export interface PackageFileChange {
  path: string
  /** Contents before (null when added). */
  before: string | null
  /** Contents after (null when deleted). */
  after: string | null
}

export interface PackageScriptFinding {
  path: string
  /** What changed, e.g. `"scripts.postinstall" added`. */
  what: string
}

/** Top-level keys, besides `scripts`, that decide what the package manager runs. */
export const RUNNER_KEYS = ['packageManager', 'pnpm'] as const

const PACKAGE_JSON = /(?:^|\/)package\.json$/i

type Parsed = {ok: true; value: Record<string, unknown>} | {ok: false}

function parse(text: string | null): Parsed {
  if (text === null) return {ok: true, value: {}}
  try {
    // npm strips a byte-order mark before parsing, so the check does too.
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? {ok: true, value: value as Record<string, unknown>}
      : {ok: false}
  } catch {
    return {ok: false}
  }
}

function scriptsOf(pkg: Record<string, unknown>): Record<string, unknown> | undefined {
  const s = pkg.scripts
  return s !== null && typeof s === 'object' && !Array.isArray(s)
    ? (s as Record<string, unknown>)
    : undefined
}

/**
 * How a change to a package.json (at any depth) alters what the package
 * manager runs: each script added, removed or changed, and `packageManager`
 * or `pnpm` changed. A package.json that is not a JSON object after the
 * change is a finding too: its scripts cannot be checked. [] for any other
 * file, and for a change outside these keys.
 */
export function packageScriptFindings(change: PackageFileChange): PackageScriptFinding[] {
  const path = normalizePath(change.path)
  if (!PACKAGE_JSON.test(path) || change.before === change.after) return []
  const before = parse(change.before)
  const after = parse(change.after)
  if (!after.ok) {
    return [{path, what: 'is not a JSON object after the change, so its scripts cannot be checked'}]
  }
  // A package.json that did not parse before ran no scripts; everything in it now is new.
  const a = before.ok ? before.value : {}
  const b = after.value
  const findings: PackageScriptFinding[] = []
  const sa = scriptsOf(a)
  const sb = scriptsOf(b)
  const oddScripts =
    (a.scripts !== undefined && sa === undefined) || (b.scripts !== undefined && sb === undefined)
  if (oddScripts && JSON.stringify(a.scripts) !== JSON.stringify(b.scripts)) {
    findings.push({path, what: '"scripts" changed'})
  }
  const left = sa ?? {}
  const right = sb ?? {}
  for (const name of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const inA = Object.hasOwn(left, name)
    const inB = Object.hasOwn(right, name)
    if (inA && !inB) findings.push({path, what: `"scripts.${name}" removed`})
    else if (!inA && inB) findings.push({path, what: `"scripts.${name}" added`})
    else if (JSON.stringify(left[name]) !== JSON.stringify(right[name])) {
      findings.push({path, what: `"scripts.${name}" changed`})
    }
  }
  for (const key of RUNNER_KEYS) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      const how = a[key] === undefined ? 'added' : b[key] === undefined ? 'removed' : 'changed'
      findings.push({path, what: `"${key}" ${how}`})
    }
  }
  return findings
}
