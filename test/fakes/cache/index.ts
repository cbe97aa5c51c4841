// A loopback stand-in of the Actions cache service, speaking the wire
// protocol @actions/cache 6.3 uses for its v2 service (read from
// node_modules/@actions/cache/lib, not guessed):
//
// Which service the library talks to is chosen from the process environment
// (lib/internal/config.js):
// - ACTIONS_CACHE_SERVICE_V2 set (any value) and GITHUB_SERVER_URL github.com,
//   *.ghe.com or *.localhost (or unset) → v2, at ACTIONS_RESULTS_URL. This fake.
// - otherwise (GitHub Enterprise Server always) → v1, the legacy REST service
//   at ACTIONS_CACHE_URL, which this fake does not speak.
// - ACTIONS_RUNTIME_TOKEN: the bearer token of every Twirp call (required).
// - ACTIONS_CACHE_MODE: none | read | write | write-only (unset: both).
// - RUNNER_TEMP: where the library makes its archive's temp directory
//   (without it, /home/actions/temp).
// - GITHUB_WORKSPACE (else the process's cwd): tar's -C directory; the
//   archive holds the cached paths relative to it (-P keeps `..`).
// `env` below holds the first three; a test stubs them into process.env.
//
// The protocol:
// - Twirp JSON, POST /twirp/github.actions.results.api.v1.CacheService/<Method>
//   with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, proto field names
//   (snake_case; int64 as strings):
//   CreateCacheEntry {key, version} → {ok, signed_upload_url}; a key and
//   version that exist already (saved or being saved) → Twirp already_exists
//   (409), which the library reports as ReserveCacheError ("another job may be
//   creating this cache") in an info line.
//   FinalizeCacheEntryUpload {key, version, size_bytes} → {ok, entry_id}.
//   GetCacheEntryDownloadURL {key, restore_keys, version} → {ok,
//   signed_download_url, matched_key}: the key exactly, else the newest entry
//   whose key starts with a restore key; only entries of the same version
//   (a hash of the cached paths and the compression) match. A miss is
//   {ok: false}, not an error.
//   Errors are Twirp errors {code, msg}; the library retries 500, 502, 503 and
//   504 (five attempts, 3 s apart and growing) and not the others.
// - The archive (a tar, zstd or gzip compressed) goes to the signed URL as
//   Azure Blob (test/fakes/blob-storage.ts: one PUT with x-ms-blob-type:
//   BlockBlob for an archive under 128 MiB); it comes back with a plain GET,
//   since the library uses the Azure SDK's ranged download only for
//   *.blob.core.windows.net hosts (HEAD and Range are answered too).
// One scope for all entries (the real service scopes them by branch, the
// default branch's visible to all).
import {randomBytes, randomUUID} from 'node:crypto'
import {FakeHttpServer, type FakeRequest, type RecordedRequest} from '../http-fake.js'
import {runtimeTokenFor} from '../artifacts/index.js'
import {azureError, putBlob, twirpError} from '../blob-storage.js'

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'

export type CacheTwirpMethod =
  'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'

export interface CacheEntry {
  id: number
  key: string
  version: string
  createdAt: number
  finalized: boolean
  /** The archive, once uploaded. */
  archive?: Buffer
  size?: number
  blob: {path: string; sig: string; blocks: Map<string, Buffer>}
}

export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL. */
  url: string
  runtimeToken: string
  /** What a github.com runner gives a JavaScript action's step for the v2 cache service. */
  env: {
    ACTIONS_RUNTIME_TOKEN: string
    ACTIONS_RESULTS_URL: string
    ACTIONS_CACHE_SERVICE_V2: string
  }
  entries: CacheEntry[]
  requests: RecordedRequest[]
  /** Twirp calls received, by method. */
  calls(method: CacheTwirpMethod): RecordedRequest[]
  /** The next `times` calls of a method get a Twirp error. */
  failTwirp(
    method: CacheTwirpMethod,
    error: {status: number; code: string; msg: string; times?: number}
  ): void
  /** Forgets every entry (GitHub evicted them). */
  evictAll(): void
  close(): Promise<void>
}

