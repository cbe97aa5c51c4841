// Finding a test's processes from outside, by a token on their command line
// (a sleep with a unique duration): what a cancellation must leave none of.
import {randomInt} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'

/** A `sleep` argument nobody else uses: about 3,000 s, with unique decimals. */
export function uniqueSleep(): string {
  return `${2900 + randomInt(100)}.${String(randomInt(1e9)).padStart(9, '0')}`
}

/**
 * Pids of the processes whose command line holds `token` (zombies have none). The reads are
 * synchronous: /proc answers at once, and a promise per process made one scan of a loaded
 * machine (a few hundred processes) cost about 26 ms of CPU against 4.
 */
export function processesWith(token: string): Promise<number[]> {
  const out: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    if (commandLine(entry).includes(token)) out.push(Number(entry))
  }
  return Promise.resolve(out)
}

/** A process's command line, '' once it is gone. */
function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1')
  } catch {
    return ''
  }
}

/**
 * Polls `check` every 100 ms until it holds; throws after `ms`. The waits it serves last
 * seconds (a bundle reaching its hanging test), and each poll is a scan of /proc: polling
 * every 25 ms kept a third of a core busy for the whole wait.
 */
export async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not true after ${ms} ms`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}
