// The layers of docs/architecture.md, kept by a test. Every import counts,
// `import type` and `export … from` included: a type that crosses a layer
// boundary the wrong way is a dependency in the wrong direction, even if the
// build erases it.
// - core is pure: no toolkit, network, file system or child processes (the
//   SDK's types are fine), and nothing from an outer layer;
// - settings read inputs into types the core (or the engine) owns;
// - the engine uses core and edges, never an action or the runner;
// - edges talk to one outside system each and know no action, engine or
//   settings.
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from './harness/run-action.js'

interface Rule {
  /** Applies to files under this folder of src/. */
  layer: string
  /** [what an import specifier may not match, why] */
  forbidden: [RegExp, string][]
  /** Only value imports count for these (types are erased). */
  valueOnly?: [RegExp, string][]
}

const OUTER = (names: string[]): [RegExp, string] => [
  new RegExp(`(^|/)(${names.join('|')})/`),
  `an outer layer (${names.join(', ')})`
]

const RULES: Rule[] = [
  {
    layer: 'core',
    forbidden: [OUTER(['edges', 'actions', 'runtime', 'settings', 'engine'])],
    valueOnly: [
      [/^@actions\//, 'the Actions toolkit'],
      [/^@octokit\//, 'the GitHub client'],
      [/^@anthropic-ai\/sdk$/, 'the model client (types only are fine)'],
      [/^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|worker_threads)$/, 'I/O']
    ]
  },
  {layer: 'settings', forbidden: [OUTER(['edges', 'actions', 'runtime', 'engine'])]},
  {layer: 'engine', forbidden: [OUTER(['actions', 'runtime', 'settings'])]},
  {layer: 'edges', forbidden: [OUTER(['actions', 'runtime', 'settings', 'engine'])]}
]

async function files(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await files(path)))
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out
}

/** Every module specifier a file imports or re-exports, and whether it is a type-only import. */
export function importsOf(text: string): {spec: string; typeOnly: boolean}[] {
  const out: {spec: string; typeOnly: boolean}[] = []
  const statement = /^(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]/gm
  for (const m of text.matchAll(statement)) out.push({spec: m[4]!, typeOnly: m[2] !== undefined})
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g))
    out.push({spec: m[1]!, typeOnly: false})
  return out
}

describe('layers', () => {
  for (const rule of RULES) {
    it(`src/${rule.layer} imports nothing it may not`, async () => {
      const violations: string[] = []
      for (const file of await files(join(REPO_ROOT, 'src', rule.layer))) {
        for (const {spec, typeOnly} of importsOf(await readFile(file, 'utf8'))) {
          const checks = [...rule.forbidden, ...(typeOnly ? [] : (rule.valueOnly ?? []))]
          for (const [pattern, what] of checks)
            if (pattern.test(spec))
              violations.push(`${relative(REPO_ROOT, file)} imports ${spec} (${what})`)
        }
      }
      expect(violations).toEqual([])
    })
  }

  it('an action imports no other action (what two actions share lives in the engine, core or edges)', async () => {
    const violations: string[] = []
    for (const action of ['classify', 'autofix', 'self-heal']) {
      for (const file of await files(join(REPO_ROOT, 'src', 'actions', action))) {
        for (const {spec} of importsOf(await readFile(file, 'utf8'))) {
          const other = /^\.\.\/(classify|autofix|self-heal|main)\//.exec(spec)?.[1]
          if (other && other !== action)
            violations.push(`${relative(REPO_ROOT, file)} imports ${spec} (the ${other} action)`)
        }
      }
    }
    expect(violations).toEqual([])
  })

  it('sees type imports, re-exports and dynamic imports (so the rules above can fail)', () => {
    const found = importsOf(
      [
        "import type {A} from '../../settings/a.js'",
        "import {b, type C} from '../edges/b.js'",
        "export {d} from '../actions/d.js'",
        "const e = await import('../runtime/e.js')"
      ].join('\n')
    )
    expect(found).toEqual([
      {spec: '../../settings/a.js', typeOnly: true},
      {spec: '../edges/b.js', typeOnly: false},
      {spec: '../actions/d.js', typeOnly: false},
      {spec: '../runtime/e.js', typeOnly: false}
    ])
  })
})
