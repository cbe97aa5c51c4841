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
