// The runner's cancellation signals: the first SIGINT/SIGTERM aborts the
// run's signal with a CancelledError, a second one exits at once, and a run
// that has not ended by the deadline reports and exits.
import {EventEmitter} from 'node:events'
import {describe, expect, it} from 'vitest'
import {CancelledError} from '../../src/errors.js'
import {
  exitCodeOf,
  listenForCancellation,
  type SignalSource
} from '../../src/runtime/cancellation.js'

function fakeProcess(): SignalSource & {emit(name: string): void; count(): number} {
  const emitter = new EventEmitter()
  return {
    on: (name, listener) => emitter.on(name, listener),
    off: (name, listener) => emitter.off(name, listener),
    emit: name => emitter.emit(name),
    count: () => emitter.listenerCount('SIGINT') + emitter.listenerCount('SIGTERM')
  }
}

describe('cancellation', () => {
  it('the first signal aborts with a CancelledError naming it; the second exits at once', () => {
    const source = fakeProcess()
    const exits: number[] = []
    const c = listenForCancellation({
      onDeadline: async () => undefined,
      source,
      exit: code => exits.push(code)
    })
    expect(c.signal.aborted).toBe(false)
    source.emit('SIGINT')
    expect(c.signal.aborted).toBe(true)
    expect(c.signal.reason).toBeInstanceOf(CancelledError)
    expect((c.signal.reason as CancelledError).signal).toBe('SIGINT')
    expect(c.exitCode()).toBe(130)
    expect(exits).toEqual([])
    source.emit('SIGTERM')
    expect(exits).toEqual([143])
    c.dispose()
    expect(source.count()).toBe(0)
  })

  it('a run still going at the deadline is reported, then the process exits', async () => {
    const source = fakeProcess()
    const exits: number[] = []
    const reported: string[] = []
    const c = listenForCancellation({
      onDeadline: async reason => void reported.push(reason.message),
      deadlineMs: 10,
      source,
      exit: code => exits.push(code)
    })
    source.emit('SIGTERM')
    await new Promise(r => setTimeout(r, 100))
    expect(reported).toEqual(['cancelled by SIGTERM'])
    expect(exits).toEqual([143])
    c.dispose()
  })

  it('a run that ended before the deadline is not reported again', async () => {
    const source = fakeProcess()
    const exits: number[] = []
    const c = listenForCancellation({
      onDeadline: async () => undefined,
      deadlineMs: 20,
      source,
      exit: code => exits.push(code)
    })
    source.emit('SIGTERM')
    c.dispose()
    await new Promise(r => setTimeout(r, 80))
    expect(exits).toEqual([])
    expect(exitCodeOf('SIGINT')).toBe(130)
  })
})
