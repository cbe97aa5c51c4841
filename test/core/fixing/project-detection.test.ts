import {describe, expect, it} from 'vitest'
import {
  affectedTestCommand,
  detectProject,
  filesToRead,
  type ProjectFiles
} from '../../../src/core/fixing/project-detection.js'

const REPORTS = '/tmp/ci-medic'

function project(rootFiles: string[], contents: Record<string, string> = {}): ProjectFiles {
  return {rootFiles: [...new Set([...rootFiles, ...Object.keys(contents)])], contents}
}

const pkg = (o: object): string => JSON.stringify(o, null, 2)

// The ts-vitest fixture, as the caller would read it.
const TS_VITEST = project(
  ['eslint.config.js', '.prettierrc.json', 'tsconfig.json', 'src', 'test'],
  {
    'package.json': pkg({
      name: 'order-pricing',
      type: 'module',
      scripts: {
        test: 'vitest run',
        lint: 'eslint .',
        typecheck: 'tsc --noEmit',
        'format:check': 'prettier --check .',
        format: 'prettier --write .'
      }
    })
  }
)

// The python-pytest fixture.
const PY_PYTEST = project(['src', 'tests'], {
  'pyproject.toml':
    '[build-system]\nrequires = ["setuptools>=68"]\n\n[project]\nname = "splitbill"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\npythonpath = ["src"]\n'
})

describe('detectProject: node', () => {
  it('detects the ts-vitest fixture: vitest with a JSON report, scripts for lint and typecheck, eslint and prettier fixers', () => {
    const d = detectProject(TS_VITEST, {reportDir: REPORTS})
    expect(d).toMatchObject({
      ecosystem: 'node',
      packageManager: 'npm',
      testCommand:
        'npx vitest run --reporter=default --reporter=json --outputFile=/tmp/ci-medic/vitest-report.json',
      lintCommand: 'npm run lint',
      typecheckCommand: 'npm run typecheck',
      fixCommands: ['npx eslint --fix .', 'npx prettier --write .'],
      reporter: {format: 'jest-json', path: '/tmp/ci-medic/vitest-report.json', tool: 'vitest'}
    })
    expect(d.problem).toBeUndefined()
    expect(d.reasons.join('\n')).toContain('vitest')
  })

  it('adds jest JSON flags and uses the pnpm exec prefix with pnpm-lock.yaml', () => {
    const d = detectProject(
      project(['pnpm-lock.yaml'], {'package.json': pkg({scripts: {test: 'jest --runInBand'}})}),
      {reportDir: REPORTS}
    )
    expect(d.packageManager).toBe('pnpm')
    expect(d.testCommand).toBe(
      'pnpm exec jest --runInBand --json --outputFile=/tmp/ci-medic/jest-report.json'
    )
    expect(d.reporter).toEqual({
      format: 'jest-json',
      path: '/tmp/ci-medic/jest-report.json',
      tool: 'jest'
    })
  })

  it('runs a composite test script as is, read as text', () => {
    const d = detectProject(
      project(['yarn.lock'], {
        'package.json': pkg({scripts: {test: 'npm run build && vitest run'}})
      })
    )
    expect(d.testCommand).toBe('yarn test')
    expect(d.reporter).toEqual({format: 'text', tool: 'vitest'})
  })

  it('turns a watch-mode "vitest" script into a single run', () => {
    expect(
      detectProject(project([], {'package.json': pkg({scripts: {test: 'vitest'}})}), {
        reportDir: REPORTS
      }).testCommand
    ).toMatch(/^npx vitest run --reporter=default/)
    expect(
      detectProject(project([], {'package.json': pkg({scripts: {test: 'vitest --watch'}})}))
        .testCommand
    ).toBe('npm test')
  })

  it("ignores npm's placeholder test script, and falls back to a vitest dependency", () => {
    const placeholder = {test: 'echo "Error: no test specified" && exit 1'}
    const none = detectProject(project([], {'package.json': pkg({scripts: placeholder})}))
    expect(none.testCommand).toBe('')
    expect(none.problem).toMatch(/^No test command found: set test-command/)
    const dep = detectProject(
      project([], {'package.json': pkg({scripts: placeholder, devDependencies: {vitest: '^5'}})}),
      {reportDir: REPORTS}
    )
    expect(dep.testCommand).toBe(
      'npx vitest run --reporter=default --reporter=json --outputFile=/tmp/ci-medic/vitest-report.json'
    )
  })

  it('detects eslint lint and tsc typecheck from config files when there are no scripts', () => {
    const d = detectProject(
      project(['.eslintrc.json', 'tsconfig.json'], {
        'package.json': pkg({scripts: {test: 'mocha'}})
      })
    )
    expect(d.lintCommand).toBe('npx eslint .')
    expect(d.typecheckCommand).toBe('npx tsc --noEmit')
    expect(d.fixCommands).toEqual(['npx eslint --fix .'])
  })

  it('finds prettier configured in package.json and the package manager in "packageManager"', () => {
    const d = detectProject(
      project([], {
        'package.json': pkg({
          packageManager: 'yarn@4.1.0',
          prettier: {semi: false},
          scripts: {test: 'node --test'}
        })
      })
    )
    expect(d.packageManager).toBe('yarn')
    expect(d.fixCommands).toEqual(['yarn prettier --write .'])
    expect(d.reporter.tool).toBe('node')
  })

  it('reads the node version from .nvmrc', () => {
    expect(
      detectProject(
        project([], {'package.json': pkg({scripts: {test: 'jest'}}), '.nvmrc': 'v24.1.0\n'})
      ).nodeVersion
    ).toBe('v24.1.0')
  })

  it('survives an invalid package.json with a reason', () => {
    const d = detectProject(project([], {'package.json': '{ not json'}))
    expect(d.testCommand).toBe('')
    expect(d.reasons).toContain('package.json is not valid JSON: ignored')
  })
})

