// Builds one ncc bundle per action into dist/<action>/index.mjs (plus chunks).
// Unminified on purpose: readable diffs of the committed bundles.
// Each output folder is emptied first, so a chunk that is no longer produced
// disappears and `git status --porcelain dist` shows it.
// A full build also writes dist/build-inputs.json: the SHA-256 of every input
// it read and every file it wrote (scripts/dist-inputs.mjs), which npm test
// checks instead of rebuilding.
//   node scripts/build.mjs [action ...] [--out DIR]   (DIR defaults to dist/)
import {spawn} from 'node:child_process'
import {readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {isBuiltin} from 'node:module'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  ACTIONS,
  RECORD_FILE,
  checkInstall,
  describeDifferences,
  differences,
  hashInputs,
  hashOutputs,
  renderRecord
} from './dist-inputs.mjs'
import {asciiOnly} from './ascii-bundle.mjs'
import {STARTUP_ACTIONS, eagerStartup} from './eager-startup.mjs'

export {ACTIONS}
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
        '--quiet',
        // ncc's build cache is one folder per user (~/.cache/ncc), keyed by the
        // entry's path: a build in a fresh clone at a path an older clone used
        // read that clone's cache and wrote a different main bundle, so
        // check:dist failed on an unchanged source. Every build starts clean.
        '--no-cache'
      ],
      {cwd: root, stdio: ['ignore', 'inherit', 'inherit']}
    )
    child.on('error', reject)
    child.on('exit', code =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${action} (exit ${code})`))
    )
  })
}

// ncc reaches Node's built-in modules through a require function made per use:
// createRequire(import.meta.url)("node:fs"). Each call builds a CommonJS require (and
// the import of node:module behind it), some 6 M instructions of classify's start-up
// for the dozen a one-line run loads (#11). process.getBuiltinModule gives the same
// module object directly, so the calls for built-ins are rewritten to it, and the
// import goes when nothing uses it any more.
const EXTERNAL_REQUIRE = /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\(("[^"\\]+")\)/g
const EXTERNAL_IMPORT =
  'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n'

async function builtinsDirect(action) {
  const dir = join(outDir, action)
  for (const name of (await readdir(dir)).filter(f => f.endsWith('.mjs'))) {
    const file = join(dir, name)
    const before = await readFile(file, 'utf8')
    let after = before.replace(EXTERNAL_REQUIRE, (call, quoted) =>
      isBuiltin(JSON.parse(quoted)) ? `process.getBuiltinModule(${quoted})` : call
    )
    if (after.split('__WEBPACK_EXTERNAL_createRequire').length === 2)
      after = after.replace(EXTERNAL_IMPORT, '')
    if (after !== before) await writeFile(file, after)
  }
}

// Every bundle in ASCII (ascii-bundle.mjs): a file with one other character is decoded
// to UTF-16, twice its size, before V8 reads it.
async function asciiBundle(action) {
  const dir = join(outDir, action)
  for (const name of (await readdir(dir)).filter(f => f.endsWith('.mjs'))) {
    const file = join(dir, name)
    const before = await readFile(file, 'utf8')
    const after = asciiOnly(before, join(action, name))
    if (after !== before) await writeFile(file, after)
  }
}

const targets = only.length ? ACTIONS.filter(a => only.includes(a)) : ACTIONS
const fullBuild = targets.length === ACTIONS.length

// The record stands the lockfile in for node_modules: never bundle anything else.
const installProblem = await checkInstall(root)
if (installProblem) {
  console.error(`node_modules does not match package-lock.json: ${installProblem}.`)
  console.error('Run npm ci, then npm run build.')
  process.exit(1)
}
const inputs = await hashInputs(root)

for (const action of targets) {
  await rm(join(outDir, action), {recursive: true, force: true})
}
// Two at a time: the machines this runs on have two cores.
for (let i = 0; i < targets.length; i += 2) {
  await Promise.all(targets.slice(i, i + 2).map(build))
}
for (const action of targets) await builtinsDirect(action)
for (const action of targets) await asciiBundle(action)
// The functions a start-up calls, compiled with the bundle (eager-startup.mjs).
for (const action of targets.filter(a => STARTUP_ACTIONS.includes(a)))
  console.log(
    `${action}: ${await eagerStartup(outDir, action)} start-up functions compiled eagerly`
  )
console.log(`built ${targets.map(a => join(outDir, a, 'index.mjs')).join(', ')}`)

if (!fullBuild) {
  console.log(`${RECORD_FILE} not updated: only a full build (no action names) records its inputs.`)
} else {
  const changed = describeDifferences(differences(inputs, await hashInputs(root)))
  if (changed) {
    await rm(join(outDir, RECORD_FILE), {force: true})
    console.error(`Sources changed during the build (${changed}): run npm run build again.`)
    process.exit(1)
  }
  await writeFile(join(outDir, RECORD_FILE), renderRecord(inputs, await hashOutputs(outDir)))
  console.log(`recorded ${Object.keys(inputs).length} inputs in ${join(outDir, RECORD_FILE)}`)
}
