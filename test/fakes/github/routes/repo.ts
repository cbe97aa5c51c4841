// Repository metadata and contents (read from the bare repository with git).
import {errorResponse, notFound} from '../errors.js'
import type {TreeEntry} from '../git.js'
import type {ApiRequest} from '../server.js'
import {docs, json, type RouteContext} from './context.js'

const CONTENTS_DOCS = docs('repos/contents#get-repository-content')

export function registerRepoRoutes(ctx: RouteContext): void {
  const {server, shapes} = ctx
  server.api('GET', '/repos/:owner/:repo', {docs: docs('repos/repos#get-a-repository')}, () =>
    json(200, shapes.repository())
  )

  const contents = (req: ApiRequest): ReturnType<typeof json> => {
    const raw = req.path.replace(/^\/repos\/[^/]+\/[^/]+\/contents\/?/, '').replace(/\/+$/, '')
    const path = raw.split('/').filter(Boolean).map(decodeURIComponent).join('/')
    const ref = req.query.get('ref') || ctx.defaultBranch
    const sha = ctx.git.resolve(ref)
    if (!sha) {
      return errorResponse(404, `No commit found for the ref ${ref}`, CONTENTS_DOCS)
    }
    const entry = ctx.git.entry(sha, path)
    if (!entry) return notFound(CONTENTS_DOCS)
    if (entry.type === 'tree') {
      return json(
        200,
        ctx.git.list(sha, path).map(e => contentEntry(ctx, e, ref))
      )
    }
    const item = contentEntry(ctx, entry, ref)
    if (entry.type !== 'blob') return json(200, item)
    const data = ctx.git.blob(entry.sha)
    return json(200, {
      ...item,
      encoding: 'base64',
      content: (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n'
    })
  }
  server.api(
    'GET',
    '/repos/:owner/:repo/contents',
    {needs: {area: 'contents', level: 'read'}, docs: CONTENTS_DOCS},
    contents
  )
  server.api(
    'GET',
    '/repos/:owner/:repo/contents/*',
    {needs: {area: 'contents', level: 'read'}, docs: CONTENTS_DOCS},
    contents
  )
}

function contentEntry(ctx: RouteContext, e: TreeEntry, ref: string): Record<string, unknown> {
  const {shapes} = ctx
  const name = e.path.split('/').pop() ?? e.path
  const type =
    e.type === 'tree'
      ? 'dir'
      : e.type === 'commit'
        ? 'submodule'
        : e.mode === '120000'
          ? 'symlink'
          : 'file'
  const encodedPath = e.path.split('/').map(encodeURIComponent).join('/')
  const url = `${shapes.repoApi}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${shapes.repoApi}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
  const htmlUrl = `${shapes.repoHtml}/${e.type === 'tree' ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${encodedPath}`
  return {
    name,
    path: e.path,
    sha: e.sha,
    size: e.size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url:
      type === 'file'
        ? `${ctx.server.url}/_downloads/raw/${encodeURIComponent(ref)}/${encodedPath}`
        : null,
    type,
    _links: {self: url, git: gitUrl, html: htmlUrl}
  }
}

/** Serves `download_url`s of file contents (like raw.githubusercontent.com). */
export function registerRawDownloads(ctx: RouteContext): void {
  ctx.server.download('/raw/:ref/*', req => {
    const rest = req.path.replace(/^\/_downloads\/raw\/[^/]+\//, '')
    const path = rest.split('/').map(decodeURIComponent).join('/')
    const data = ctx.git.readFileBuffer(req.params.ref ?? '', path)
    if (!data) return {status: 404, body: '404: Not Found'}
    return {status: 200, headers: {'content-type': 'text/plain; charset=utf-8'}, body: data}
  })
}
