// Writes a large, realistic GitHub Actions job log: runner timestamps, ANSI colours,
// `##[group]` steps, npm/pytest/go/cargo/gradle/docker noise, and a few planted failures.
import {createWriteStream} from 'node:fs'
import {once} from 'node:events'

const NOISE = [
  'added 1423 packages, and audited 1424 packages in 23s',
  '\u001b[32m✓\u001b[39m src/utils/format.test.ts \u001b[2m(12 tests)\u001b[22m\u001b[90m 34\u001b[2mms\u001b[22m\u001b[39m',
  'tests/test_models.py::test_create_user PASSED                           [ 10%]',
  '=== RUN   TestParseConfig/empty_input',
  '--- PASS: TestParseConfig (0.00s)',
  '   Compiling serde_json v1.0.117',
  '> Task :app:compileKotlin UP-TO-DATE',
  '#7 12.34 npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  '[INFO] Building jar: /home/runner/work/app/app/target/app-1.0.jar',
  'ok  \tgithub.com/acme/widget/internal/store\t0.412s',
  '  PASS  src/components/Button.test.tsx',
  'Downloading https://files.pythonhosted.org/packages/12/ab/requests-2.31.0-py3-none-any.whl (62 kB)',
  '  ✓ renders the header with the user name (23 ms)',
  'webpack 5.91.0 compiled successfully in 4231 ms',
  'Finished `test` profile [unoptimized + debuginfo] target(s) in 41.23s',
  '     Running unittests src/lib.rs (target/debug/deps/widget-3f9a2b1c4d5e6f70)',
  'test parser::tests::parses_empty ... ok',
  '[INFO] Tests run: 42, Failures: 0, Errors: 0, Skipped: 1, Time elapsed: 2.345 s - in com.acme.WidgetTest',
  'Collecting urllib3<3,>=1.21.1',
  '  Restored /home/runner/work/app/app/src/App/App.csproj (in 1.2 sec).',
  '  ✓ handles error responses from the API (4 ms)',
  '    at Object.<anonymous> (/home/runner/work/app/app/node_modules/jest-circus/build/utils.js:298:28)',
  'remote: Counting objects: 100% (412/412), done.',
  '  Stored in directory: /home/runner/.cache/pip/wheels/4a/1b/2c/3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d',
  'info There appears to be trouble with your network connection. Retrying...',
  "  Building wheel for cryptography (pyproject.toml): finished with status 'done'",
  '{"level":"info","time":"2026-11-23T10:00:00.000Z","msg":"request completed","status":200,"ms":12}',
  '\u001b[2K\u001b[1G\u001b[36m[build]\u001b[39m transforming (412) src/pages/settings/index.tsx'
]

const PLANTED = [
  [
    '##[group]Run npm run typecheck',
    'npm run typecheck',
    '##[endgroup]',
    "src/routes/orders.ts(41,9): error TS2322: Type 'string | undefined' is not assignable to type 'string'."
  ],
  [
    'tests/test_balance.py:31: AssertionError',
    'FAILED tests/test_balance.py::test_balance_after_refund - AssertionError: assert 7.5 == 12.5'
  ],
  ['--- FAIL: TestCheckoutTotals (0.00s)', '    checkout_test.go:54: total = 1999, want 2099'],
  ['npm error code ECONNRESET', 'npm error network aborted'],
  ['##[error]Process completed with exit code 1.']
]

