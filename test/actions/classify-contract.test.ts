// classify in-process against the fake GitHub, on a contract break the rules
// recognise on their own (no green run to compare with): autofix is
// dispatched when the traceback names the repository's own module, and a
// human is alerted, with the reason, when only installed packages are named.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const ROOT = `/home/runner/work/${REPO}/${REPO}`
const SITE = '/opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/site-packages'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      'app/models.py': 'from pydantic import validator_v1\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml': 'name: autofix\non:\n  workflow_dispatch:\n'
    }
  })
})
afterEach(async () => {
  await fake.close()
  await cleanupInProcessRuns()
})

async function classifyFailure(traceback: string[]) {
  const run = fake.addWorkflowRun({
    workflow: 'ci.yml',
    head_sha: fake.git.branchSha('main'),
    jobs: [
      {
        name: 'test',
        conclusion: 'failure',
        log: jobLog([{run: 'python -m app', output: traceback.join('\n'), exitCode: 1}])
      }
    ]
  })
  const result = await classifyInProcess({
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'workflow_run',
    event: workflowRunEvent({owner: OWNER, repo: REPO, runId: run.id}),
    inputs: {'github-token': 'ghs_classifytoken', 'dispatch-autofix': 'ci-medic-autofix.yml'}
  })
  expect(result.error, everythingSaid(result)).toBeUndefined()
  return result
}

describe('classify on a contract break the rules recognise', () => {
  it('dispatches autofix when the repository’s own module is named', async () => {
    const result = await classifyFailure([
      'Traceback (most recent call last):',
      `  File "${ROOT}/app/models.py", line 1, in <module>`,
      '    from pydantic import validator_v1',
      `ImportError: cannot import name 'validator_v1' from 'pydantic' (${SITE}/pydantic/__init__.py)`
    ])
    expect(result.io.outputs.category).toBe('contract_violation')
    expect(result.io.outputs['next-action']).toBe('autofix')
    expect(fake.state.dispatches).toHaveLength(1)
    expect(result.io.summary).toMatch(/the repository's app\/models\.py can be adapted to it/)
  })

  it('alerts, saying why, when only installed packages are named', async () => {
    const result = await classifyFailure([
      'Traceback (most recent call last):',
      `  File "${SITE}/flask_sqlalchemy/__init__.py", line 14, in <module>`,
      '    from sqlalchemy.orm.exc import UnmappedClassError',
      `ImportError: cannot import name 'UnmappedClassError' from 'sqlalchemy.orm.exc' (${SITE}/sqlalchemy/orm/exc.py)`
    ])
    expect(result.io.outputs.category).toBe('contract_violation')
    expect(result.io.outputs['next-action']).toBe('alert')
    expect(fake.state.dispatches).toHaveLength(0)
    const issue = fake.state.issues.find(i => i.title.startsWith('ci-medic: contract_violation'))
    expect(issue?.body).toMatch(/names no file of the repository to adapt/)
  })
})

describe('classify on a JVM contract break (frames name bare files)', () => {
  const TRACE = [
    '> Task :test',
    '',
    'com.acme.billing.InvoiceTest > totalsLines() FAILED',
    "    java.lang.NoSuchMethodError: 'com.google.common.collect.ImmutableList com.google.common.collect.ImmutableList.toImmutableList()'",
    '        at com.acme.billing.Invoice.lines(Invoice.java:42)',
    '        at com.acme.billing.InvoiceTest.totalsLines(InvoiceTest.java:17)',
    '        at org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)',
    '',
    '1 test completed, 1 failed',
    '> Task :test FAILED'
  ]
  const treeRequests = () => fake.requests.filter(r => r.path.includes('/git/trees/'))

  it('finds the frames in the repository tree and dispatches autofix', async () => {
    fake.git.commitFiles(
      'main',
      {
        'src/main/java/com/acme/billing/Invoice.java': 'package com.acme.billing;\n',
        'src/test/java/com/acme/billing/InvoiceTest.java': 'package com.acme.billing;\n'
      },
      'billing'
    )
    const result = await classifyFailure(TRACE)
    expect(result.io.outputs.category).toBe('contract_violation')
    expect(result.io.outputs['next-action']).toBe('autofix')
    expect(fake.state.dispatches).toHaveLength(1)
    expect(result.io.summary).toMatch(
      /the repository's src\/main\/java\/com\/acme\/billing\/Invoice\.java, src\/test\/java\/com\/acme\/billing\/InvoiceTest\.java can be adapted/
    )
    expect(treeRequests()).toHaveLength(1)
  })

  it('alerts when the frames are not the repository’s files', async () => {
    const result = await classifyFailure(TRACE)
    expect(result.io.outputs['next-action']).toBe('alert')
    expect(everythingSaid(result)).toMatch(/none is a file of the repository at/)
    expect(treeRequests()).toHaveLength(1)
  })

  it('alerts with one warning when the tree cannot be read', async () => {
    fake.setPermissions({contents: 'none'})
    const result = await classifyFailure(TRACE)
    expect(result.io.outputs['next-action']).toBe('alert')
    const warnings = result.io.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings.filter(w => w.includes("repository's tree could not be read"))).toEqual([
      expect.stringMatching(/contents: read/)
    ])
    expect(fake.state.dispatches).toHaveLength(0)
  })
})
