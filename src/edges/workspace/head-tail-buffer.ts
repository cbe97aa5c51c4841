// A bounded capture of a child's output: the start and the end of a stream
// are kept, the middle is counted and dropped, so a chatty test cannot
// exhaust memory.

/** Keeps the first and last `limit / 2` bytes of a stream. */
export class HeadTailBuffer {
  private readonly head: Buffer[] = []
  private headBytes = 0
  private tail: Buffer[] = []
  private tailBytes = 0
  private total = 0
  private readonly half: number

  constructor(private readonly limit: number) {
    this.half = Math.floor(limit / 2)
  }

  get truncated(): boolean {
    return this.total > this.limit
  }

  push(chunk: Buffer): void {
    this.total += chunk.length
    let rest = chunk
    if (this.headBytes < this.limit - this.half) {
      const take = Math.min(rest.length, this.limit - this.half - this.headBytes)
      this.head.push(rest.subarray(0, take))
      this.headBytes += take
      rest = rest.subarray(take)
    }
    if (rest.length === 0) return
    this.tail.push(rest)
    this.tailBytes += rest.length
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= this.half) {
      this.tailBytes -= this.tail[0]!.length
      this.tail.shift()
    }
  }

  contents(): Buffer {
    const head = Buffer.concat(this.head)
    const tail = Buffer.concat(this.tail)
    if (!this.truncated) return Buffer.concat([head, tail])
    const kept = tail.subarray(Math.max(0, tail.length - this.half))
    const omitted = this.total - head.length - kept.length
    return Buffer.concat([head, Buffer.from(`\n[… ${omitted} bytes of output omitted …]\n`), kept])
  }
}
