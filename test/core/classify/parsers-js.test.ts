import {describe, expect, it} from 'vitest'
import {failuresOf} from './helpers.js'

describe('tsc', () => {
  it('reads file(line,col): error TSxxxx', () => {
    const [f] = failuresOf(
      "/home/runner/work/shop/shop/src/routes/orders.ts(41,9): error TS2322: Type 'string | undefined' is not assignable to type 'string'."
    )
    expect(f).toMatchObject({
      tool: 'tsc',
      category: 'compile_error',
      file: 'src/routes/orders.ts',
      line: 41,
      column: 9,
      errorCode: 'TS2322',
      rule: 'tsc.diagnostic'
    })
    expect(f.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('reads the --pretty form with colours', () => {
    const [f] = failuresOf(
      "\u001b[96msrc/lib/cache.ts\u001b[0m:\u001b[93m17\u001b[0m:\u001b[93m5\u001b[0m - \u001b[91merror\u001b[0m\u001b[90m TS2339: \u001b[0mProperty 'ttl' does not exist on type 'CacheOptions'."
    )
    expect(f).toMatchObject({
      file: 'src/lib/cache.ts',
      line: 17,
      column: 5,
      errorCode: 'TS2339',
      message: "Property 'ttl' does not exist on type 'CacheOptions'."
    })
  })

  it('files TS2307 for a package as dependency_missing and TS2305 against a package as contract_violation', () => {
    const fs = failuresOf(
      [
        "src/a.ts(1,22): error TS2307: Cannot find module 'fastify-plugin' or its corresponding type declarations.",
        "src/b.ts(2,10): error TS2305: Module '\"@tanstack/react-query\"' has no exported member 'useX'.",
        "src/c.ts(3,1): error TS2307: Cannot find module './util' or its corresponding type declarations."
      ].join('\n')
    )
    expect(fs.map(f => f.category)).toEqual([
      'dependency_missing',
      'contract_violation',
      'compile_error'
    ])
  })

  it("reads ts-loader's [tsl] ERROR blocks", () => {
    const [f] = failuresOf(
      "[tsl] ERROR in /home/runner/work/a/a/src/x.ts(3,7)\n      TS2304: Cannot find name 'foo'."
    )
    expect(f).toMatchObject({file: 'src/x.ts', line: 3, column: 7, errorCode: 'TS2304'})
  })
})

describe('eslint and prettier', () => {
  it('reads stylish output: file header, then line:col error message rule', () => {
    const fs = failuresOf(
      [
        '/home/runner/work/shop/shop/src/components/Cart.tsx',
        "   12:10  error    'useMemo' is defined but never used              @typescript-eslint/no-unused-vars",
        "   48:5   warning  React Hook useEffect has a missing dependency: 'items'  react-hooks/exhaustive-deps",
        '',
        '✖ 2 problems (1 error, 1 warning)'
      ].join('\n')
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      tool: 'eslint',
      category: 'lint_error',
      file: 'src/components/Cart.tsx',
      line: 12,
      column: 10,
      errorCode: '@typescript-eslint/no-unused-vars',
      message: "'useMemo' is defined but never used"
    })
  })

  it('reads prettier --check only with its summary line', () => {
    const log = [
      'Checking formatting...',
      '[warn] src/app/layout.tsx',
      '[warn] src/app/page.tsx',
      '[warn] Code style issues found in 2 files. Run Prettier with --write to fix.',
      'Error: Process completed with exit code 1.'
    ].join('\n')
    expect(
      failuresOf(log)
        .filter(f => f.tool === 'prettier')
        .map(f => f.file)
    ).toEqual(['src/app/layout.tsx', 'src/app/page.tsx'])
    expect(
      failuresOf('[warn] src/app/layout.tsx\nError: boom').filter(f => f.tool === 'prettier')
    ).toEqual([])
  })
})

describe('vitest and jest', () => {
  it('reads a vitest failure with its assertion and ❯ location', () => {
    const fs = failuresOf(
      [
        ' ❯ src/eval.test.ts (5 tests | 1 failed) 18ms',
        '   × handles operator precedence 6ms',
        '     → expected 9 to be 7 // Object.is equality',
        '',
        ' FAIL  src/eval.test.ts > evaluate > handles operator precedence',
        'AssertionError: expected 9 to be 7 // Object.is equality',
        '',
        ' ❯ src/eval.test.ts:14:33',
        "     14|     expect(evaluate('1 + 2 * 3')).toBe(7)"
      ].join('\n')
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      tool: 'vitest',
      category: 'test_fail',
      file: 'src/eval.test.ts',
      test: 'evaluate > handles operator precedence',
      line: 14,
      column: 33,
      message: 'AssertionError: expected 9 to be 7 // Object.is equality'
    })
  })

  it('reads a jest ● block with its location', () => {
    const fs = failuresOf(
      [
        'FAIL src/utils/__tests__/slugify.test.js',
        '  ● slugify › strips diacritics',
        '',
        '    expect(received).toBe(expected) // Object.is equality',
        '',
        '      at Object.toBe (src/utils/__tests__/slugify.test.js:12:17)'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      tool: 'jest',
      file: 'src/utils/__tests__/slugify.test.js',
      test: 'slugify > strips diacritics',
      line: 12,
      column: 17
    })
  })

  it('reads mocha failing blocks', () => {
    const fs = failuresOf(
      [
        '  2 passing (14ms)',
        '  1 failing',
        '',
        '  1) Router',
        '       decodes percent-encoded params:',
        '',
        '      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
        '      at Context.<anonymous> (test/router.spec.js:31:14)'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      tool: 'mocha',
      test: 'Router > decodes percent-encoded params',
      file: 'test/router.spec.js',
      line: 31
    })
  })

  it('reads TAP not ok with YAML diagnostics, skipping parents of failed subtests', () => {
    const fs = failuresOf(
      [
        'not ok 2 - parseBody handles chunked encoding',
        '  ---',
        "  location: '/home/runner/work/http/http/test/body.test.js:12:1'",
        "  failureType: 'testCodeFailure'",
        '  error: |-',
        '    Expected values to be strictly equal:',
        '  ...',
        'not ok 3 - suite',
        '  ---',
        "  failureType: 'subtestsFailed'",
        '  ...',
        '# fail 1'
      ].join('\n')
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      tool: 'tap',
      test: 'parseBody handles chunked encoding',
      file: 'test/body.test.js',
      line: 12,
      column: 1
    })
  })

  it('reads the node:test spec reporter', () => {
    const fs = failuresOf(
      [
        '✖ failing tests:',
        '',
        'test at test/settings.test.mjs:17:3',
        '✖ rejects unknown keys (1.31ms)',
        '  AssertionError [ERR_ASSERTION]: Missing expected exception (ValidationError).'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      tool: 'node:test',
      test: 'rejects unknown keys',
      file: 'test/settings.test.mjs',
      line: 17
    })
  })
})

