// classify on a failed run, in-process against the fake GitHub, compared with
// the last green run of its workflow on its branch: the tool versions both
// job logs state are diffed, the summary lists what changed, and a failure
// that names a package whose version moved is a contract_violation that a
// human is told about (never autofix). The repository's commits between the
// two runs are compared too (one request to the compare API): pure drift only
// when nothing but documentation changed. GitHub refusing either comparison is
// one warning, and classify goes on.
import {readFile} from 'node:fs/promises'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'

let fake: FakeGitHub
/** The green run's commit, and the failed run's: one commit on top changing `changes` (README.md by default). */
let greenSha: string
beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      'README.md': '# octo-repo\n',
      'requirements.txt': 'pydantic>=1.10\npytest==8.0.0\n',
      'octo_models/user.py': 'class User: ...\n',
      'tests/test_models.py': 'def test_dump(): ...\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml': 'name: autofix\non:\n  workflow_dispatch:\n'
    }
  })
  greenSha = fake.git.branchSha('main')!
})
afterEach(async () => {
  await fake.close()
  await cleanupInProcessRuns()
})

const install = (pydantic: string) =>
  [
    'Collecting pytest==8.0.0',
    `Collecting pydantic>=1.10`,
    `  Downloading pydantic-${pydantic}-py3-none-any.whl (409 kB)`,
    `Successfully installed annotated-types-0.6.0 pydantic-${pydantic} pytest-8.0.0`
  ].join('\n')

const setup = ['Found in cache @ /opt/hostedtoolcache/Python/3.12.1/x64'].join('\n')

// A test failure (not a missing import: the rules call that a contract break on their own) that names the package.
const PYTEST_FAILURE = [
  '============================= test session starts ==============================',
  'platform linux -- Python 3.12.1, pytest-8.0.0, pluggy-1.4.0',
  'rootdir: /home/runner/work/octo-repo/octo-repo',
  'collected 3 items',
  '',
  'tests/test_models.py ..F                                                 [100%]',
  '',
  '=================================== FAILURES ===================================',
  '__________________________________ test_dump ___________________________________',
  '',
  '    def test_dump():',
  '>       assert User(name="a").dict() == {"name": "a"}',
  'E       pydantic.warnings.PydanticDeprecatedSince20: The `dict` method is deprecated; use `model_dump` instead.',
  '',
  'tests/test_models.py:9: PydanticDeprecatedSince20',
  '=========================== short test summary info ============================',
  'FAILED tests/test_models.py::test_dump - pydantic.warnings.PydanticDeprecatedSince20: The `dict` method is deprecated; use `model_dump` instead.',
  '========================= 1 failed, 2 passed in 0.15s =========================='
].join('\n')

function greenRun() {
  return fake.addWorkflowRun({
    workflow: 'ci.yml',
    head_sha: greenSha,
    run_number: 41,
    jobs: [
      {
        name: 'test',
        conclusion: 'success',
        log: jobLog([
          {run: 'actions/setup-python@v5', output: setup},
          {run: 'pip install -r requirements.txt', output: install('1.10.14')},
          {run: 'pytest', output: '1 passed in 0.10s'}
        ])
      }
    ]
  })
}

/** A commit on main after the green one, changing these files. */
function commit(changes: Record<string, string> = {'README.md': '# octo-repo, documented\n'}) {
  return fake.git.commitFiles('main', changes, 'a change')
}

function failingRun(sha = commit()) {
  return fake.addWorkflowRun({
    workflow: 'ci.yml',
    head_sha: sha,
    run_number: 42,
    jobs: [
      {
        name: 'test',
        conclusion: 'failure',
        log: jobLog([
          {run: 'actions/setup-python@v5', output: setup},
          {run: 'pip install -r requirements.txt', output: install('2.6.0')},
          {run: 'pytest', output: PYTEST_FAILURE, exitCode: 2}
        ])
      }
    ]
  })
}

