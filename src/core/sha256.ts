// SHA-256 of a string's UTF-8 bytes, as hex: the digest createHash('sha256').update(text)
// .digest('hex') gives, without node:crypto. Loading node:crypto costs classify's start-up
// some 20 M instructions (a tenth of it over Node's own), for hashing a few hundred bytes of
// fingerprint text (#11), so the digest comes from @noble/hashes (audited, no dependencies).
// Fingerprints key the ledger, so the digest must stay the same byte for byte:
// test/core/sha256.test.ts checks it against node:crypto.
import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

/** The SHA-256 of `text` encoded as UTF-8 (lone surrogates become U+FFFD, as createHash does). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(Buffer.from(text, 'utf8')))
}
