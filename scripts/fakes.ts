// npm run fakes: starts the loopback GitHub, Anthropic and Sentry fakes and
// prints how to point a bundle at them, for trying ci-medic by hand.
// The Anthropic fake answers with a scripted model (it says so), not Claude.
import {startFakeAnthropic, textTurn} from '../test/fakes/anthropic/index.js'
import {startFakeGitHub} from '../test/fakes/github/index.js'
import {startFakeSentry} from '../test/fakes/sentry/index.js'

const github = await startFakeGitHub({owner: 'octo-org', repo: 'octo-repo'})
const anthropic = await startFakeAnthropic({
  script: () => textTurn('This is the scripted test model of `npm run fakes`, not Claude.'),
  models: 'any'
})
const sentry = await startFakeSentry({
  org: 'my-org',
  tokens: {'sentry-test-token': {kind: 'integration'}}
})

console.log(`fake GitHub     ${github.url}   (git remote ${github.gitUrl})
fake Anthropic  ${anthropic.url}   (scripted model; any API key 'test-key')
fake Sentry     ${sentry.url}   (org my-org, token sentry-test-token)

Try a bundle against them (env, because input variables keep their hyphens):
  env GITHUB_API_URL=${github.url} GITHUB_SERVER_URL=${github.serverUrl} GITHUB_REPOSITORY=${github.fullName} GITHUB_RUN_ID=1 \\
    'INPUT_GITHUB-TOKEN=test-token' 'INPUT_ANTHROPIC-BASE-URL=${anthropic.url}' \\
    node dist/classify/index.mjs

Ctrl-C stops them.`)

const stop = async (): Promise<void> => {
  await Promise.all([github.close(), anthropic.close(), sentry.close()])
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
