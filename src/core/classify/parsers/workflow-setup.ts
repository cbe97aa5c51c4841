// Signatures of a step the workflow left out (issue #11, tenth round): a package manager that
// a setup step installs (pnpm, Yarn Berry through corepack, Bun, Poetry, PDM, uv) was used
// before any step installed it. The runner images do not ship them, so it is the workflow's
// order of steps, not a dependency of the code. signatures.ts places it before the shell's
// `command not found`, which would read it as a missing system package.
import type {Signature} from './signatures.js'

export const PACKAGE_MANAGER_NOT_SET_UP: Signature = {
  rule: 'actions.package-manager-missing',
  needles: ['command not found', 'Unable to locate executable file: '],
  tool: 'runner',
  category: 'orchestration_error',
  confidence: 0.75,
  source: String.raw`(?:^|[\s/:])(?:pnpm|bun|poetry|pdm|uv): command not found$|\bcommand not found: (?:pnpm|bun|poetry|pdm|uv)$|Unable to locate executable file: (?:pnpm|bun|poetry|pdm|uv)\b`
}
