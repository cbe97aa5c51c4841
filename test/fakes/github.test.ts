import {execFile} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {gzipSync} from 'node:zlib'
import {getOctokit} from '@actions/github'
import {retry} from '@octokit/plugin-retry'
import {afterAll, describe, expect, it} from 'vitest'
import {readZip, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions} from './github/index.js'

const execFileAsync = promisify(execFile)
const TOKEN = 'ghs_faketoken123'

// Every test starts its own fake and directories, so the tests of each group
// run side by side (describe.concurrent): much of a test is waiting on git
// processes and HTTP round trips. What they started is removed when the file ends.
const fakes: FakeGitHub[] = []
const dirs: string[] = []

afterAll(async () => {
  await Promise.all(fakes.splice(0).map(f => f.close()))
  await Promise.all(dirs.splice(0).map(d => rm(d, {recursive: true, force: true})))
})

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options)
  fakes.push(fake)
  return fake
}

function octokitFor(fake: FakeGitHub, token = TOKEN): ReturnType<typeof getOctokit> {
  return getOctokit(token, {baseUrl: fake.url})
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-gh-test-'))
  dirs.push(dir)
  return dir
}

async function git(args: string[], cwd?: string): Promise<string> {
  const {stdout} = await execFileAsync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
  })
  return stdout
}

function basic(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
}

