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

/**
 * A build tool that found no project file where the workflow ran it (zig's `no build.zig file
 * found`, cargo's `could not find Cargo.toml in … or any parent directory`, Maven's `no POM in
 * this directory`, Gradle's `does not contain a Gradle build`, Composer's `could not find a
 * composer.json file`, MSBuild's MSB1003/MSB1009, npm reading a package.json outside
 * node_modules): the step's working directory or the checkout, not the code.
 */
export const NO_PROJECT_FILE: Signature = {
  rule: 'ci.no-project-file',
  needles: [
    'no build.zig file found',
    ' or any parent director',
    'there is no POM in this directory',
    'does not contain a Gradle build',
    'could not find a composer.json file',
    'MSB100',
    "ENOENT: no such file or directory, open '"
  ],
  tool: 'runner',
  category: 'orchestration_error',
  confidence: 0.75,
  source: String.raw`\bno build\.zig file found, in the current directory or any parent|\bcould not find .Cargo\.toml. in .+ or any parent director|\bthere is no POM in this directory\b|\bdoes not contain a Gradle build\b|\bcould not find a composer\.json file in\b|\bMSB100[39]: |\bENOENT: no such file or directory, open '(?![^']*node_modules)[^']*[\/\\]package\.json'`
}