/** Write about `bytes` of log to `path`; returns the number of bytes written. */
export async function generateLog(path, bytes) {
  const out = createWriteStream(path, {highWaterMark: 1 << 20})
  let written = 0
  let t = Date.parse('2026-11-23T10:00:00Z')
  let n = 0
  const plantEvery = Math.floor(bytes / (PLANTED.length + 1))
  let nextPlant = plantEvery
  let planted = 0
  while (written < bytes) {
    let block = ''
    for (let k = 0; k < 2000; k++) {
      t += 7
      const stamp = new Date(t).toISOString().replace('Z', `${String(n % 10000).padStart(4, '0')}Z`)
      block += `${stamp} ${NOISE[(n * 7 + (n >> 5)) % NOISE.length]}\n`
      n++
    }
    if (written + block.length >= nextPlant && planted < PLANTED.length) {
      for (const line of PLANTED[planted]) block += `${new Date(t).toISOString()} ${line}\n`
      planted++
      nextPlant += plantEvery
    }
    written += Buffer.byteLength(block)
    if (!out.write(block)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return written
}

// The test-heavy shape (issue #11): a long vitest/jest run where every line is a passing
// test, `✓ src/…test.ts > suite > case (N ms)` behind the runner's timestamp, 2,000 distinct
// lines repeated, with one tsc error at the very end. A quarter of the test names hold a
// candidate word ("error", "fail", "timeout"…), as real test names do, so the scanner's
// filter finds them and must set them aside as passing.
const AREAS = ['api', 'auth', 'billing', 'cache', 'cli', 'config', 'db', 'http', 'jobs', 'ui']
const SUITES = ['parse', 'format', 'validate', 'retry', 'render', 'load', 'save', 'merge']
const CASES = [
  'handles an empty input',
  'keeps the order of keys',
  'returns an error for a bad id',
  'rounds to two decimals',
  'fails fast when the file is missing',
  'accepts unicode names',
  'retries after ECONNRESET',
  'maps each field',
  'rejects a payload that is too large',
  'throws a TypeError on null',
  'uses the cached value',
  'cancels the pending request',
  'does not leak listeners',
  'reads the default config',
  'writes the summary once',
  'reports 0 failures when all pass'
]

function testLine(k) {
  const area = AREAS[k % AREAS.length]
  const suite = SUITES[(k >> 3) % SUITES.length]
  const name = CASES[(k * 7) % CASES.length]
  const ms = (k * 37) % 250
  const line = `src/${area}/${suite}-${k % 50}.test.ts > ${suite} > ${name} #${k}`
  // half coloured, as vitest prints on a runner, half plain
  return k % 2
    ? `  \u001b[32m✓\u001b[39m ${line} \u001b[2m(${ms} ms)\u001b[22m`
    : `  ✓ ${line} (${ms} ms)`
}

/** `count` passing-test lines of the test-heavy shape, with the runner's timestamps, as one text. */
export function passingTestLines(count) {
  let t = Date.parse('2026-11-23T10:00:00Z')
  let out = ''
  for (let k = 0; k < count; k++) {
    t += 3
    out += `${new Date(t).toISOString().replace('Z', '0000Z')} ${testLine(k % 2000)}\n`
  }
  return out
}

/** Write about `bytes` of passing-test lines ending in one tsc error; returns the bytes written. */
export async function generateTestHeavyLog(path, bytes) {
  const out = createWriteStream(path, {highWaterMark: 1 << 20})
  const lines = Array.from({length: 2000}, (_, k) => testLine(k))
  let written = 0
  let t = Date.parse('2026-11-23T10:00:00Z')
  while (written < bytes) {
    let block = ''
    for (let k = 0; k < 2000; k++) {
      t += 3
      block += `${new Date(t).toISOString().replace('Z', '0000Z')} ${lines[k]}\n`
    }
    written += Buffer.byteLength(block)
    if (!out.write(block)) await once(out, 'drain')
  }
  const stamp = new Date(t).toISOString().replace('Z', '0000Z')
  const tail =
    `${stamp} src/routes/orders.ts(41,9): error TS2322: Type 'string | undefined' is not assignable to type 'string'.\n` +
    `${stamp} ##[error]Process completed with exit code 2.\n`
  out.write(tail)
  written += Buffer.byteLength(tail)
  out.end()
  await once(out, 'finish')
  return written
}

/** Lines that hold a failure word and are no failure: retry chatter, warnings, cleanup notes. */
const FALSE_ALARMS = [
  k => `[worker ${k % 8}] error: retrying job ${k} after failure (attempt ${k % 5})`,
  k => `  WARN failed to fetch optional metadata for package-${k % 997}: timeout, will retry`,
  k => `[${k}] Error: request ${k} failed with status 503, retrying in ${k % 30}s`,
  k => `cache: restore failed for key deps-${k % 61}-linux, falling back to a full install`,
  k => `shard ${k % 16}/16: 0 failures so far, ${k} tests run, errors ignored: ${k % 3}`,
  k => `DEBUG http: ECONNRESET on keep-alive socket ${k}, reconnecting`
]

/**
 * Write about `bytes` of noise that looks like failure (a failure word on every line, none a
 * failure: the worst case for the candidate filter) ending in one tsc error; returns the bytes.
 */
export async function generateNoisyLog(path, bytes) {
  const out = createWriteStream(path, {highWaterMark: 1 << 20})
  let written = 0
  let t = Date.parse('2026-11-23T10:00:00Z')
  let k = 0
  while (written < bytes) {
    let block = ''
    for (let n = 0; n < 2000; n++, k++) {
      t += 3
      block += `${new Date(t).toISOString().replace('Z', '0000Z')} ${FALSE_ALARMS[k % FALSE_ALARMS.length](k)}\n`
    }
    written += Buffer.byteLength(block)
    if (!out.write(block)) await once(out, 'drain')
  }
  const stamp = new Date(t).toISOString().replace('Z', '0000Z')
  const tail =
    `${stamp} src/routes/orders.ts(41,9): error TS2322: Type 'string | undefined' is not assignable to type 'string'.\n` +
    `${stamp} ##[error]Process completed with exit code 2.\n`
  out.write(tail)
  written += Buffer.byteLength(tail)
  out.end()
  await once(out, 'finish')
  return written
}
