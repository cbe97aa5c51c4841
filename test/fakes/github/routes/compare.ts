// GET /repos/{owner}/{repo}/compare/{base}...{head}: how head differs from
// base, read from the bare repository with git (three-dot: from their merge
// base), in GitHub's commit-comparison shape. As GitHub does, it lists at
// most 250 commits and 300 files; an unknown ref or two commits without a
// common ancestor is a 404.
import {errorResponse, notFound} from '../errors.js'
import type {ApiRequest} from '../server.js'
import {docs, json, type RouteContext} from './context.js'

const COMPARE_DOCS = docs('commits/commits#compare-two-commits')
/** GitHub's caps on one comparison answer. */
export const COMPARE_MAX_COMMITS = 250
export const COMPARE_MAX_FILES = 300

type Json = Record<string, unknown>

export function registerCompareRoutes(ctx: RouteContext): void {
  ctx.server.api(
    'GET',
    '/repos/:owner/:repo/compare/:basehead',
    {needs: {area: 'contents', level: 'read'}, docs: COMPARE_DOCS},
    (req: ApiRequest) => compare(ctx, req)
  )
}

function compare(ctx: RouteContext, req: ApiRequest) {
  const basehead = decodeURIComponent(req.params.basehead ?? '')
  const [baseRef, headRef] = basehead.split('...')
  if (!baseRef || !headRef) return notFound(COMPARE_DOCS)
  const base = ctx.git.resolve(baseRef)
  const head = ctx.git.resolve(headRef)
  if (!base || !head) return notFound(COMPARE_DOCS)
  const mergeBase = ctx.git.mergeBase(base, head)
  if (!mergeBase)
    return errorResponse(404, `No common ancestor between ${baseRef} and ${headRef}.`, COMPARE_DOCS)
  const ahead = ctx.git.commitsBetween(base, head)
  const behind = ctx.git.commitsBetween(head, base)
  const status =
    ahead.length && behind.length
      ? 'diverged'
      : ahead.length
        ? 'ahead'
        : behind.length
          ? 'behind'
          : 'identical'
  const api = ctx.shapes.repoApi
  const html = ctx.shapes.repoHtml
  return json(200, {
    url: `${api}/compare/${baseRef}...${headRef}`,
    html_url: `${html}/compare/${baseRef}...${headRef}`,
    permalink_url: `${html}/compare/${ctx.state.owner}:${base.slice(0, 7)}...${ctx.state.owner}:${head.slice(0, 7)}`,
    diff_url: `${html}/compare/${baseRef}...${headRef}.diff`,
    patch_url: `${html}/compare/${baseRef}...${headRef}.patch`,
    base_commit: commitJson(ctx, base),
    merge_base_commit: commitJson(ctx, mergeBase),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: ahead.slice(0, COMPARE_MAX_COMMITS).map(sha => commitJson(ctx, sha)),
    files: ctx.git
      .diffFiles(base, head)
      .slice(0, COMPARE_MAX_FILES)
      .map(f => ({
        sha: ctx.git.entry(head, f.filename)?.sha ?? '0'.repeat(40),
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `${html}/blob/${head}/${f.filename}`,
        raw_url: `${html}/raw/${head}/${f.filename}`,
        contents_url: `${api}/contents/${f.filename}?ref=${head}`,
        ...(f.previous ? {previous_filename: f.previous} : {})
      }))
  })
}

/** A commit in the REST API's `commit` shape. */
function commitJson(ctx: RouteContext, sha: string): Json {
  const c = ctx.git.commit(sha)
  const api = ctx.shapes.repoApi
  const person = (name: string, email: string, date: string): Json => ({
    name,
    email,
    date: date.replace(/\+00:00$/, 'Z')
  })
  const parents = ctx.git.run(['rev-list', '--parents', '-n1', sha]).trim().split(' ').slice(1)
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: `C_kwDO${Buffer.from(c.sha.slice(0, 12)).toString('base64url')}`,
    html_url: `${ctx.shapes.repoHtml}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.authorName, c.authorEmail, c.authorDate),
      committer: person(c.committerName, c.committerEmail, c.committerDate),
      message: c.message,
      comment_count: 0,
      tree: {sha: c.tree, url: `${api}/git/trees/${c.tree}`},
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null
      }
    },
    author: null,
    committer: null,
    parents: parents.map(p => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${ctx.shapes.repoHtml}/commit/${p}`
    }))
  }
}
