// Real-shaped inputs for the fan-out tests: failures read by classify's
// scanner from the logs the tools print (vitest, tsc, pytest), the plan
// autofix makes of them, and a small repository's sources for the import
// graph. Not a test file: shared by the tests beside it.
import {failureFingerprint} from '../../../src/core/classify/fingerprint.js'
import {scanText} from '../../../src/core/classify/index.js'
import type {Category, Failure} from '../../../src/core/classify/types.js'
import {planFailures, type PlannedFailure} from '../../../src/core/autofix/failure-plan.js'

/** One vitest failure block as the default reporter prints it at the end of a run. */
export function vitestBlock(
  testFile: string,
  name: string,
  message: string,
  frames: readonly string[],
  n: number,
  of: number
): string {
  return [
    ` FAIL  ${testFile} > ${name}`,
    `AssertionError: ${message}`,
    '',
    '- Expected',
    '+ Received',
    '',
    ...frames.map(f => ` ❯ ${f}`),
    '      3| ',
    '      4| describe(() => {',
    '      5|   expect(value).toBe(expected)',
    '       |                 ^',
    '      6| })',
    '',
    `⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[${n}/${of}]⎯`,
    ''
  ].join('\n')
}

/** A vitest run's output with its failures at the end. */
export function vitestLog(blocks: readonly string[]): string {
  return [
    ' RUN  v3.2.4 /home/runner/work/shop/shop',
    '',
    ` Test Files  ${blocks.length} failed | 4 passed (${blocks.length + 4})`,
    '',
    `⎯⎯⎯⎯⎯⎯⎯ Failed Tests ${blocks.length} ⎯⎯⎯⎯⎯⎯⎯`,
    '',
    ...blocks
  ].join('\n')
}

/** The failures classify's scanner reads from a log. */
export function failuresIn(log: string): Failure[] {
  return scanText(log, {workspace: '/home/runner/work/shop/shop'}).failures
}

/** autofix's plan of those failures (every one worked on). */
export function planOf(failures: readonly Failure[]): PlannedFailure[] {
  return planFailures(failures, {maxFailures: 1000}).items
}

/** A failure as a parser makes it, with its real fingerprint. */
export function failure(f: Partial<Failure> & {category: Category; message: string}): Failure {
  const base = {excerpt: '', rule: 'test', confidence: 0.9, tool: 'vitest', ...f}
  return {...base, fingerprint: f.fingerprint ?? failureFingerprint(base)}
}

function testOf(imports: string, call: string): string {
  return `import {expect, it} from 'vitest'\n${imports}\n\nit('works', () => {\n  expect(${call}).toBe(1)\n})\n`
}

/** A small TypeScript shop: three modules, a shared one, a barrel, their tests and a test helper. */
export const SHOP: Record<string, string> = {
  'src/shared.ts': 'export const round = (n: number): number => Math.round(n * 100) / 100\n',
  'src/cart.ts': "import {price} from './money.js'\nexport const total = (): number => price(10)\n",
  'src/money.ts': 'export const price = (n: number): number => n\n',
  'src/tax.ts': 'export const vat = (n: number): number => n * 0.2\n',
  'src/report.ts':
    "import {round} from './shared.js'\nexport const line = (n: number) => round(n)\n",
  'src/invoice.ts':
    "import {round} from './shared.js'\nexport const due = (n: number) => round(n)\n",
  'test/helpers.ts': 'export const fixture = {}\n',
  'test/cart.test.ts': testOf(
    "import {total} from '../src/cart.js'\nimport {fixture} from './helpers.js'\n// import {vat} from '../src/tax.js'",
    'total()'
  ),
  'test/money.test.ts': testOf(
    "import {price} from '../src/money.js'\nimport {fixture} from './helpers.js'",
    'price(1)'
  ),
  'test/tax.test.ts': testOf(
    "import {vat} from '../src/tax.js'\nimport {fixture} from './helpers.js'",
    'vat(10)'
  ),
  'test/shared-a.test.ts': testOf(
    "import {round} from '../src/shared.js'\nimport {fixture} from './helpers.js'",
    'round(0.5)'
  ),
  'test/shared-b.test.ts': testOf("import {round} from '../src/shared.js'", 'round(-0.5)'),
  'src/index.ts':
    "export {total} from './cart.js'\nexport {price} from './money.js'\nexport {vat} from './tax.js'\n",
  'test/api-cart.test.ts': testOf("import {total} from '../src/index.js'", 'total()'),
  'test/api-tax.test.ts': testOf("import {vat} from '../src/index.js'", 'vat(10)')
}

/** pytest's output for two failing tests, summary lines included. */
export const PYTEST_LOG = `============================= test session starts ==============================
platform linux -- Python 3.12.3, pytest-8.3.2, pluggy-1.5.0
rootdir: /home/runner/work/shop/shop
collected 12 items

tests/test_billing.py F.....                                             [ 50%]
tests/test_tax.py .....F                                                 [100%]

=================================== FAILURES ===================================
________________________________ test_charge ___________________________________

    def test_charge():
>       assert charge(10) == 11
E       assert 10 == 11
E        +  where 10 = charge(10)

tests/test_billing.py:5: AssertionError
__________________________________ test_vat ____________________________________

    def test_vat():
>       assert tax.vat(10) == 2
E       assert 2.5 == 2

tests/test_tax.py:7: AssertionError
=========================== short test summary info ============================
FAILED tests/test_billing.py::test_charge - assert 10 == 11
FAILED tests/test_tax.py::test_vat - assert 2.5 == 2
========================= 2 failed, 10 passed in 0.12s =========================
`

/** The Python shop PYTEST_LOG ran in. */
export const PY_SHOP: Record<string, string> = {
  'app/__init__.py': '"""The shop."""\nfrom .billing import charge\n',
  'app/billing.py': 'def charge(n):\n    return n\n',
  'app/tax.py': 'def vat(n):\n    return n / 4\n',
  'tests/conftest.py': 'import pytest\n',
  'tests/test_billing.py':
    'from app.billing import charge\n\n\ndef test_charge():\n    assert charge(10) == 11\n',
  'tests/test_tax.py': 'from app import tax\n\n\ndef test_vat():\n    assert tax.vat(10) == 2\n'
}
