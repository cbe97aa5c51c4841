import {describe, expect, it} from 'vitest'
import {silentMinutesBefore} from '../../../src/core/classify/cancel-silence.js'
import {classifyText} from '../../../src/core/classify/index.js'

const CANCEL = '##[error]The operation was canceled.'

describe('a cancel after minutes of silence', () => {
  it('is a timeout when the job printed nothing for ten minutes or more', () => {
    const c = classifyText(
      [
        '2026-08-24T07:57:02.1234567Z ........................................  [ 98%]',
        `2026-08-24T08:20:24.7654321Z ${CANCEL}`,
        '2026-08-24T08:20:24.8000000Z Terminate orphan process: pid (4682) (pytest)'
      ].join('\n')
    )
    expect(c).toMatchObject({category: 'timeout', confidence: 0.6})
    expect(c.failures[0].message).toMatch(/after 23 minutes without output/)
  })

  it('stays a rerun when output ran up to the cancel, or there are no timestamps', () => {
    const busy = classifyText(
      [
        '20:35:17  collected 120 items',
        '20:39:02  tests/test_api.py ........',
        `20:39:30  ${CANCEL}`
      ].join('\n')
    )
    expect(busy).toMatchObject({category: 'transient', rule: 'root.canceled'})
    const bare = classifyText(['Retrying now...', `Error: The operation was canceled.`].join('\n'))
    expect(bare.category).toBe('transient')
  })

  it('counts across midnight and skips lines without a timestamp', () => {
    const raw = ['23:55:10  waiting for the emulator', '    (no output)', `00:09:40  ${CANCEL}`]
    expect(silentMinutesBefore(raw, 2)).toBe(14)
    expect(silentMinutesBefore(['no time here', CANCEL], 1)).toBeUndefined()
  })
})
