// Recognitions added after scoring the blind corpus (bench/corpus-blind): each tool's real
// format or the general pattern, one test per recognition, plus the near misses that must not fire.
import {describe, expect, it} from 'vitest'
import {failuresOf, verdict, withTimestamps} from './helpers.js'

const exit1 = '##[error]Process completed with exit code 1.'

describe('linters and formatters without a parser before', () => {
  it('reads eslint --max-warnings', () => {
    const c = verdict(
      [
        '/home/runner/work/a/a/src/x.js',
        '  3:1  warning  Unexpected console statement  no-console',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
        'ESLint found too many warnings (maximum: 0).',
        exit1
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'lint_error'})
    expect(c.failures[0]).toMatchObject({rule: 'eslint.max-warnings'})
  })

  it('reads ruff format --check', () => {
    const fs = failuresOf('Would reformat: pkg/api.py\n1 file would be reformatted\n' + exit1)
    expect(fs[0]).toMatchObject({category: 'lint_error', tool: 'ruff', file: 'pkg/api.py'})
  })

  it('reads standardrb and indented rubocop offenses', () => {
    const fs = failuresOf(
      [
        'standard: Use Ruby Standard Style (https://github.com/standardrb/standard)',
        '  app/jobs/sync_job.rb:12:7: Style/RedundantReturn: Redundant `return` detected.',
        exit1
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      category: 'lint_error',
      file: 'app/jobs/sync_job.rb',
      line: 12,
      errorCode: 'Style/RedundantReturn'
    })
  })

  it('reads staticcheck codes and keeps them out of the compiler errors', () => {
    const c = verdict(
      'pkg/q/q.go:9:2: should use time.Since instead of time.Now().Sub (S1012)\n' + exit1
    )
    expect(c).toMatchObject({category: 'lint_error'})
    expect(c.failures[0]).toMatchObject({tool: 'staticcheck', errorCode: 'S1012', line: 9})
  })

  it('reads gofmt -d diffs', () => {
    const fs = failuresOf(
      ['diff cmd/tool/main.go.orig cmd/tool/main.go', '--- cmd/tool/main.go.orig', exit1].join('\n')
    )
    expect(fs[0]).toMatchObject({category: 'lint_error', tool: 'gofmt', file: 'cmd/tool/main.go'})
  })

  it('reads shellcheck in gcc and tty formats', () => {
    expect(
      failuresOf(
        'ci/release:7:3: warning: Quote this to prevent word splitting. [SC2046]\n' + exit1
      )[0]
    ).toMatchObject({category: 'lint_error', file: 'ci/release', line: 7, errorCode: 'SC2046'})
    const tty = failuresOf(
      [
        'In bin/setup.sh line 4:',
        'rm -rf $TMP/*',
        '       ^--^ SC2115 (warning): Use "${var:?}" to ensure this never expands to /* .',
        exit1
      ].join('\n')
    )
    expect(tty[0]).toMatchObject({
      category: 'lint_error',
      file: 'bin/setup.sh',
      line: 4,
      errorCode: 'SC2115'
    })
  })

  it('reads hadolint and actionlint', () => {
    expect(
      failuresOf(
        'docker/Dockerfile.api:12 DL3059 info: Multiple consecutive `RUN` instructions.\n' + exit1
      )[0]
    ).toMatchObject({category: 'lint_error', tool: 'hadolint', line: 12, errorCode: 'DL3059'})
    expect(
      failuresOf(
        '.github/workflows/release.yaml:8:5: unexpected key "run-on" for "job" section [syntax-check]\n' +
          exit1
      )[0]
    ).toMatchObject({
      category: 'lint_error',
      tool: 'actionlint',
      line: 8,
      errorCode: 'syntax-check'
    })
  })

  it('reads helm lint', () => {
    const c = verdict(
      [
        '==> Linting charts/web',
        '[ERROR] templates/ingress.yaml: unable to parse YAML: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context',
        '',
        'Error: 1 chart(s) linted, 1 chart(s) failed',
        exit1
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'lint_error'})
    expect(c.failures[0]).toMatchObject({tool: 'helm', file: 'templates/ingress.yaml'})
  })

  it('reads php-cs-fixer --dry-run and phpcs', () => {
    expect(
      failuresOf('   1) lib/Cache/Store.php (single_quote, no_trailing_whitespace)\n' + exit1)[0]
    ).toMatchObject({category: 'lint_error', tool: 'php-cs-fixer', file: 'lib/Cache/Store.php'})
    const fs = failuresOf(
      [
        'FILE: /home/runner/work/p/p/src/Api.php',
        '----------------------------------------------------------------------',
        'FOUND 1 ERROR AND 1 WARNING AFFECTING 2 LINES',
        '----------------------------------------------------------------------',
        ' 8 | WARNING | Line exceeds 120 characters',
        ' 22 | ERROR   | [x] Opening brace should be on a new line',
        exit1
      ].join('\n'),
      '/home/runner/work/p/p'
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      category: 'lint_error',
      tool: 'phpcs',
      file: 'src/Api.php',
      line: 22
    })
  })

  it('reads pre-commit hooks, a type-checking hook as a compile error', () => {
    const hook = (name: string, id: string): string =>
      [
        `${name}.....................................Failed`,
        `- hook id: ${id}`,
        '- exit code: 1'
      ].join('\n')
    expect(verdict(`${hook('black', 'black')}\n${exit1}`).category).toBe('lint_error')
    expect(verdict(`${hook('mypy', 'mypy')}\n${exit1}`).category).toBe('compile_error')
  })

  it('reads dotnet format --verify-no-changes', () => {
    const fs = failuresOf(
      "/home/runner/work/L/L/src/A.cs(9,1): error WHITESPACE: Fix whitespace formatting. Replace 2 characters with '\\n'. [/home/runner/work/L/L/src/A.csproj]",
      '/home/runner/work/L/L'
    )
    expect(fs[0]).toMatchObject({category: 'lint_error', file: 'src/A.cs', errorCode: 'WHITESPACE'})
  })
})

