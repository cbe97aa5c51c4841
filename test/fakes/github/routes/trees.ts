// GET /repos/{owner}/{repo}/git/trees/{tree_sha}[?recursive=1]: a tree's entries,
// read from the bare repository with git, in GitHub's shape. As GitHub does,
// {tree_sha} may be a tree, a commit or a branch name, any `recursive` value
// lists every level, an unknown one is a 404, and an answer past the entry
// cap lists the first entries with `truncated: true` (the cap is 100,000 on
// GitHub; the fake's can be lowered for a test through `state.treeEntryCap`).
import {notFound} from '../errors.js'
import type {ApiRequest} from '../server.js'
import {docs, json, type RouteContext} from './context.js'

const TREE_DOCS = docs('git/trees#get-a-tree')
export const TREE_MAX_ENTRIES = 100_000

export function registerTreeRoutes(ctx: RouteContext): void {
  ctx.server.api(
    'GET',
    '/repos/:owner/:repo/git/trees/:tree_sha',
    {needs: {area: 'contents', level: 'read'}, docs: TREE_DOCS},
    (req: ApiRequest) => tree(ctx, req)
  )
}

function tree(ctx: RouteContext, req: ApiRequest) {
  const ref = decodeURIComponent(req.params.tree_sha ?? '')
  const sha = ctx.git.resolve(ref)
  if (!sha) return notFound(TREE_DOCS)
  const recursive = req.query.get('recursive') !== null
  const entries = recursive ? ctx.git.listAll(sha) : ctx.git.list(sha, '')
  if (!entries) return notFound(TREE_DOCS)
  const root = ctx.git.run(['rev-parse', `${sha}^{tree}`]).trim()
  const api = ctx.shapes.repoApi
  const cap = ctx.state.treeEntryCap ?? TREE_MAX_ENTRIES
  return json(200, {
    sha: root,
    url: `${api}/git/trees/${root}`,
    tree: entries.slice(0, cap).map(e => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? {size: e.size} : {}),
      url: `${api}/git/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}`
    })),
    truncated: entries.length > cap
  })
}
