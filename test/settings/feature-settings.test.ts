import {describe, expect, it} from 'vitest'
import {ConfigurationError} from '../../src/errors.js'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'

const read = (inputs: Record<string, string>) =>
  readAutofixSettings(inputsFromRecord({'github-token': 't', ...inputs}), () => {})

describe('autofix task and issue-number', () => {
  it('fix failures by default; task: issue takes an optional issue number', () => {
    expect(read({})).toMatchObject({task: 'failures', issueNumber: undefined})
    expect(read({task: 'issue', 'issue-number': '42'})).toMatchObject({
      task: 'issue',
      issueNumber: 42
    })
  })

  it('a bad task or issue number, and task: issue with publish: separate-job, are one clear error', () => {
    expect(() => read({task: 'features'})).toThrow(/'task'.*must be one of failures, issue/)
    expect(() => read({task: 'issue', 'issue-number': '#4'})).toThrow(/'issue-number'/)
    const split = (): unknown => read({task: 'issue', publish: 'separate-job'})
    expect(split).toThrow(ConfigurationError)
    expect(split).toThrow(/publish: separate-job is supported only on the fan-out/)
  })

  it('task: issue runs on the fan-out stages; integrate may leave publishing to a separate job', () => {
    expect(read({task: 'issue', stage: 'plan'})).toMatchObject({stage: 'plan', task: 'issue'})
    expect(read({task: 'issue', stage: 'work', group: 'g-s1'})).toMatchObject({group: 'g-s1'})
    const integrate = read({task: 'issue', stage: 'integrate', publish: 'separate-job'})
    expect(integrate).toMatchObject({stage: 'integrate', publish: 'separate-job'})
  })
})