describe('detectProject: python, go, rust', () => {
  it('detects the python-pytest fixture with a JUnit report', () => {
    const d = detectProject(PY_PYTEST, {reportDir: REPORTS})
    expect(d).toMatchObject({
      ecosystem: 'python',
      packageManager: 'pip',
      testCommand: 'python -m pytest --junitxml=/tmp/ci-medic/pytest-junit.xml',
      reporter: {format: 'junit', path: '/tmp/ci-medic/pytest-junit.xml', tool: 'pytest'},
      lintCommand: '',
      typecheckCommand: '',
      fixCommands: []
    })
  })

  it('uses poetry/uv runners, ruff for lint and fixes, mypy for typecheck', () => {
    const pyproject =
      '[tool.poetry]\nname = "x"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n\n[tool.ruff]\nline-length = 100\n\n[tool.mypy]\nstrict = true\n'
    const d = detectProject(project(['poetry.lock'], {'pyproject.toml': pyproject}), {
      reportDir: REPORTS
    })
    expect(d.packageManager).toBe('poetry')
    expect(d.testCommand).toBe(
      'poetry run python -m pytest --junitxml=/tmp/ci-medic/pytest-junit.xml'
    )
    expect(d.lintCommand).toBe('poetry run ruff check .')
    expect(d.typecheckCommand).toBe('poetry run python -m mypy .')
    expect(d.fixCommands).toEqual(['poetry run ruff check --fix .', 'poetry run ruff format .'])
    const uv = detectProject(
      project(['uv.lock', 'pytest.ini'], {'pyproject.toml': '[project]\nname = "x"\n'})
    )
    expect(uv.packageManager).toBe('uv')
    expect(uv.testCommand).toMatch(/^uv run python -m pytest --junitxml=/)
  })

  it('finds pytest in requirements files and honours the python option', () => {
    const d = detectProject(project([], {'requirements-dev.txt': 'pytest==8.2\nruff\n'}), {
      python: 'python3'
    })
    expect(d.testCommand).toMatch(/^python3 -m pytest --junitxml=/)
    expect(d.lintCommand).toBe('ruff check .')
  })

  it('detects go and cargo', () => {
    expect(detectProject(project(['go.mod', 'main.go']))).toMatchObject({
      ecosystem: 'go',
      packageManager: 'go',
      testCommand: 'go test -json ./...',
      lintCommand: 'go vet ./...',
      fixCommands: ['gofmt -w .'],
      reporter: {format: 'go-test-json', tool: 'go'}
    })
    expect(detectProject(project(['Cargo.toml', 'src']))).toMatchObject({
      ecosystem: 'rust',
      packageManager: 'cargo',
      testCommand: 'cargo test',
      lintCommand: 'cargo clippy --all-targets',
      fixCommands: ['cargo fmt']
    })
  })

  it('prefers the ecosystem that has tests: a Go repo with a tooling package.json is Go', () => {
    const d = detectProject(
      project(['go.mod', '.prettierrc'], {'package.json': pkg({devDependencies: {prettier: '^3'}})})
    )
    expect(d.ecosystem).toBe('go')
    expect(d.testCommand).toBe('go test -json ./...')
    expect(d.reasons.some(r => r.startsWith('several ecosystems'))).toBe(true)
    expect(d.reasons.some(r => r.includes('package manager npm'))).toBe(false)
  })
})

