// A loopback stand-in of the Actions artifact service, speaking the wire
// protocol @actions/artifact v6 uses (read from node_modules/@actions/artifact
// and node_modules/@azure/storage-blob, not guessed):
// - Twirp JSON, POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>
//   with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>` and proto field names
//   (snake_case; int64 as strings; StringValue/Timestamp as plain JSON values):
//   CreateArtifact → {ok, signed_upload_url}; FinalizeArtifact → {ok, artifact_id};
//   ListArtifacts → {artifacts: [...]}; GetSignedArtifactURL → {signed_url}.
//   Errors are Twirp errors: {code, msg} with the code's HTTP status.
// - Azure Blob to the signed URL: BlockBlobClient.uploadStream stages each
//   chunk with PUT ?comp=block&blockid=<base64>, then commits them with
//   PUT ?comp=blocklist and an XML <BlockList> (a single PUT with
//   x-ms-blob-type: BlockBlob is accepted too); GET reads the blob back.
// The runtime token is a JWT whose `scp` claim carries
// `Actions.Results:<run backend id>:<job backend id>` (the library decodes it,
// without verifying, for the ids it sends). A finalized artifact can also
// appear in a fake GitHub's REST API as an artifact of a run there, so the
// REST side (list, download) serves what was uploaded.
import {createHash, randomBytes, randomUUID} from 'node:crypto'
import {
  FakeHttpServer,
  type FakeRequest,
  type FakeResponse,
  type RecordedRequest
} from '../http-fake.js'
import type {GitHubState} from '../github/state.js'
import {azureError, putBlob, twirpError} from '../blob-storage.js'

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'

export interface StoredArtifact {
  id: number
  name: string
  runBackendId: string
  jobBackendId: string
  createdAt: string
  /** RFC 3339, when CreateArtifact asked for a retention. */
  expiresAt?: string
  mimeType?: string
  finalized: boolean
  /** The committed blob (the zip), once uploaded. */
  zip?: Buffer
  size?: number
  /** `sha256:<hex>` as FinalizeArtifact sent it. */
  hash?: string
  blob: {path: string; sig: string; blocks: Map<string, Buffer>}
}

export type TwirpMethod =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact'

export interface FakeArtifactServiceOptions {
  /** A finalized artifact also becomes an artifact of this run in the fake GitHub's REST API. */
  github?: {state: GitHubState; runId: number}
}

export interface FakeArtifactService {
  /** ACTIONS_RESULTS_URL. */
  url: string
  /** ACTIONS_RUNTIME_TOKEN. */
  runtimeToken: string
  /** The two variables a runner gives a JavaScript action's step. */
  env: {ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string}
  artifacts: StoredArtifact[]
  requests: RecordedRequest[]
  /** The next `times` calls of a Twirp method get a Twirp error. */
  failTwirp(
    method: TwirpMethod,
    error: {status: number; code: string; msg: string; times?: number}
  ): void
  close(): Promise<void>
}

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A runtime token shaped like the runner's: a JWT the library decodes for its backend ids. */
export function runtimeTokenFor(runBackendId: string, jobBackendId: string): string {
  const scp = `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`
  const payload = {scp, iss: 'vstoken.actions.githubusercontent.com', exp: 4102444800}
  return `${b64url({typ: 'JWT', alg: 'RS256'})}.${b64url(payload)}.${randomBytes(16).toString('base64url')}`
}

