// What the artifact and cache service stand-ins share: Twirp's error shape,
// and the Azure Blob side of a signed URL as @azure/storage-blob's
// BlockBlobClient uses it (read from node_modules/@azure/storage-blob):
// uploadStream / uploadFile stage chunks with PUT ?comp=block&blockid=<base64>
// and commit them with PUT ?comp=blocklist and an XML <BlockList>, or send a
// small file in one PUT with x-ms-blob-type: BlockBlob; errors are XML with
// x-ms-error-code.
import {randomBytes, randomUUID} from 'node:crypto'
import type {FakeRequest, FakeResponse} from './http-fake.js'

export const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500
}

export function twirpError(code: keyof typeof TWIRP_STATUS, msg: string): FakeResponse {
  return {status: TWIRP_STATUS[code] ?? 500, body: {code, msg}}
}

export function azureError(status: number, code: string, message: string): FakeResponse {
  return {
    status,
    headers: {'x-ms-error-code': code, 'content-type': 'application/xml'},
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  }
}

/**
 * One PUT to a blob's signed URL: a staged block (kept in `blocks`), the
 * block list that commits them, or a whole blob. `committed` is the blob's
 * content when this request completed it.
 */
export function putBlob(
  req: FakeRequest,
  blocks: Map<string, Buffer>
): {response: FakeResponse; committed?: Buffer} {
  const comp = req.query.get('comp')
  const created = {
    status: 201,
    headers: {'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05'}
  }
  if (comp === 'block') {
    const id = req.query.get('blockid')
    if (!id)
      return {response: azureError(400, 'InvalidQueryParameterValue', 'blockid is required.')}
    blocks.set(id, req.rawBody)
    return {response: created}
  }
  if (comp === 'blocklist') {
    const xml = req.rawBody.toString('utf8')
    const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(m => m[1]!)
    const parts = ids.map(id => blocks.get(id))
    if (ids.length === 0 || parts.some(p => p === undefined))
      return {response: azureError(400, 'InvalidBlockList', 'The specified block list is invalid.')}
    return {
      response: {
        ...created,
        headers: {...created.headers, etag: `"0x${randomBytes(8).toString('hex')}"`}
      },
      committed: Buffer.concat(parts as Buffer[])
    }
  }
  if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob')
    return {response: created, committed: req.rawBody}
  return {
    response: azureError(400, 'InvalidQueryParameterValue', `Unsupported request (comp=${comp}).`)
  }
}
