// importSpecifiers, resolveSpecifier, buildImportGraph and barrels for JS/TS and Python sources.
import {describe, expect, it} from 'vitest'
import {
  barrelFiles,
  buildImportGraph,
  importSpecifiers,
  isBarrel,
  resolveSpecifier
} from '../../../src/core/fanout/import-graph.js'

describe('importSpecifiers: JS/TS', () => {
  it('finds ESM imports, re-exports, side-effect imports, import() and require()', () => {
    const text = [
      "import {a} from './a.js'",
      "import type {B} from '../types/b.js'",
      'import * as c from "./c"',
      "import d, {e} from './d/index.js'",
      "import './side-effect.js'",
      "export {f} from './f.js'",
      "export * from './g.js'",
      "const h = await import('./h.js')",
      'const i = require("./i")',
      "import j = require('./j')",
      'const k = import(`./k.js`)',
      "import {readFile} from 'node:fs/promises'",
      "import {z} from 'zod'",
      "import {\n  l,\n  m\n} from './lm.js'"
    ].join('\n')
    expect(importSpecifiers('src/x.ts', text)).toEqual([
      './a.js',
      '../types/b.js',
      './c',
      './d/index.js',
      './side-effect.js',
      './f.js',
      './g.js',
      './h.js',
      './i',
      './j',
      './k.js',
      'node:fs/promises',
      'zod',
      './lm.js'
    ])
  })

  it('ignores imports in comments and strings, and method calls named import/require', () => {
    const text = [
      "// import {x} from './commented.js'",
      "/* import './block.js'",
      "   require('./block2.js') */",
      'const s = "import {y} from \'./in-string.js\'"',
      'const t = \'require("./in-single.js")\'',
      "const u = `import('./in-template.js')`",
      "loader.import('./method.js')",
      "foo.require('./method2.js')",
      'const v = import(`./${name}.js`)',
      "import {real} from './real.js' // import './trailing.js'"
    ].join('\n')
    expect(importSpecifiers('src/x.ts', text)).toEqual(['./real.js'])
  })

  it('reads nothing from files of other languages', () => {
    expect(importSpecifiers('README.md', "import {a} from './a.js'")).toEqual([])
    expect(importSpecifiers('main.go', 'import "fmt"')).toEqual([])
  })
})

describe('importSpecifiers: Python', () => {
  it('finds import and from … import, with aliases, lists, parentheses and relative dots', () => {
    const text = [
      'import os',
      'import app.models as m, app.views',
      'from app.services import billing, tax as t',
      'from . import helpers',
      'from ..pkg import y',
      'from .sibling import (',
      '    one,',
      '    two,',
      ')',
      'from app.util import *',
      'def f():',
      '    import app.lazy',
      'from app.cont \\',
      '    import z'
    ].join('\n')
    expect(importSpecifiers('app/api/routes.py', text)).toEqual([
      'os',
      'app.models',
      'app.views',
      'app.lazy',
      'app.services',
      'app.services.billing',
      'app.services.tax',
      '.',
      '.helpers',
      '..pkg',
      '..pkg.y',
      '.sibling',
      '.sibling.one',
      '.sibling.two',
      'app.util',
      'app.cont',
      'app.cont.z'
    ])
  })

  it('ignores comments, docstrings and strings that mention import', () => {
    const text = [
      '"""',
      'import app.in_docstring',
      'from app import in_docstring',
      '"""',
      '# import app.commented',
      "s = 'from app import in_string'",
      'important = 1',
      'import app.real  # from app import trailing'
    ].join('\n')
    expect(importSpecifiers('app/x.py', text)).toEqual(['app.real'])
  })
})