describe('compile errors in other shapes', () => {
  it("reads Next.js's Type error with the location on the line before", () => {
    const c = verdict(
      withTimestamps(
        [
          'Failed to compile.',
          '',
          './components/Nav.tsx:8:3',
          "Type error: Type 'string' is not assignable to type 'number'.",
          '',
          'Next.js build worker exited with code: 1 and signal: null',
          exit1
        ].join('\n')
      )
    )
    expect(c).toMatchObject({category: 'compile_error'})
    expect(c.failures[0]).toMatchObject({
      rule: 'next.type-error',
      file: 'components/Nav.tsx',
      line: 8
    })
    const missing = verdict(
      [
        './lib/db.ts:1:20',
        "Type error: Cannot find module 'drizzle-orm' or its corresponding type declarations.",
        exit1
      ].join('\n')
    )
    expect(missing.category).toBe('dependency_missing')
  })

  it('reads esbuild errors whose location follows on an indented line', () => {
    const fs = failuresOf(
      [
        '✘ [ERROR] Unexpected "}"',
        '',
        '    lib/server.ts:40:0:',
        '      40 │ }',
        '         ╵ ^',
        '',
        '1 error'
      ].join('\n')
    )
    expect(fs[0]).toMatchObject({
      category: 'compile_error',
      tool: 'esbuild',
      file: 'lib/server.ts',
      line: 40
    })
  })

  it("reads pytest's `E   SyntaxError:` during collection as a compile error", () => {
    const c = verdict(
      [
        '________________ ERROR collecting tests/test_cfg.py ________________',
        'E     File "/home/runner/work/x/x/src/cfg.py", line 12',
        'E       def load(path)',
        'E                     ^',
        "E   SyntaxError: expected ':'",
        '=========================== short test summary info ============================',
        'ERROR tests/test_cfg.py',
        '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!'
      ].join('\n')
    )
    expect(c.category).toBe('compile_error')
  })
})

