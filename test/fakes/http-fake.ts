// A small HTTP server base for the loopback fakes (GitHub, Anthropic, Sentry).
// It routes by method and path pattern, records every request, and injects
// faults per route. Each fake builds its real wire format on top of it.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path without the query string, e.g. `/repos/o/r/issues`. */
  path: string
  query: URLSearchParams
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON when the body is JSON, else the raw text ('' when empty). */
  body: unknown
  rawBody: Buffer
  /** The status the fake answered with (set after the handler ran). */
  status?: number
}

export interface FakeRequest extends RecordedRequest {
  params: Record<string, string>
  /** Base URL of this server, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string
}

export interface FakeResponse {
  status: number
  headers?: Record<string, string>
  /** Objects and arrays are sent as JSON; strings and Buffers as they are. */
  body?: unknown
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>

/** A raw handler takes over the socket (streaming, CGI); it is not recorded as JSON. */
export type RawHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  rest: string
) => void | Promise<void>

export interface Fault {
  /** Answer with this status instead of calling the handler. */
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Wait this long before answering (the handler or the fault). */
  delayMs?: number
  /** How many matching requests the fault applies to; default 1. Infinity for all. */
  times?: number
}

interface Route {
  method: string
  pattern: RegExp
  names: string[]
  handler: Handler
}

interface FaultRule {
  method: string
  matcher: RegExp
  fault: Fault
  remaining: number
}

/** Turns `/repos/:owner/:repo/issues/:number` into a regular expression with named groups. */
export function compilePattern(pattern: string): {regex: RegExp; names: string[]} {
  const names: string[] = []
  const source = pattern
    .split('/')
    .map(segment => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1))
        return '([^/]+)'
      }
      if (segment === '*') return '(.*)'
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return {regex: new RegExp(`^${source}/?$`), names}
}

export class FakeHttpServer {
  readonly requests: RecordedRequest[] = []
  private readonly routes: Route[] = []
  private readonly rawRoutes: {prefix: string; handler: RawHandler}[] = []
  private readonly faults: FaultRule[] = []
  private server?: Server
  private base = ''

  constructor(private readonly name: string) {}

  get url(): string {
    if (!this.base) throw new Error(`${this.name} fake is not started`)
    return this.base
  }

  route(method: string, pattern: string, handler: Handler): this {
    const {regex, names} = compilePattern(pattern)
    this.routes.push({method: method.toUpperCase(), pattern: regex, names, handler})
    return this
  }

  /** Requests whose path starts with `prefix` go to `handler` untouched (e.g. git smart HTTP). */
  rawRoute(prefix: string, handler: RawHandler): this {
    this.rawRoutes.push({prefix, handler})
    return this
  }

  /**
   * Injects a fault on requests whose method matches (`*` for any) and whose
   * path matches `path` (a `:param` pattern or a RegExp).
   */
  fault(method: string, path: string | RegExp, fault: Fault): this {
    const matcher = typeof path === 'string' ? compilePattern(path).regex : path
    this.faults.push({method: method.toUpperCase(), matcher, fault, remaining: fault.times ?? 1})
    return this
  }

  clearFaults(): void {
    this.faults.length = 0
  }

  /** Recorded requests filtered by method and a path pattern or RegExp. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    const matcher = typeof path === 'string' ? compilePattern(path).regex : path
    return this.requests.filter(
      r => (method === '*' || r.method === method.toUpperCase()) && matcher.test(r.path)
    )
  }

  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => {
      this.dispatch(req, res).catch(error => {
        if (!res.headersSent) {
          res.writeHead(500, {'content-type': 'application/json'})
        }
        res.end(JSON.stringify({message: `fake ${this.name} crashed: ${String(error)}`}))
      })
    })
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    const address = server.address() as AddressInfo
    this.base = `http://127.0.0.1:${address.port}`
    return this.base
  }

  async close(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake')
    const raw = this.rawRoutes.find(r => url.pathname.startsWith(r.prefix))
    if (raw) {
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: '',
        rawBody: Buffer.alloc(0)
      })
      await raw.handler(req, res, url.pathname.slice(raw.prefix.length))
      return
    }

    const rawBody = await readBody(req)
    const text = rawBody.toString('utf8')
    let body: unknown = text
    if (text && /json/.test(String(req.headers['content-type'] ?? ''))) {
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
    }
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      rawBody
    }
    this.requests.push(record)

    const response = await this.respond(record)
    record.status = response.status
    send(res, response)
  }

  private async respond(record: RecordedRequest): Promise<FakeResponse> {
    const fault = this.faults.find(
      f =>
        f.remaining > 0 &&
        (f.method === '*' || f.method === record.method) &&
        f.matcher.test(record.path)
    )
    if (fault) {
      fault.remaining -= 1
      if (fault.fault.delayMs) await sleep(fault.fault.delayMs)
      if (fault.fault.status !== undefined) {
        return {status: fault.fault.status, headers: fault.fault.headers, body: fault.fault.body}
      }
    }

    for (const route of this.routes) {
      if (route.method !== record.method) continue
      const match = route.pattern.exec(record.path)
      if (!match) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1] ?? '')
      })
      const response = await route.handler({...record, params, baseUrl: this.url})
      if (fault?.fault.headers) {
        response.headers = {...response.headers, ...fault.fault.headers}
      }
      return response
    }
    return this.notFound(record)
  }

  /** Overridable: each fake answers unknown routes in its own error shape. */
  protected notFound(record: RecordedRequest): FakeResponse {
    return {status: 404, body: {message: `Not Found: ${record.method} ${record.path}`}}
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  const headers: Record<string, string> = {...response.headers}
  let payload: Buffer | string | undefined
  if (response.body === undefined || response.body === null) {
    payload = undefined
  } else if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
    payload = response.body
    headers['content-type'] ??= 'text/plain; charset=utf-8'
  } else {
    payload = JSON.stringify(response.body)
    headers['content-type'] ??= 'application/json; charset=utf-8'
  }
  if (payload !== undefined) {
    headers['content-length'] = String(Buffer.byteLength(payload))
  }
  res.writeHead(response.status, headers)
  res.end(payload)
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