describe('detectProject: settings override detection', () => {
  it("uses the user's commands as given", () => {
    const d = detectProject(TS_VITEST, {
      overrides: {
        testCommand: 'make test',
        lintCommand: 'make lint',
        typecheckCommand: 'none',
        fixCommands: ['make fmt']
      }
    })
    expect(d).toMatchObject({
      testCommand: 'make test',
      lintCommand: 'make lint',
      typecheckCommand: '',
      fixCommands: ['make fmt'],
      reporter: {format: 'text', tool: 'custom'}
    })
  })

  it('turns the fixers off with fix-commands: none, and detects with empty settings', () => {
    expect(detectProject(TS_VITEST, {overrides: {fixCommands: ['none']}}).fixCommands).toEqual([])
    expect(
      detectProject(TS_VITEST, {overrides: {testCommand: '', fixCommands: []}}).fixCommands
    ).toEqual(['npx eslint --fix .', 'npx prettier --write .'])
  })

  it('a test-command setting rescues a project nothing was detected in', () => {
    const empty = detectProject(project(['README.md']))
    expect(empty).toMatchObject({ecosystem: 'unknown', packageManager: null, testCommand: ''})
    expect(empty.problem).toMatch(/^No test command found: set test-command\./)
    const given = detectProject(project(['README.md']), {
      overrides: {testCommand: './run-tests.sh'}
    })
    expect(given.testCommand).toBe('./run-tests.sh')
    expect(given.problem).toBeUndefined()
  })

  it('quotes a report directory with spaces', () => {
    expect(detectProject(TS_VITEST, {reportDir: '/tmp/my reports/'}).testCommand).toContain(
      "--outputFile='/tmp/my reports/vitest-report.json'"
    )
  })
})

describe('filesToRead', () => {
  it('asks for the manifests and requirements present, not the sources', () => {
    expect(
      filesToRead([
        'package.json',
        'src',
        'requirements.txt',
        'requirements-dev.txt',
        'README.md',
        'go.mod',
        '.nvmrc'
      ])
    ).toEqual(['package.json', 'requirements.txt', 'requirements-dev.txt', 'go.mod', '.nvmrc'])
  })
})

describe('affectedTestCommand', () => {
  it('narrows vitest, jest, pytest, go and cargo to one test', () => {
    const vitest = detectProject(TS_VITEST)
    expect(
      affectedTestCommand(vitest, {
        file: 'test/discounts.test.ts',
        test: 'bulkDiscountRate > applies each tier from its minimum quantity'
      })
    ).toBe("npx vitest run test/discounts.test.ts -t 'applies each tier from its minimum quantity'")
    const jest = detectProject(project([], {'package.json': pkg({scripts: {test: 'jest'}})}))
    expect(affectedTestCommand(jest, {file: 'src/a.test.ts', test: 'adds (1 + 1)'})).toBe(
      "npx jest src/a.test.ts -t 'adds \\(1 \\+ 1\\)'"
    )
    const py = detectProject(PY_PYTEST)
    expect(
      affectedTestCommand(py, {
        file: 'tests/test_split.py',
        test: 'tests.test_split.test_split_evenly_keeps_every_cent'
      })
    ).toBe('python -m pytest tests/test_split.py::test_split_evenly_keeps_every_cent')
    const go = detectProject(project(['go.mod']))
    expect(affectedTestCommand(go, {file: 'pkg/money/money_test.go', test: 'TestSplit/even'})).toBe(
      "go test ./pkg/money -run '^TestSplit$'"
    )
    const cargo = detectProject(project(['Cargo.toml']))
    expect(affectedTestCommand(cargo, {test: 'tests::adds'})).toBe('cargo test adds')
  })

  it('returns empty when it cannot narrow down', () => {
    expect(affectedTestCommand(detectProject(TS_VITEST), {})).toBe('')
    expect(
      affectedTestCommand(detectProject(TS_VITEST, {overrides: {testCommand: 'make test'}}), {
        file: 'a.test.ts'
      })
    ).toBe('')
  })
})

