import {describe, expect, it} from 'vitest'
import {modelWithheld} from '../../../src/core/fixing/index.js'

describe('modelWithheld: model-written code without a sandbox', () => {
  it('is withheld when no sandbox works and this job holds the write token', () => {
    const reason = modelWithheld({sandboxSetting: 'auto', sandboxMode: 'none', publish: 'same-job'})
    expect(reason).toMatch(/no sandbox/)
    expect(reason).toMatch(/publish: separate-job/)
    expect(reason).toMatch(/sandbox: off/)
  })

  it.each([
    [
      'a sandbox works',
      {sandboxSetting: 'auto', sandboxMode: 'pid-namespace', publish: 'same-job'}
    ],
    [
      'the write token is in another job',
      {sandboxSetting: 'auto', sandboxMode: 'none', publish: 'separate-job'}
    ],
    [
      'sandbox: off is the opt-in',
      {sandboxSetting: 'off', sandboxMode: 'none', publish: 'same-job'}
    ]
  ] as const)('runs when %s', (_, input) => {
    expect(modelWithheld(input)).toBeUndefined()
  })
})
