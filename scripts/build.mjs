// Builds one ncc bundle per action into dist/<action>/index.mjs (plus chunks).
// Unminified on purpose: readable diffs of the committed bundles.
// Each output folder is emptied first, so a chunk that is no longer produced
// disappears and `git status --porcelain dist` shows it.
//   node scripts/build.mjs [action ...] [--out DIR]   (DIR defaults to dist/)
import {spawn} from 'node:child_process'
import {rm} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ACTIONS = ['main', 'classify', 'autofix', 'self-heal']
const root = fileURLToPath(new URL('..', import.meta.url))
const ncc = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url))

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(root, 'dist')
const only = args.filter((a, i) => outAt < 0 || (i !== outAt && i !== outAt + 1))

function build(action) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ncc,
        'build',
        `src/actions/${action}/index.mjs`,
        '-o',
        join(outDir, action),
        '--license',
        'licenses.txt',
        '--quiet'
      ],
      {cwd: root, stdio: ['ignore', 'inherit', 'inherit']}
    )
    child.on('error', reject)
    child.on('exit', code =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${action} (exit ${code})`))
    )
  })
}

const targets = only.length ? ACTIONS.filter(a => only.includes(a)) : ACTIONS
for (const action of targets) {
  await rm(join(outDir, action), {recursive: true, force: true})
}
// Two at a time: the machines this runs on have two cores.
for (let i = 0; i < targets.length; i += 2) {
  await Promise.all(targets.slice(i, i + 2).map(build))
}
console.log(`built ${targets.map(a => join(outDir, a, 'index.mjs')).join(', ')}`)
