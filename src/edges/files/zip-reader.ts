// Reads the entries of a zip archive held in memory (artifact downloads are
// zips). Only what artifacts use: stored and deflated entries, no zip64.
// An archive is untrusted input: what it unzips to is capped (a few KB of
// deflate can stand for gigabytes), and inflating stops at the cap instead
// of finishing and then measuring.
import {inflateRawSync} from 'node:zlib'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export interface ZipLimits {
  /** Most bytes the entries read may unzip to, all together. */
  maxBytes: number
  /** Only these entries are unzipped (the others are not even inflated); all when absent. */
  only?: readonly string[]
}

/** An archive that unzips to more than the cap allows. */
export class ZipTooLargeError extends Error {
  constructor(
    readonly entry: string,
    readonly maxBytes: number
  ) {
    super(`zip entry ${entry} unzips to more than ${formatBytes(maxBytes)}, the most read`)
    this.name = 'ZipTooLargeError'
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`
  return `${n} bytes`
}

export function readZipEntries(zip: Buffer, limits: ZipLimits): Map<string, Buffer> {
  const entries = new Map<string, Buffer>()
  let left = limits.maxBytes
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)')
  const count = zip.readUInt16LE(eocd + 10)
  let offset = zip.readUInt32LE(eocd + 16)
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(offset) !== CENTRAL) throw new Error('corrupt zip central directory')
    const method = zip.readUInt16LE(offset + 10)
    const compressedSize = zip.readUInt32LE(offset + 20)
    const declaredSize = zip.readUInt32LE(offset + 24)
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    const localOffset = zip.readUInt32LE(offset + 42)
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength)
    offset += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue
    if (limits.only && !limits.only.includes(name)) continue
    // The declared size is the archive's word, so it only refuses early; the inflate below enforces.
    if (declaredSize > left) throw new ZipTooLargeError(name, limits.maxBytes)
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`corrupt zip entry ${name}`)
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const data = zip.subarray(dataStart, dataStart + compressedSize)
    let bytes: Buffer
    if (method === 0) bytes = Buffer.from(data)
    else if (method === 8) bytes = inflateCapped(data, left, name, limits.maxBytes)
    else throw new Error(`zip entry ${name} uses unsupported compression method ${method}`)
    if (bytes.length > left) throw new ZipTooLargeError(name, limits.maxBytes)
    left -= bytes.length
    entries.set(name, bytes)
  }
  return entries
}

/** Inflates at most `left` bytes: zlib stops producing output past it, chunk by chunk. */
function inflateCapped(data: Buffer, left: number, name: string, maxBytes: number): Buffer {
  try {
    return inflateRawSync(data, {maxOutputLength: Math.max(1, left)})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipTooLargeError(name, maxBytes)
    }
    throw error
  }
}
