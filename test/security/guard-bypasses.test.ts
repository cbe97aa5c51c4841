// Issue #10, item 6: "verification cannot be gamed". Every way found to make a
// failing check pass without fixing the code, run through the public guard
// function. Each row (but six, marked) was accepted before the fix; each must
// stay rejected, with its rule and a reason the model can act on.
import {describe, expect, it} from 'vitest'
import {
  checkDiff,
  detectProject,
  type FileChange,
  type GuardContext,
  type GuardRule
} from '../../src/core/fixing/index.js'

const modified = (path: string, before: string, after: string): FileChange => ({
  path,
  status: 'modified',
  before,
  after
})
const added = (path: string, after: string): FileChange => ({
  path,
  status: 'added',
  before: null,
  after
})

const CONTEXT: GuardContext = {protectedPaths: [], maxFilesChanged: 10}

// A project whose `test` script runs a shell script: the guards learn it from detection.
const SCRIPTED = detectProject({
  rootFiles: ['package.json', 'scripts'],
  contents: {'package.json': JSON.stringify({scripts: {test: 'bash scripts/test.sh'}})}
})

const TS_TEST = `import {expect, it} from 'vitest'
import {total} from '../src/cart.js'

it('adds the items', () => {
  const x = total([1, 2])
  expect(x).toBe(3)
  expect(total([])).toEqual({sum: 0})
})
`
const GO_TEST = `package cart

import "testing"

func TestTotal(t *testing.T) {
\tgot := Total([]int{1, 2})
\tif got != 3 {
\t\tt.Errorf("got %d, want 3", got)
\t}
}
`
const PY_UNITTEST = `import unittest

class TotalTest(unittest.TestCase):
    def test_total(self):
        self.assertEqual(total([1, 2]), 3)
`
const PY_TEST = `from cart import total


def test_total():
    assert total([1, 2]) == 3
`
const NODE_ASSERT = `import assert from 'node:assert/strict'
import {test} from 'node:test'
import {total} from '../src/cart.js'

test('adds the items', () => {
  assert.equal(total([1, 2]), 3)
})
`
const VITE_CONFIG = `import {defineConfig} from 'vite'

export default defineConfig({
  plugins: [],
  test: {
    include: ['test/**/*.test.ts']
  }
})
`
const SNAP = '// Vitest Snapshot v1\n\nexports[`receipt 1`] = `"total: 10.00"`;\n'
const SOURCE_EDIT = modified(
  'src/discounts.ts',
  'export const rate = 1\n',
  'export const rate = 2\n'
)

interface Bypass {
  name: string
  diff: FileChange[]
  rule: GuardRule
  context?: GuardContext
}

