// The core is pure: data in, data out. Its modules may not import the
// toolkit, the network, the file system or child processes, nor any edge or
// action module; docs/architecture.md states the rule, this test keeps it.
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {expect, it} from 'vitest'
import {REPO_ROOT} from './harness/run-action.js'

const FORBIDDEN: [RegExp, string][] = [
  [/^@actions\//, 'the Actions toolkit'],
  [/^@octokit\//, 'the GitHub client'],
  [/^@anthropic-ai\/sdk$/, 'the model client (types only are fine)'],
  [/^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|worker_threads)$/, 'I/O'],
  [/\/(edges|actions|runtime)\//, 'an edge or action module']
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

it('src/core imports no toolkit, no I/O and no edge', async () => {
  const violations: string[] = []
  for (const file of await files(join(REPO_ROOT, 'src', 'core'))) {
    const text = await readFile(file, 'utf8')
    // Value imports only: `import type` is erased at build time.
    for (const m of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!
      for (const [pattern, what] of FORBIDDEN) {
        if (pattern.test(spec))
          violations.push(`${relative(REPO_ROOT, file)} imports ${spec} (${what})`)
      }
    }
  }
  expect(violations).toEqual([])
})