describe('tsc: packages behind a type error', () => {
  it('reads "install type definitions" codes as a missing dependency', () => {
    expect(
      verdict(
        [
          "error TS2688: Cannot find type definition file for 'jest'.",
          "src/a.test.ts(3,1): error TS2582: Cannot find name 'describe'. Do you need to install type definitions for a test runner? Try `npm i --save-dev @types/jest` or `npm i --save-dev @types/mocha`.",
          exit1
        ].join('\n')
      ).category
    ).toBe('dependency_missing')
  })

  it('reads a type error declared in node_modules as a contract break (plain and --pretty)', () => {
    const plain = verdict(
      [
        "src/mail.ts(12,5): error TS2353: Object literal may only specify known properties, and 'apiKey' does not exist in type 'ClientOptions'.",
        "src/mail.ts(20,10): error TS2551: Property 'sendMail' does not exist on type 'Client'. Did you mean 'send'?",
        "  node_modules/@acme/mailer/dist/index.d.ts(40,3): 'send' is declared here.",
        exit1
      ].join('\n')
    )
    expect(plain.category).toBe('contract_violation')
    expect(plain.failures[0]).toMatchObject({
      rule: 'tsc.package-api',
      file: 'src/mail.ts',
      line: 20
    })
    const pretty = verdict(
      [
        "src/cfg.ts:30:3 - error TS2741: Property 'region' is missing in type '{ bucket: string; }' but required in type 'S3Options'.",
        '',
        '30   return { bucket }',
        '     ~~~~~~~~~~~~~~~~~',
        '',
        '  node_modules/s3-lite/types/index.d.ts:4:3',
        '    4   region: string',
        '        ~~~~~~',
        "    'region' is declared here.",
        '',
        'Found 1 error in src/cfg.ts:30',
        exit1
      ].join('\n')
    )
    expect(pretty.category).toBe('contract_violation')
  })

  it('keeps a type error declared in the repository a compile error', () => {
    const c = verdict(
      [
        "src/mail.ts(20,10): error TS2551: Property 'sendMail' does not exist on type 'Client'. Did you mean 'send'?",
        "  src/client.ts(40,3): 'send' is declared here.",
        exit1
      ].join('\n')
    )
    expect(c.category).toBe('compile_error')
  })
})

describe('rustc: another crate behind the error', () => {
  it('reads an API error defined under ~/.cargo/registry as a contract break', () => {
    const c = verdict(
      [
        'error[E0599]: no method named `with_timeout` found for struct `Builder` in the current scope',
        '  --> src/net.rs:9:10',
        '   |',
        '9  |         .with_timeout(t)',
        '   |          ^^^^^^^^^^^^ method not found in `Builder`',
        '   |',
        '  ::: /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/ureq-3.0.1/src/agent.rs:20:1',
        '   |',
        'note: the method is defined here',
        '  --> /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/ureq-3.0.1/src/agent.rs:44:5',
        '',
        'error: could not compile `net` (lib) due to 1 previous error'
      ].join('\n')
    )
    expect(c.category).toBe('contract_violation')
    expect(c.failures[0]).toMatchObject({rule: 'rustc.crate-api', errorCode: 'E0599'})
  })

  it('reads an unresolved import from another crate: gone item, missing crate, own module', () => {
    const block = (path: string, label: string): string =>
      [
        `error[E0432]: unresolved import \`${path}\``,
        ' --> src/main.rs:2:5',
        '  |',
        `2 | use ${path};`,
        `  |     ^^^^^^^^^^^ ${label}`,
        '',
        'error: could not compile `app` (bin "app") due to 1 previous error'
      ].join('\n')
    expect(verdict(block('hyper::Server', 'no `Server` in the root')).category).toBe(
      'contract_violation'
    )
    expect(
      verdict(block('tokio_util::codec', 'use of unresolved module or unlinked crate `tokio_util`'))
        .category
    ).toBe('dependency_missing')
    expect(verdict(block('crate::db::Pool', 'no `Pool` in `db`')).category).toBe('compile_error')
  })
})

