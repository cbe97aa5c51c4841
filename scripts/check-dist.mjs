// npm run check:dist: the full dist/ check. Rebuilds every bundle into a temp
// directory (or --out DIR, kept for inspection) and fails unless the committed
// dist/ holds exactly the same files and bytes, build-inputs.json included,
// and git has nothing uncommitted or untracked under dist/.
// npm test checks the cheaper build-inputs.json record instead (test/dist.test.ts);
// this is the check that record stands in for, run by .ci/run and
// .github/workflows/check-dist.yml.
//   node scripts/check-dist.mjs [--out DIR]
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ACTIONS, RECORD_FILE} from './dist-inputs.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const keep = outAt >= 0 ? resolve(args[outAt + 1]) : undefined
const fresh = keep ?? (await mkdtemp(join(tmpdir(), 'ci-medic-dist-')))
const inActions = process.env.GITHUB_ACTIONS === 'true'

const problems = []
try {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--out', fresh], {
    cwd: root,
    stdio: 'inherit'
  })
  if (built.status !== 0) {
    problems.push(`the build failed (exit ${built.status ?? built.signal})`)
  } else {
    for (const action of ACTIONS) {
      const made = (await readdir(join(fresh, action))).sort()
      const committed = (await readdir(join(root, 'dist', action)).catch(() => [])).sort()
      for (const file of made.filter(f => !committed.includes(f))) {
        problems.push(`dist/${action}/${file} is missing`)
      }
      for (const file of committed.filter(f => !made.includes(f))) {
        problems.push(`dist/${action}/${file} is no longer built`)
      }
      for (const file of made.filter(f => committed.includes(f))) {
        const a = await readFile(join(fresh, action, file))
        const b = await readFile(join(root, 'dist', action, file))
        if (!a.equals(b)) problems.push(`dist/${action}/${file} differs from a fresh build`)
      }
    }
    const record = await readFile(join(root, 'dist', RECORD_FILE)).catch(() => undefined)
    if (record === undefined) problems.push(`dist/${RECORD_FILE} is missing`)
    else if (!record.equals(await readFile(join(fresh, RECORD_FILE)))) {
      problems.push(`dist/${RECORD_FILE} differs from a fresh build`)
    }
  }
  const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], {
    cwd: root,
    encoding: 'utf8'
  })
  for (const line of status.split('\n').filter(Boolean)) {
    problems.push(`not committed: ${line}`)
  }
} finally {
  if (keep === undefined) await rm(fresh, {recursive: true, force: true})
}

if (problems.length) {
  for (const problem of problems) console.error(problem)
  const message = "dist/ does not match the source: run 'npm run build' and commit dist/."
  console.error(inActions ? `::error::${message}` : message)
  process.exit(1)
}
console.log('dist/ matches a fresh build, byte for byte.')
