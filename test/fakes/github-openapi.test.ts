// Checks the fake GitHub's answers against GitHub's published OpenAPI
// description (api.github.com, from @octokit/openapi): every endpoint the fake
// serves is exercised and its body validated against the operation's schema.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {getOctokit} from '@actions/github'
import {Ajv, type ValidateFunction} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {setRepoRole, startFakeGitHub, type FakeGitHub} from './github/index.js'

const require = createRequire(import.meta.url)
const TOKEN = 'ghs_openapi'

interface Operation {
  responses: Record<string, {$ref?: string; content?: Record<string, {schema?: unknown}>}>
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, unknown>
    responses: Record<string, {content?: Record<string, {schema?: unknown}>}>
  }
}

// Read the large description once per file.
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
) as Spec

/**
 * OpenAPI 3.0 `nullable` without `type` (next to `$ref`, `allOf`, ...) is not
 * JSON Schema; rewrite it as `anyOf: [schema, {type: 'null'}]` once. And as
 * OpenAPI 3.0.3 says, `nullable: true` also admits null into an `enum`.
 */
function normalizeNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeNullable)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) out[key] = normalizeNullable(value)
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...(out.enum as unknown[]), null]
  }
  if ('nullable' in out && !('type' in out)) {
    const {nullable, ...rest} = out
    return nullable === true ? {anyOf: [rest, {type: 'null'}]} : rest
  }
  return out
}
spec.components.schemas = normalizeNullable(
  spec.components.schemas
) as Spec['components']['schemas']

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const ajv = new Ajv({strict: false, allErrors: true, validateFormats: true})
addFormats(ajv)
ajv.addSchema({$id: 'gh', components: {schemas: spec.components.schemas}})

const compiled = new Map<string, ValidateFunction | null>()
const covered = new Set<string>()

/** The JSON schema of an operation's answer, with `$ref`s pointing into the registered components. */
function responseSchema(method: string, template: string, status: number): unknown {
  const operation = spec.paths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`the OpenAPI description has no ${method} ${template}`)
  let response = operation.responses[String(status)]
  // Undocumented error statuses (e.g. a 404 for a missing run) use GitHub's basic-error.
  if (!response && status >= 400) return {$ref: 'gh#/components/schemas/basic-error'}
  if (!response) throw new Error(`${method} ${template} documents no ${status} answer`)
  if (response.$ref) {
    response = spec.components.responses[response.$ref.split('/').pop() ?? ''] ?? {}
  }
  const schema = response.content?.['application/json']?.schema
  // An error documented without a body (e.g. the 422 of a review request) still gets GitHub's basic-error.
  if (schema === undefined && status >= 400) return {$ref: 'gh#/components/schemas/basic-error'}
  if (schema === undefined) return null
  return normalizeNullable(
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"gh#/components/'))
  )
}

function validatorFor(method: string, template: string, status: number): ValidateFunction | null {
  const key = `${method} ${template} ${status}`
  if (!compiled.has(key)) {
    const schema = responseSchema(method, template, status)
    compiled.set(key, schema === null ? null : ajv.compile(schema as object))
  }
  return compiled.get(key) ?? null
}

/** Validates `body` as the answer `status` of `method template`; returns ajv's error text or ''. */
function problems(method: string, template: string, status: number, body: unknown): string {
  const validate = validatorFor(method, template, status)
  if (validate === null) {
    return body === undefined || body === '' || body === null
      ? ''
      : `expected no body, got ${JSON.stringify(body)}`
  }
  return validate(body) ? '' : ajv.errorsText(validate.errors, {separator: '\n'})
}

let fake: FakeGitHub
let octokit: ReturnType<typeof getOctokit>

interface Answer {
  status: number
  data: unknown
  headers: Record<string, unknown>
}

