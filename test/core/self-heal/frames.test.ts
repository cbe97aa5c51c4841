import {describe, expect, it} from 'vitest'
import {
  excludeMatcher,
  extractException,
  topInAppFrame
} from '../../../src/core/self-heal/frames.js'
import {
  appFrame,
  buildEvent,
  buildFrame,
  nodeInternalFrame,
  nodeModulesFrame
} from '../../fakes/sentry/index.js'

describe('extractException', () => {
  it('reads the thrown exception, its mechanism and frames oldest → newest', () => {
    const info = extractException(buildEvent({handled: false}))!
    expect(info.type).toBe('TypeError')
    expect(info.value).toBe("Cannot read properties of undefined (reading 'amount')")
    expect(info.mechanism).toBe('auto.middleware.express')
    expect(info.handled).toBe(false)
    expect(info.frames.map(f => f.function)).toEqual([
      'process.processTicksAndRejections',
      'Layer.handle [as handle_request]',
      'createOrder',
      'sumLines'
    ])
    expect(info.frames.map(f => f.inApp)).toEqual([false, false, true, true])
    expect(info.frames[3]!.contextLine).toBe('    sum += line.item.amount')
    expect(topInAppFrame(info.frames)!.function).toBe('sumLines')
  })

  it('takes the thrown (last) value of a chain and keeps the causes', () => {
    const info = extractException(
      buildEvent({
        type: 'OrderError',
        value: 'could not total order 42',
        causes: [
          {type: 'TypeError', value: 'x is undefined', frames: [appFrame('src/a.ts', 'a', 3)]}
        ]
      })
    )!
    expect(info.type).toBe('OrderError')
    expect(info.chain).toEqual([
      {type: 'TypeError', value: 'x is undefined'},
      {type: 'OrderError', value: 'could not total order 42'}
    ])
  })

  it('does not trust inApp for node_modules, node: internals or pathless builtins', () => {
    const frames = [
      buildFrame({filename: '/app/node_modules/pg/lib/client.js', function: 'query', inApp: true}),
      buildFrame({filename: 'node:internal/timers', function: 'listOnTimeout', inApp: true}),
      buildFrame({filename: 'native', function: 'Array.map', inApp: true}),
      appFrame('src/db/query.ts', 'runQuery', 8)
    ]
    const info = extractException(buildEvent({frames}))!
    expect(info.frames.map(f => f.sdkInApp)).toEqual([true, true, true, true])
    expect(info.frames.map(f => f.inApp)).toEqual([false, false, false, true])
  })

  it('marks in-app frames under exclude-paths as excluded, on raw or normalized paths', () => {
    const frames = [
      appFrame('src/routes/orders.ts', 'createOrder', 31),
      appFrame('src/vendor/money.ts', 'add', 4, {form: 'app'}),
      appFrame('src/generated/client.ts', 'call', 9, {form: 'dist'})
    ]
    const info = extractException(
      buildEvent({frames}),
      excludeMatcher(['src/vendor/**', '**/generated/**'])
    )!
    expect(info.frames.map(f => [f.inApp, f.excluded])).toEqual([
      [true, false],
      [false, true],
      [false, true]
    ])
    expect(topInAppFrame(info.frames)!.function).toBe('createOrder')
  })

  it('returns no frames for an event without a stack trace and undefined without an exception', () => {
    const noStack = buildEvent()
    const exception = noStack.entries[0] as {data: {values: {stacktrace: unknown}[]}}
    exception.data.values[0]!.stacktrace = null
    expect(extractException(noStack)!.frames).toEqual([])
    expect(
      extractException({entries: [{type: 'message', data: {formatted: 'hi'}}]})
    ).toBeUndefined()
  })

  it('sees a third-party-only stack as having no application frame', () => {
    const info = extractException(
      buildEvent({
        frames: [
          nodeInternalFrame('process/task_queues', 'processTicksAndRejections'),
          nodeModulesFrame('pg/lib/client.js', 'Client._handleErrorMessage')
        ]
      })
    )!
    expect(topInAppFrame(info.frames)).toBeUndefined()
  })
})