const BYPASSES: Bypass[] = [
  {
    name: 'toBe(3) weakened to toBeTruthy()',
    diff: [modified('test/cart.test.ts', TS_TEST, TS_TEST.replace('toBe(3)', 'toBeTruthy()'))],
    rule: 'assertion-weakened'
  },
  {
    name: 'toEqual(…) weakened to toBeDefined()',
    diff: [
      modified('test/cart.test.ts', TS_TEST, TS_TEST.replace('toEqual({sum: 0})', 'toBeDefined()'))
    ],
    rule: 'assertion-weakened'
  },
  {
    name: 'assertEqual weakened to assertTrue',
    diff: [
      modified(
        'tests/test_total.py',
        PY_UNITTEST,
        PY_UNITTEST.replace('self.assertEqual(total([1, 2]), 3)', 'self.assertTrue(total([1, 2]))')
      )
    ],
    rule: 'assertion-weakened'
  },
  {
    name: 'assert.equal weakened to assert.ok',
    diff: [
      modified(
        'test/cart.test.mjs',
        NODE_ASSERT,
        NODE_ASSERT.replace('assert.equal(total([1, 2]), 3)', 'assert.ok(total([1, 2]))')
      )
    ],
    rule: 'assertion-weakened'
  },
  {
    name: 'an early return before the assertions of a TS test',
    diff: [
      modified(
        'test/cart.test.ts',
        TS_TEST,
        TS_TEST.replace('  expect(x)', '  return\n  expect(x)')
      )
    ],
    rule: 'early-return'
  },
  {
    name: 'an early return before the checks of a Go test',
    diff: [
      modified('cart_test.go', GO_TEST, GO_TEST.replace('\tif got != 3', '\treturn\n\tif got != 3'))
    ],
    rule: 'early-return'
  },
  {
    name: 'pytestmark = pytest.mark.skip',
    diff: [
      modified(
        'tests/test_total.py',
        PY_TEST,
        `import pytest\n${PY_TEST}\npytestmark = pytest.mark.skip(reason="later")\n`
      )
    ],
    rule: 'skip-added'
  },
  {
    name: 'item.add_marker(pytest.mark.skip) in conftest.py',
    diff: [
      added(
        'tests/conftest.py',
        'import pytest\n\n\ndef pytest_collection_modifyitems(config, items):\n    for item in items:\n        item.add_marker(pytest.mark.skip)\n'
      )
    ],
    rule: 'skip-added'
  },
  {
    name: 'assert True or …',
    diff: [
      modified(
        'tests/test_total.py',
        PY_TEST,
        PY_TEST.replace('assert total([1, 2]) == 3', 'assert True or total([1, 2]) == 3')
      )
    ],
    rule: 'assertion-weakened'
  },
  {
    name: 'test.exclude added in vite.config.ts',
    diff: [
      modified(
        'vite.config.ts',
        VITE_CONFIG,
        VITE_CONFIG.replace(
          "include: ['test/**/*.test.ts']",
          "include: ['test/**/*.test.ts'],\n    exclude: ['test/cart.test.ts']"
        )
      )
    ],
    rule: 'config-changed'
  },
  // These six were already rejected as whole check-config files; kept so the
  // suite lists every form of the bypass. Their variants below were not.
  {
    name: 'passWithNoTests in vitest.config.mts',
    diff: [
      modified(
        'vitest.config.mts',
        VITE_CONFIG,
        VITE_CONFIG.replace(
          "include: ['test/**/*.test.ts']",
          "include: ['test/**/*.test.ts'],\n    passWithNoTests: true"
        )
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'testMatch narrowed in jest.config.cjs',
    diff: [
      modified(
        'jest.config.cjs',
        "module.exports = {testMatch: ['**/*.test.js']}\n",
        "module.exports = {testMatch: ['**/none.test.js']}\n"
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'addopts -k in pytest.ini',
    diff: [
      modified(
        'pytest.ini',
        '[pytest]\ntestpaths = tests\n',
        "[pytest]\ntestpaths = tests\naddopts = -k 'not total'\n"
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'addopts --deselect in pyproject.toml',
    diff: [
      modified(
        'pyproject.toml',
        '[project]\nname = "cart"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
        '[project]\nname = "cart"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\naddopts = "--deselect tests/test_total.py::test_total"\n'
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'addopts --ignore in setup.cfg',
    diff: [
      modified(
        'setup.cfg',
        '[metadata]\nname = cart\n\n[tool:pytest]\ntestpaths = tests\n',
        '[metadata]\nname = cart\n\n[tool:pytest]\ntestpaths = tests\naddopts = --ignore=tests/test_total.py\n'
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'addopts in tox.ini',
    diff: [
      modified(
        'tox.ini',
        '[tox]\nenvlist = py312\n',
        '[tox]\nenvlist = py312\n\n[pytest]\naddopts = -k "not total"\n'
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'a new setup file that replaces expect',
    diff: [
      added(
        'vitest.setup.ts',
        'const pass = () => new Proxy({}, {get: () => pass})\nglobalThis.expect = pass as never\n'
      )
    ],
    rule: 'assertion-replaced'
  },
  {
    name: 'setupFiles added to the test block of vite.config.ts',
    diff: [
      modified(
        'vite.config.ts',
        VITE_CONFIG,
        VITE_CONFIG.replace(
          "include: ['test/**/*.test.ts']",
          "include: ['test/**/*.test.ts'],\n    setupFiles: ['./vitest.setup.ts']"
        )
      )
    ],
    rule: 'config-changed'
  },
  {
    name: '.npmrc with script-shell=/bin/true',
    diff: [added('.npmrc', 'script-shell=/bin/true\n')],
    rule: 'config-changed'
  },
  {
    name: '.yarnrc.yml changed',
    diff: [
      modified(
        '.yarnrc.yml',
        'nodeLinker: node-modules\n',
        'nodeLinker: node-modules\nenableScripts: false\n'
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'the script the test command runs is edited',
    diff: [
      modified(
        'scripts/test.sh',
        '#!/bin/sh\nset -e\nvitest run\n',
        '#!/bin/sh\nset -e\nvitest run test/smoke.test.ts\n'
      )
    ],
    rule: 'config-changed',
    context: {...CONTEXT, checkScripts: SCRIPTED.checkScripts ?? []}
  },
  {
    name: 'exit 0 at the top of a CI shell script',
    diff: [
      modified(
        'ci/run-tests.sh',
        '#!/bin/bash\nset -euo pipefail\npytest\n',
        '#!/bin/bash\nexit 0\nset -euo pipefail\npytest\n'
      )
    ],
    rule: 'suppression-added'
  },
  {
    name: 'a package.json script the test script runs (npm run unit) narrowed',
    diff: [
      modified(
        'package.json',
        JSON.stringify({scripts: {test: 'npm run unit', unit: 'vitest run'}}),
        JSON.stringify({scripts: {test: 'npm run unit', unit: 'vitest run test/smoke.test.ts'}})
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'addopts in .pytest.ini',
    diff: [added('.pytest.ini', "[pytest]\naddopts = -k 'not total'\n")],
    rule: 'config-changed'
  },
  {
    name: 'a dotted pytest key under [tool] in pyproject.toml',
    diff: [
      modified(
        'pyproject.toml',
        '[project]\nname = "cart"\n\n[tool]\n',
        '[project]\nname = "cart"\n\n[tool]\npytest.ini_options.addopts = "--ignore=tests"\n'
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'include narrowed in vitest.config.e2e.ts',
    diff: [
      modified(
        'vitest.config.e2e.ts',
        "export default {test: {include: ['e2e/**']}}\n",
        "export default {test: {include: ['e2e/none/**']}}\n"
      )
    ],
    rule: 'config-changed'
  },
  {
    name: 'a test config renamed away',
    diff: [
      {
        path: 'jest.config.js.bak',
        oldPath: 'jest.config.js',
        status: 'renamed',
        before: 'module.exports = {}\n',
        after: 'module.exports = {}\n'
      }
    ],
    rule: 'config-changed'
  },
  {
    name: 'a snapshot rewritten along with an unrelated source change',
    diff: [
      SOURCE_EDIT,
      modified('test/__snapshots__/receipt.test.ts.snap', SNAP, SNAP.replace('10.00', '9.99'))
    ],
    rule: 'snapshot-updated'
  },
  {
    name: 'an approved file rewritten along with an unrelated source change',
    diff: [
      SOURCE_EDIT,
      modified(
        'src/test/java/ReceiptTest.printsTotal.approved.txt',
        'total: 10.00\n',
        'total: 9.99\n'
      )
    ],
    rule: 'snapshot-updated'
  },
  {
    name: 'a Go golden file rewritten along with a change in another package',
    diff: [
      modified('api/server.go', 'package api\n\nconst a = 1\n', 'package api\n\nconst a = 2\n'),
      modified('render/testdata/page.golden', '<p>10.00</p>\n', '<p>9.99</p>\n')
    ],
    rule: 'snapshot-updated'
  }
]

describe('guard bypasses (issue #10 item 6): each is rejected', () => {
  it.each(BYPASSES)('$name → $rule', ({diff, rule, context}) => {
    const verdict = checkDiff(diff, context ?? CONTEXT)
    expect(verdict.ok).toBe(false)
    const hit = verdict.violations.find(v => v.rule === rule)
    expect(hit, JSON.stringify(verdict.violations)).toBeDefined()
    // The reason names a file of the change and says what to do, for the model's next attempt.
    expect(diff.flatMap(c => [c.path, c.oldPath])).toContain(hit?.path)
    expect(hit?.message.startsWith(`${hit?.path}: `)).toBe(true)
    expect(hit?.message).toMatch(/;|, but|while|so no/)
  })
})