/** Calls the fake through octokit (any status) and validates the answer against the description. */
async function call(route: string, params: Record<string, unknown> = {}): Promise<Answer> {
  const [method = '', template = ''] = route.split(' ')
  let answer: Answer
  try {
    const response = await octokit.request(route, {owner: fake.owner, repo: fake.repo, ...params})
    answer = {status: response.status, data: response.data, headers: response.headers}
  } catch (error) {
    const e = error as {
      status?: number
      response?: {data: unknown; headers: Record<string, unknown>}
    }
    if (!e.response || e.status === undefined) throw error
    answer = {status: e.status, data: e.response.data, headers: e.response.headers}
  }
  covered.add(`${method} ${template}`)
  expect(
    problems(method, template, answer.status, answer.data),
    `${route} → ${answer.status}`
  ).toBe('')
  return answer
}

/** For 302 answers: checks the description documents a 302 with `Location`, and the fake sends one. */
async function redirect(method: string, template: string, path: string): Promise<string> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: {authorization: `token ${TOKEN}`},
    redirect: 'manual'
  })
  expect(response.status).toBe(302)
  const documented = spec.paths[template]?.[method.toLowerCase()]?.responses['302'] as
    {headers?: Record<string, unknown>} | undefined
  expect(Object.keys(documented?.headers ?? {})).toContain('Location')
  covered.add(`${method} ${template}`)
  const location = response.headers.get('location')
  expect(location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  return location ?? ''
}

function toTemplate(pattern: string): string {
  const template = pattern.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\/\*$/, '/{path}')
  return template.endsWith('/contents') ? `${template}/{path}` : template
}

beforeAll(async () => {
  fake = await startFakeGitHub({
    files: {
      'README.md': '# widgets\n',
      'src/index.ts': 'export {}\n',
      '.github/workflows/autofix.yml': 'name: Autofix\non: workflow_dispatch\njobs: {}\n'
    }
  })
  octokit = getOctokit(TOKEN, {baseUrl: fake.url})
})

afterAll(async () => {
  await fake?.close()
})

