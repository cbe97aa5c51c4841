// Input fields every action shares (the run id, the tokens, the model), apart from the
// fix loop's budgets and guards (shared-fields.ts): classify reads only these, and its
// start-up does not build the schemas of the fix loop's nineteen fields it never reads.
import {z} from 'zod'
import {secret, text, url, type InputField} from './fields.js'

/** A workflow run id: '' for "not given". */
export function runId(): InputField<number | undefined> {
  return {
    schema: z.string().transform((v, ctx) => {
      if (v === '') return undefined
      if (!/^\d{1,16}$/.test(v) || Number(v) <= 0) {
        ctx.addIssue({code: 'custom', message: 'must be a workflow run id (a positive number)'})
        return z.NEVER
      }
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
