// Workflows, runs, jobs, logs, re-runs, dispatches and artifacts.
import {randomBytes} from 'node:crypto'
import {errorResponse, invalidRequest, notFound} from '../errors.js'
import type {ApiRequest} from '../server.js'
import {BOT_USER, isoNow, type RunRecord, type WorkflowRecord} from '../state.js'
import {bodyOf, docs, json, pagedEnvelope, type RouteContext} from './context.js'

const READ = {area: 'actions', level: 'read'} as const
const WRITE = {area: 'actions', level: 'write'} as const

const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']

function signature(): string {
  return randomBytes(12).toString('base64url')
}

export function registerActionsRoutes(ctx: RouteContext): void {
  const {server, state, shapes} = ctx
  const api = `/repos/:owner/:repo/actions`

  const filterRuns = (req: ApiRequest, runs: RunRecord[]): RunRecord[] => {
    const q = req.query
    let out = [...runs]
    const branch = q.get('branch')
    if (branch) out = out.filter(r => r.head_branch === branch)
    const event = q.get('event')
    if (event) out = out.filter(r => r.event === event)
    const status = q.get('status')
    if (status) {
      out = RUN_STATUSES.includes(status)
        ? out.filter(r => r.status === status)
        : out.filter(r => r.conclusion === status)
    }
    const sha = q.get('head_sha')
    if (sha) out = out.filter(r => r.head_sha === sha)
    const actor = q.get('actor')
    if (actor) out = out.filter(r => r.actor.login === actor)
    const checkSuite = q.get('check_suite_id')
    if (checkSuite) out = out.filter(r => String(r.check_suite_id) === checkSuite)
    return out.sort((a, b) => b.id - a.id)
  }

  const renderRun =
    (req: ApiRequest) =>
    (run: RunRecord): unknown => {
      const body = shapes.run(run) as Record<string, unknown>
      if (req.query.get('exclude_pull_requests') === 'true') body.pull_requests = []
      return body
    }

  const workflowJson = (w: WorkflowRecord): unknown => ({
    id: w.id,
    node_id: `W_kwDO${Buffer.from(String(w.id)).toString('base64url')}`,
    name: w.name,
    path: w.path,
    state: 'active',
    created_at: w.created_at,
    updated_at: w.created_at,
    url: `${shapes.repoApi}/actions/workflows/${w.id}`,
    html_url: `${shapes.repoHtml}/blob/${ctx.defaultBranch}/${w.path}`,
    badge_url: `${shapes.repoHtml}/workflows/${encodeURIComponent(w.name)}/badge.svg`
  })

  // ---- workflows ----
  server.api('GET', `${api}/workflows`, {needs: READ}, req =>
    pagedEnvelope(req, 'workflows', state.workflows, workflowJson)
  )
  server.api('GET', `${api}/workflows/:workflow_id`, {needs: READ}, req => {
    const workflow = state.workflow(req.params.workflow_id ?? '', false)
    return workflow
      ? json(200, workflowJson(workflow))
      : notFound(docs('actions/workflows#get-a-workflow'))
  })

  // ---- runs ----
  server.api('GET', `${api}/runs`, {needs: READ}, req =>
    pagedEnvelope(req, 'workflow_runs', filterRuns(req, state.runs), renderRun(req))
  )
  server.api('GET', `${api}/workflows/:workflow_id/runs`, {needs: READ}, req => {
    const workflow = state.workflow(req.params.workflow_id ?? '', false)
    if (!workflow) return notFound(docs('actions/workflow-runs#list-workflow-runs-for-a-workflow'))
    const runs = state.runs.filter(r => r.workflow_id === workflow.id)
    return pagedEnvelope(req, 'workflow_runs', filterRuns(req, runs), renderRun(req))
  })
  server.api('GET', `${api}/runs/:run_id`, {needs: READ}, req => {
    const run = state.run(req.params.run_id ?? '')
    return run
      ? json(200, renderRun(req)(run))
      : notFound(docs('actions/workflow-runs#get-a-workflow-run'))
  })
  server.api('GET', `${api}/runs/:run_id/attempts/:attempt_number`, {needs: READ}, req => {
    const run = state.run(req.params.run_id ?? '')
    const n = Number(req.params.attempt_number)
    if (!run || !run.attempts.some(a => a.run_attempt === n)) {
      return notFound(docs('actions/workflow-runs#get-a-workflow-run-attempt'))
    }
    const body = shapes.run(run, n) as Record<string, unknown>
    if (req.query.get('exclude_pull_requests') === 'true') body.pull_requests = []
    return json(200, body)
  })

  // ---- jobs and logs ----
  server.api('GET', `${api}/runs/:run_id/jobs`, {needs: READ}, req => {
    const run = state.run(req.params.run_id ?? '')
    if (!run) return notFound(docs('actions/workflow-jobs#list-jobs-for-a-workflow-run'))
    const filter = req.query.get('filter') ?? 'latest'
    let jobs = [...run.jobs]
    if (filter === 'latest') {
      jobs = jobs.filter(j => j.run_attempt === run.run_attempt)
    } else if (filter !== 'all') {
      return invalidRequest(`For 'filter', "${filter}" is not one of: latest, all.`)
    }
    return pagedEnvelope(req, 'jobs', jobs, j => shapes.job(j))
  })
  server.api('GET', `${api}/runs/:run_id/attempts/:attempt_number/jobs`, {needs: READ}, req => {
    const run = state.run(req.params.run_id ?? '')
    const n = Number(req.params.attempt_number)
    if (!run || !run.attempts.some(a => a.run_attempt === n)) {
      return notFound(docs('actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt'))
    }
    return pagedEnvelope(
      req,
      'jobs',
      run.jobs.filter(j => j.run_attempt === n),
      j => shapes.job(j)
    )
  })
  server.api('GET', `${api}/jobs/:job_id`, {needs: READ}, req => {
    const job = state.job(req.params.job_id ?? '')
    return job
      ? json(200, shapes.job(job))
      : notFound(docs('actions/workflow-jobs#get-a-job-for-a-workflow-run'))
  })
  server.api('GET', `${api}/jobs/:job_id/logs`, {needs: READ}, req => {
    const job = state.job(req.params.job_id ?? '')
    if (!job) return notFound(docs('actions/workflow-jobs#download-job-logs-for-a-workflow-run'))
    return {
      status: 302,
      headers: {location: `${req.baseUrl}/_downloads/logs/${job.id}?sig=${signature()}`}
    }
  })
  server.download('/logs/:job_id', req => {
    const job = state.job(req.params.job_id ?? '')
    if (!job) return {status: 404, body: 'The specified blob does not exist.'}
    return {status: 200, headers: {'content-type': 'text/plain; charset=utf-8'}, body: job.log}
  })

  // ---- re-runs ----
  const rerun = (kind: 'failed-jobs' | 'all', docsUrl: string) => (req: ApiRequest) => {
    const run = state.run(req.params.run_id ?? '')
    if (!run) return notFound(docsUrl)
    if (run.status !== 'completed')
      return errorResponse(403, 'This workflow is already running', docsUrl)
    const body = bodyOf(req)
    state.rerun(run, kind, body.enable_debug_logging === true, req.token)
    return json(201, {})
  }
  const rerunFailedDocs = docs('actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run')
  server.api(
    'POST',
    `${api}/runs/:run_id/rerun-failed-jobs`,
    {needs: WRITE, docs: rerunFailedDocs},
    rerun('failed-jobs', rerunFailedDocs)
  )
  const rerunDocs = docs('actions/workflow-runs#re-run-a-workflow')
  server.api(
    'POST',
    `${api}/runs/:run_id/rerun`,
    {needs: WRITE, docs: rerunDocs},
    rerun('all', rerunDocs)
  )

  // ---- dispatches ----
  const dispatchDocs = docs('actions/workflows#create-a-workflow-dispatch-event')
  server.api(
    'POST',
    `${api}/workflows/:workflow_id/dispatches`,
    {needs: WRITE, docs: dispatchDocs},
    req => {
      const workflow = state.workflow(req.params.workflow_id ?? '', false)
      if (!workflow) return notFound(dispatchDocs)
      const body = bodyOf(req)
      if (typeof body.ref !== 'string' || body.ref === '') {
        return invalidRequest(`"ref" wasn't supplied.`, dispatchDocs)
      }
      const inputs = body.inputs ?? {}
      if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
        return invalidRequest(
          `For 'properties/inputs', ${JSON.stringify(inputs)} is not an object.`,
          dispatchDocs
        )
      }
      const entries = Object.entries(inputs as Record<string, unknown>)
      if (entries.length > 25) {
        return invalidRequest(
          `For 'properties/inputs', ${entries.length} properties is more than the maximum of 25.`,
          dispatchDocs
        )
      }
      for (const [key, value] of entries) {
        if (typeof value !== 'string') {
          return invalidRequest(
            `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`,
            dispatchDocs
          )
        }
      }
      const ref = body.ref.replace(/^refs\/(heads|tags)\//, '')
      const sha = ctx.git.resolve(ref)
      if (!sha) return errorResponse(422, `No ref found for: ${body.ref}`, dispatchDocs)
      const file = ctx.git.readFile(sha, workflow.path)
      if (file !== undefined && !/workflow_dispatch/.test(file)) {
        return errorResponse(
          422,
          "Workflow does not have 'workflow_dispatch' trigger",
          dispatchDocs
        )
      }
      const run = state.addWorkflowRun({
        workflow: workflow.file,
        head_branch: ref,
        head_sha: sha,
        event: 'workflow_dispatch',
        status: 'queued',
        display_title: workflow.name,
        actor: BOT_USER.login,
        created_at: isoNow()
      })
      const details = body.return_run_details === true
      state.dispatches.push({
        workflow_id: workflow.id,
        workflow: workflow.file,
        ref: body.ref,
        inputs: Object.fromEntries(entries) as Record<string, string>,
        return_run_details: details,
        run_id: run.id,
        token: req.token
      })
      if (!details) return {status: 204}
      return json(200, {
        workflow_run_id: run.id,
        run_url: `${shapes.repoApi}/actions/runs/${run.id}`,
        html_url: `${shapes.repoHtml}/actions/runs/${run.id}`
      })
    }
  )

  // ---- artifacts ----
  const byName =
    (req: ApiRequest) =>
    (a: {name: string}): boolean => {
      const name = req.query.get('name')
      return !name || a.name === name
    }
  server.api('GET', `${api}/artifacts`, {needs: READ}, req =>
    pagedEnvelope(
      req,
      'artifacts',
      state.artifacts.filter(byName(req)).sort((a, b) => b.id - a.id),
      a => shapes.artifact(a)
    )
  )
  server.api('GET', `${api}/runs/:run_id/artifacts`, {needs: READ}, req => {
    const run = state.run(req.params.run_id ?? '')
    if (!run) return notFound(docs('actions/artifacts#list-workflow-run-artifacts'))
    const artifacts = state.artifacts.filter(a => a.run_id === run.id).filter(byName(req))
    return pagedEnvelope(req, 'artifacts', artifacts, a => shapes.artifact(a))
  })
  server.api('GET', `${api}/artifacts/:artifact_id`, {needs: READ}, req => {
    const artifact = state.artifact(req.params.artifact_id ?? '')
    return artifact
      ? json(200, shapes.artifact(artifact))
      : notFound(docs('actions/artifacts#get-an-artifact'))
  })
  const downloadDocs = docs('actions/artifacts#download-an-artifact')
  server.api(
    'GET',
    `${api}/artifacts/:artifact_id/:archive_format`,
    {needs: READ, docs: downloadDocs},
    req => {
      const artifact = state.artifact(req.params.artifact_id ?? '')
      if (!artifact || req.params.archive_format !== 'zip') return notFound(downloadDocs)
      if (artifact.expired) return errorResponse(410, 'Artifact has expired', downloadDocs)
      return {
        status: 302,
        headers: {
          location: `${req.baseUrl}/_downloads/artifacts/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?sig=${signature()}`
        }
      }
    }
  )
  server.download('/artifacts/:artifact_id/:file', req => {
    const artifact = state.artifact(req.params.artifact_id ?? '')
    if (!artifact) return {status: 404, body: 'The specified blob does not exist.'}
    return {
      status: 200,
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename=${artifact.name}.zip`
      },
      body: artifact.data
    }
  })
}
