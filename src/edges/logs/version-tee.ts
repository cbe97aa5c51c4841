// Tool versions read from a job log stream: alongside the scanner (the
// failing job's log, passed through untouched), or on their own (the last
// green run's log). Only the first MAX_BYTES are read for versions.
import {ToolVersionCollector, type ToolVersions} from '../../core/classify/tool-versions.js'

/** Setup steps and installs print early; past this much log, reading stops (and says so). */
const MAX_BYTES = 256 * 1024 * 1024

export interface VersionTee {
  /** The same bytes, for the scanner. */
  stream: AsyncIterable<Uint8Array>
  /** What the bytes read so far stated (call after the stream is consumed). */
  result(): ToolVersions
}

/** Bytes as Latin-1 text, without a copy (versions are ASCII). */
function latin1(chunk: Uint8Array): string {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
}

export function teeVersions(source: AsyncIterable<Uint8Array>, maxBytes = MAX_BYTES): VersionTee {
  const collector = new ToolVersionCollector()
  let bytes = 0
  const stream = (async function* () {
    for await (const chunk of source) {
      if (bytes < maxBytes) collector.push(latin1(chunk))
      bytes += chunk.byteLength
      yield chunk
    }
  })()
  return {
    stream,
    result: () => {
      const found = collector.result()
      return bytes > maxBytes ? {...found, truncated: true} : found
    }
  }
}

/** Reads a stream only for its versions, stopping (and closing it) after `maxBytes`. */
export async function readVersions(
  source: AsyncIterable<Uint8Array>,
  maxBytes = MAX_BYTES
): Promise<ToolVersions> {
  const collector = new ToolVersionCollector()
  let bytes = 0
  for await (const chunk of source) {
    collector.push(latin1(chunk))
    bytes += chunk.byteLength
    if (bytes >= maxBytes) return {...collector.result(), truncated: true}
  }
  return collector.result()
}
