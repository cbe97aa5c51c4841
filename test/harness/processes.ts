// Finding a test's processes from outside, by a token on their command line
// (a sleep with a unique duration): what a cancellation must leave none of.
import {randomInt} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'

/** A `sleep` argument nobody else uses: about 3,000 s, with unique decimals. */
export function uniqueSleep(): string {
  return `${2900 + randomInt(100)}.${String(randomInt(1e9)).padStart(9, '0')}`
}

/** Pids of the processes whose command line holds `token` (zombies have none). */
export async function processesWith(token: string): Promise<number[]> {
  const out: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes(token)) out.push(Number(entry))
  }
  return out
}

/** Polls `check` until it holds; throws after `ms`. */
export async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not true after ${ms} ms`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}
