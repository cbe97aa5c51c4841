// sentry.io's API rate limiting (reference §2.9): fixed windows per (caller,
// endpoint), the X-Sentry-Rate-Limit-* headers on every answer, 429 bodies
// with `detail` and no Retry-After. Self-hosted sends none of it.

export interface RateLimitOptions {
  /** Requests allowed per window per caller and endpoint. Default 1000. */
  limit?: number
  /** Window length in seconds. Default 60 (windows are aligned to epoch multiples). */
  windowSeconds?: number
  /** Value of X-Sentry-Rate-Limit-ConcurrentLimit. Default 25. */
  concurrentLimit?: number
}

export interface RateDecision {
  /** A 429 to send instead of handling the request. */
  reject?: {detail: string}
  headers: Record<string, string>
}

interface Storm {
  remaining: number
  endpoint?: string
}

export class RateLimiter {
  readonly limit: number
  readonly windowSeconds: number
  readonly concurrentLimit: number
  private readonly used = new Map<string, {window: number; count: number}>()
  private readonly storms: Storm[] = []
  private inFlight = 0

  constructor(
    options: RateLimitOptions,
    private readonly clock: () => number
  ) {
    this.limit = options.limit ?? 1000
    this.windowSeconds = options.windowSeconds ?? 60
    this.concurrentLimit = options.concurrentLimit ?? 25
  }

  /** The next `times` requests (to `endpoint`, a route name, or any) are answered 429. */
  storm(times: number, endpoint?: string): void {
    this.storms.push({remaining: times, endpoint})
  }

  /** Epoch seconds at which the current window ends. */
  resetAt(): number {
    const now = Math.floor(this.clock() / 1000)
    return (Math.floor(now / this.windowSeconds) + 1) * this.windowSeconds
  }

  /** Counts a request and decides. Call `done()` when its answer is built. */
  check(caller: string, endpoint: string): RateDecision {
    const nowSec = Math.floor(this.clock() / 1000)
    const window = Math.floor(nowSec / this.windowSeconds)
    const key = `${caller} ${endpoint}`
    let slot = this.used.get(key)
    if (!slot || slot.window !== window) {
      slot = {window, count: 0}
      this.used.set(key, slot)
    }
    this.inFlight += 1
    const storm = this.storms.find(s => s.remaining > 0 && (!s.endpoint || s.endpoint === endpoint))
    const headers = (remaining: number): Record<string, string> => ({
      'X-Sentry-Rate-Limit-Limit': String(this.limit),
      'X-Sentry-Rate-Limit-Remaining': String(Math.max(0, remaining)),
      'X-Sentry-Rate-Limit-Reset': String((window + 1) * this.windowSeconds),
      'X-Sentry-Rate-Limit-ConcurrentLimit': String(this.concurrentLimit),
      'X-Sentry-Rate-Limit-ConcurrentRemaining': String(
        Math.max(0, this.concurrentLimit - this.inFlight)
      )
    })
    const tooFrequent = {
      detail: `You are attempting to use this endpoint too frequently. Limit is ${this.limit} requests in ${this.windowSeconds} seconds`
    }
    if (storm) {
      storm.remaining -= 1
      return {reject: tooFrequent, headers: headers(0)}
    }
    if (this.inFlight > this.concurrentLimit) {
      return {
        reject: {
          detail: `You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is ${this.concurrentLimit}`
        },
        headers: headers(this.limit - slot.count)
      }
    }
    if (slot.count >= this.limit) {
      return {reject: tooFrequent, headers: headers(0)}
    }
    slot.count += 1
    return {headers: headers(this.limit - slot.count)}
  }

  done(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }
}
