// A random (v4) UUID for an output's delimiter, read from the kernel's
// random source where there is one (Linux and macOS runners) instead of
// node:crypto: loading node:crypto costs a step's start-up 10 to 20 ms of CPU,
// and classify needs nothing else from it. Elsewhere (Windows), node:crypto's
// own randomUUID, loaded on first use.
import {closeSync, openSync, readSync} from 'node:fs'

/** `size` bytes from /dev/urandom, or undefined where there is none. */
function urandom(size: number): Buffer | undefined {
  let fd: number
  try {
    fd = openSync('/dev/urandom', 'r')
  } catch {
    return undefined
  }
  try {
    const bytes = Buffer.alloc(size)
    return readSync(fd, bytes, 0, size, null) === size ? bytes : undefined
  } finally {
    closeSync(fd)
  }
}

/** A random UUID, formatted as crypto.randomUUID formats one. */
export function randomUUID(): string {
  const bytes = urandom(16)
  if (!bytes) return process.getBuiltinModule('node:crypto').randomUUID()
  bytes[6] = (bytes[6]! & 0x0f) | 0x40 // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80 // variant 10
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
