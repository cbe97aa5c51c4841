// The command runner on a cancellation: every running command's process
// group (and what left it) is killed, SIGTERM then SIGKILL within about a
// second, `run` rejects with the CancelledError, and no command starts after.
import {tmpdir} from 'node:os'
import {describe, expect, it} from 'vitest'
import {createCommandRunner} from '../../../src/edges/workspace/index.js'
import {CancelledError} from '../../../src/errors.js'
import {processesWith, uniqueSleep, until} from '../../harness/processes.js'

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
