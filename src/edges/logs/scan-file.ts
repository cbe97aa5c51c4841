// Scanning local log files: the one place classify reads a file itself. The
// scanner (core) gets the bytes; this edge owns the file handle and the read
// buffers, so the core stays free of I/O.
import {open} from '../files/light-fs.js'
import {classify} from '../../core/classify/rules.js'
import {LogScanner, type ScanOptions} from '../../core/classify/scanner.js'
import type {Classification, ScanResult} from '../../core/classify/types.js'

/** Bytes per file read; the scanner splits them into its own chunks. */
const READ = 256 * 1024

/**
 * Scan a log file with two reused read buffers: no garbage Buffers, so peak RSS stays
 * flat however large the file is (use this rather than a read stream for local files).
 * The next read runs on the thread pool while the current buffer is scanned, so the
 * scan never waits for the disk (a read per chunk, awaited in turn, left the main
 * thread idle a third of the time). The first read, and the read after a short one (the
 * end of the file, as a rule), run on the main thread: a log of one chunk is read without
 * a round trip through the thread pool, nor starting its threads (#11).
 */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<ScanResult> {
  const scanner = new LogScanner(options)
  const handle = await open(path, 'r')
  let pending: Promise<{bytesRead: number}> | undefined
  try {
    const buffers = [Buffer.allocUnsafe(READ), Buffer.allocUnsafe(READ)]
    let position = 0
    let current = 0
    pending = handle.readNow(buffers[current], 0, READ, position)
    for (;;) {
      const {bytesRead} = await pending
      pending = undefined
      if (bytesRead === 0) break
      position += bytesRead
      const filled = buffers[current]
      current ^= 1
      const read: typeof handle.read = bytesRead < READ ? handle.readNow : handle.read
      pending = read(buffers[current], 0, READ, position)
      scanner.push(filled.subarray(0, bytesRead))
    }
  } finally {
    // A read still in flight (the scan threw) must end before the file is closed.
    if (pending) await pending.catch(() => undefined)
    await handle.close()
  }
  return scanner.finish()
}

/** Scan and classify a local log file (reused read buffers: flat memory). */
export async function classifyFile(
  path: string,
  options: ScanOptions = {}
): Promise<Classification> {
  const r = await scanFile(path, options)
  return classify(r.failures, r.signals, r.stats, options.maxFailures)
}
