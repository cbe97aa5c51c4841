// Which paths no change may touch. A fix is pushed to a branch whose CI a
// maintainer may approve, and then runs with the repository's secrets: so
// whatever decides what CI, the package manager, the build or git run is
// protected, whatever the settings say. Three layers:
//   ALWAYS_PROTECTED     the floor, no setting removes it;
//   BUILT_IN_PROTECTED   the default set, replaced only by `protected-paths-override`;
//   `protected-paths`    the user's globs, always added to the set above.
// One matcher serves both the model's tools (which refuse the write) and the
// diff guards (which reject the change), so the two cannot disagree.
import picomatch from 'picomatch'

/**
 * The floor: git's own files and what GitHub Actions runs (workflows, and the
 * repository's local actions they call). Added to every glob list, so not even
 * `protected-paths-override` can unprotect them.
 */
export const ALWAYS_PROTECTED: readonly string[] = [
  '**/.git',
  '.github/workflows/**',
  '.github/actions/**'
]

/** The built-in set, by why it is protected (the README lists the same groups). */
export const BUILT_IN_GROUPS: readonly {why: string; globs: readonly string[]}[] = [
  {
    why: 'CI configuration and the scripts CI runs',
    globs: [
      '.github/**',
      '**/.gitlab-ci.yml',
      '.gitlab/**',
      '.circleci/**',
      '**/azure-pipelines*.yml',
      '.azure-pipelines/**',
      '**/Jenkinsfile*',
      '.buildkite/**',
      '.travis.yml',
      'appveyor.yml',
      '.appveyor.yml',
      'bitbucket-pipelines.yml',
      '.drone.yml',
      '.woodpecker.yml',
      '.woodpecker/**',
      'ci/**',
      '.ci/**',
      'scripts/ci/**',
      'scripts/ci[-_.]*',
      '.gitmodules'
    ]
  },
  {
    why: 'package-manager configuration (registries, install hooks, which dependencies may run install scripts)',
    globs: [
      '**/.npmrc',
      '**/.yarnrc*',
      '.yarn/releases/**',
      '.yarn/plugins/**',
      '**/.pnpmfile.cjs',
      '**/.pnpmfile.mjs',
      '**/pnpm-workspace.yaml',
      '**/bunfig.toml'
    ]
  },
  {
    why: 'build scripts and containers',
    globs: [
      '**/Makefile',
      '**/GNUmakefile',
      '**/*.mk',
      '**/justfile',
      '**/binding.gyp',
      '**/Dockerfile*',
      '**/*.dockerfile',
      '**/Containerfile*',
      '**/docker-compose*',
      '**/compose.yml',
      '**/compose.yaml',
      '.devcontainer/**'
    ]
  },
  {
    why: 'lockfiles (what exactly gets installed)',
    globs: [
      '**/package-lock.json',
      '**/npm-shrinkwrap.json',
      '**/yarn.lock',
      '**/pnpm-lock.yaml',
      '**/bun.lock',
      '**/bun.lockb',
      '**/poetry.lock',
      '**/Pipfile.lock',
      '**/uv.lock',
      '**/pdm.lock',
      '**/Cargo.lock',
      '**/go.sum',
      '**/Gemfile.lock',
      '**/composer.lock'
    ]
  },
  {
    why: 'git hooks and review rules',
    globs: [
      '.husky/**',
      '.githooks/**',
      '**/.pre-commit-config.yaml',
      'lefthook.yml',
      '.lefthook.yml',
      '**/CODEOWNERS'
    ]
  },
  {
    why: 'secrets and environment files',
    globs: ['**/.env*', '**/*secret*', '**/*.pem', '**/*.key']
  },
  {
    why: 'code where an unreviewed change costs the most',
    globs: [
      '**/auth/**',
      '**/*auth*.*',
      '**/payment*/**',
      '**/billing/**',
      '**/migrations/**',
      '**/*.sql'
    ]
  }
]

/** Protected unless `protected-paths-override` names a replacement. */
export const BUILT_IN_PROTECTED: readonly string[] = BUILT_IN_GROUPS.flatMap(g => g.globs)

/**
 * The globs in force: the built-in set (or, when `override` names any glob,
 * that instead) plus the user's `extra` globs, each once. The floor is not
 * listed here: every matcher adds it.
 */
export function effectiveProtectedPaths(
  extra: readonly string[],
  override: readonly string[] = []
): string[] {
  const base = override.length > 0 ? override : BUILT_IN_PROTECTED
  return [...new Set([...base, ...extra].map(g => g.trim()).filter(g => g !== ''))]
}

/** The patterns a glob list stands for: a glob naming a folder also covers everything below it. */
export function protectedPatterns(globs: readonly string[]): {glob: string; pattern: string}[] {
  const patterns: {glob: string; pattern: string}[] = []
  for (const glob of [...ALWAYS_PROTECTED, ...globs]) {
    const trimmed = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
    if (trimmed === '') continue
    patterns.push({glob, pattern: trimmed})
    if (!trimmed.endsWith('/**')) patterns.push({glob, pattern: `${trimmed}/**`})
  }
  return patterns
}

function normalize(relPath: string): string {
  return relPath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
}

/** The glob that protects `relPath`, or undefined. Case-insensitive, dot files included. */
export function protectingGlob(globs: readonly string[]): (relPath: string) => string | undefined {
  const matchers = protectedPatterns(globs).map(p => ({
    glob: p.glob,
    test: picomatch(p.pattern, {dot: true, nocase: true})
  }))
  return relPath => {
    const path = normalize(relPath)
    if (path === '' || path === '.') return undefined
    return matchers.find(m => m.test(path))?.glob
  }
}

export function protectedMatcher(globs: readonly string[]): (relPath: string) => boolean {
  const find = protectingGlob(globs)
  return relPath => find(relPath) !== undefined
}
