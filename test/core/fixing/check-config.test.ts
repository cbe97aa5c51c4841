import {describe, expect, it} from 'vitest'
import {checkConfigFindings} from '../../../src/core/fixing/check-config.js'
import {checkDiff} from '../../../src/core/fixing/diff-guards.js'

const change = (path: string, before: string | null, after: string | null) => ({
  path,
  before,
  after
})

describe('changes to how the checks run', () => {
  it('flags lint, test, type-check and formatter config files', () => {
    expect(
      checkConfigFindings(
        change(
          'eslint.config.js',
          'export default [{rules: {"no-unused-vars": "error"}}]',
          'export default [{rules: {"no-unused-vars": "off"}}]'
        )
      )
    ).toEqual([{path: 'eslint.config.js', what: 'the file'}])
    expect(
      checkConfigFindings(
        change(
          'vitest.config.ts',
          'export default {}',
          "export default {test: {exclude: ['test/cart.test.ts']}}"
        )
      )
    ).toHaveLength(1)
    expect(
      checkConfigFindings(
        change('packages/web/tsconfig.json', '{"strict": true}', '{"strict": false}')
      )
    ).toHaveLength(1)
    expect(checkConfigFindings(change('.eslintrc.json', null, '{"root": true}'))).toHaveLength(1)
    expect(
      checkConfigFindings(
        change('pytest.ini', '[pytest]\n', '[pytest]\naddopts = --deselect tests/test_x.py\n')
      )
    ).toHaveLength(1)
  })

  it('ignores a formatter pass over a config file', () => {
    expect(
      checkConfigFindings(
        change(
          'eslint.config.js',
          "export default [{rules: {'a': 'error'},}];\n",
          'export default [\n  {rules: {"a": "error"}}\n]\n'
        )
      )
    ).toEqual([])
  })

  it('looks only at the check sections of shared files', () => {
    const before =
      '[project]\nname = "x"\nversion = "1.0"\n\n[tool.pytest.ini_options]\naddopts = "-q"\n'
    expect(
      checkConfigFindings(change('pyproject.toml', before, before.replace('1.0', '1.1')))
    ).toEqual([])
    expect(
      checkConfigFindings(
        change('pyproject.toml', before, before.replace('"-q"', '"-q -k \'not test_split\'"'))
      )
    ).toEqual([{path: 'pyproject.toml', what: '[tool.pytest.ini_options]'}])
    expect(
      checkConfigFindings(
        change('pyproject.toml', before, `${before}\n[tool.ruff.lint]\nignore = ["E501"]\n`)
      )
    ).toEqual([{path: 'pyproject.toml', what: '[tool.ruff.lint]'}])
    expect(
      checkConfigFindings(
        change(
          'Cargo.toml',
          '[package]\nname = "x"\n',
          '[package]\nname = "x"\n[lints.rust]\nunused = "allow"\n'
        )
      )
    ).toEqual([{path: 'Cargo.toml', what: '[lints.rust]'}])
  })

  it('looks only at check keys and check scripts of package.json', () => {
    const before = JSON.stringify({
      name: 'x',
      scripts: {test: 'vitest run', build: 'tsc'},
      dependencies: {}
    })
    const bump = JSON.stringify({
      name: 'x',
      scripts: {test: 'vitest run', build: 'tsc -p .'},
      dependencies: {zod: '^4'}
    })
    expect(checkConfigFindings(change('package.json', before, bump))).toEqual([])
    const weakened = JSON.stringify({
      name: 'x',
      scripts: {test: 'vitest run --passWithNoTests test/ok.test.ts', build: 'tsc'}
    })
    expect(checkConfigFindings(change('package.json', before, weakened))).toEqual([
      {path: 'package.json', what: '"scripts.test"'}
    ])
    const jest = JSON.stringify({
      name: 'x',
      scripts: {test: 'vitest run', build: 'tsc'},
      jest: {testPathIgnorePatterns: ['cart']}
    })
    expect(checkConfigFindings(change('package.json', before, jest))).toEqual([
      {path: 'package.json', what: '"jest"'}
    ])
  })

  it('flags package-manager settings, which decide how every script runs', () => {
    expect(checkConfigFindings(change('.npmrc', null, 'script-shell=/bin/true\n'))).toEqual([
      {path: '.npmrc', what: "the package manager's settings, which decide how every script runs"}
    ])
    expect(
      checkConfigFindings(change('.yarnrc.yml', 'nodeLinker: pnp\n', 'nodeLinker: node-modules\n'))
    ).toHaveLength(1)
    expect(checkConfigFindings(change('web/.npmrc', 'a=1\n', 'a=2\n'))).toHaveLength(1)
  })

  it('flags variants of test runner config names', () => {
    for (const path of [
      'vitest.config.e2e.ts',
      'vitest.e2e.config.mts',
      'packages/a/jest.config.mjs',
      '.pytest.ini',
      'pytest.toml',
      'cypress.config.ts',
      '.nycrc.json'
    ])
      expect(checkConfigFindings(change(path, 'a', 'b')), path).toHaveLength(1)
  })

  it('compares only the test block of vite.config.*', () => {
    const vite =
      "import {defineConfig} from 'vite'\nexport default defineConfig({\n  plugins: [react()],\n  test: {\n    include: ['src/**/*.test.ts'],\n    environment: 'jsdom'\n  }\n})\n"
    expect(
      checkConfigFindings(change('vite.config.ts', vite, vite.replace('react()', 'react(), svg()')))
    ).toEqual([])
    for (const narrowed of [
      vite.replace(
        "environment: 'jsdom'",
        "environment: 'jsdom',\n    exclude: ['src/cart.test.ts']"
      ),
      vite.replace("'src/**/*.test.ts'", "'src/ok.test.ts'"),
      vite.replace("environment: 'jsdom'", "environment: 'jsdom', passWithNoTests: true"),
      vite.replace("environment: 'jsdom'", "environment: 'jsdom', setupFiles: ['./setup.ts']")
    ])
      expect(checkConfigFindings(change('vite.config.mts', vite, narrowed))).toEqual([
        {path: 'vite.config.mts', what: 'its `test` block, which vitest reads'}
      ])
    // A test block added where there was none, or one fed from elsewhere: any change counts.
    const plain = 'export default {plugins: []}\n'
    expect(
      checkConfigFindings(
        change('vite.config.js', plain, 'export default {plugins: [], test: {}}\n')
      )
    ).toHaveLength(1)
    const shared = "import test from './t.js'\nexport default {plugins: [], test}\n"
    expect(
      checkConfigFindings(change('vite.config.js', shared, shared.replace('[]', '[a()]')))
    ).toHaveLength(1)
  })

  it('reads dotted keys that reach into a check table', () => {
    const before = '[project]\nname = "x"\n\n[tool]\nblack.line-length = 100\n'
    expect(
      checkConfigFindings(
        change('pyproject.toml', before, `${before}pytest.ini_options.addopts = "-k 'not slow'"\n`)
      )
    ).toEqual([{path: 'pyproject.toml', what: '[tool.pytest]'}])
    expect(
      checkConfigFindings(
        change(
          'pyproject.toml',
          'tool.pytest.ini_options.addopts = "-q"\n',
          'tool.pytest.ini_options.addopts = "-q --ignore=tests"\n'
        )
      )
    ).toEqual([{path: 'pyproject.toml', what: '[tool.pytest]'}])
  })

  it('flags package.json scripts the check scripts run, and the files the checks run', () => {
    const before = JSON.stringify({scripts: {test: 'npm run unit', unit: 'vitest run'}})
    const after = JSON.stringify({
      scripts: {test: 'npm run unit', unit: 'vitest run --passWithNoTests x'}
    })
    expect(checkConfigFindings(change('package.json', before, after))).toEqual([
      {path: 'package.json', what: '"scripts.unit"'}
    ])
    expect(
      checkConfigFindings(change('scripts/test.sh', 'vitest run\n', 'true\n'), ['scripts/test.sh'])
    ).toEqual([{path: 'scripts/test.sh', what: 'the check commands run this file'}])
    expect(checkConfigFindings(change('scripts/test.sh', 'vitest run\n', 'true\n'))).toEqual([])
  })

  it('is one of the diff guards', () => {
    const verdict = checkDiff(
      [
        {
          path: 'eslint.config.js',
          status: 'modified',
          before: 'export default [{rules: {a: "error"}}]',
          after: 'export default [{rules: {a: "off"}}]'
        }
      ],
      {protectedPaths: [], maxFilesChanged: 5}
    )
    expect(verdict.ok).toBe(false)
    expect(verdict.violations[0]).toMatchObject({rule: 'config-changed', path: 'eslint.config.js'})
    expect(verdict.violations[0]!.message).toMatch(/changes how a check runs \(the file\)/)
  })
})