/** Clones the fake's remote, commits a file on a new branch and pushes it. */
async function pushBranch(fake: FakeGitHub, branch: string, token = TOKEN): Promise<string> {
  const work = join(await tempDir(), 'work')
  await git(['clone', '-q', fake.gitUrl, work])
  await git(['checkout', '-q', '-b', branch], work)
  await writeFile(join(work, 'fix.txt'), `fixed on ${branch}\n`)
  await git(['add', 'fix.txt'], work)
  await git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', `Fix on ${branch}`], work)
  await git(
    ['-c', `http.extraheader=${basic(token)}`, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`],
    work
  )
  return work
}

async function statusOf(
  promise: Promise<unknown>
): Promise<{status: number; data: unknown; headers: Record<string, unknown>; message: string}> {
  try {
    await promise
  } catch (error) {
    const e = error as {
      status: number
      response: {data: unknown; headers: Record<string, unknown>}
      message: string
    }
    return {
      status: e.status,
      data: e.response.data,
      headers: e.response.headers,
      message: e.message
    }
  }
  throw new Error('expected the request to fail')
}

describe.concurrent('fake GitHub: basics', () => {
  it('serves the repository, records the token, and answers GitHub-shaped 401 and 404', async () => {
    const fake = await start({owner: 'octo', repo: 'app'})
    const octokit = octokitFor(fake)
    const {data, headers} = await octokit.rest.repos.get({owner: 'octo', repo: 'app'})
    expect(data.default_branch).toBe('main')
    expect(data.full_name).toBe('octo/app')
    expect(data.owner.login).toBe('octo')
    expect(headers['x-ratelimit-limit']).toBe('5000')
    expect(headers['x-ratelimit-resource']).toBe('core')
    expect(Number(headers['x-ratelimit-remaining'])).toBe(
      5000 - Number(headers['x-ratelimit-used'])
    )
    expect(fake.state.tokens).toEqual([TOKEN])

    const bearer = await fetch(`${fake.url}/repos/octo/app`, {
      headers: {authorization: 'Bearer other'}
    })
    expect(bearer.status).toBe(200)
    expect(fake.state.tokens.at(-1)).toBe('other')

    const anonymous = await fetch(`${fake.url}/repos/octo/app`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })

    const unknown = await fetch(`${fake.url}/repos/octo/app/nope`, {
      headers: {authorization: `token ${TOKEN}`}
    })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    })
    const otherRepo = await statusOf(octokit.rest.repos.get({owner: 'octo', repo: 'other'}))
    expect(otherRepo.status).toBe(404)
  })

  it('rejects other tokens when one is configured', async () => {
    const fake = await start({token: TOKEN})
    const wrong = await statusOf(
      octokitFor(fake, 'ghs_wrong').rest.repos.get({owner: fake.owner, repo: fake.repo})
    )
    expect(wrong.status).toBe(401)
    expect((wrong.data as {message: string}).message).toBe('Bad credentials')
    const right = await octokitFor(fake).rest.repos.get({owner: fake.owner, repo: fake.repo})
    expect(right.status).toBe(200)
  })

  it('reads contents from the bare repository', async () => {
    const fake = await start({
      files: {'README.md': '# hello\n', 'src/a.ts': 'export const a = 1\n'}
    })
    const octokit = octokitFor(fake)
    const file = await octokit.rest.repos.getContent({
      owner: fake.owner,
      repo: fake.repo,
      path: 'src/a.ts'
    })
    const data = file.data as {
      type: string
      content: string
      encoding: string
      path: string
      sha: string
    }
    expect(data.type).toBe('file')
    expect(data.encoding).toBe('base64')
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe('export const a = 1\n')
    expect(data.sha).toBe(fake.git.run(['rev-parse', 'main:src/a.ts']).trim())
    const dir = await octokit.rest.repos.getContent({owner: fake.owner, repo: fake.repo, path: ''})
    expect((dir.data as {name: string; type: string}[]).map(e => [e.name, e.type])).toEqual([
      ['README.md', 'file'],
      ['src', 'dir']
    ])
    const raw = await fetch((file.data as {download_url: string}).download_url)
    expect(await raw.text()).toBe('export const a = 1\n')
    const missing = await statusOf(
      octokit.rest.repos.getContent({owner: fake.owner, repo: fake.repo, path: 'nope.md'})
    )
    expect(missing.status).toBe(404)
  })
})

describe('fake GitHub: git trees', () => {
  it('lists a tree by branch or commit, recursively, with GitHub’s truncation flag', async () => {
    const fake = await start({
      files: {'README.md': '# hello\n', 'src/main/java/com/acme/App.java': 'class App {}\n'}
    })
    const octokit = octokitFor(fake)
    const repo = {owner: fake.owner, repo: fake.repo}
    const top = await octokit.rest.git.getTree({...repo, tree_sha: 'main'})
    expect(top.data.tree.map(e => [e.path, e.type])).toEqual([
      ['README.md', 'blob'],
      ['src', 'tree']
    ])
    expect(top.data.sha).toBe(fake.git.run(['rev-parse', 'main^{tree}']).trim())
    const sha = fake.git.branchSha('main')!
    const all = await octokit.rest.git.getTree({...repo, tree_sha: sha, recursive: 'true'})
    expect(all.data.truncated).toBe(false)
    expect(all.data.tree.filter(e => e.type === 'blob').map(e => e.path)).toEqual([
      'README.md',
      'src/main/java/com/acme/App.java'
    ])
    expect(all.data.tree.find(e => e.path === 'README.md')?.size).toBe(8)
    fake.state.treeEntryCap = 2
    const cut = await octokit.rest.git.getTree({...repo, tree_sha: sha, recursive: '1'})
    expect(cut.data.tree).toHaveLength(2)
    expect(cut.data.truncated).toBe(true)
    expect((await statusOf(octokit.rest.git.getTree({...repo, tree_sha: 'nope'}))).status).toBe(404)
  })
})

describe.concurrent('fake GitHub: pagination', () => {
  it('lets octokit.paginate walk every page of issues via the Link header', async () => {
    const fake = await start()
    for (let i = 1; i <= 75; i++) fake.addIssue({title: `Issue ${i}`})
    const octokit = octokitFor(fake)
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: fake.owner,
      repo: fake.repo,
      per_page: 20
    })
    expect(issues).toHaveLength(75)
    expect(new Set(issues.map(i => i.number)).size).toBe(75)
    expect(issues[0]?.number).toBe(75) // newest first, as GitHub sorts by default
    expect(fake.requestsTo('GET', '/repos/:owner/:repo/issues')).toHaveLength(4)

    const page2 = await fetch(`${fake.url}/repos/${fake.fullName}/issues?per_page=20&page=2`, {
      headers: {authorization: `token ${TOKEN}`}
    })
    const link = page2.headers.get('link') ?? ''
    for (const [page, rel] of [
      [1, 'prev'],
      [3, 'next'],
      [4, 'last'],
      [1, 'first']
    ] as const) {
      expect(link).toContain(
        `<${fake.url}/repos/${fake.fullName}/issues?per_page=20&page=${page}>; rel="${rel}"`
      )
    }
  })

  it('paginates jobs inside the {total_count, jobs} envelope', async () => {
    const fake = await start()
    const run = fake.addWorkflowRun({
      jobs: Array.from({length: 45}, (_, i) => ({name: `shard ${i}`}))
    })
    const octokit = octokitFor(fake)
    const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id,
      per_page: 10
    })
    expect(jobs.map(j => j.name)).toEqual(run.jobs.map(j => j.name))
    expect(fake.requestsTo('GET', '/repos/:owner/:repo/actions/runs/:run_id/jobs')).toHaveLength(5)
  })

  it('caps per_page at 100', async () => {
    const fake = await start()
    for (let i = 0; i < 120; i++) fake.addIssue({title: `t${i}`})
    const {data} = await octokitFor(fake).rest.issues.listForRepo({
      owner: fake.owner,
      repo: fake.repo,
      per_page: 500
    })
    expect(data).toHaveLength(100)
  })
})

describe.concurrent('fake GitHub: Actions', () => {
  it('redirects job-log downloads and octokit follows the 302 to the text', async () => {
    const fake = await start()
    const run = fake.addWorkflowRun({
      workflow: 'ci.yml',
      jobs: [
        {name: 'build', conclusion: 'success', log: 'build ok\n'},
        {name: 'test', conclusion: 'failure', log: '##[error]expected 1 to be 2\n'}
      ]
    })
    expect(run.conclusion).toBe('failure')
    const failing = run.jobs.find(j => j.name === 'test')
    if (!failing) throw new Error('no job')
    const octokit = octokitFor(fake)
    const logs = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      job_id: failing.id
    })
    expect(logs.data).toBe('##[error]expected 1 to be 2\n')

    const raw = await fetch(`${fake.url}/repos/${fake.fullName}/actions/jobs/${failing.id}/logs`, {
      headers: {authorization: `token ${TOKEN}`},
      redirect: 'manual'
    })
    expect(raw.status).toBe(302)
    const location = raw.headers.get('location') ?? ''
    expect(location.startsWith(`${fake.url}/_downloads/`)).toBe(true)
    const download = await fetch(location) // no auth, like the real signed blob URL
    expect(await download.text()).toBe('##[error]expected 1 to be 2\n')
  })

  it('lists runs with filters, by workflow file name, with jobs and steps', async () => {
    const fake = await start()
    fake.addWorkflowRun({
      workflow: 'ci.yml',
      head_branch: 'main',
      jobs: [{name: 'test', conclusion: 'failure'}]
    })
    const fix = fake.addWorkflowRun({
      workflow: 'autofix.yml',
      head_branch: 'main',
      event: 'workflow_run'
    })
    fake.addWorkflowRun({workflow: 'autofix.yml', head_branch: 'other', status: 'in_progress'})
    const octokit = octokitFor(fake)
    const {data} = await octokit.rest.actions.listWorkflowRuns({
      owner: fake.owner,
      repo: fake.repo,
      workflow_id: 'autofix.yml',
      branch: 'main'
    })
    expect(data.total_count).toBe(1)
    expect(data.workflow_runs[0]?.id).toBe(fix.id)
    expect(data.workflow_runs[0]?.path).toBe('.github/workflows/autofix.yml')
    const failed = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: fake.owner,
      repo: fake.repo,
      status: 'failure'
    })
    expect(failed.data.workflow_runs.map(r => r.name)).toEqual(['.github/workflows/ci.yml'])
    const running = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: fake.owner,
      repo: fake.repo,
      status: 'in_progress'
    })
    expect(running.data.workflow_runs.map(r => r.head_branch)).toEqual(['other'])
    const missing = await statusOf(
      octokit.rest.actions.listWorkflowRuns({
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'nope.yml'
      })
    )
    expect(missing.status).toBe(404)

    const ci = fake.state.runs[0]
    if (!ci) throw new Error('no run')
    const job = await octokit.rest.actions.getJobForWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      job_id: ci.jobs[0]?.id ?? 0
    })
    expect(job.data.conclusion).toBe('failure')
    expect(job.data.steps?.map(s => s.conclusion)).toEqual(['success', 'failure', 'success'])
    expect(job.data.head_sha).toBe(fake.git.branchSha('main'))
  })

  it('re-runs failed jobs: a new attempt, recorded, with latest/all job filters', async () => {
    const fake = await start()
    const run = fake.addWorkflowRun({
      jobs: [
        {name: 'lint', conclusion: 'success'},
        {name: 'test', conclusion: 'failure'}
      ]
    })
    const octokit = octokitFor(fake)
    const answer = await octokit.rest.actions.reRunWorkflowFailedJobs({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(answer.status).toBe(201)
    expect(answer.data).toEqual({})
    expect(fake.state.reruns).toMatchObject([
      {run_id: run.id, kind: 'failed-jobs', run_attempt: 2, token: TOKEN}
    ])

    const current = await octokit.rest.actions.getWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(current.data.run_attempt).toBe(2)
    expect(current.data.status).toBe('queued')
    expect(current.data.previous_attempt_url).toContain(`/attempts/1`)
    const first = await octokit.rest.actions.getWorkflowRunAttempt({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id,
      attempt_number: 1
    })
    expect(first.data.conclusion).toBe('failure')

    const latest = await octokit.rest.actions.listJobsForWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(latest.data.jobs.map(j => [j.name, j.status, j.run_attempt])).toEqual([
      ['lint', 'completed', 2],
      ['test', 'queued', 2]
    ])
    const all = await octokit.rest.actions.listJobsForWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id,
      filter: 'all'
    })
    expect(all.data.total_count).toBe(4)

    // A run that is not completed cannot be re-run.
    const again = await statusOf(
      octokit.rest.actions.reRunWorkflowFailedJobs({
        owner: fake.owner,
        repo: fake.repo,
        run_id: run.id
      })
    )
    expect(again.status).toBe(403)
    fake.state.completeRun(run.id, 'success')
    const full = await octokit.rest.actions.reRunWorkflow({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(full.status).toBe(201)
    expect(fake.state.run(run.id)?.run_attempt).toBe(3)
  })

  it('requires actions: write to re-run', async () => {
    const fake = await start({permissions: {actions: 'read'}})
    const run = fake.addWorkflowRun({jobs: [{name: 'test', conclusion: 'failure'}]})
    const octokit = octokitFor(fake)
    const denied = await statusOf(
      octokit.rest.actions.reRunWorkflowFailedJobs({
        owner: fake.owner,
        repo: fake.repo,
        run_id: run.id
      })
    )
    expect(denied.status).toBe(403)
    expect(denied.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url:
        'https://docs.github.com/rest/actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run',
      status: '403'
    })
    expect(fake.state.reruns).toEqual([])
    expect(fake.state.run(run.id)?.run_attempt).toBe(1)
    // Reading still works with read access.
    const read = await octokit.rest.actions.getWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(read.status).toBe(200)
  })

  it('dispatches workflows: 204 by default, run details on request, inputs validated', async () => {
    const fake = await start({
      files: {
        '.github/workflows/autofix.yml':
          'name: Autofix\non:\n  workflow_dispatch:\n    inputs:\n      run_id: {}\n'
      }
    })
    const octokit = octokitFor(fake)
    const plain = await octokit.rest.actions.createWorkflowDispatch({
      owner: fake.owner,
      repo: fake.repo,
      workflow_id: 'autofix.yml',
      ref: 'main',
      inputs: {run_id: '42'}
    })
    expect(plain.status).toBe(204)
    expect(plain.data ?? '').toBe('')
    expect(fake.state.dispatches).toMatchObject([
      {workflow: 'autofix.yml', ref: 'main', inputs: {run_id: '42'}}
    ])

    const detailed = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'autofix.yml',
        ref: 'main',
        inputs: {run_id: '43'},
        return_run_details: true
      }
    )
    expect(detailed.status).toBe(200)
    const details = detailed.data as unknown as {
      workflow_run_id: number
      run_url: string
      html_url: string
    }
    expect(details.run_url).toBe(
      `${fake.url}/repos/${fake.fullName}/actions/runs/${details.workflow_run_id}`
    )
    expect(details.html_url).toBe(
      `${fake.url}/${fake.fullName}/actions/runs/${details.workflow_run_id}`
    )
    const run = await octokit.rest.actions.getWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: details.workflow_run_id
    })
    expect(run.data).toMatchObject({
      status: 'queued',
      event: 'workflow_dispatch',
      name: 'Autofix',
      head_branch: 'main'
    })

    const notString = await statusOf(
      octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'autofix.yml',
        ref: 'main',
        inputs: {run_id: 42 as unknown as string}
      })
    )
    expect(notString.status).toBe(422)
    const tooMany = await statusOf(
      octokit.rest.actions.createWorkflowDispatch({
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'autofix.yml',
        ref: 'main',
        inputs: Object.fromEntries(Array.from({length: 26}, (_, i) => [`k${i}`, 'v']))
      })
    )
    expect(tooMany.status).toBe(422)
    const noRef = await statusOf(
      octokit.rest.actions.createWorkflowDispatch({
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'autofix.yml',
        ref: 'nope'
      })
    )
    expect(noRef.status).toBe(422)
    expect((noRef.data as {message: string}).message).toBe('No ref found for: nope')
    expect(fake.state.dispatches).toHaveLength(2)
  })

  it('serves artifacts and their zip through a redirect', async () => {
    const fake = await start()
    const run = fake.addWorkflowRun()
    const artifact = fake.addArtifact(run.id, 'junit', {'report.xml': '<testsuites failures="1"/>'})
    fake.addArtifact(fake.addWorkflowRun().id, 'other', {'x.txt': 'x'})
    const octokit = octokitFor(fake)
    const list = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: fake.owner,
      repo: fake.repo,
      run_id: run.id
    })
    expect(list.data.total_count).toBe(1)
    expect(list.data.artifacts[0]).toMatchObject({
      id: artifact.id,
      name: 'junit',
      size_in_bytes: artifact.data.length
    })
    const zip = await octokit.rest.actions.downloadArtifact({
      owner: fake.owner,
      repo: fake.repo,
      artifact_id: artifact.id,
      archive_format: 'zip'
    })
    const files = readZip(Buffer.from(zip.data as ArrayBuffer))
    expect(files['report.xml']?.toString('utf8')).toBe('<testsuites failures="1"/>')
  })
})

describe.concurrent('fake GitHub: issues, comments and labels', () => {
  it('creates issues and comments as github-actions[bot] and auto-creates labels', async () => {
    const fake = await start()
    const octokit = octokitFor(fake)
    const issue = await octokit.rest.issues.create({
      owner: fake.owner,
      repo: fake.repo,
      title: 'CI broken',
      body: 'details'
    })
    expect(issue.status).toBe(201)
    expect(issue.data.user).toMatchObject({login: 'github-actions[bot]', id: 41898282, type: 'Bot'})
    const labels = await octokit.rest.issues.addLabels({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.data.number,
      labels: ['ci-medic', 'flaky']
    })
    expect(labels.data.map(l => l.name)).toEqual(['ci-medic', 'flaky'])
    expect(fake.state.labels.map(l => l.name)).toEqual(['ci-medic', 'flaky'])

    const comment = await octokit.rest.issues.createComment({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.data.number,
      body: 'a'.repeat(65536)
    })
    expect(comment.data.user?.login).toBe('github-actions[bot]')
    const updated = await octokit.rest.issues.updateComment({
      owner: fake.owner,
      repo: fake.repo,
      comment_id: comment.data.id,
      body: 'shorter'
    })
    expect(updated.data.body).toBe('shorter')
    expect(fake.state.comments.map(c => c.body)).toEqual(['shorter'])
    await octokit.rest.issues.deleteComment({
      owner: fake.owner,
      repo: fake.repo,
      comment_id: comment.data.id
    })
    expect(fake.state.comments).toEqual([])

    const filtered = await octokit.rest.issues.listForRepo({
      owner: fake.owner,
      repo: fake.repo,
      labels: 'flaky'
    })
    expect(filtered.data.map(i => i.number)).toEqual([issue.data.number])
    await octokit.rest.issues.update({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.data.number,
      state: 'closed'
    })
    const open = await octokit.rest.issues.listForRepo({owner: fake.owner, repo: fake.repo})
    expect(open.data).toEqual([])
    const closed = await octokit.rest.issues.listForRepo({
      owner: fake.owner,
      repo: fake.repo,
      state: 'closed'
    })
    expect(closed.data[0]).toMatchObject({state: 'closed', state_reason: 'completed'})
  })

  it('answers 422 Validation Failed for bodies over 65,536 characters', async () => {
    const fake = await start()
    const issue = fake.addIssue({title: 'x'})
    const octokit = octokitFor(fake)
    const tooLong = await statusOf(
      octokit.rest.issues.createComment({
        owner: fake.owner,
        repo: fake.repo,
        issue_number: issue.number,
        body: 'a'.repeat(65537)
      })
    )
    expect(tooLong.status).toBe(422)
    expect(tooLong.data).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    })
    expect(fake.state.comments).toEqual([])
    const issueBody = await statusOf(
      octokit.rest.issues.create({
        owner: fake.owner,
        repo: fake.repo,
        title: 't',
        body: 'b'.repeat(70000)
      })
    )
    expect(issueBody.status).toBe(422)
    expect((issueBody.data as {errors: {resource: string}[]}).errors[0]?.resource).toBe('Issue')
  })

  it('answers 403 Resource not accessible by integration without issues: write', async () => {
    const fake = await start({permissions: {issues: 'read'}})
    const issue = fake.addIssue({title: 'x'})
    const octokit = octokitFor(fake)
    const denied = await statusOf(
      octokit.rest.issues.createComment({
        owner: fake.owner,
        repo: fake.repo,
        issue_number: issue.number,
        body: 'hi'
      })
    )
    expect(denied.status).toBe(403)
    expect(denied.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403'
    })
    expect(fake.state.comments).toEqual([])
    const list = await octokit.rest.issues.listComments({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.number
    })
    expect(list.status).toBe(200)
    fake.setPermissions({issues: 'write'})
    const allowed = await octokit.rest.issues.createComment({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: issue.number,
      body: 'hi'
    })
    expect(allowed.status).toBe(201)
  })
})

describe.concurrent('fake GitHub: git remote and pull requests', () => {
  it('accepts a real clone and push over smart HTTP, then a PR for the pushed branch', async () => {
    const fake = await start()
    await pushBranch(fake, 'ci-medic/fix-1')
    expect(fake.git.branches()).toEqual(['ci-medic/fix-1', 'main'])
    expect(fake.git.readFile('ci-medic/fix-1', 'fix.txt')).toBe('fixed on ci-medic/fix-1\n')
    expect(fake.git.log('ci-medic/fix-1')[0]?.subject).toBe('Fix on ci-medic/fix-1')
    const pushes = fake.gitRequests.filter(r => r.service === 'git-receive-pack')
    expect(pushes.length).toBeGreaterThan(0)
    expect(pushes.every(r => r.user === 'x-access-token' && r.password === TOKEN)).toBe(true)

    const octokit = octokitFor(fake)
    const pr = await octokit.rest.pulls.create({
      owner: fake.owner,
      repo: fake.repo,
      title: 'Fix CI',
      head: 'ci-medic/fix-1',
      base: 'main',
      body: 'Automated fix',
      draft: true
    })
    expect(pr.status).toBe(201)
    expect(pr.data).toMatchObject({
      number: 1,
      draft: true,
      state: 'open',
      commits: 1,
      additions: 1,
      changed_files: 1,
      head: {
        ref: 'ci-medic/fix-1',
        sha: fake.git.branchSha('ci-medic/fix-1'),
        label: `${fake.owner}:ci-medic/fix-1`
      },
      base: {ref: 'main'}
    })
    expect(pr.data.user.login).toBe('github-actions[bot]')

    // PRs share the issue number sequence and take labels as issues.
    const issue = await octokit.rest.issues.create({
      owner: fake.owner,
      repo: fake.repo,
      title: 'next'
    })
    expect(issue.data.number).toBe(2)
    await octokit.rest.issues.addLabels({
      owner: fake.owner,
      repo: fake.repo,
      issue_number: pr.data.number,
      labels: ['autofix']
    })
    const listed = await octokit.rest.pulls.list({
      owner: fake.owner,
      repo: fake.repo,
      head: `${fake.owner}:ci-medic/fix-1`
    })
    expect(listed.data.map(p => [p.number, p.labels.map(l => l.name)])).toEqual([[1, ['autofix']]])
    const otherHead = await octokit.rest.pulls.list({
      owner: fake.owner,
      repo: fake.repo,
      head: `${fake.owner}:nope`
    })
    expect(otherHead.data).toEqual([])

    const duplicate = await statusOf(
      octokit.rest.pulls.create({
        owner: fake.owner,
        repo: fake.repo,
        title: 'Again',
        head: 'ci-medic/fix-1',
        base: 'main'
      })
    )
    expect(duplicate.status).toBe(422)
    const errors = (duplicate.data as {errors: {message: string}[]}).errors
    expect(errors[0]?.message).toBe(
      `A pull request already exists for ${fake.owner}:ci-medic/fix-1.`
    )

    const missingHead = await statusOf(
      octokit.rest.pulls.create({
        owner: fake.owner,
        repo: fake.repo,
        title: 'x',
        head: 'no-such-branch',
        base: 'main'
      })
    )
    expect(missingHead.status).toBe(422)
    expect((missingHead.data as {errors: unknown[]}).errors).toEqual([
      {resource: 'PullRequest', field: 'head', code: 'invalid'}
    ])

    const closed = await octokit.rest.pulls.update({
      owner: fake.owner,
      repo: fake.repo,
      pull_number: 1,
      state: 'closed',
      title: 'Fix CI (closed)'
    })
    expect(closed.data).toMatchObject({state: 'closed', title: 'Fix CI (closed)'})
    const reopened = await octokit.rest.pulls.create({
      owner: fake.owner,
      repo: fake.repo,
      title: 'Again',
      head: 'ci-medic/fix-1',
      base: 'main'
    })
    expect(reopened.data.number).toBe(3)
  })

  it('refuses pushes without credentials or without contents: write', async () => {
    const fake = await start({permissions: {contents: 'read'}})
    const work = join(await tempDir(), 'work')
    await git(['clone', '-q', fake.gitUrl, work]) // anonymous clone of a public repo works
    await git(['checkout', '-q', '-b', 'denied'], work)
    await git(['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'x'], work)
    await expect(git(['push', '-q', 'origin', 'HEAD:refs/heads/denied'], work)).rejects.toThrow()
    await expect(
      git(
        [
          '-c',
          `http.extraheader=${basic(TOKEN)}`,
          'push',
          '-q',
          'origin',
          'HEAD:refs/heads/denied'
        ],
        work
      )
    ).rejects.toThrow(/403|denied/)
    expect(fake.git.branches()).toEqual(['main'])
    fake.setPermissions({contents: 'write'})
    await git(
      ['-c', `http.extraheader=${basic(TOKEN)}`, 'push', '-q', 'origin', 'HEAD:refs/heads/denied'],
      work
    )
    expect(fake.git.branches()).toEqual(['denied', 'main'])
  })

  it('seeds the bare repository from an existing work tree with its branches', async () => {
    const dir = await tempDir()
    const seed = join(dir, 'seed')
    await git(['init', '-q', '-b', 'main', seed])
    await writeFile(join(seed, 'package.json'), '{"name":"seeded"}\n')
    await git(['add', '-A'], seed)
    await git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'seed'], seed)
    await git(['branch', 'feature'], seed)
    const fake = await start({seedFrom: seed})
    expect(fake.git.branches()).toEqual(['feature', 'main'])
    expect(fake.git.readFile('main', 'package.json')).toBe('{"name":"seeded"}\n')
    const clone = join(dir, 'clone')
    await git(['clone', '-q', '--branch', 'feature', fake.gitUrl, clone])
    expect((await git(['log', '-1', '--format=%s'], clone)).trim()).toBe('seed')
  })

  it('merges a pull request: merged, merged_at and closed through the REST shapes', async () => {
    const fake = await start()
    await pushBranch(fake, 'ci-medic/fix-2')
    const octokit = octokitFor(fake)
    const {owner, repo} = fake
    const pr = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Fix the crash',
      head: 'ci-medic/fix-2',
      base: 'main'
    })
    const mainBefore = fake.git.branchSha('main')
    const headSha = fake.git.branchSha('ci-medic/fix-2')
    const open = await octokit.rest.pulls.get({owner, repo, pull_number: pr.data.number})
    expect(open.data).toMatchObject({merged: false, merged_at: null, merge_commit_sha: null})

    const {pull, issue} = fake.mergePullRequest(pr.data.number, {
      mergedAt: '2024-05-06T07:08:09.123Z'
    })
    expect(pull).toMatchObject({merged: true, merged_at: '2024-05-06T07:08:09Z'})
    expect(issue).toMatchObject({state: 'closed', closed_at: '2024-05-06T07:08:09Z'})
    // Without fastForwardBase the bare repository is left alone.
    expect(fake.git.branchSha('main')).toBe(mainBefore)

    const merged = await octokit.rest.pulls.get({owner, repo, pull_number: pr.data.number})
    expect(merged.data).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2024-05-06T07:08:09Z',
      closed_at: '2024-05-06T07:08:09Z',
      updated_at: '2024-05-06T07:08:09Z',
      merge_commit_sha: headSha,
      mergeable: null,
      merged_by: {login: owner}
    })
    const closedList = await octokit.rest.pulls.list({owner, repo, state: 'closed'})
    expect(closedList.data.map(p => [p.number, p.state, p.merged_at, p.merge_commit_sha])).toEqual([
      [pr.data.number, 'closed', '2024-05-06T07:08:09Z', headSha]
    ])
    expect((await octokit.rest.pulls.list({owner, repo})).data).toEqual([])
    const asIssue = await octokit.rest.issues.get({owner, repo, issue_number: pr.data.number})
    expect(asIssue.data).toMatchObject({state: 'closed', closed_by: {login: owner}})
    expect(asIssue.data.pull_request?.merged_at).toBe('2024-05-06T07:08:09Z')

    expect(() => fake.mergePullRequest(pr.data.number)).toThrow(/already merged/)
    expect(() => fake.mergePullRequest(99)).toThrow(/no pull request #99/)

    // A closed, unmerged PR cannot be merged; an open one can move its base along.
    await pushBranch(fake, 'ci-medic/fix-3')
    const second = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Another fix',
      head: 'ci-medic/fix-3',
      base: 'main'
    })
    await octokit.rest.pulls.update({owner, repo, pull_number: second.data.number, state: 'closed'})
    expect(() => fake.mergePullRequest(second.data.number)).toThrow(/is closed/)
    await octokit.rest.pulls.update({owner, repo, pull_number: second.data.number, state: 'open'})
    const before = Date.now()
    const {pull: fastForwarded} = fake.mergePullRequest(second.data.number, {
      fastForwardBase: true,
      by: 'octocat'
    })
    expect(fake.git.branchSha('main')).toBe(fake.git.branchSha('ci-medic/fix-3'))
    expect(fastForwarded.merge_commit_sha).toBe(fake.git.branchSha('ci-medic/fix-3'))
    expect(fastForwarded.merged_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(Date.parse(fastForwarded.merged_at ?? '')).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000
    )
    const afterMerge = await octokit.rest.pulls.get({owner, repo, pull_number: second.data.number})
    expect(afterMerge.data).toMatchObject({merged: true, merged_by: {login: 'octocat'}})
  })
})

describe.concurrent('fake GitHub: git smart HTTP details', () => {
  it('accepts gzip-encoded requests to git-upload-pack (protocol v2 ls-refs)', async () => {
    const fake = await start()
    const pkt = (line: string): string => (line.length + 4).toString(16).padStart(4, '0') + line
    const request = pkt('command=ls-refs\n') + '0001' + pkt('ref-prefix refs/heads/\n') + '0000'
    const response = await fetch(`${fake.gitUrl}/git-upload-pack`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-git-upload-pack-request',
        accept: 'application/x-git-upload-pack-result',
        'content-encoding': 'gzip',
        'git-protocol': 'version=2'
      },
      body: gzipSync(Buffer.from(request))
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-git-upload-pack-result')
    expect(await response.text()).toContain(`${fake.git.branchSha('main')} refs/heads/main`)
  })

  it('seeds from a plain directory as one commit on main', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), 'A\n')
    const fake = await start({seedFrom: dir})
    expect(fake.git.branches()).toEqual(['main'])
    expect(fake.git.readFile('main', 'a.txt')).toBe('A\n')
    expect(fake.git.log('main').map(c => c.subject)).toEqual(['Initial commit'])
  })

  it('asks for credentials on every request with gitAuth: always', async () => {
    const fake = await start({gitAuth: 'always'})
    const anonymous = await fetch(`${fake.gitUrl}/info/refs?service=git-upload-pack`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="GitHub"')
    const work = join(await tempDir(), 'work')
    const url = fake.gitUrl.replace('http://', `http://x-access-token:${TOKEN}@`)
    await git(['clone', '-q', url, work])
    expect(fake.gitRequests.at(-1)).toMatchObject({
      user: 'x-access-token',
      password: TOKEN,
      status: 200
    })
  })
})

