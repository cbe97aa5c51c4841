// The reproduced attack of issue #10 as a shell script, and a way to run it
// under a stand-in for the action's process (sandbox-parent.ts) whose
// initial environment holds the secrets: what /proc/<pid>/environ shows.
import {spawn} from 'node:child_process'
import {REPO_ROOT} from './run-action.js'

/**
 * Walks /proc from inside, the way the attack did: every visible process's
 * environment is searched for each canary, and the script's own ancestors
 * are followed through PPid. One fact per line (command lines flattened):
 * VISIBLE pid, FOUND pid, CMD cmdline, CHAIN pid ppid, PID1 cmdline.
 */
export function procProbe(canaries: readonly string[]): string {
  const pattern = canaries.join('\\|')
  return `
for d in /proc/[0-9]*; do
  p=\${d#/proc/}
  echo "VISIBLE $p"
  if tr '\\0' '\\n' < "$d/environ" 2>/dev/null | grep -q '${pattern}'; then echo "FOUND $p"; fi
  echo "CMD $(tr '\\0\\n' '  ' < "$d/cmdline" 2>/dev/null)"
done
p=$$
while [ "$p" != 0 ]; do
  pp=$(awk '/^PPid:/ {print $2}' /proc/$p/status 2>/dev/null); [ -z "$pp" ] && break
  echo "CHAIN $p $pp"; p=$pp
done
echo "PID1 $(tr '\\0\\n' '  ' < /proc/1/cmdline)"
`
}

export interface ProbeReport {
  /** Processes whose environment holds a canary. */
  found: number[]
  /** How many processes the script could see. */
  visible: number
  /** The script's ancestors, itself first. */
  chain: {pid: number; ppid: number}[]
  pid1: string
  cmdlines: string[]
}

export function parseProbe(stdout: string): ProbeReport {
  const report: ProbeReport = {found: [], visible: 0, chain: [], pid1: '', cmdlines: []}
  for (const line of stdout.split('\n')) {
    const [tag, ...rest] = line.split(' ')
    if (tag === 'VISIBLE') report.visible++
    else if (tag === 'FOUND') report.found.push(Number(rest[0]))
    else if (tag === 'CMD') report.cmdlines.push(rest.join(' '))
    else if (tag === 'CHAIN') report.chain.push({pid: Number(rest[0]), ppid: Number(rest[1])})
    else if (tag === 'PID1') report.pid1 = rest.join(' ')
  }
  return report
}

export interface ParentRequest {
  how: 'runner' | 'autofix' | 'self-heal'
  command: string
  timeoutMs: number
  workspace: string
  setting?: 'auto' | 'required' | 'off'
  network?: 'allow' | 'none'
}

export interface ParentRun {
  /** The sandbox mode the runner got. */
  sandbox: string
  result: {stdout: string; stderr: string; exitCode: number | null}
}

/** Runs sandbox-parent.ts with exactly `env` as its initial environment. */
export function runInParent(request: ParentRequest, env: NodeJS.ProcessEnv): Promise<ParentRun> {
  return parentOutput(request, env) as Promise<ParentRun>
}

/**
 * Runs the request once per variant (its inputs over the INPUT_* of `env`) in one
 * sandbox-parent.ts process with exactly `env` as its initial environment: the runs by name.
 */
export async function runVariantsInParent(
  request: ParentRequest,
  env: NodeJS.ProcessEnv,
  variants: Record<string, Record<string, string>>
): Promise<Record<string, ParentRun>> {
  const out = (await parentOutput({...request, variants}, env)) as {
    runs: Record<string, ParentRun>
  }
  return out.runs
}

function parentOutput(
  request: ParentRequest & {variants?: Record<string, Record<string, string>>},
  env: NodeJS.ProcessEnv
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/harness/sandbox-parent.ts', JSON.stringify(request)],
      {cwd: REPO_ROOT, env}
    )
    let out = ''
    let err = ''
    child.stdout.on('data', chunk => (out += String(chunk)))
    child.stderr.on('data', chunk => (err += String(chunk)))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) {
        reject(new Error(`sandbox-parent exited ${code}: ${err}`))
        return
      }
      try {
        resolve(JSON.parse(out.slice(out.lastIndexOf('\n{') + 1)) as unknown)
      } catch {
        reject(new Error(`sandbox-parent printed no result: ${out}\n${err}`))
      }
    })
  })
}