describe('the validator itself', () => {
  it('rejects a deliberately broken body', async () => {
    const good = await call('POST /repos/{owner}/{repo}/issues', {title: 'shape check'})
    const broken = {...(good.data as Record<string, unknown>)}
    delete broken.number
    broken.user = {login: 42}
    const text = problems('POST', '/repos/{owner}/{repo}/issues', 201, broken)
    expect(text).toMatch(/number/)
    expect(text).toMatch(/user/)
    // An issue is not a pull request.
    expect(problems('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, good.data)).not.toBe(
      ''
    )
  })
})

describe('the fake GitHub matches the OpenAPI description', () => {
  it('repository and contents', async () => {
    await call('GET /repos/{owner}/{repo}')
    const file = await call('GET /repos/{owner}/{repo}/contents/{path}', {path: 'src/index.ts'})
    expect((file.data as {type: string}).type).toBe('file')
    const dir = await call('GET /repos/{owner}/{repo}/contents/{path}', {path: 'src'})
    expect(Array.isArray(dir.data)).toBe(true)
    const root = await fetch(`${fake.url}/repos/${fake.fullName}/contents`, {
      headers: {authorization: `token ${TOKEN}`}
    })
    expect(problems('GET', '/repos/{owner}/{repo}/contents/{path}', 200, await root.json())).toBe(
      ''
    )
    const missing = await call('GET /repos/{owner}/{repo}/contents/{path}', {path: 'nope'})
    expect(missing.status).toBe(404)
  })

  it('compare two commits', async () => {
    const base = fake.git.branchSha('main')!
    const head = fake.git.commitFiles('main', {'src/index.ts': 'export const x = 1\n'}, 'change x')
    const answer = await call('GET /repos/{owner}/{repo}/compare/{basehead}', {
      basehead: `${base}...${head}`
    })
    expect(answer.data).toMatchObject({
      status: 'ahead',
      ahead_by: 1,
      files: [{filename: 'src/index.ts'}]
    })
    const missing = await call('GET /repos/{owner}/{repo}/compare/{basehead}', {
      basehead: `${'f'.repeat(40)}...${head}`
    })
    expect(missing.status).toBe(404)
  })

  it('a tree, recursively', async () => {
    const head = fake.git.commitFiles(
      'main',
      {'src/main/java/com/acme/App.java': 'class App {}\n'},
      'app'
    )
    const answer = await call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      tree_sha: head,
      recursive: '1'
    })
    expect(answer.data).toMatchObject({truncated: false})
    expect(JSON.stringify(answer.data)).toContain('"path":"src/main/java/com/acme/App.java"')
    const missing = await call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      tree_sha: 'f'.repeat(40)
    })
    expect(missing.status).toBe(404)
  })

  it('workflows, runs, attempts, jobs and logs', async () => {
    const run = fake.addWorkflowRun({
      workflow: 'ci.yml',
      jobs: [
        {name: 'lint', conclusion: 'success'},
        {name: 'test', conclusion: 'failure'}
      ]
    })
    const job = run.jobs[1]
    if (!job) throw new Error('no job')
    await call('GET /repos/{owner}/{repo}/actions/workflows')
    await call('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', {workflow_id: 'ci.yml'})
    await call('GET /repos/{owner}/{repo}/actions/runs', {status: 'failure'})
    await call('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      workflow_id: 'ci.yml'
    })
    await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {run_id: run.id})
    await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {run_id: run.id})
    await call('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {job_id: job.id})
    await redirect(
      'GET',
      '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      `/repos/${fake.fullName}/actions/jobs/${job.id}/logs`
    )
    const rerun = await call('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', {
      run_id: run.id
    })
    expect(rerun.status).toBe(201)
    await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
      run_id: run.id,
      attempt_number: 1
    })
    const attempt2 = await call(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
      {
        run_id: run.id,
        attempt_number: 2
      }
    )
    expect((attempt2.data as {previous_attempt_url: string}).previous_attempt_url).toMatch(
      /attempts\/1$/
    )
    await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
      run_id: run.id,
      attempt_number: 1
    })
    fake.state.completeRun(run.id, 'success')
    const all = await call('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun', {
      run_id: run.id
    })
    expect(all.status).toBe(201)
    const missing = await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {run_id: 1})
    expect(missing.status).toBe(404)
  })

  it('workflow dispatches with and without run details', async () => {
    const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
    const plain = await call(route, {workflow_id: 'autofix.yml', ref: 'main', inputs: {a: 'b'}})
    expect(plain.status).toBe(204)
    const detailed = await call(route, {
      workflow_id: 'autofix.yml',
      ref: 'main',
      return_run_details: true
    })
    expect(detailed.status).toBe(200)
    expect(detailed.data).toHaveProperty('workflow_run_id')
  })

  it('artifacts', async () => {
    const run = fake.addWorkflowRun()
    const artifact = fake.addArtifact(run.id, 'report', {'a.txt': 'a'})
    await call('GET /repos/{owner}/{repo}/actions/artifacts', {name: 'report'})
    await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {run_id: run.id})
    await call('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', {
      artifact_id: artifact.id
    })
    const location = await redirect(
      'GET',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      `/repos/${fake.fullName}/actions/artifacts/${artifact.id}/zip`
    )
    const zip = await fetch(location)
    expect(zip.headers.get('content-type')).toBe('application/zip')
    const expired = fake.addArtifact(run.id, 'old', {'a.txt': 'a'}, {expired: true})
    const gone = await call(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        artifact_id: expired.id,
        archive_format: 'zip'
      }
    )
    expect(gone.status).toBe(410)
    // A fork's pull request run, and its artifact, name the fork as their head repository.
    const fork = fake.addWorkflowRun({event: 'pull_request', head_repository: 'mallory/forked'})
    fake.addArtifact(fork.id, 'report', {'a.txt': 'a'})
    const forkRun = await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {run_id: fork.id})
    expect(forkRun.data).toMatchObject({head_repository: {full_name: 'mallory/forked', fork: true}})
    const listed = await call('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
      run_id: fork.id
    })
    const [forkArtifact] = (
      listed.data as {artifacts: {workflow_run: {head_repository_id: number}}[]}
    ).artifacts
    expect(forkArtifact?.workflow_run.head_repository_id).toBe(
      (forkRun.data as {head_repository: {id: number}}).head_repository.id
    )
  })

  it('issues, comments and labels, including their errors', async () => {
    const created = await call('POST /repos/{owner}/{repo}/issues', {
      title: 'Flaky test',
      body: 'x',
      labels: ['flaky']
    })
    const number = (created.data as {number: number}).number
    await call('GET /repos/{owner}/{repo}/issues', {labels: 'flaky'})
    await call('GET /repos/{owner}/{repo}/issues/{issue_number}', {issue_number: number})
    await call('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      issue_number: number,
      state: 'closed'
    })
    const comment = await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: number,
      body: 'hello'
    })
    const commentId = (comment.data as {id: number}).id
    await call('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {issue_number: number})
    await call('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {comment_id: commentId})
    await call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      comment_id: commentId,
      body: 'edited'
    })
    const deleted = await call('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      comment_id: commentId
    })
    expect(deleted.status).toBe(204)
    const tooLong = await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: number,
      body: 'x'.repeat(65537)
    })
    expect(tooLong.status).toBe(422)
    const missing = await call('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      issue_number: 9999
    })
    expect(missing.status).toBe(404)

    await call('POST /repos/{owner}/{repo}/labels', {
      name: 'ci-medic',
      color: 'ff0000',
      description: 'bot'
    })
    const duplicate = await call('POST /repos/{owner}/{repo}/labels', {name: 'ci-medic'})
    expect(duplicate.status).toBe(422)
    await call('GET /repos/{owner}/{repo}/labels')
    await call('GET /repos/{owner}/{repo}/labels/{name}', {name: 'ci-medic'})
    await call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      issue_number: number,
      labels: ['ci-medic', 'new']
    })
    await call('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      issue_number: number,
      labels: ['ci-medic']
    })
    await call('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {issue_number: number})
    await call('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
      issue_number: number,
      name: 'ci-medic'
    })

    fake.setPermissions({issues: 'read'})
    const denied = await call('POST /repos/{owner}/{repo}/issues', {title: 'nope'})
    expect(denied.status).toBe(403)
    fake.setPermissions({issues: 'write'})
  })

  it("an issue's label events and a user's permission", async () => {
    const created = await call('POST /repos/{owner}/{repo}/issues', {title: 'Alert', body: 'x'})
    const number = (created.data as {number: number}).number
    fake.state.addCollaborator('octocat')
    fake.timeline.label(number, 'ci-medic:retry', 'octocat')
    fake.timeline.unlabel(number, 'ci-medic:retry', 'octocat')
    const events = await call('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      issue_number: number
    })
    expect(events.data).toMatchObject([
      {event: 'labeled', actor: {login: 'octocat'}, label: {name: 'ci-medic:retry'}},
      {event: 'unlabeled', actor: {login: 'octocat'}}
    ])
    const missing = await call('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      issue_number: 999_999
    })
    expect(missing.status).toBe(404)
    const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission'
    const writer = await call(route, {username: 'octocat'})
    expect(writer.data).toMatchObject({permission: 'write', role_name: 'write'})
    fake.timeline.setPermission('mona', 'triage')
    const triage = await call(route, {username: 'mona'})
    expect(triage.data).toMatchObject({permission: 'read', role_name: 'triage'})
    const owner = await call(route, {username: fake.owner})
    expect(owner.data).toMatchObject({permission: 'admin'})
  })

  it('pull requests, including their errors', async () => {
    const tree = fake.git.run(['rev-parse', 'main^{tree}']).trim()
    const commit = fake.git.run(['commit-tree', tree, '-p', 'main', '-m', 'Empty fix']).trim()
    fake.git.run(['update-ref', 'refs/heads/fix', commit])
    const created = await call('POST /repos/{owner}/{repo}/pulls', {
      title: 'Fix',
      head: 'fix',
      base: 'main',
      body: 'b'
    })
    expect(created.status).toBe(201)
    const number = (created.data as {number: number}).number
    const duplicate = await call('POST /repos/{owner}/{repo}/pulls', {
      title: 'Fix',
      head: 'fix',
      base: 'main'
    })
    expect(duplicate.status).toBe(422)
    const badHead = await call('POST /repos/{owner}/{repo}/pulls', {
      title: 'Fix',
      head: 'nope',
      base: 'main'
    })
    expect(badHead.status).toBe(422)
    await call('GET /repos/{owner}/{repo}/pulls', {head: `${fake.owner}:fix`})
    await call('GET /repos/{owner}/{repo}/pulls/{pull_number}', {pull_number: number})
    await call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      pull_number: number,
      state: 'closed'
    })
    // The PR's issue side.
    await call('GET /repos/{owner}/{repo}/issues/{issue_number}', {issue_number: number})

    // Review requests: collaborators and teams with access; anyone else is a 422.
    fake.state.addCollaborator('hubot')
    fake.state.addTeam('justice-league', 'Justice League')
    const route = 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'
    const asked = await call(route, {
      pull_number: number,
      reviewers: ['hubot'],
      team_reviewers: ['justice-league']
    })
    expect(asked.status).toBe(201)
    expect(asked.data).toMatchObject({
      requested_reviewers: [{login: 'hubot'}],
      requested_teams: [{slug: 'justice-league'}]
    })
    const stranger = await call(route, {pull_number: number, reviewers: ['mallory']})
    expect(stranger.status).toBe(422)
    expect((stranger.data as {message: string}).message).toMatch(
      /^Reviews may only be requested from collaborators/
    )
    const author = await call(route, {pull_number: number, reviewers: ['github-actions[bot]']})
    expect(author.status).toBe(422)
    const full = await call('GET /repos/{owner}/{repo}/pulls/{pull_number}', {pull_number: number})
    expect(full.data).toMatchObject({requested_reviewers: [{login: 'hubot'}]})
  })

  it("a user's permission on the repository (owner, collaborator, a set role, anyone)", async () => {
    const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission'
    setRepoRole(fake.state, 'triager', 'triage')
    const owner = await call(route, {username: fake.owner})
    expect(owner.data).toMatchObject({permission: 'admin', role_name: 'admin'})
    const triager = await call(route, {username: 'triager'})
    expect(triager.data).toMatchObject({permission: 'read', role_name: 'triage'})
    const anyone = await call(route, {username: 'passer-by'})
    expect(anyone.data).toMatchObject({permission: 'read', user: {login: 'passer-by'}})
  })

  it('the authenticated user: refused to an installation token, a PAT gets its user', async () => {
    const refused = await call('GET /user')
    expect(refused.status).toBe(403)
    fake.state.setTokenIdentity(TOKEN, {login: 'octocat', kind: 'user'})
    try {
      const user = await call('GET /user')
      expect(user.data).toMatchObject({login: 'octocat', type: 'User'})
    } finally {
      fake.state.setTokenIdentity(TOKEN, {login: 'github-actions[bot]', kind: 'installation'})
    }
  })

  it('answers 401 and unknown routes in the basic-error shape', async () => {
    const anonymous = await fetch(`${fake.url}/repos/${fake.fullName}`)
    expect(anonymous.status).toBe(401)
    const basicError = validatorFor('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 404)
    expect(basicError?.(await anonymous.json())).toBe(true)
    const unknown = await fetch(`${fake.url}/nothing/here`, {
      headers: {authorization: `token ${TOKEN}`}
    })
    expect(unknown.status).toBe(404)
    expect(basicError?.(await unknown.json())).toBe(true)
  })

  it('exercised every endpoint the fake serves, and each one is in the description', () => {
    const served = fake.endpoints.map(e => `${e.method} ${toTemplate(e.pattern)}`)
    for (const endpoint of served) {
      const [method = '', template = ''] = endpoint.split(' ')
      expect(
        spec.paths[template]?.[method.toLowerCase()],
        `${endpoint} is not in the description`
      ).toBeDefined()
    }
    expect([...new Set(served)].filter(e => !covered.has(e))).toEqual([])
  })
})
