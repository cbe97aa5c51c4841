// What a dist/ build reads and what it writes, as SHA-256 digests: the record
// scripts/build.mjs leaves in dist/build-inputs.json, and the functions
// test/dist.test.ts uses to recompute it in a second instead of rebuilding.
//
// The inputs are every file ncc can read to make the bundles:
// - every file under src/ (not only the imported ones: a new file can change
//   how an unchanged import resolves);
// - package-lock.json, standing in for node_modules: the build refuses to run
//   when node_modules does not match it (see checkInstall), so the lockfile
//   pins every bundled package, ncc and the TypeScript compiler;
// - package.json without its "scripts" (its type, dependencies and fields
//   the resolver reads reach the bundle; npm scripts cannot);
// - tsconfig.json (ncc compiles through it);
// - this file and scripts/build.mjs (how the bundles are made and recorded), and the
//   steps build.mjs runs on them (ascii-bundle.mjs, eager-startup.mjs).
// `npm run check:dist` still rebuilds and compares every byte; this record
// is the cheap check npm test runs.
import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'

export const ACTIONS = ['main', 'classify', 'autofix', 'self-heal', 'publish']
/** The record's name inside the output directory (dist/). */
export const RECORD_FILE = 'build-inputs.json'
export const INPUT_FILES = [
  'package-lock.json',
  'package.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/dist-inputs.mjs',
  'scripts/ascii-bundle.mjs',
  'scripts/eager-startup.mjs',
  'bench/startup/measure.mjs',
  'bench/lib/baselines.mjs'
]
export const INPUT_DIRS = ['src']

const sha256 = bytes => createHash('sha256').update(bytes).digest('hex')
const posix = path => path.split(sep).join('/')

async function filesUnder(dir) {
  const found = []
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await filesUnder(path)))
    else found.push(path)
  }
  return found
}

async function contentOf(root, file) {
  const bytes = await readFile(join(root, file))
  if (file !== 'package.json') return bytes
  const {scripts: _scripts, ...rest} = JSON.parse(bytes.toString('utf8'))
  return JSON.stringify(rest)
}

/** SHA-256 of every build input, by path relative to root (forward slashes), sorted. */
export async function hashInputs(root) {
  const files = [...INPUT_FILES]
  for (const dir of INPUT_DIRS) {
    for (const file of await filesUnder(join(root, dir))) files.push(posix(relative(root, file)))
  }
  files.sort()
  const digests = {}
  for (const file of files) digests[file] = sha256(await contentOf(root, file))
  return digests
}

/** SHA-256 of every file of every action's bundle under outDir (`main/index.mjs`…), sorted. */
export async function hashOutputs(outDir) {
  const digests = {}
  for (const action of ACTIONS) {
    const dir = join(outDir, action)
    const files = (await filesUnder(dir)).map(file => posix(relative(outDir, file))).sort()
    for (const file of files) digests[file] = sha256(await readFile(join(outDir, file)))
  }
  return digests
}

/** The text of dist/build-inputs.json: deterministic, so a rebuild reproduces it byte for byte. */
export function renderRecord(inputs, outputs) {
  const record = {
    about:
      'Written by npm run build: SHA-256 of every file the build read (inputs) and wrote (outputs). ' +
      'npm test recomputes both (test/dist.test.ts); npm run check:dist rebuilds and compares every byte. ' +
      'package.json is hashed without its scripts.',
    inputs,
    outputs
  }
  return `${JSON.stringify(record, null, 2)}\n`
}

/** Paths whose digest differs between two records' maps: changed, added (only in now), removed. */
export function differences(recorded, now) {
  const changed = []
  const added = []
  const removed = []
  for (const [file, digest] of Object.entries(now)) {
    if (!(file in recorded)) added.push(file)
    else if (recorded[file] !== digest) changed.push(file)
  }
  for (const file of Object.keys(recorded)) if (!(file in now)) removed.push(file)
  return {changed, added, removed}
}

/** One line naming what differs, or '' when nothing does. */
export function describeDifferences({changed, added, removed}) {
  const parts = []
  if (changed.length) parts.push(`changed: ${changed.join(', ')}`)
  if (added.length) parts.push(`new: ${added.join(', ')}`)
  if (removed.length) parts.push(`gone: ${removed.join(', ')}`)
  return parts.join('; ')
}

/**
 * Why node_modules is not what package-lock.json says ('' when it is), from npm's own
 * record of the installed tree (node_modules/.package-lock.json, written by npm ci and
 * npm install). The build hashes the lockfile in place of node_modules, so it must
 * not bundle anything else.
 */
export async function checkInstall(root) {
  let locked
  let installed
  try {
    locked = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')).packages
    installed = JSON.parse(
      await readFile(join(root, 'node_modules', '.package-lock.json'), 'utf8')
    ).packages
  } catch (error) {
    return `cannot compare node_modules with package-lock.json (${error.message.split('\n')[0]})`
  }
  const problems = []
  for (const [path, entry] of Object.entries(locked)) {
    if (path === '') continue
    const here = installed[path]
    if (here === undefined) {
      if (!entry.optional) problems.push(`${path} is missing`)
    } else if (here.version !== entry.version || here.integrity !== entry.integrity) {
      problems.push(`${path} is ${here.version}, the lockfile says ${entry.version}`)
    }
  }
  for (const path of Object.keys(installed)) {
    if (!(path in locked)) problems.push(`${path} is not in the lockfile`)
  }
  if (problems.length === 0) return ''
  const shown = problems.slice(0, 5).join('; ')
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown
}