async function classify(run: {id: number}) {
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

interface Report {
  drift: {green: {id: number}; drift: {changed: {name: string}[]}; code?: Record<string, unknown>}
}

async function reportOf(result: Awaited<ReturnType<typeof classify>>): Promise<Report> {
  return JSON.parse(await readFile(result.io.outputs['report-path'] ?? '', 'utf8')) as Report
}

const greenReads = (greenId: number) => [
  ...fake.requestsTo('GET', /\/actions\/workflows\/[^/]+\/runs/),
  ...fake.requestsTo('GET', new RegExp(`/actions/runs/${greenId}/jobs`)),
  ...fake.requestsTo('GET', /\/actions\/jobs\/\d+\/logs$/)
]

describe('classify compared with the last green run', () => {
  it('lists the changed versions and alerts on a failure naming one', async () => {
    const green = greenRun()
    const failed = failingRun()
    const result = await classify(failed)

    const summary = result.io.summary
    expect(summary).toContain(
      `### Changed since the last green run ([#41](${fake.url}/${OWNER}/${REPO}/actions/runs/${green.id}), \`${greenSha.slice(0, 7)}\`; job \`test\`)`
    )
    expect(summary).toMatch(/\| pydantic \| package \| 1\.10\.14 \| 2\.6\.0 \|/)
    // What did not change is not listed.
    expect(summary).not.toMatch(/\| pytest \|/)
    expect(summary).not.toMatch(/\| python \|/)

    expect(result.io.outputs.category).toBe('contract_violation')
    expect(summary).toMatch(/pydantic 1\.10\.14 → 2\.6\.0/)
    expect(result.io.outputs['next-action']).toBe('alert')
    expect(fake.state.dispatches).toHaveLength(0)
    // The alert issue tells the human what changed.
    const issue = fake.state.issues.find(i => i.title.startsWith('ci-medic: contract_violation'))
    expect(issue?.body).toMatch(/\| pydantic \| package \| 1\.10\.14 \| 2\.6\.0 \|/)

    // The report JSON carries the drift too.
    const report = await reportOf(result)
    expect(report.drift.green.id).toBe(green.id)
    expect(report.drift.drift.changed.map(c => c.name)).toEqual(['pydantic'])

    // Within budget: one runs list, one jobs list and one log of the green run (plus the failed
    // job's log), and one comparison of the two commits.
    expect(fake.requestsTo('GET', /\/actions\/workflows\/[^/]+\/runs/)).toHaveLength(1)
    expect(fake.requestsTo('GET', new RegExp(`/actions/runs/${green.id}/jobs`))).toHaveLength(1)
    expect(fake.requestsTo('GET', /\/actions\/jobs\/\d+\/logs$/)).toHaveLength(2)
    expect(fake.requestsTo('GET', /\/compare\//)).toHaveLength(1)
  })

  it('calls it pure drift when only documentation changed between the two commits', async () => {
    greenRun()
    const result = await classify(failingRun())
    expect(result.io.outputs.category).toBe('contract_violation')
    expect(result.io.outputs.confidence).toBe('0.70')
    const summary = result.io.summary
    expect(summary).toMatch(/Pure drift: only documentation changed in the repository/)
    expect(summary).toMatch(
      /\*\*The repository between the two runs\*\*: only documentation changed .*\*\*Pure drift\*\*/
    )
    const report = await reportOf(result)
    expect(report.drift.code).toMatchObject({pure: true, files: 1, docs: 1, commits: 1})
  })

  it('says the code also changed, and lowers the confidence', async () => {
    greenRun()
    const result = await classify(
      failingRun(commit({'octo_models/user.py': 'class User:\n  x = 1\n'}))
    )
    expect(result.io.outputs.category).toBe('contract_violation')
    expect(result.io.outputs.confidence).toBe('0.50')
    expect(result.io.outputs['next-action']).toBe('alert')
    const said = /code also changed: 1 file\(s\) in 1 commit\(s\), including octo_models\/user\.py/
    expect(result.io.summary).toMatch(said)
    expect(result.io.summary).not.toMatch(/Pure drift/)
    const issue = fake.state.issues.find(i => i.title.startsWith('ci-medic: contract_violation'))
    expect(issue?.body).toMatch(said)
    const report = await reportOf(result)
    expect(report.drift.code).toMatchObject({pure: false, code: ['octo_models/user.py']})
  })

  it('keeps a confident verdict when the repository changed its own requirements', async () => {
    greenRun()
    const sha = commit({'requirements.txt': 'pydantic>=2\npytest==8.0.0\n'})
    const result = await classify(failingRun(sha))
    expect(result.io.outputs.category).toBe('test_fail')
    expect(result.io.summary).toMatch(
      /code also changed: 1 file\(s\) in 1 commit\(s\), including requirements\.txt \(a dependency or toolchain file\)/
    )
  })

  it.each([
    [403, 'Resource not accessible by integration', /contents: read/],
    [404, 'Not Found', /404: a commit is gone/],
    [410, 'Gone', /410/]
  ])(
    'goes on with one warning when GitHub answers %i to the commit comparison',
    async (status, message, cause) => {
      greenRun()
      const failed = failingRun()
      fake.fault('GET', /\/compare\//, {status, body: {message}})
      const result = await classify(failed)
      const about = result.io.lines
        .filter(l => l.level === 'warning' && l.message.includes('could not be compared'))
        .map(l => l.message)
      expect(about).toHaveLength(1)
      expect(about[0]).toMatch(cause)
      expect(about[0]).toMatch(/the changed versions are reported without it/)
      // The drift verdict stands, at the confidence of an uncompared drift.
      expect(result.io.outputs.category).toBe('contract_violation')
      expect(result.io.outputs.confidence).toBe('0.60')
      expect(result.io.summary).toMatch(/\*\*The repository between the two runs\*\*: not compared/)
      expect(fake.requestsTo('GET', /\/compare\//)).toHaveLength(1)
    }
  )

  it('keeps the rules verdict when nothing the failure names changed', async () => {
    greenRun()
    const failed = fake.addWorkflowRun({
      workflow: 'ci.yml',
      head_sha: commit(),
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          log: jobLog([
            {run: 'pip install -r requirements.txt', output: install('2.6.0')},
            {
              run: 'pytest',
              output: PYTEST_FAILURE.replace(/pydantic\.warnings/g, 'octo_models.warnings'),
              exitCode: 2
            }
          ])
        }
      ]
    })
    const result = await classify(failed)
    expect(result.io.summary).toMatch(/\| pydantic \| package \| 1\.10\.14 \| 2\.6\.0 \|/)
    expect(result.io.outputs.category).not.toBe('contract_violation')
  })

  it('goes on with one warning when GitHub refuses the comparison (403)', async () => {
    const green = greenRun()
    const failed = failingRun()
    fake.fault('GET', /\/actions\/workflows\/[^/]+\/runs/, {
      status: 403,
      body: {message: 'Resource not accessible by integration'}
    })
    const result = await classify(failed)
    const warnings = result.io.lines.filter(l => l.level === 'warning').map(l => l.message)
    const about = warnings.filter(w => w.includes('last green run'))
    expect(about).toHaveLength(1)
    expect(about[0]).toMatch(/403/)
    expect(about[0]).toMatch(/actions: read/)
    expect(about[0]).toMatch(/classify goes on without it/)
    expect(result.io.summary).not.toContain('Changed since the last green run')
    expect(result.io.outputs.category).not.toBe('contract_violation')
    expect(greenReads(green.id).filter(r => r.path.includes(`/runs/${green.id}/`))).toHaveLength(0)
  })

  it('goes on with one warning when the green run’s log has expired (410)', async () => {
    const green = greenRun()
    const failed = failingRun()
    const greenJob = green.jobs[0]!.id
    fake.fault('GET', new RegExp(`/actions/jobs/${greenJob}/logs$`), {
      status: 410,
      body: {message: 'Gone'}
    })
    const result = await classify(failed)
    const about = result.io.lines
      .filter(l => l.level === 'warning' && l.message.includes('last green run'))
      .map(l => l.message)
    expect(about).toEqual([expect.stringMatching(/logs have expired on GitHub \(410\)/)])
    expect(result.io.summary).not.toContain('Changed since the last green run')
    expect(result.io.outputs.category).not.toBe('contract_violation')
  })

  it('compares with the green run before the failed one, not a later one', async () => {
    greenRun()
    const failed = failingRun()
    fake.addWorkflowRun({
      workflow: 'ci.yml',
      head_sha: commit({'README.md': '# later\n'}),
      run_number: 43,
      jobs: [
        {
          name: 'test',
          conclusion: 'success',
          log: jobLog([{run: 'pip install -r requirements.txt', output: install('2.6.0')}])
        }
      ]
    })
    const result = await classify(failed)
    expect(result.io.summary).toContain('### Changed since the last green run ([#41]')
    expect(result.io.outputs.category).toBe('contract_violation')
  })

  it('names the 404, not run-id, when the green job’s log is gone', async () => {
    const green = greenRun()
    const failed = failingRun()
    fake.fault('GET', new RegExp(`/actions/jobs/${green.jobs[0]!.id}/logs$`), {
      status: 404,
      body: {message: 'Not Found'}
    })
    const result = await classify(failed)
    const about = result.io.lines
      .filter(l => l.level === 'warning' && l.message.includes('last green run'))
      .map(l => l.message)
    expect(about).toEqual([expect.stringMatching(/GitHub answered 404/)])
    expect(about[0]).not.toContain('run-id')
  })
})
