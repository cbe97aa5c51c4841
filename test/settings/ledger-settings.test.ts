import {describe, expect, it} from 'vitest'
import {isConfigurationError} from '../../src/errors.js'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {readClassifySettings} from '../../src/settings/classify-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'

const noop = (): void => undefined
const context = readWorkflowContext(
  {GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5', GITHUB_WORKSPACE: '/w'},
  {},
  '/tmp'
)

describe('the ledger inputs', () => {
  it('ledger: file without ledger-path is one message naming both and an example', () => {
    for (const read of [
      () => readAutofixSettings(inputsFromRecord({'github-token': 't', ledger: 'file'}), noop),
      () =>
        readClassifySettings(inputsFromRecord({'log-path': 'x.log', ledger: 'file'}), context, noop)
    ]) {
      let error: unknown
      try {
        read()
      } catch (e) {
        error = e
      }
      expect(isConfigurationError(error)).toBe(true)
      expect((error as Error).message).toBe(
        "Input 'ledger' is file, but 'ledger-path' is empty: give the JSON Lines file to read and append. Example: ledger-path: ${{ runner.temp }}/ci-medic-ledger.jsonl"
      )
    }
  })

  it('reads the kind, the path and the fingerprints to retry; the defaults keep the issue ledger', () => {
    const given = readAutofixSettings(
      inputsFromRecord({
        'github-token': 't',
        ledger: 'file',
        'ledger-path': ' ledger.jsonl ',
        'retry-fingerprints': 'a1b2, c3d4\nall'
      }),
      noop
    )
    expect(given).toMatchObject({
      ledger: 'file',
      ledgerPath: 'ledger.jsonl',
      retryFingerprints: ['a1b2', 'c3d4', 'all']
    })
    const defaults = readAutofixSettings(inputsFromRecord({'github-token': 't'}), noop)
    expect(defaults).toMatchObject({
      ledger: 'issue',
      ledgerPath: '',
      ledgerIssueTitle: 'ci-medic failure ledger',
      retryFingerprints: []
    })
    expect(() =>
      readAutofixSettings(inputsFromRecord({'github-token': 't', ledger: 'sqlite'}), noop)
    ).toThrow(/ledger.*must be one of issue, artifact, file, none/)
  })
})
