import {describe, expect, it} from 'vitest'
import {
  ALWAYS_PROTECTED,
  BUILT_IN_GROUPS,
  BUILT_IN_PROTECTED,
  effectiveProtectedPaths,
  protectedMatcher,
  protectingGlob
} from '../../../src/core/fixing/protected-paths.js'

describe('protectedMatcher', () => {
  const isProtected = protectedMatcher(BUILT_IN_PROTECTED)

  it.each([
    '.github/workflows/ci.yml',
    '.github/actions/setup/action.yml',
    '.github/dependabot.yml',
    '.gitlab-ci.yml',
    '.circleci/config.yml',
    'azure-pipelines.yml',
    'Jenkinsfile',
    'jenkins/Jenkinsfile.release',
    '.buildkite/pipeline.yml',
    'ci/test.sh',
    'scripts/ci/run.sh',
    'scripts/ci.sh',
    'scripts/ci-setup.sh',
    '.npmrc',
    'packages/web/.npmrc',
    '.yarnrc.yml',
    '.pnpmfile.cjs',
    'Makefile',
    'tools/build/Makefile',
    'rules.mk',
    'Dockerfile',
    'docker/Dockerfile.dev',
    'docker-compose.override.yml',
    'package-lock.json',
    'packages/web/package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'poetry.lock',
    'Pipfile.lock',
    'Cargo.lock',
    'go.sum',
    'Gemfile.lock',
    'uv.lock',
    '.git/config',
    '.git/hooks/pre-commit',
    'vendor/lib/.git/config',
    '.husky/pre-commit',
    '.pre-commit-config.yaml',
    'CODEOWNERS',
    'docs/CODEOWNERS',
    '.gitmodules',
    '.env.production',
    '.envrc'
  ])('protects %s', path => {
    expect(isProtected(path)).toBe(true)
  })

  it.each([
    'package.json',
    'packages/web/package.json',
    'src/cart.ts',
    'src/ci/report.ts',
    'scripts/build.sh',
    'scripts/circle.ts',
    'test/cart.test.ts',
    'tsconfig.json',
    'README.md',
    '.gitignore',
    'docs/make.md'
  ])('leaves %s editable', path => {
    expect(isProtected(path)).toBe(false)
  })

  it('ignores case, leading ./ and backslashes', () => {
    expect(isProtected('./MAKEFILE')).toBe(true)
    expect(isProtected('.GitHub\\Workflows\\ci.yml')).toBe(true)
    expect(isProtected('sub\\.git\\HEAD')).toBe(true)
  })

  it('names the glob that protects a path, the floor first', () => {
    const find = protectingGlob(BUILT_IN_PROTECTED)
    expect(find('.github/workflows/ci.yml')).toBe('.github/workflows/**')
    expect(find('.github/actions/x/action.yml')).toBe('.github/actions/**')
    expect(find('.github/CODEOWNERS')).toBe('.github/**')
    expect(find('web/yarn.lock')).toBe('**/yarn.lock')
    expect(find('src/cart.ts')).toBeUndefined()
  })

  it('always protects the floor, even with no globs at all', () => {
    const bare = protectedMatcher([])
    for (const path of [
      '.git/HEAD',
      '.git',
      '.github/workflows/ci.yml',
      '.github/actions/a/b.yml'
    ]) {
      expect(bare(path), path).toBe(true)
    }
    expect(bare('Makefile')).toBe(false)
    expect(bare('.github/dependabot.yml')).toBe(false)
    expect(ALWAYS_PROTECTED).toEqual(['**/.git', '.github/workflows/**', '.github/actions/**'])
  })
})

describe('effectiveProtectedPaths', () => {
  it('is the built-in set plus the extra globs, each once', () => {
    expect(effectiveProtectedPaths([])).toEqual([...BUILT_IN_PROTECTED])
    expect(effectiveProtectedPaths(['src/money/**', '**/yarn.lock', ' '])).toEqual([
      ...BUILT_IN_PROTECTED,
      'src/money/**'
    ])
  })

  it('replaces the built-in set only when the override names a glob', () => {
    expect(effectiveProtectedPaths(['src/money/**'], [])).toEqual([
      ...BUILT_IN_PROTECTED,
      'src/money/**'
    ])
    expect(effectiveProtectedPaths(['src/money/**'], ['db/**'])).toEqual(['db/**', 'src/money/**'])
  })

  it('cannot unprotect the floor through the override', () => {
    const isProtected = protectedMatcher(effectiveProtectedPaths([], ['db/**']))
    expect(isProtected('.github/workflows/ci.yml')).toBe(true)
    expect(isProtected('.github/actions/x/action.yml')).toBe(true)
    expect(isProtected('.git/config')).toBe(true)
    // What the override left out is editable again.
    expect(isProtected('Makefile')).toBe(false)
    expect(isProtected('.github/dependabot.yml')).toBe(false)
  })

  it('keeps the built-in groups and the flat list in step', () => {
    expect(BUILT_IN_PROTECTED).toEqual(BUILT_IN_GROUPS.flatMap(g => g.globs))
    expect(new Set(BUILT_IN_PROTECTED).size).toBe(BUILT_IN_PROTECTED.length)
  })
})