describe('detectProject: tools installed in node_modules/.bin', () => {
  const installed = (files: ProjectFiles, localBins: string[]): ProjectFiles => ({
    ...files,
    localBins
  })

  it('runs installed tools from node_modules/.bin, plain lint and typecheck scripts too', () => {
    const all = ['vitest', 'eslint', 'tsc', 'prettier']
    const d = detectProject(installed(TS_VITEST, all), {reportDir: REPORTS})
    expect(d).toMatchObject({
      testCommand:
        'node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile=/tmp/ci-medic/vitest-report.json',
      lintCommand: 'node_modules/.bin/eslint .',
      typecheckCommand: 'node_modules/.bin/tsc --noEmit',
      fixCommands: ['node_modules/.bin/eslint --fix .', 'node_modules/.bin/prettier --write .'],
      localTools: all
    })
    expect(d.reasons).toContain(
      'installed in node_modules/.bin, run from there: vitest, eslint, tsc, prettier'
    )
    expect(
      affectedTestCommand(d, {file: 'test/discounts.test.ts', test: 'applies each tier'})
    ).toBe("node_modules/.bin/vitest run test/discounts.test.ts -t 'applies each tier'")
  })

  it('goes through the package manager for a tool that is not installed', () => {
    const d = detectProject(installed(TS_VITEST, ['vitest', 'left-pad']), {reportDir: REPORTS})
    expect(d.testCommand).toMatch(/^node_modules\/\.bin\/vitest run /)
    expect(d.lintCommand).toBe('npm run lint')
    expect(d.typecheckCommand).toBe('npm run typecheck')
    expect(d.fixCommands).toEqual(['npx eslint --fix .', 'npx prettier --write .'])
    expect(d.localTools).toEqual(['vitest'])
  })

  it('keeps npm run for a script with pre/post scripts or more than one plain invocation', () => {
    const files = project(['tsconfig.json'], {
      'package.json': pkg({
        scripts: {
          test: 'vitest run',
          lint: 'eslint . && prettier --check .',
          pretypecheck: 'node scripts/gen-types.mjs',
          typecheck: 'tsc --noEmit'
        }
      })
    })
    const d = detectProject(installed(files, ['vitest', 'eslint', 'tsc', 'prettier']))
    expect(d.lintCommand).toBe('npm run lint')
    expect(d.typecheckCommand).toBe('npm run typecheck')
  })

  it('runs jest and detected eslint and tsc from there, with any package manager', () => {
    const d = detectProject(
      installed(
        project(['yarn.lock', 'eslint.config.js', 'tsconfig.json'], {
          'package.json': pkg({scripts: {test: 'jest --runInBand'}})
        }),
        ['jest', 'eslint', 'tsc']
      ),
      {reportDir: REPORTS}
    )
    expect(d.packageManager).toBe('yarn')
    expect(d.testCommand).toBe(
      'node_modules/.bin/jest --runInBand --json --outputFile=/tmp/ci-medic/jest-report.json'
    )
    expect(d.lintCommand).toBe('node_modules/.bin/eslint .')
    expect(d.typecheckCommand).toBe('node_modules/.bin/tsc --noEmit')
    expect(affectedTestCommand(d, {file: 'src/a.test.ts'})).toBe(
      'node_modules/.bin/jest src/a.test.ts'
    )
  })

  it('leaves other ecosystems alone', () => {
    const d = detectProject(installed(PY_PYTEST, ['eslint']))
    expect(d.testCommand).toMatch(/^python -m pytest /)
    expect(d.localTools).toBeUndefined()
  })
})