describe('package managers and module errors', () => {
  it('reads npm ERESOLVE, E404 and lockfile out of sync as dependency_missing', () => {
    for (const log of [
      'npm error code ERESOLVE\nnpm error ERESOLVE could not resolve',
      'npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/nope',
      'npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date',
      '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.\n➤ YN0000: · Failed with errors in 0s 431ms'
    ]) {
      expect(failuresOf(log).map(f => f.category)).toContain('dependency_missing')
    }
  })

  it('reads registry 5xx and network resets as transient', () => {
    expect(
      failuresOf('npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/x')[0].category
    ).toBe('transient')
    expect(failuresOf('npm error code ECONNRESET')[0]).toMatchObject({
      category: 'transient',
      errorCode: 'ECONNRESET'
    })
    expect(failuresOf('npm WARN retrying request after ECONNRESET')).toEqual([])
  })

  it('tells a missing package from a missing local file', () => {
    expect(
      failuresOf(
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'dotenv' imported from /home/runner/work/a/a/x.mjs"
      )[0].category
    ).toBe('dependency_missing')
    expect(failuresOf("Error: Cannot find module './config.json'")[0].category).toBe(
      'compile_error'
    )
    expect(
      failuresOf(
        "SyntaxError: The requested module 'cac-lite' does not provide an export named 'formatHelp'"
      )[0].category
    ).toBe('contract_violation')
  })
})