describe('one-line signatures added for real shapes', () => {
  it('reads kubernetes wait timeouts (helm --wait, kubectl rollout status)', () => {
    expect(verdict('Error: UPGRADE FAILED: context deadline exceeded\n' + exit1).category).toBe(
      'timeout'
    )
    expect(
      verdict('error: deployment "api" exceeded its progress deadline\n' + exit1).category
    ).toBe('timeout')
  })

  it('reads network failures in more real shapes as transient', () => {
    for (const line of [
      '[ERROR] Failed to execute goal on project w: Could not resolve dependencies for project c:w:jar:1: Could not transfer artifact a:b:pom:1 from/to central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]',
      'Exception in thread "main" java.net.SocketException: Connection reset',
      '  [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)',
      'Could not fetch specs from https://rubygems.org/ due to underlying error <Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired)>',
      'E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/z/zlib.deb  Could not connect to archive.ubuntu.com:80 (91.189.91.83), connection timed out',
      "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/six/ (Caused by ResponseError('too many 502 error responses'))",
      '##[error]Unexpected HTTP response: 502'
    ])
      expect(verdict(`${line}\n${exit1}`).category, line).toBe('transient')
  })

  it('reads tests that failed only on a connect timeout or a DNS failure as a flake', () => {
    expect(
      verdict(
        [
          ' FAIL  test/remote.test.ts > loads the manifest',
          'TypeError: fetch failed',
          ' ❯ test/remote.test.ts:5:11',
          'Caused by: ConnectTimeoutError: Connect Timeout Error (attempted address: example.org:443, timeout: 10000ms)',
          ' Test Files  1 failed | 2 passed (3)',
          exit1
        ].join('\n')
      ).category
    ).toBe('transient')
    expect(
      verdict(
        [
          '--- FAIL: TestMirror (5.00s)',
          '    mirror_test.go:30: Get "https://mirror.example.org/x": dial tcp: lookup mirror.example.org on 127.0.0.53:53: server misbehaving',
          'FAIL',
          'FAIL\texample.org/m\t5.012s',
          exit1
        ].join('\n')
      ).category
    ).toBe('transient')
  })

  it('reads credentials, cluster auth, OIDC and branch protection as orchestration', () => {
    for (const line of [
      '##[error]Username and password required',
      '│ Error: No valid credential sources found',
      'error: You must be logged in to the server (Unauthorized)',
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:bot" cannot list resource "pods"',
      'Error: gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job.',
      '⚠️ GitHub release failed with status: 403',
      'remote: error: GH006: Protected branch update failed for refs/heads/main.',
      "##[error]A branch or tag with the name 'release/2.x' could not be found"
    ])
      expect(verdict(`${line}\n${exit1}`).category, line).toBe('orchestration_error')
  })

  it('does not read an expected status code in a test assertion as a permission problem', () => {
    expect(
      verdict(
        [
          'FAILED tests/test_api.py::test_admin_only - AssertionError: expected status 401, got 200',
          '1 failed, 9 passed in 0.4s'
        ].join('\n')
      ).category
    ).toBe('test_fail')
  })

  it('reads resolver, provider, image and browser installs as missing dependencies', () => {
    for (const text of [
      'Could not find compatible versions\n\nBecause every version of a depends on b = 2\n  version solving has failed.',
      '│ Could not retrieve the list of available versions for provider hashicorp/google: no available releases match the given constraints ~> 99.0',
      '│ Error: Inconsistent dependency lock file',
      'ERROR: failed to solve: python:3.99-slim: failed to resolve source metadata for docker.io/library/python:3.99-slim: docker.io/library/python:3.99-slim: not found',
      "Error: browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium-1140/chrome-linux/chrome"
    ])
      expect(verdict(`${text}\n${exit1}`).category, text).toBe('dependency_missing')
  })

  it('reads removed module attributes, moved imports, JVM linkage errors and CRA import errors as contract breaks', () => {
    for (const text of [
      "FAILED tests/test_cfg.py::test_load - AttributeError: module 'collections' has no attribute 'Mapping'",
      'E   pydantic.errors.PydanticImportError: `parse_obj_as` has been removed in V2.',
      "java.lang.NoSuchFieldError: Class com.example.Lib does not have member field 'int LEVEL'",
      "Attempted import error: 'useHistory' is not exported from 'react-router-dom' (imported as 'useHistory')."
    ])
      expect(verdict(`${text}\n${exit1}`).category, text).toBe('contract_violation')
  })

  it('keeps an AttributeError on an object a test failure', () => {
    expect(
      verdict(
        "FAILED tests/test_user.py::test_name - AttributeError: 'User' object has no attribute 'nam'\n1 failed in 0.1s"
      ).category
    ).toBe('test_fail')
  })
})

describe('python contract breaks that are the repository’s own code', () => {
  it('keeps a missing attribute of a module of the repository a test failure', () => {
    const c = verdict(
      [
        '    def test_render():',
        '>       render_page("home")',
        '',
        'tests/test_views.py:8: ',
        '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ',
        'myapp/views.py:14: in render_page',
        '    return text.slugify(name)',
        "E   AttributeError: module 'myapp.utils.text' has no attribute 'slugify'",
        '=========================== short test summary info ============================',
        "FAILED tests/test_views.py::test_render - AttributeError: module 'myapp.utils.text' has no attribute 'slugify'",
        '1 failed in 0.2s'
      ].join('\n')
    )
    expect(c.category).toBe('test_fail')
  })

  it('reads a circular import as a compile error, not a contract break', () => {
    const c = verdict(
      [
        "ERROR tests/test_models.py - ImportError: cannot import name 'Order' from partially initialized module 'shop.models' (most likely due to a circular import) (/home/runner/work/shop/shop/shop/models.py)",
        '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!'
      ].join('\n')
    )
    expect(c.category).toBe('compile_error')
  })
})
