import {describe, expect, it} from 'vitest'
import {checkScriptPaths, reachedBy} from '../../../src/core/fixing/check-scripts.js'
import {detectProject} from '../../../src/core/fixing/project-detection.js'

const pkg = (scripts: Record<string, string>): string => JSON.stringify({scripts})

describe('checkScriptPaths: the files the check commands run', () => {
  it('follows npm test to the shell script its "test" script runs', () => {
    expect(checkScriptPaths(['npm test'], pkg({test: 'bash scripts/test.sh'}))).toEqual([
      'scripts/test.sh'
    ])
  })

  it('follows npm run, pnpm and yarn scripts, pre/post scripts and sh -c', () => {
    const scripts = pkg({
      pretest: 'node tools/prepare.mjs',
      test: 'npm run unit && npm run e2e',
      unit: 'FORCE_COLOR=1 ./bin/run-unit',
      e2e: 'sh -c "python ci/e2e.py --fast"',
      lint: 'eslint .'
    })
    expect(checkScriptPaths(['npm test'], scripts)).toEqual([
      'bin/run-unit',
      'ci/e2e.py',
      'tools/prepare.mjs'
    ])
    expect(checkScriptPaths(['yarn unit'], scripts)).toEqual(['bin/run-unit'])
    expect(checkScriptPaths(['pnpm run e2e'], scripts)).toEqual(['ci/e2e.py'])
    expect([...reachedBy(['npm test'], JSON.parse(scripts).scripts).scripts].sort()).toEqual([
      'e2e',
      'pretest',
      'test',
      'unit'
    ])
  })

  it('names the Makefile behind make, config files behind config flags', () => {
    expect(checkScriptPaths(['make test'])).toEqual(['GNUmakefile', 'Makefile', 'makefile'])
    expect(checkScriptPaths(['python -m pytest -c ci/pytest-ci.ini'])).toEqual(['ci/pytest-ci.ini'])
    expect(checkScriptPaths(['npx vitest run --config=vitest.ci.ts'])).toEqual(['vitest.ci.ts'])
  })

  it('leaves out test files, folders, packages, absolute paths and report files', () => {
    expect(
      checkScriptPaths([
        'npx vitest run test/cart.test.ts --reporter=json --outputFile=.ci-medic/reports/vitest.json',
        'go test ./... ./pkg/...',
        'python -m pytest tests/ /usr/bin/env.sh ../outside.sh node_modules/x/run.js',
        'cargo test'
      ])
    ).toEqual([])
  })

  it('is what detection reports as the project check scripts', () => {
    const d = detectProject({
      rootFiles: ['package.json'],
      contents: {'package.json': pkg({test: 'bash scripts/test.sh', lint: 'node tools/lint.js'})}
    })
    expect(d.testCommand).toBe('npm test')
    expect(d.checkScripts).toEqual(['scripts/test.sh', 'tools/lint.js'])
    const given = detectProject(
      {rootFiles: ['go.mod'], contents: {'go.mod': 'module x\n'}},
      {overrides: {testCommand: './ci/test.sh'}}
    )
    expect(given.checkScripts).toEqual(['ci/test.sh'])
  })
})
