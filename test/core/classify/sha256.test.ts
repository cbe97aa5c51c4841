// The plain-JavaScript SHA-256 behind every fingerprint must give node:crypto's
// hex byte for byte: fingerprints written to ledgers and alert issues by
// earlier versions must still match.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {failureFingerprint, runFingerprint} from '../../../src/core/classify/fingerprint.js'
import {sha256Hex} from '../../../src/core/classify/sha256.js'

const nodeSha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Deterministic pseudo-random text (ASCII and the whole BMP, lone surrogates included). */
function texts(count: number): string[] {
  let seed = 20261206
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
  return Array.from({length: count}, () => {
    const length = next() % 300
    let text = ''
    for (let i = 0; i < length; i++) text += String.fromCharCode(next() % (i % 3 ? 128 : 65536))
    return text
  })
}

describe('sha256Hex', () => {
  it('gives the known digests of the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    )
  })

  it('matches node:crypto at every padding boundary and on multi-byte text', () => {
    for (let n = 0; n <= 200; n++) {
      expect(sha256Hex('a'.repeat(n))).toBe(nodeSha256('a'.repeat(n)))
      expect(sha256Hex('é→'.repeat(n))).toBe(nodeSha256('é→'.repeat(n)))
    }
    for (const text of [
      '😀 emoji',
      'lone \ud800 high',
      'lone \udc00 low',
      '\u0000nul',
      'x'.repeat(5000)
    ])
      expect(sha256Hex(text)).toBe(nodeSha256(text))
  })

  it('matches node:crypto on a thousand pseudo-random texts', () => {
    const mismatches = texts(1000).filter(t => sha256Hex(t) !== nodeSha256(t))
    expect(mismatches).toEqual([])
  })

  it('keeps the fingerprints of earlier versions', () => {
    // Computed with createHash('sha256') before the change.
    const failure = {
      category: 'compile_error',
      file: 'src/tax.ts',
      errorCode: 'TS2322',
      message: "Type 'string' is not assignable to type 'number'."
    }
    const parts = [
      'compile_error',
      'src/tax.ts',
      '',
      'TS2322',
      "Type 'string' is not assignable to type 'number'."
    ]
    expect(failureFingerprint(failure)).toBe(nodeSha256(parts.join('\u0000')).slice(0, 16))
    expect(runFingerprint('compile_error', ['b', 'a', 'b'])).toBe(
      nodeSha256('compile_error\u0000a\nb').slice(0, 16)
    )
  })
})
