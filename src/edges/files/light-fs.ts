// The promise file calls classify's start-up path makes, on node:fs.
//
// Importing node:fs/promises is not free: it loads internal/fs/promises and, with it,
// readline, the REPL history, directory and watcher modules, about 10 M instructions
// (~5 ms) of a one-line local-log run (#11, measured with callgrind), while node:fs is
// loaded with Node itself. The modules a local-log run loads use these instead; code that
// only a failing API call, a report or a glob reaches may import node:fs/promises lazily.
//
// The small calls (a stat, a mkdir, a short file written or appended, an open) run on the
// main thread and return a settled promise: each took a round trip through the thread
// pool, whose four threads a one-line run started for them alone, and on a busy machine
// every round trip waits for a thread to be scheduled (#11). readFile, which may read a
// large report, and the reads of an open file stay on the thread pool; `readNow` reads on
// the main thread for a caller that knows the read is short.
import * as fs from 'node:fs'
import {promisify} from 'node:util'

/** `call` on the main thread, its result or error as a promise, as the callback API gives them. */
function settled<A extends unknown[], R>(call: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) => {
    try {
      return Promise.resolve(call(...args))
    } catch (error) {
      return Promise.reject(error as Error)
    }
  }
}

export const access = settled(fs.accessSync)
export const appendFile = settled(fs.appendFileSync)
export const mkdir = settled(fs.mkdirSync)
export const readFile = promisify(fs.readFile)
export const stat = settled((path: fs.PathLike) => fs.statSync(path))
export const writeFile = settled(fs.writeFileSync)
export const {constants} = fs

/** The part of a FileHandle the readers here use. */
export interface LightFileHandle {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{bytesRead: number}>
  /** The same read on the main thread (a short one: the start or the end of a file). */
  readNow(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{bytesRead: number}>
  close(): Promise<void>
}

/** A file opened for reading, as fs/promises' `open(path, 'r')` gives it (read and close). */
export async function open(path: string, flags: 'r'): Promise<LightFileHandle> {
  const fd = fs.openSync(path, flags)
  return {
    read: (buffer, offset, length, position) =>
      new Promise((resolve, reject) =>
        fs.read(fd, buffer, offset, length, position, (error, bytesRead) =>
          error ? reject(error) : resolve({bytesRead})
        )
      ),
    readNow: settled((buffer: Uint8Array, offset: number, length: number, position: number) => ({
      bytesRead: fs.readSync(fd, buffer, offset, length, position)
    })),
    close: settled(() => fs.closeSync(fd))
  }
}