export async function startFakeArtifactService(
  options: FakeArtifactServiceOptions = {}
): Promise<FakeArtifactService> {
  const server = new FakeHttpServer('artifact service')
  const runBackendId = randomUUID()
  const jobBackendId = randomUUID()
  const token = runtimeTokenFor(runBackendId, jobBackendId)
  const artifacts: StoredArtifact[] = []
  let nextId = 9_100
  const url = await server.start()

  const mine = (body: Record<string, unknown>): boolean =>
    body.workflow_run_backend_id === runBackendId &&
    body.workflow_job_run_backend_id === jobBackendId
  const named = (name: unknown): StoredArtifact | undefined =>
    artifacts.find(a => a.runBackendId === runBackendId && a.name === name)

  const methods: Record<TwirpMethod, (body: Record<string, unknown>) => FakeResponse> = {
    CreateArtifact(body) {
      const name = body.name
      if (typeof name !== 'string' || name === '')
        return twirpError('invalid_argument', 'name is required')
      if (typeof body.version !== 'number' || body.version < 4)
        return twirpError('invalid_argument', 'unsupported artifact version')
      if (named(name))
        return twirpError(
          'already_exists',
          `an artifact with this name already exists on the workflow run: ${name}`
        )
      const sig = randomBytes(12).toString('base64url')
      const path = `/blob/actions-results/${randomUUID()}/${encodeURIComponent(name)}.zip`
      artifacts.push({
        id: 0,
        name,
        runBackendId,
        jobBackendId,
        createdAt: new Date().toISOString(),
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
        mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
        finalized: false,
        blob: {path, sig, blocks: new Map()}
      })
      const signed = `${url}${path}?sv=2023-11-03&sr=b&sp=cw&se=2099-01-01T00%3A00%3A00Z&sig=${sig}`
      return {status: 200, body: {ok: true, signed_upload_url: signed}}
    },
    FinalizeArtifact(body) {
      const artifact = named(body.name)
      if (!artifact || artifact.finalized)
        return twirpError('not_found', `no artifact in progress named ${String(body.name)}`)
      if (!artifact.zip) return twirpError('failed_precondition', 'the blob was not uploaded')
      if (String(body.size) !== String(artifact.zip.length))
        return twirpError(
          'invalid_argument',
          `size ${String(body.size)} does not match the uploaded ${artifact.zip.length} bytes`
        )
      const digest = `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`
      if (body.hash !== undefined && body.hash !== digest)
        return twirpError('invalid_argument', 'hash does not match the uploaded blob')
      artifact.hash = typeof body.hash === 'string' ? body.hash : undefined
      artifact.size = artifact.zip.length
      artifact.finalized = true
      artifact.id = options.github
        ? options.github.state.addArtifact(options.github.runId, artifact.name, artifact.zip).id
        : nextId++
      return {status: 200, body: {ok: true, artifact_id: String(artifact.id)}}
    },
    ListArtifacts(body) {
      const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined
      const idFilter = body.id_filter === undefined ? undefined : String(body.id_filter)
      const listed = artifacts.filter(
        a =>
          a.finalized &&
          a.runBackendId === runBackendId &&
          (nameFilter === undefined || a.name === nameFilter) &&
          (idFilter === undefined || String(a.id) === idFilter)
      )
      return {
        status: 200,
        body: {
          artifacts: listed.map(a => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt,
            ...(a.hash ? {digest: a.hash} : {})
          }))
        }
      }
    },
    GetSignedArtifactURL(body) {
      const artifact = named(body.name)
      if (!artifact?.finalized)
        return twirpError('not_found', `no artifact named ${String(body.name)}`)
      return {
        status: 200,
        body: {
          signed_url: `${url}${artifact.blob.path}?sv=2023-11-03&sr=b&sp=r&sig=${artifact.blob.sig}`
        }
      }
    },
    DeleteArtifact(body) {
      const artifact = named(body.name)
      if (!artifact?.finalized)
        return twirpError('not_found', `no artifact named ${String(body.name)}`)
      artifacts.splice(artifacts.indexOf(artifact), 1)
      return {status: 200, body: {ok: true, artifact_id: String(artifact.id)}}
    }
  }

  server.route('POST', `/twirp/${ARTIFACT_SERVICE}/:method`, req => {
    if (req.headers.authorization !== `Bearer ${token}`)
      return twirpError('unauthenticated', 'the runtime token is missing or not this run’s')
    if (!/^application\/json/.test(String(req.headers['content-type'] ?? '')))
      return twirpError('invalid_argument', 'Content-Type must be application/json')
    const handler = methods[req.params.method as TwirpMethod]
    if (!handler) return twirpError('not_found', `no method ${req.params.method}`)
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >
    if (!mine(body)) return twirpError('permission_denied', 'the backend ids are not this token’s')
    return handler(body)
  })

  const blobOf = (req: FakeRequest): StoredArtifact | undefined =>
    artifacts.find(a => a.blob.path === req.path && a.blob.sig === req.query.get('sig'))

  server.route('PUT', '/blob/:container/:dir/:file', req => {
    const artifact = blobOf(req)
    if (!artifact) return azureError(403, 'AuthenticationFailed', 'Signature did not match.')
    const {response, committed} = putBlob(req, artifact.blob.blocks)
    if (committed) artifact.zip = committed
    return response
  })
  server.route('GET', '/blob/:container/:dir/:file', req => {
    const artifact = blobOf(req)
    if (!artifact?.zip) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
    return {status: 200, headers: {'content-type': 'application/zip'}, body: artifact.zip}
  })

  return {
    url,
    runtimeToken: token,
    env: {ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${url}/`},
    artifacts,
    requests: server.requests,
    failTwirp(method, error) {
      server.fault('POST', `/twirp/${ARTIFACT_SERVICE}/${method}`, {
        status: error.status,
        body: {code: error.code, msg: error.msg},
        times: error.times ?? 1
      })
    },
    close: () => server.close()
  }
}
