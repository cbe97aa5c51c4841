// Input fields every action shares (the run id, the tokens, the model), apart from the
// fix loop's budgets and guards (shared-fields.ts): classify reads only these, and its
// start-up does not build the schemas of the fix loop's nineteen fields it never reads.
import {bool, invalid, schemaOf, secret, text, url, type InputField} from './fields.js'

/** A workflow run id: '' for "not given". */
export function runId(): InputField<number | undefined> {
  return {
    schema: schemaOf(v => {
      if (v === '') return undefined
      if (!/^\d{1,16}$/.test(v) || Number(v) <= 0)
        invalid('must be a workflow run id (a positive number)')
      return Number(v)
    }),
    example: '1234567890'
  }
}

/** The tracking issue that holds classify's failure ledger (autofix reads it for known flakes). */
export const ledgerIssueTitleField = text('CI failure ledger', 'ci-medic failure ledger')

export const githubFields = {
  'github-token': secret('${{ github.token }}')
}

export function modelFields(defaultModel: string): {
  'anthropic-api-key': InputField<string>
  'anthropic-base-url': InputField<string>
  model: InputField<string>
} {
  return {
    'anthropic-api-key': secret('${{ secrets.ANTHROPIC_API_KEY }}'),
    'anthropic-base-url': url('https://llm-gateway.example.com', ''),
    model: text(defaultModel, defaultModel)
  }
}

/** Days an uploaded artifact is kept: '' = the repository's setting (0 here), else 1–90. */
function retentionDays(): InputField<number> {
  return {
    schema: schemaOf(v => {
      if (v.trim() === '') return 0
      const days = Number(v)
      if (!/^\d{1,2}$/.test(v.trim()) || days < 1 || days > 90)
        invalid(
          "must be a whole number of days from 1 to 90, or empty for the repository's setting"
        )
      return days
    }),
    example: '14',
    default: ''
  }
}

/**
 * The run's own workflow artifact (report JSON, decision log, ledger files),
 * uploaded with the runtime token the runner gives JavaScript actions.
 */
export const artifactFields = {
  'upload-artifacts': bool(true),
  'artifact-retention-days': retentionDays()
}

/** What artifactFields read to. */
export interface ArtifactSettings {
  /** Upload the run's files as a workflow artifact (a notice, not a failure, when the runner gives no token). */
  uploadArtifacts: boolean
  /** 0 = the repository's retention setting. */
  artifactRetentionDays: number
}
