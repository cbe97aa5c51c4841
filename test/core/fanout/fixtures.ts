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
