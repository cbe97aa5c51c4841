import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {failureFingerprint, runFingerprint} from '../../src/core/classify/index.js'
import {sha256Hex} from '../../src/core/sha256.js'

const nodeSha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A deterministic pseudo-random string of `length` UTF-16 units below `limit`. */
function text(seed: number, length: number, limit: number): string {
  let x = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out += String.fromCharCode(x % limit)
  }
  return out
}

describe('sha256Hex', () => {
  it('gives the digests of the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    )
  })

  it('is node:crypto digest at every length around the block and padding edges', () => {
    for (let n = 0; n <= 200; n++)
      expect(sha256Hex('x'.repeat(n)), `length ${n}`).toBe(nodeSha256('x'.repeat(n)))
  })

  it('hashes the UTF-8 bytes as node:crypto does, lone surrogates included', () => {
    const samples = ['héllo €', '𝄞 clef', '\ud800 lone high', 'lone low \udfff', 'ascii']
    for (let seed = 1; seed < 300; seed++)
      samples.push(text(seed, seed % 170, seed % 2 ? 0x10000 : 0x80))
    for (const s of samples) expect(sha256Hex(s), JSON.stringify(s)).toBe(nodeSha256(s))
  })

  it('keeps the fingerprints the ledger already holds', () => {
    // Computed with createHash before sha256Hex replaced it: a changed digest would orphan
    // every ledger record.
    expect(
      failureFingerprint({
        category: 'compile_error',
        file: 'src/tax.ts',
        errorCode: 'TS2322',
        message: "Type 'string' is not assignable to type 'number'."
      })
    ).toBe('f06cc75e5bb74441')
    expect(runFingerprint('compile_error', ['a', 'b'])).toBe('59da687e886463a2')
  })
})
