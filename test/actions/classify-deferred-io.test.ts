// The IO classify uses on the runner when it reads a local log: the runner's
// side (@actions/core, with its HTTP stack) is loaded only when the first
// step is over, so the scan of a large log runs without it.
import {describe, expect, it} from 'vitest'
import {deferredIO} from '../../src/actions/classify/deferred-io.js'
import {memoryIO, type MemoryIO} from '../harness/memory-io.js'

function loader(): {load: () => Promise<MemoryIO>; loads: () => number; io: MemoryIO} {
  const io = memoryIO()
  let loads = 0
  return {
    io,
    loads: () => loads,
    load: async () => {
      loads++
      return io
    }
  }
}

describe('deferredIO', () => {
  it('loads the runner side only after the first step, and writes what it said inside its group', async () => {
    const runner = loader()
    const io = deferredIO(runner.load)
    const scanned = await io.group('Read the logs', async () => {
      io.logger.info('read 1 log')
      io.logger.warning('a warning')
      expect(runner.loads()).toBe(0)
      return 'scan'
    })
    expect(scanned).toBe('scan')
    expect(runner.loads()).toBe(1)
    expect(runner.io.groups).toEqual(['Read the logs'])
    expect(runner.io.lines).toEqual([
      {level: 'info', message: 'read 1 log', group: 'Read the logs'},
      {level: 'warning', message: 'a warning', group: 'Read the logs'}
    ])
  })

  it('goes straight through once loaded', async () => {
    const runner = loader()
    const io = deferredIO(runner.load)
    await io.group('first', async () => undefined)
    await io.group('second', async () => {
      io.logger.info('inside')
      io.setOutputs({category: 'unknown'})
      io.annotate('boom', {file: 'a.ts', startLine: 1})
    })
    await io.writeSummary('## summary\n')
    expect(runner.loads()).toBe(1)
    expect(runner.io.groups).toEqual(['first', 'second'])
    expect(runner.io.lines).toEqual([{level: 'info', message: 'inside', group: 'second'}])
    expect(runner.io.outputs).toEqual({category: 'unknown'})
    expect(runner.io.annotations).toEqual([{message: 'boom', place: {file: 'a.ts', startLine: 1}}])
    expect(runner.io.summary).toBe('## summary\n')
  })

  it('still writes what a failed first step said, then lets its error through', async () => {
    const runner = loader()
    const io = deferredIO(runner.load)
    await expect(
      io.group('Read the logs', async () => {
        io.logger.info('looking for *.xml')
        throw new Error('no files')
      })
    ).rejects.toThrow('no files')
    expect(runner.io.lines).toEqual([
      {level: 'info', message: 'looking for *.xml', group: 'Read the logs'}
    ])
  })

  it('holds outputs set before the first step ends, and loads once for a summary', async () => {
    const runner = loader()
    const io = deferredIO(runner.load)
    io.setOutputs({summary: 'early'})
    expect(runner.loads()).toBe(0)
    await io.writeSummary('text')
    expect(runner.loads()).toBe(1)
    expect(runner.io.outputs).toEqual({summary: 'early'})
    expect(runner.io.summary).toBe('text')
  })
})