describe.concurrent('fake GitHub: faults and rate limits', () => {
  it('recovers from an injected 500 through @octokit/plugin-retry', async () => {
    const fake = await start()
    fake.fault('GET', '/repos/:owner/:repo/issues', {status: 500, body: {message: 'Server Error'}})
    const octokit = getOctokit(TOKEN, {baseUrl: fake.url, retry: {retryAfterBaseValue: 1}}, retry)
    const {data} = await octokit.rest.issues.listForRepo({owner: fake.owner, repo: fake.repo})
    expect(data).toEqual([])
    expect(fake.requestsTo('GET', '/repos/:owner/:repo/issues').map(r => r.status)).toEqual([
      500, 200
    ])
  })

  it('simulates a secondary rate limit with retry-after and the real message', async () => {
    const fake = await start()
    fake.secondaryRateLimit({retryAfterSeconds: 30})
    const octokit = octokitFor(fake)
    const limited = await statusOf(octokit.rest.repos.get({owner: fake.owner, repo: fake.repo}))
    expect(limited.status).toBe(403)
    expect(limited.headers['retry-after']).toBe('30')
    expect(limited.headers['x-ratelimit-limit']).toBe('5000')
    expect(limited.message).toMatch(/You have exceeded a secondary rate limit/)
    const next = await octokit.rest.repos.get({owner: fake.owner, repo: fake.repo})
    expect(next.status).toBe(200)
  })

  it('simulates a primary rate limit (429 with x-ratelimit-remaining: 0)', async () => {
    const fake = await start()
    fake.primaryRateLimit({status: 429, path: '/repos/:owner/:repo/pulls'})
    const octokit = octokitFor(fake)
    const limited = await statusOf(octokit.rest.pulls.list({owner: fake.owner, repo: fake.repo}))
    expect(limited.status).toBe(429)
    expect(limited.headers['x-ratelimit-remaining']).toBe('0')
    expect(Number(limited.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    const other = await octokit.rest.repos.get({owner: fake.owner, repo: fake.repo})
    expect(other.status).toBe(200)
  })
})
