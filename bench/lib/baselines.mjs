// What the benchmarks compare ci-medic with, measured in the same run: `grep -E` over the
// same file (the floor for finding lines in a log) and `node -e 0` (the floor for starting
// a step). Child CPU time comes from /proc/self/stat (cutime + cstime: the CPU time of the
// children this process waited for), so it is exact for the child and needs no `time`.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'

const TICKS_PER_SECOND = 100

/** CPU seconds of every waited-for child so far, or undefined off Linux. */
export function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // fields after the command name (which may hold spaces) start at "state"
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

/**
 * Runs a command to its end; resolves wall milliseconds, child CPU seconds (10 ms
 * resolution), the exit code and stdout. Stdout is a pipe, never /dev/null: GNU grep
 * stops at the first match when its output goes to /dev/null.
 */
export function timedRun(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const cpu0 = childCpuSeconds()
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {...options, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', d => (stdout += d.slice(0, 4096 - stdout.length)))
    child.stderr.setEncoding('utf8').on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const cpu1 = childCpuSeconds()
      resolve({
        code,
        wallMs,
        cpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0,
        stdout,
        stderr
      })
    })
  })
}

/** An extended regular expression matching any of the literals. */
export function grepPattern(literals) {
  return literals.map(l => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

/**
 * `grep -E -c` of the literals over a file, in the C locale (bytes, as the scanner reads
 * them). Exit 1 (no line matched) is a result, not a failure.
 */
export async function grepFile(literals, file) {
  const run = await timedRun('grep', ['-E', '-c', grepPattern(literals), file], {
    env: {...process.env, LC_ALL: 'C'}
  })
  if (run.code !== 0 && run.code !== 1) throw new Error(`grep exited ${run.code}: ${run.stderr}`)
  return run
}
