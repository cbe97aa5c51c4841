// The step's stdout, written without process.stdout where that is safe. The first use of
// process.stdout builds a stream for file descriptor 1: on a pipe (how the runner starts a
// step) that loads node:net and node:stream, some 17 M instructions of classify's start-up
// on a one-line log, for a few lines of workflow commands (#11). fs.writeSync on the
// descriptor writes the same bytes, in order, and loads nothing.
//
// process.stdout takes over, for good, on Windows (its pipes are asynchronous there: direct
// writes could overtake what the stream still holds) and after any failed direct write (a
// non-blocking pipe that is full says EAGAIN; a closed one EPIPE, which the stream reports
// as before). On Linux and macOS process.stdout itself writes a pipe, file or terminal
// synchronously, so text other code writes through it keeps its place among ours.
import {writeSync} from 'node:fs'

let direct = process.platform !== 'win32'

/** Writes `text` to the step's stdout. */
export function writeStdout(text: string): void {
  if (!direct) {
    process.stdout.write(text)
    return
  }
  const bytes = Buffer.from(text, 'utf8')
  let done = 0
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done)
  } catch {
    direct = false
    process.stdout.write(bytes.subarray(done))
  }
}