describe('resolveSpecifier and buildImportGraph', () => {
  const files = new Set([
    'src/a.ts',
    'src/b.tsx',
    'src/c.mts',
    'src/d/index.ts',
    'src/e.js',
    'src/f.ts',
    'src/f.js',
    'app/__init__.py',
    'app/models.py',
    'app/services/__init__.py',
    'app/services/billing.py',
    'app/api/routes.py',
    'app/api/helpers.py',
    'src/pkg/__init__.py',
    'src/pkg/core.py',
    'tests/test_x.py',
    'tests/helpers.py'
  ])

  it('resolves .js to .ts/.tsx, .mjs to .mts, extensionless and index files; drops packages', () => {
    const r = (spec: string): string | undefined => resolveSpecifier('src/x/y.ts', spec, files)
    expect(r('../a.js')).toBe('src/a.ts')
    expect(r('../b.js')).toBe('src/b.tsx')
    expect(r('../c.mjs')).toBe('src/c.mts')
    expect(r('../a')).toBe('src/a.ts')
    expect(r('../d')).toBe('src/d/index.ts')
    expect(r('../d/index.js')).toBe('src/d/index.ts')
    expect(r('../e.js')).toBe('src/e.js')
    // A .ts beside a .js of the same name: the source wins.
    expect(r('../f.js')).toBe('src/f.ts')
    expect(r('../nope.js')).toBeUndefined()
    expect(r('zod')).toBeUndefined()
    expect(r('node:fs')).toBeUndefined()
    expect(r('../../../outside.js')).toBeUndefined()
  })

  it('resolves Python modules, packages, relative dots, a src/ root and the test folder', () => {
    const r = (from: string, spec: string): string | undefined =>
      resolveSpecifier(from, spec, files)
    expect(r('app/api/routes.py', 'app.models')).toBe('app/models.py')
    expect(r('app/api/routes.py', 'app.services')).toBe('app/services/__init__.py')
    expect(r('app/api/routes.py', 'app.services.billing')).toBe('app/services/billing.py')
    expect(r('app/api/routes.py', '.helpers')).toBe('app/api/helpers.py')
    expect(r('app/api/routes.py', '..models')).toBe('app/models.py')
    expect(r('app/api/routes.py', '..')).toBe('app/__init__.py')
    expect(r('app/api/routes.py', '....too.far')).toBeUndefined()
    expect(r('tests/test_x.py', 'pkg.core')).toBe('src/pkg/core.py')
    expect(r('tests/test_x.py', 'helpers')).toBe('tests/helpers.py')
    expect(r('tests/test_x.py', 'os')).toBeUndefined()
    expect(r('tests/test_x.py', 'app.models.Model')).toBeUndefined()
  })

  it('builds the graph: repository files only, each once, no self edge', () => {
    const graph = buildImportGraph(
      {
        'src/x/y.ts': [
          "import {a} from '../a.js'",
          "import {a2} from '../a'",
          "import {z} from 'zod'",
          "import {self} from './y.js'",
          "export * from '../d/index.js'"
        ].join('\n'),
        './app/api/routes.py':
          'import os\nfrom app.services import billing\nfrom . import helpers\n',
        'tests/test_x.py': 'from app.services import TaxRate\nfrom app.models import *\n',
        'README.md': 'import x from "./a.js"'
      },
      [...files, 'src/x/y.ts']
    )
    expect(graph).toEqual({
      'README.md': [],
      // Submodules, not the packages they sit in (no app/services/__init__.py, app/api/__init__.py).
      'app/api/routes.py': ['app/services/billing.py', 'app/api/helpers.py'],
      'src/x/y.ts': ['src/a.ts', 'src/d/index.ts'],
      // A name that is no submodule comes from the package; `*` from the module.
      'tests/test_x.py': ['app/services/__init__.py', 'app/models.py']
    })
  })
})

describe('isBarrel and barrelFiles', () => {
  it('knows a file of re-exports only, in JS/TS and Python', () => {
    expect(
      isBarrel(
        'src/index.ts',
        [
          '// The public API.',
          "export {a, b} from './a.js'",
          "export * from './c.js'",
          "export * as d from './d.js'",
          "export type {E} from './e.js'",
          "import {f} from './f.js'",
          "import './side.js';",
          'export {f}'
        ].join('\n')
      )
    ).toBe(true)
    expect(
      isBarrel(
        'app/services/__init__.py',
        '"""Services."""\nfrom .billing import charge\nfrom .tax import (\n    vat,\n)\nimport app.models\n__all__ = [\n    "charge",\n    "vat",\n]\n'
      )
    ).toBe(true)
  })

  it('a file with any code of its own is no barrel, nor is an empty one', () => {
    expect(isBarrel('src/index.ts', "export {a} from './a.js'\nexport const b = 1\n")).toBe(false)
    expect(isBarrel('src/index.ts', "export const b = 1\nexport {a} from './a.js'\n")).toBe(false)
    expect(isBarrel('src/index.ts', "import {a} from './a.js'\nconsole.log(a)\n")).toBe(false)
    expect(isBarrel('src/index.ts', '// nothing yet\n')).toBe(false)
    // Imports alone: a side-effect module, not a barrel.
    expect(isBarrel('src/setup.ts', "import './polyfill.js'\nimport {a} from './a.js'\n")).toBe(
      false
    )
    expect(isBarrel('app/__init__.py', '')).toBe(false)
    expect(isBarrel('app/__init__.py', 'from .a import b\nVERSION = "1"\n')).toBe(false)
    expect(isBarrel('README.md', "export * from './a.js'")).toBe(false)
  })

  it('lists the barrels of a source set, sorted and normalized', () => {
    expect(
      barrelFiles({
        './src/z/index.ts': "export * from './z.js'",
        'src/a/index.ts': "export * from './a.js'",
        'src/a/a.ts': 'export const a = 1'
      })
    ).toEqual(['src/a/index.ts', 'src/z/index.ts'])
  })
})
