// The command runner on a cancellation: every running command's process
// group (and what left it) is killed, SIGTERM then SIGKILL within about a
// second, `run` rejects with the CancelledError, and no command starts after.
import {randomUUID} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {describe, expect, it} from 'vitest'
import {createCommandRunner} from '../../../src/edges/workspace/index.js'
import {CancelledError} from '../../../src/errors.js'

/** Processes whose command line holds `token`. */
async function processesWith(token: string): Promise<number[]> {
  const out: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes(token)) out.push(Number(entry))
  }
  return out
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise(r => setTimeout(r, 25))
  }
}

/** A sleep nobody else runs: its argument is unique. */
function uniqueSleep(): string {
  return `29${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}.${randomUUID().replace(/\D/g, '').slice(0, 6)}`
}

describe('command runner: cancellation', () => {
  it('kills the group, a process that ignores SIGTERM and one that left the group, and rejects', async () => {
    const controller = new AbortController()
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      cancel: controller.signal
    })
    const token = uniqueSleep()
    // One sleep in the group ignoring SIGTERM, one in a session of its own.
    const command = `trap '' TERM; sleep ${token} & setsid sleep ${token} & sleep ${token}; wait`
    const started = Date.now()
    const running = runner.run(command, {cwd: tmpdir(), timeoutMs: 600_000})
    await until(async () => (await processesWith(token)).length >= 3)
    controller.abort(new CancelledError('SIGTERM'))
    await expect(running).rejects.toBeInstanceOf(CancelledError)
    expect(Date.now() - started).toBeLessThan(6_000)
    await until(async () => (await processesWith(token)).length === 0, 3_000)
  })

  it('starts nothing once cancelled', async () => {
    const controller = new AbortController()
    controller.abort(new CancelledError('SIGINT'))
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      cancel: controller.signal
    })
    const token = uniqueSleep()
    await expect(runner.run(`sleep ${token}`, {cwd: tmpdir(), timeoutMs: 60_000})).rejects.toThrow(
      'cancelled by SIGINT'
    )
    expect(await processesWith(token)).toEqual([])
  })

  it('without a cancellation, a command runs as before', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}})
    const result = await runner.run('echo hi', {cwd: tmpdir(), timeoutMs: 10_000})
    expect(result).toMatchObject({exitCode: 0, stdout: 'hi\n'})
  })
})
