// The review inputs both fixing actions share: reviewers, team-reviewers, request-codeowners.
import {describe, expect, it} from 'vitest'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'

const noop = (): void => undefined
const selfHeal = (inputs: Record<string, string>) =>
  readSelfHealSettings(
    inputsFromRecord({'sentry-token': 's', 'sentry-org': 'acme', 'github-token': 't', ...inputs}),
    noop
  )

describe('review inputs', () => {
  it('default to asking no one', () => {
    expect(selfHeal({}).review).toEqual({
      reviewers: [],
      teamReviewers: [],
      requestCodeowners: false
    })
  })

  it('take comma- or newline-separated logins and slugs, in both fixing actions', () => {
    const inputs = {
      reviewers: '@alice, bob\ncarol-c',
      'team-reviewers': 'octo-org/backend\n@octo-org/sre, web',
      'request-codeowners': 'true'
    }
    const expected = {
      reviewers: ['@alice', 'bob', 'carol-c'],
      teamReviewers: ['octo-org/backend', '@octo-org/sre', 'web'],
      requestCodeowners: true
    }
    expect(selfHeal(inputs).review).toEqual(expected)
    expect(
      readAutofixSettings(inputsFromRecord({'github-token': 't', ...inputs}), noop).review
    ).toEqual(expected)
  })

  it('refuse a name GitHub cannot have, in one message naming the input and an example', () => {
    expect(() => selfHeal({reviewers: 'alice, bob smith'})).toThrow(
      /Input 'reviewers'.*"bob smith" is not a GitHub login.*octocat, hubot/
    )
    expect(() => selfHeal({'team-reviewers': 'a/b/c'})).toThrow(
      /Input 'team-reviewers'.*"a\/b\/c" is not a team slug/
    )
  })
})
