// The promise file calls classify's start-up path makes, on node:fs's callbacks.
//
// Importing node:fs/promises is not free: it loads internal/fs/promises and, with it,
// readline, the REPL history, directory and watcher modules, about 10 M instructions
// (~5 ms) of a one-line local-log run (#11, measured with callgrind), while node:fs is
// loaded with Node itself. The modules a local-log run loads use these instead; code that
// only a failing API call, a report or a glob reaches may import node:fs/promises lazily.
import * as fs from 'node:fs'
import {promisify} from 'node:util'

export const access = promisify(fs.access)
export const appendFile = promisify(fs.appendFile)
export const mkdir = promisify(fs.mkdir)
export const readFile = promisify(fs.readFile)
export const stat = promisify(fs.stat)
export const writeFile = promisify(fs.writeFile)
export const {constants} = fs

const openFd = promisify(fs.open)
const closeFd = promisify(fs.close)

/** The part of a FileHandle the readers here use. */
export interface LightFileHandle {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{bytesRead: number}>
  close(): Promise<void>
}

/** A file opened for reading, as fs/promises' `open(path, 'r')` gives it (read and close). */
export async function open(path: string, flags: 'r'): Promise<LightFileHandle> {
  const fd = await openFd(path, flags)
  return {
    read: (buffer, offset, length, position) =>
      new Promise((resolve, reject) =>
        fs.read(fd, buffer, offset, length, position, (error, bytesRead) =>
          error ? reject(error) : resolve({bytesRead})
        )
      ),
    close: () => closeFd(fd)
  }
}
