// Deterministic ids in the real formats (`msg_01...`, `toolu_01...`, `req_01...`).
import {createHash, createHmac} from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export class IdFactory {
  private counter = 0

  constructor(private readonly seed: string) {}

  next(prefix: 'msg' | 'toolu' | 'req'): string {
    this.counter += 1
    const digest = createHash('sha256').update(`${this.seed}:${prefix}:${this.counter}`).digest()
    let body = ''
    for (let i = 0; i < 22; i++) body += ALPHABET[(digest[i] ?? 0) % ALPHABET.length]
    return `${prefix}_01${body}`
  }
}

const SIGNING_KEY = 'ci-medic fake anthropic: thinking signatures'

/** The signature the fake gives a thinking block, and checks when it comes back. */
export function signThinking(thinking: string): string {
  return createHmac('sha256', SIGNING_KEY).update(thinking).digest('base64')
}
