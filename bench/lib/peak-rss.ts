// Runs a command and reports its wall time and peak resident set size, read
// from /proc/<pid>/status (VmHWM, the kernel's high-water mark) while it runs.
import {spawn} from 'node:child_process'
import {readFile} from 'node:fs/promises'

export interface MeasuredRun {
  code: number | null
  wallMs: number
  peakRssBytes: number
  stdout: string
  stderr: string
}

async function vmHwm(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return kb ? Number(kb) * 1024 : undefined
  } catch {
    return undefined
  }
}

export function measure(
  command: string,
  args: string[],
  options: {cwd: string; env: NodeJS.ProcessEnv}
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let peak = 0
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const poll = setInterval(() => {
      if (child.pid) void vmHwm(child.pid).then(v => (peak = Math.max(peak, v ?? 0)))
    }, 20)
    child.on('error', reject)
    child.on('exit', () => {
      // The last reading before the process is reaped.
      clearInterval(poll)
    })
    child.on('close', code => {
      clearInterval(poll)
      resolve({
        code,
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
        peakRssBytes: peak,
        stdout,
        stderr
      })
    })
  })
}
