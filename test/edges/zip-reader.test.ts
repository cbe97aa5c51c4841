// The zip reader caps what an archive unzips to: an artifact is untrusted input.
import {deflateRawSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {readZipEntries, ZipTooLargeError} from '../../src/edges/files/zip-reader.js'
import {createZip} from '../fakes/github/zip.js'

describe('readZipEntries', () => {
  it('unzips only the entries asked for, within the cap', () => {
    const zip = createZip({'a.txt': 'hello', 'big.bin': Buffer.alloc(1024 * 1024)})
    const entries = readZipEntries(zip, {maxBytes: 16, only: ['a.txt']})
    expect([...entries.keys()]).toEqual(['a.txt'])
    expect(entries.get('a.txt')!.toString()).toBe('hello')
  })

  it('counts every entry read against one cap', () => {
    const zip = createZip({'a.txt': 'x'.repeat(600), 'b.txt': 'y'.repeat(600)})
    expect(() => readZipEntries(zip, {maxBytes: 1000})).toThrow(ZipTooLargeError)
    expect(() => readZipEntries(zip, {maxBytes: 1000})).toThrow(
      /b\.txt unzips to more than 1000 bytes/
    )
    expect(readZipEntries(zip, {maxBytes: 1200}).size).toBe(2)
  })

  it('stops inflating at the cap even when the header lies', () => {
    const data = Buffer.alloc(64 * 1024)
    const zip = createZip({'z.bin': data})
    const central = zip.readUInt32LE(zip.length - 22 + 16)
    zip.writeUInt32LE(10, central + 24)
    expect(() => readZipEntries(zip, {maxBytes: 1024})).toThrow(ZipTooLargeError)
    expect(deflateRawSync(data).length).toBeLessThan(1024)
  })
})
