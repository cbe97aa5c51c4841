// Where the ledger lives (`ledger`, `ledger-path`, `ledger-issue-title`) and
// the human override of the "never a third time" rule (`retry-fingerprints`):
// the inputs classify, autofix and self-heal share, read one way everywhere.
import {ConfigurationError} from '../errors.js'
import {list, oneOf, text, type InputField} from './fields.js'
import {ledgerIssueTitleField} from './common-fields.js'

export const LEDGER_KINDS = ['issue', 'artifact', 'file', 'none'] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

export const ledgerFields = {
  ledger: oneOf(LEDGER_KINDS, 'issue'),
  'ledger-path': text('${{ runner.temp }}/ci-medic-ledger.jsonl', ''),
  'ledger-issue-title': ledgerIssueTitleField
}

/** Fingerprints a person wants attempted again after two failed fixes; `all` for every one. */
export const retryFingerprintsField: InputField<string[]> = list('a1b2c3d4e5f6, all', '')

export interface LedgerSettings {
  ledger: LedgerKind
  /** The JSON Lines file of `ledger: file` (relative to the workspace); '' otherwise. */
  ledgerPath: string
  ledgerIssueTitle: string
}

export function ledgerSettingsOf(v: {
  ledger: LedgerKind
  'ledger-path': string
  'ledger-issue-title': string
}): LedgerSettings {
  if (v.ledger === 'file' && !v['ledger-path'].trim()) {
    throw new ConfigurationError(
      "Input 'ledger' is file, but 'ledger-path' is empty: give the JSON Lines file to read and append. Example: ledger-path: ${{ runner.temp }}/ci-medic-ledger.jsonl"
    )
  }
  return {
    ledger: v.ledger,
    ledgerPath: v['ledger-path'].trim(),
    ledgerIssueTitle: v['ledger-issue-title']
  }
}