type Body = Record<string, unknown>

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const server = new FakeHttpServer('cache service')
  const token = runtimeTokenFor(randomUUID(), randomUUID())
  const entries: CacheEntry[] = []
  let nextId = 4_200
  let clock = 0
  const url = await server.start()

  const find = (key: unknown, version: unknown): CacheEntry | undefined =>
    entries.find(e => e.key === key && e.version === version)
  const signed = (entry: CacheEntry, perms: string): string =>
    `${url}${entry.blob.path}?sv=2023-11-03&sr=b&sp=${perms}&se=2099-01-01T00%3A00%3A00Z&sig=${entry.blob.sig}`

  const methods: Record<CacheTwirpMethod, (body: Body) => ReturnType<typeof twirpError>> = {
    CreateCacheEntry(body) {
      if (typeof body.key !== 'string' || body.key === '' || typeof body.version !== 'string')
        return twirpError('invalid_argument', 'key and version are required')
      if (find(body.key, body.version))
        return twirpError(
          'already_exists',
          'cache entry with the same key, version, and scope already exists'
        )
      const sig = randomBytes(12).toString('base64url')
      const path = `/blob/actions-cache/${randomUUID()}/cache.tzst`
      const entry: CacheEntry = {
        id: 0,
        key: body.key,
        version: body.version,
        createdAt: clock++,
        finalized: false,
        blob: {path, sig, blocks: new Map()}
      }
      entries.push(entry)
      return {status: 200, body: {ok: true, signed_upload_url: signed(entry, 'cw')}}
    },
    FinalizeCacheEntryUpload(body) {
      const entry = find(body.key, body.version)
      if (!entry || entry.finalized)
        return twirpError('not_found', `no cache entry being saved for key ${String(body.key)}`)
      if (!entry.archive)
        return {status: 200, body: {ok: false, message: 'the archive was not uploaded'}}
      if (String(body.size_bytes) !== String(entry.archive.length))
        return {
          status: 200,
          body: {ok: false, message: `size ${String(body.size_bytes)} is not the uploaded size`}
        }
      entry.finalized = true
      entry.size = entry.archive.length
      entry.id = nextId++
      return {status: 200, body: {ok: true, entry_id: String(entry.id)}}
    },
    GetCacheEntryDownloadURL(body) {
      const saved = entries.filter(e => e.finalized && e.version === body.version)
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
      const exact = saved.find(e => e.key === body.key)
      const byPrefix = restoreKeys
        .map(
          prefix =>
            saved.filter(e => e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0]
        )
        .find(Boolean)
      const hit = exact ?? byPrefix
      if (!hit) return {status: 200, body: {ok: false}}
      return {
        status: 200,
        body: {ok: true, signed_download_url: signed(hit, 'r'), matched_key: hit.key}
      }
    }
  }

  server.route('POST', `/twirp/${CACHE_SERVICE}/:method`, req => {
    if (req.headers.authorization !== `Bearer ${token}`)
      return twirpError('unauthenticated', 'the runtime token is missing or not this run’s')
    if (!/^application\/json/.test(String(req.headers['content-type'] ?? '')))
      return twirpError('invalid_argument', 'Content-Type must be application/json')
    const handler = methods[req.params.method as CacheTwirpMethod]
    if (!handler) return twirpError('not_found', `no method ${req.params.method}`)
    const body = typeof req.body === 'object' && req.body !== null ? (req.body as Body) : {}
    return handler(body)
  })

  const blobOf = (req: FakeRequest): CacheEntry | undefined =>
    entries.find(e => e.blob.path === req.path && e.blob.sig === req.query.get('sig'))

  server.route('PUT', '/blob/:container/:dir/:file', req => {
    const entry = blobOf(req)
    if (!entry || entry.finalized)
      return azureError(403, 'AuthenticationFailed', 'Signature did not match.')
    const {response, committed} = putBlob(req, entry.blob.blocks)
    if (committed) entry.archive = committed
    return response
  })
  const download = (req: FakeRequest, head: boolean): ReturnType<typeof azureError> => {
    const entry = blobOf(req)
    if (!entry?.archive || !entry.finalized)
      return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(req.headers['x-ms-range'] ?? req.headers.range ?? '')
    )
    const headers = {'content-type': 'application/octet-stream', 'accept-ranges': 'bytes'}
    if (!range)
      return head
        ? {status: 200, headers: {...headers, 'content-length': String(entry.archive.length)}}
        : {status: 200, headers, body: entry.archive}
    const start = Number(range[1])
    const end = range[2]
      ? Math.min(Number(range[2]), entry.archive.length - 1)
      : entry.archive.length - 1
    return {
      status: 206,
      headers: {...headers, 'content-range': `bytes ${start}-${end}/${entry.archive.length}`},
      body: entry.archive.subarray(start, end + 1)
    }
  }
  server.route('GET', '/blob/:container/:dir/:file', req => download(req, false))
  server.route('HEAD', '/blob/:container/:dir/:file', req => download(req, true))

  return {
    url,
    runtimeToken: token,
    env: {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true'
    },
    entries,
    requests: server.requests,
    calls: method => server.requestsTo('POST', `/twirp/${CACHE_SERVICE}/${method}`),
    failTwirp(method, error) {
      server.fault('POST', `/twirp/${CACHE_SERVICE}/${method}`, {
        status: error.status,
        body: {code: error.code, msg: error.msg},
        times: error.times ?? 1
      })
    },
    evictAll() {
      entries.length = 0
    },
    close: () => server.close()
  }
}
