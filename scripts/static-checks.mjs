// `npm run check`, the static checks (.ci/run runs it before npm test, as
// actions/checkout's CI lints apart from its tests): `npm run typecheck` and `npm run lint` side by
// side instead of one after the other. Each is one single-threaded process
// (tsc about 30 CPU s on a fresh clone, eslint about 20) and neither reads
// the other's output, so on two cores the pair ends when tsc does, about 20 s
// sooner; the checks themselves are the same scripts. Each one's output is
// held and printed whole when it ends (typecheck first), so the two never
// interleave; the exit code is non-zero when either fails.
import {spawn} from 'node:child_process'

const SCRIPTS = ['typecheck', 'lint']

function run(script) {
  return new Promise(resolve => {
    // npm_execpath: the npm that started this script (npm run check), as node runs it.
    const npm = process.env.npm_execpath
    const [command, args] = npm
      ? [process.execPath, [npm, 'run', '--silent', script]]
      : ['npm', ['run', '--silent', script]]
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']})
    const output = []
    child.stdout.on('data', chunk => output.push(chunk))
    child.stderr.on('data', chunk => output.push(chunk))
    child.on('error', error => resolve({script, code: 1, output: [Buffer.from(`${error}\n`)]}))
    child.on('close', (code, signal) => resolve({script, code: code ?? (signal ? 1 : 0), output}))
  })
}

let failed = 0
for (const {script, code, output} of await Promise.all(SCRIPTS.map(run))) {
  process.stdout.write(`> npm run ${script}: ${code === 0 ? 'ok' : `exit ${code}`}\n`)
  process.stdout.write(Buffer.concat(output))
  if (code !== 0) failed += 1
}
process.exitCode = failed ? 1 : 0
